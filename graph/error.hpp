#pragma once
// The one exception type of stancegraph: unusable outside input (a missing file,
// malformed JSON, a bad lexicon entry). It carries where the problem is, so the
// command line can print "path:line:col: message" and exit non-zero.

#include <stdexcept>
#include <string>

namespace stancegraph {

class Error : public std::runtime_error {
 public:
  // line and col are 1-based; 0 means "not known" and is left out of what().
  Error(std::string path, std::size_t line, std::size_t col, const std::string& message);
  explicit Error(const std::string& message) : Error("", 0, 0, message) {}

  const std::string& path() const { return path_; }
  std::size_t line() const { return line_; }
  std::size_t col() const { return col_; }
  const std::string& message() const { return message_; }

 private:
  std::string path_;
  std::size_t line_;
  std::size_t col_;
  std::string message_;
};

}  // namespace stancegraph
