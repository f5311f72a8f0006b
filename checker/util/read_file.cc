#include "checker/util/read_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <ctime>

#include <fmt/format.h>

#include "checker/util/error_reason.h"

namespace factlint::util {

namespace {

struct Unit {
  std::size_t bytes;
  const char* name;
};
constexpr Unit kUnits[] = {{std::size_t{1} << 30, "GiB"}, {std::size_t{1} << 20, "MiB"}, {std::size_t{1} << 10, "KiB"}};

// `bytes` in the largest unit it reaches, with one decimal: "200.3 MiB".
std::string one_decimal(std::size_t bytes) {
  for (const Unit& unit : kUnits) {
    if (bytes >= unit.bytes)
      return fmt::format("{:.1f} {}", static_cast<double>(bytes) / static_cast<double>(unit.bytes), unit.name);
  }
  return fmt::format("{} bytes", bytes);
}

}  // namespace

std::string human_size(std::size_t bytes) {
  for (const Unit& unit : kUnits) {
    if (bytes < unit.bytes) continue;  // the largest unit it reaches
    if (bytes % unit.bytes == 0) return fmt::format("{} {}", bytes / unit.bytes, unit.name);
    break;
  }
  return bytes < (std::size_t{10} << 10) ? fmt::format("{} bytes", bytes) : one_decimal(bytes);
}

std::string larger_than(std::size_t limit, std::uintmax_t size, std::string_view hint) {
  std::string what = human_size(static_cast<std::size_t>(size));
  // "16.0 MiB" past a 16 MiB limit tells nothing: the exact count does.
  if (what == one_decimal(limit)) what = fmt::format("{} bytes", size);
  if (hint.empty()) return fmt::format("larger than the {} limit ({})", human_size(limit), what);
  return fmt::format("larger than the {} limit ({}; {})", human_size(limit), what, hint);
}

Size parse_size(std::string_view text) {
  constexpr std::string_view kNoSize = "is no size";
  std::size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits == 0) return {0, kNoSize};
  std::string unit(text.substr(digits));
  for (char& c : unit) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  int shift = 0;
  if (!unit.empty() && unit != "b") {
    const std::size_t at = std::string_view("kmg").find(unit[0]);
    const std::string_view rest = std::string_view(unit).substr(1);
    if (at == std::string_view::npos || (!rest.empty() && rest != "b" && rest != "ib")) return {0, kNoSize};
    shift = 10 * static_cast<int>(at + 1);
  }
  std::uint64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + digits, value);
  if (error != std::errc() || end != text.data() + digits || value > (std::uint64_t{1} << (62 - shift)))
    return {0, "is more than any file"};
  return {value << shift, {}};
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

// Closes the descriptor on every way out.
struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

FileStamp stamp_from(const struct stat& st) {
  FileStamp s;
  s.size = static_cast<std::uint64_t>(st.st_size);
  s.mtime_ns = std::int64_t{st.st_mtim.tv_sec} * 1'000'000'000 + st.st_mtim.tv_nsec;
  s.ctime_ns = std::int64_t{st.st_ctim.tv_sec} * 1'000'000'000 + st.st_ctim.tv_nsec;
  s.inode = static_cast<std::uint64_t>(st.st_ino);
  s.device = static_cast<std::uint64_t>(st.st_dev);
  return s;
}

}  // namespace

std::optional<FileStamp> stamp_of(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  return stamp_from(st);
}

std::int64_t now_ns() {
  struct timespec t {};
  ::clock_gettime(CLOCK_REALTIME, &t);
  return std::int64_t{t.tv_sec} * 1'000'000'000 + t.tv_nsec;
}

ReadResult read_file(const std::string& path, std::size_t max_bytes, bool stamp_after) {
  ReadResult result;
  // O_NONBLOCK: a named pipe put where a file was expected must not hang the
  // run; the type is checked on the descriptor itself, so a file swapped for
  // one after the folder was walked is refused too.
  const Fd file{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC)};
  if (file.fd < 0) {
    result.error = error_reason(errno);
    return result;
  }
  struct stat st {};
  if (::fstat(file.fd, &st) != 0) {
    result.error = error_reason(errno);
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
    result.size = size;
    result.error = larger_than(max_bytes, size);
  };
  if (static_cast<std::uintmax_t>(st.st_size) > max_bytes) {
    too_large(static_cast<std::uintmax_t>(st.st_size));
    return result;
  }
  result.stamp = stamp_from(st);
  // One read call in the common case: ask for a byte more than the size, and
  // a shorter answer is the end. Files that report size 0 (/proc) or grow
  // are read on to their end, within the limit.
  const std::size_t cap = max_bytes < SIZE_MAX ? max_bytes + 1 : max_bytes;  // a byte past the limit is too large
  std::string content(static_cast<std::size_t>(st.st_size) + 1, '\0');
  std::size_t have = 0;
  for (;;) {
    if (have == content.size()) content.resize(std::min(content.size() * 2 + 4096, cap));
    const ssize_t n = ::read(file.fd, content.data() + have, content.size() - have);
    if (n < 0) {
      if (errno == EINTR) continue;
      result.error = errno == EAGAIN ? std::string("read error") : error_reason(errno);
      return result;
    }
    have += static_cast<std::size_t>(n);
    if (have > max_bytes) {
      too_large(have);
      return result;
    }
    if (n == 0 || (have == static_cast<std::size_t>(st.st_size) && st.st_size > 0)) break;
  }
  content.resize(have);
  result.content = std::move(content);
  if (stamp_after && ::fstat(file.fd, &st) == 0) result.stamp_after = stamp_from(st);
  return result;
}

}  // namespace factlint::util
