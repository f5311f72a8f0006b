#include "checker/util/read_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

namespace factlint::util {

std::string human_size(std::size_t bytes) {
  if (bytes >= (1u << 20) && bytes % (1u << 20) == 0) return fmt::format("{} MiB", bytes >> 20);
  if (bytes >= (1u << 10) && bytes % (1u << 10) == 0) return fmt::format("{} KiB", bytes >> 10);
  return fmt::format("{} bytes", bytes);
}

std::string_view file_type_name(unsigned mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a named pipe (FIFO)";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  return "not a regular file";
}

namespace {

std::string lowercase_errno(int error) {
  std::string text = std::strerror(error);
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// Closes the descriptor on every way out.
struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

ReadResult read_file(const std::string& path, std::size_t max_bytes) {
  ReadResult result;
  // O_NONBLOCK: a named pipe put where a file was expected must not hang the
  // run; the type is checked on the descriptor itself, so a file swapped for
  // one after the folder was walked is refused too.
  const Fd file{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC)};
  if (file.fd < 0) {
    result.error = lowercase_errno(errno);
    return result;
  }
  struct stat st {};
  if (::fstat(file.fd, &st) != 0) {
    result.error = lowercase_errno(errno);
    return result;
  }
  if (S_ISDIR(st.st_mode)) {
    result.error = "is a directory";
    return result;
  }
  if (!S_ISREG(st.st_mode)) {
    result.error = fmt::format("{}, not a regular file: not read", file_type_name(st.st_mode));
    return result;
  }
  auto too_large = [&](std::uintmax_t size) {
    result.too_large = true;
    result.error = fmt::format("larger than the {} limit ({}; see --max-file-size)", human_size(max_bytes),
                               human_size(static_cast<std::size_t>(size)));
  };
  if (static_cast<std::uintmax_t>(st.st_size) > max_bytes) {
    too_large(static_cast<std::uintmax_t>(st.st_size));
    return result;
  }
  // Read to the end: files that report size 0 (/proc) still have bytes, and
  // the limit holds for them too.
  std::string content;
  content.reserve(static_cast<std::size_t>(st.st_size));
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = ::read(file.fd, buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) continue;
      result.error = errno == EAGAIN ? std::string("read error") : lowercase_errno(errno);
      return result;
    }
    if (n == 0) break;
    if (content.size() + static_cast<std::size_t>(n) > max_bytes) {
      too_large(content.size() + static_cast<std::size_t>(n));
      return result;
    }
    content.append(buffer, static_cast<std::size_t>(n));
  }
  result.content = std::move(content);
  return result;
}

}  // namespace factlint::util
