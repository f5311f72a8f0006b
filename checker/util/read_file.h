// Reading a whole file, with a size limit and the reason it failed in plain words.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace factlint::util {

// What stat(2) says of a regular file. Two equal stamps mean it was not
// written in between, as git's index trusts them: a write changes the change
// time (ctime), which no user tool can set back. Trust a stamp only if it was
// taken well after the last change (stamp_trusted), or a second write within
// the file system's time resolution could go unseen.
struct FileStamp {
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::int64_t ctime_ns = 0;
  std::uint64_t inode = 0;
  std::uint64_t device = 0;
  bool operator==(const FileStamp&) const = default;
  bool empty() const { return *this == FileStamp{}; }
};

// The stamp of a regular file; nullopt for anything else or on error.
std::optional<FileStamp> stamp_of(const std::string& path);

// Now, in nanoseconds since 1970, as the file system's times count.
std::int64_t now_ns();

// Whether `stamp`, taken after `taken_ns` (now_ns() before the stat), can
// stand for the file's bytes: its last change was at least two seconds before.
inline bool stamp_trusted(const FileStamp& stamp, std::int64_t taken_ns) {
  return !stamp.empty() && stamp.ctime_ns + 2'000'000'000 < taken_ns;
}

struct ReadResult {
  std::optional<std::string> content;  // nullopt on failure
  std::string error;                   // "permission denied", "larger than the 16 MiB limit (20 MiB)", ...
  bool too_large = false;
  std::uintmax_t size = 0;  // too_large: the file's size, or the bytes read when it grew past the limit
  FileStamp stamp;  // from the descriptor, before any byte was read
  // With `stamp_after`: the descriptor's stamp once every byte was read.
  // Equal to `stamp`: nothing wrote the file while it was read.
  FileStamp stamp_after;
};

// A named pipe, a socket or a device is refused without waiting on it; a file
// that reports no size (/proc) is read to its end, within `max_bytes`.
ReadResult read_file(const std::string& path, std::size_t max_bytes, bool stamp_after = false);

// "a named pipe (FIFO)", "a socket", "a character device", ... for a st_mode.
std::string_view file_type_name(unsigned mode);

// "16 MiB", "512 KiB", "1 GiB", "300 bytes"; a size that is no whole number of
// units from 10 KiB on with one decimal: "200.3 MiB", "12.5 KiB".
std::string human_size(std::size_t bytes);

// Why a file of `size` bytes was not read: "larger than the 16 MiB limit
// (200 MiB)", or with a hint "(200 MiB; see --max-file-size)".
std::string larger_than(std::size_t limit, std::uintmax_t size, std::string_view hint = {});

// A size as a user writes one (--max-file-size, $FACTLINT_FINDINGS_IN_MEMORY):
// digits, then optionally a unit K, M or G, 1024 based as human_size writes
// them, with "B", "iB" or "b" after it or alone: "300", "512K", "16MiB", "2gb".
// `problem` is empty when `bytes` holds the size, else "is no size" or "is
// more than any file" (past 2^62 bytes), to follow the text quoted.
struct Size {
  std::uint64_t bytes = 0;
  std::string_view problem;
};
Size parse_size(std::string_view text);

// What to write instead, for the hint of a message about a size that is none.
inline constexpr std::string_view kSizeForm = "give a number of bytes, or one with a unit K, M or G";

}  // namespace factlint::util
