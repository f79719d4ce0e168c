#include "export/render.hpp"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

#include <fmt/format.h>

#include "export/atomic_file.hpp"
#include "export/dot_writer.hpp"
#include "graph/error.hpp"

extern char** environ;

namespace stancegraph::io {

namespace {

constexpr std::string_view kNotFound = "Graphviz 'dot' not found; install the graphviz package";

// dot's messages can be long (one warning per node); the first lines say enough.
constexpr std::size_t kMaxMessage = 2000;

bool executable_on_path(const std::string& name) {
  const char* path = std::getenv("PATH");
  const std::string dirs = path ? path : "/usr/bin:/bin";
  std::size_t begin = 0;
  while (begin <= dirs.size()) {
    std::size_t end = dirs.find(':', begin);
    if (end == std::string::npos) end = dirs.size();
    std::string dir = dirs.substr(begin, end - begin);
    if (dir.empty()) dir = ".";
    const std::string full = dir + "/" + name;
    struct stat st {};
    if (::stat(full.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(full.c_str(), X_OK) == 0)
      return true;
    begin = end + 1;
  }
  return false;
}

// Closes a descriptor once, whichever path leaves the function.
struct Fd {
  int fd = -1;
  ~Fd() { reset(); }
  void reset() {
    if (fd >= 0) ::close(fd);
    fd = -1;
  }
};

std::string trimmed(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  if (text.size() > kMaxMessage) text = text.substr(0, kMaxMessage) + " ...";
  return text;
}

}  // namespace

bool graphviz_available() { return executable_on_path("dot"); }

void render(const std::string& dot_text, std::string_view format, const std::string& out_path,
            std::string_view engine) {
  if (format != "svg" && format != "png")
    throw Error(out_path, 0, 0, fmt::format("cannot render '{}': use svg or png", format));
  if (!engine.empty() && !known_layout_engine(engine))
    throw Error(out_path, 0, 0, fmt::format("unknown Graphviz layout engine '{}'", engine));
  if (!graphviz_available()) throw Error(out_path, 0, 0, std::string(kNotFound));

  // Opened first: a bad output directory must fail before a child process exists.
  AtomicFile file(out_path);

  // stdin is a socket so that writing to a dot that died early returns EPIPE instead of
  // raising SIGPIPE (send with MSG_NOSIGNAL); library code must not touch signal handlers.
  int in_pair[2], out_pipe[2], err_pipe[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, in_pair) != 0)
    throw Error(out_path, 0, 0, std::string("cannot start dot: ") + std::strerror(errno));
  Fd in_parent{in_pair[0]}, in_child{in_pair[1]};
  if (::pipe2(out_pipe, O_CLOEXEC) != 0)
    throw Error(out_path, 0, 0, std::string("cannot start dot: ") + std::strerror(errno));
  Fd out_parent{out_pipe[0]}, out_child{out_pipe[1]};
  if (::pipe2(err_pipe, O_CLOEXEC) != 0)
    throw Error(out_path, 0, 0, std::string("cannot start dot: ") + std::strerror(errno));
  Fd err_parent{err_pipe[0]}, err_child{err_pipe[1]};

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in_child.fd, 0);
  posix_spawn_file_actions_adddup2(&actions, out_child.fd, 1);
  posix_spawn_file_actions_adddup2(&actions, err_child.fd, 2);

  std::vector<std::string> args{"dot", "-T" + std::string(format)};
  if (!engine.empty()) args.push_back("-K" + std::string(engine));
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);

  pid_t pid = 0;
  const int spawned = ::posix_spawnp(&pid, "dot", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) {
    if (spawned == ENOENT) throw Error(out_path, 0, 0, std::string(kNotFound));
    throw Error(out_path, 0, 0, std::string("cannot start dot: ") + std::strerror(spawned));
  }
  in_child.reset();
  out_child.reset();
  err_child.reset();

  std::string messages;
  std::size_t sent = 0;
  if (dot_text.empty()) {
    ::shutdown(in_parent.fd, SHUT_WR);
    in_parent.reset();
  }
  // Feed stdin while draining stdout and stderr, so neither side blocks on a full pipe.
  char buffer[65536];
  while (out_parent.fd >= 0 || err_parent.fd >= 0) {
    pollfd fds[3];
    nfds_t n = 0;
    int in_i = -1, out_i = -1, err_i = -1;
    if (in_parent.fd >= 0) in_i = static_cast<int>(n), fds[n++] = {in_parent.fd, POLLOUT, 0};
    if (out_parent.fd >= 0) out_i = static_cast<int>(n), fds[n++] = {out_parent.fd, POLLIN, 0};
    if (err_parent.fd >= 0) err_i = static_cast<int>(n), fds[n++] = {err_parent.fd, POLLIN, 0};
    if (::poll(fds, n, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    if (in_i >= 0 && fds[in_i].revents != 0) {
      const ssize_t k = ::send(in_parent.fd, dot_text.data() + sent, dot_text.size() - sent,
                               MSG_NOSIGNAL | MSG_DONTWAIT);
      if (k > 0) sent += static_cast<std::size_t>(k);
      if ((k < 0 && errno != EAGAIN && errno != EINTR) || sent == dot_text.size()) {
        ::shutdown(in_parent.fd, SHUT_WR);
        in_parent.reset();  // dot sees end of input (or died; its exit status says why)
      }
    }
    if (out_i >= 0 && fds[out_i].revents != 0) {
      const ssize_t k = ::read(out_parent.fd, buffer, sizeof buffer);
      if (k > 0)
        file.stream().write(buffer, k);
      else if (k == 0 || errno != EINTR)
        out_parent.reset();
    }
    if (err_i >= 0 && fds[err_i].revents != 0) {
      const ssize_t k = ::read(err_parent.fd, buffer, sizeof buffer);
      if (k > 0) {
        if (messages.size() < 2 * kMaxMessage) messages.append(buffer, static_cast<std::size_t>(k));
      } else if (k == 0 || errno != EINTR) {
        err_parent.reset();
      }
    }
  }
  in_parent.reset();
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    const std::string how = WIFEXITED(status) ? fmt::format("exit status {}", WEXITSTATUS(status))
                                              : fmt::format("signal {}", WTERMSIG(status));
    throw Error(out_path, 0, 0,
                fmt::format("Graphviz dot failed ({}): {}", how, trimmed(messages)));
  }
  file.commit();
}

}  // namespace stancegraph::io
