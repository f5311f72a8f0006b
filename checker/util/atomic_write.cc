#include "checker/util/atomic_write.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <charconv>
#include <filesystem>
#include <optional>
#include <string_view>
#include <system_error>

#include <fmt/format.h>

#include "checker/util/descriptor_buffer.h"
#include "checker/util/error_reason.h"

namespace factlint::util {

namespace fs = std::filesystem;

namespace {

// The descriptor a path names when it is one of this process's own:
// "/dev/stdout", "/dev/stderr", "/dev/fd/N", "/proc/self/fd/N". Opening such
// a name again starts a regular file over from its first byte (and the
// temporary file renamed over it would replace the file): what the shell
// wrote to it before and after factlint would be lost.
std::optional<int> own_descriptor(std::string_view path) {
  if (path == "/dev/stdout") return 1;
  if (path == "/dev/stderr") return 2;
  for (std::string_view prefix : {"/dev/fd/", "/proc/self/fd/"}) {
    if (!path.starts_with(prefix)) continue;
    const std::string_view digits = path.substr(prefix.size());
    int fd = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), fd);
    if (error == std::errc() && end == digits.data() + digits.size() && !digits.empty()) return fd;
  }
  return std::nullopt;
}

}  // namespace

AtomicFile::AtomicFile(const std::string& path) : path_(path) {
  struct stat st {};
  if (const std::optional<int> own = own_descriptor(path)) {
    // Written through a copy of the descriptor, where it stands (after what
    // the shell wrote there already), whatever is behind it.
    direct_ = true;
    fd_ = ::fcntl(*own, F_DUPFD_CLOEXEC, 3);
    if (fd_ < 0) problem_ = error_reason(errno);
  } else if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
    // A device, a pipe or a socket ("-o /dev/null", a FIFO a CI step reads):
    // written in place. A file renamed over it would replace it (as root,
    // /dev/null itself).
    direct_ = true;
    fd_ = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    if (fd_ < 0) problem_ = error_reason(errno);
  } else {
    open_temporary();
  }
  buffer_ = std::make_unique<DescriptorBuffer>(fd_);
  stream_ = std::make_unique<std::ostream>(buffer_.get());
}

void AtomicFile::open_temporary() {
  fs::path target(path_);
  std::error_code ec;
  // A link (or a chain of them) to a file, even one not there yet: the file is
  // written, the link kept.
  for (int hops = 0; hops < 40 && fs::is_symlink(target, ec); ++hops) {
    const fs::path to = fs::read_symlink(target, ec);
    if (ec) break;
    target = to.is_absolute() ? to : target.parent_path() / to;
    path_ = target.string();
  }
  ec.clear();
  fs::path dir = target.parent_path();
  if (!dir.empty()) {
    fs::create_directories(dir, ec);
    if (ec) problem_ = fmt::format("cannot create directory '{}': {}", dir.string(), error_reason(ec.value()));
  }
  if (problem_.empty() && fs::is_directory(target, ec)) problem_ = "is a directory";
  static std::atomic<unsigned> counter{0};
  for (int attempt = 0; attempt < 100 && fd_ < 0 && problem_.empty(); ++attempt) {
    // Hidden, in the same directory (rename is atomic only within a file system).
    fs::path name = fmt::format(".{}.{}-{}.tmp", target.filename().string(), ::getpid(), counter++);
    temp_ = (dir.empty() ? name : dir / name).string();
    fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);  // umask applies
    if (fd_ < 0 && errno != EEXIST) problem_ = error_reason(errno);
  }
  if (fd_ < 0 && problem_.empty()) problem_ = "cannot create a temporary file";
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) {  // never committed
    ::close(fd_);
    if (!direct_) ::unlink(temp_.c_str());
  }
}

std::string AtomicFile::commit() {
  if (!problem_.empty()) return problem_;
  stream_->flush();
  if (direct_) {  // nothing to rename; a device cannot be synced (EINVAL)
    int error = buffer_->error();
    if (::close(fd_) != 0 && error == 0) error = errno;
    fd_ = -1;
    return error == 0 ? std::string() : error_reason(error);
  }
  bool ok = buffer_->error() == 0 && ::fsync(fd_) == 0;
  int error = buffer_->error() != 0 ? buffer_->error() : errno;
  if (::close(fd_) != 0 && ok) {
    ok = false;
    error = errno;
  }
  fd_ = -1;
  if (ok && ::rename(temp_.c_str(), path_.c_str()) != 0) {
    ok = false;
    error = errno;
  }
  if (!ok) {
    ::unlink(temp_.c_str());
    return error_reason(error);
  }
  return {};
}

std::string atomic_write(const std::string& path, std::string_view content) {
  AtomicFile file(path);
  file.stream().write(content.data(), static_cast<std::streamsize>(content.size()));
  return file.commit();
}

}  // namespace factlint::util
