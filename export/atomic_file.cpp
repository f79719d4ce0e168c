#include "export/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fmt/format.h>

#include "graph/error.hpp"

namespace stancegraph::io {

namespace {

std::string errno_text(int err) { return std::strerror(err); }

// Distinct temporary names for several AtomicFiles on one target in one process.
std::atomic<unsigned> counter{0};

}  // namespace

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  if (path_.empty()) throw Error("", 0, 0, "empty output path");
  const std::size_t slash = path_.rfind('/');
  const std::string dir = slash == std::string::npos ? "" : path_.substr(0, slash + 1);
  const std::string base = slash == std::string::npos ? path_ : path_.substr(slash + 1);
  if (base.empty()) throw Error(path_, 0, 0, "output path names a directory, not a file");
  // O_EXCL with a fresh name, rather than mkstemp, so the file gets the usual 0666 &
  // ~umask permissions instead of mkstemp's 0600.
  for (int attempt = 0;; ++attempt) {
    temp_path_ = fmt::format("{}.{}.tmp-{}-{}", dir, base, static_cast<long>(::getpid()),
                             counter.fetch_add(1));
    const int fd = ::open(temp_path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) {
      ::close(fd);
      break;
    }
    if (errno != EEXIST || attempt > 100)
      throw Error(path_, 0, 0, "cannot create output file: " + errno_text(errno));
  }
  stream_.open(temp_path_, std::ios::binary | std::ios::trunc);
  if (!stream_) {
    const int err = errno;
    std::remove(temp_path_.c_str());
    throw Error(path_, 0, 0, "cannot open output file: " + errno_text(err));
  }
}

AtomicFile::~AtomicFile() {
  if (committed_) return;
  if (stream_.is_open()) stream_.close();
  std::remove(temp_path_.c_str());
}

void AtomicFile::commit() {
  if (committed_) throw Error(path_, 0, 0, "output file committed twice");
  stream_.flush();
  const bool written = static_cast<bool>(stream_);
  stream_.close();
  if (!written || stream_.fail()) {
    std::remove(temp_path_.c_str());
    committed_ = true;  // nothing left for the destructor to do
    throw Error(path_, 0, 0, "cannot write output file (disk full?)");
  }
  // Sync before the rename, so a crash cannot leave the new name on empty contents.
  const int fd = ::open(temp_path_.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    const int err = errno;
    std::remove(temp_path_.c_str());
    committed_ = true;
    throw Error(path_, 0, 0, "cannot replace output file: " + errno_text(err));
  }
  committed_ = true;
}

}  // namespace stancegraph::io
