#pragma once
// An output file that appears whole or not at all.
//
//   AtomicFile file("out/graph.graphml");      // writes to out/.graph.graphml.tmp-<pid>-<n>
//   write_graph(file.stream(), g, Format::kGraphml, opt);
//   file.commit();                              // renamed over out/graph.graphml
//
// The temporary file sits in the target's directory, so the rename is atomic on POSIX
// file systems: an interrupted run or a thrown exception never leaves a truncated graph
// where the user expects one, nor replaces a good older file with a broken one.

#include <fstream>
#include <string>

namespace stancegraph::io {

class AtomicFile {
 public:
  // Creates the temporary file. Throws Error naming `path` when the directory does not
  // exist or is not writable.
  explicit AtomicFile(std::string path);
  // Removes the temporary file unless commit() succeeded.
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // Where to write. Valid until commit() or destruction.
  std::ostream& stream() { return stream_; }
  const std::string& path() const { return path_; }
  const std::string& temp_path() const { return temp_path_; }

  // Flushes, syncs to disk and renames the temporary file over `path`. Throws Error
  // naming `path` when any write failed (a full disk) or the rename fails; the
  // temporary file is then removed and `path` is left as it was. At most once.
  void commit();

 private:
  std::string path_;
  std::string temp_path_;
  std::ofstream stream_;
  bool committed_ = false;
};

}  // namespace stancegraph::io
