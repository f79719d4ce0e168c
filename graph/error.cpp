#include "graph/error.hpp"

namespace stancegraph {

namespace {
std::string locate(const std::string& path, std::size_t line, std::size_t col,
                   const std::string& message) {
  std::string out;
  if (!path.empty()) {
    out += path;
    if (line > 0) {
      out += ':' + std::to_string(line);
      if (col > 0) out += ':' + std::to_string(col);
    }
    out += ": ";
  }
  return out + message;
}
}  // namespace

Error::Error(std::string path, std::size_t line, std::size_t col, const std::string& message)
    : std::runtime_error(locate(path, line, col, message)),
      path_(std::move(path)),
      line_(line),
      col_(col),
      message_(message) {}

}  // namespace stancegraph
