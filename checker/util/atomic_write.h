// Writing a whole file so that readers see the old file or the new one, never
// half of either: a temporary file in the same directory, then rename(2).
// A CI step that uploads a report after an interrupted run finds no torn SARIF.
// A path that is a device, a pipe or a socket (/dev/null, a FIFO) is written
// in place instead, one of the process's own descriptors (/dev/stdout,
// /dev/fd/N) through a copy of it, where it stands; a symbolic link to a file
// keeps its link: the file it points to is replaced.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace factlint::util {

class DescriptorBuffer;

// Writes `content` to `path`, creating missing parent directories. Returns an
// empty string on success, else the reason in plain words ("permission denied",
// "is a directory"); no temporary file is left behind either way.
std::string atomic_write(const std::string& path, std::string_view content);

// The same for content written a piece at a time (a large report), so that it
// is never held whole in memory: write to stream(), then commit(). Until
// commit() succeeds `path` is untouched; without it the temporary file is
// removed.
class AtomicFile {
 public:
  explicit AtomicFile(const std::string& path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  std::ostream& stream() { return *stream_; }
  // Empty on success, else the reason in plain words (as atomic_write's).
  std::string commit();

 private:
  // Creates the temporary file beside path_ (the file a link points to).
  void open_temporary();
  std::string path_, temp_;
  bool direct_ = false;     // written in place: a device, a pipe or a socket
  std::string problem_;     // a failure before any write, in words
  int fd_ = -1;
  std::unique_ptr<DescriptorBuffer> buffer_;
  std::unique_ptr<std::ostream> stream_;
};

}  // namespace factlint::util
