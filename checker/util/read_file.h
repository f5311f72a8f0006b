// Reading a whole file, with a size limit and the reason it failed in plain words.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace factlint::util {

struct ReadResult {
  std::optional<std::string> content;  // nullopt on failure
  std::string error;                   // "permission denied", "larger than the 16 MiB limit", ...
  bool too_large = false;
};

// A named pipe, a socket or a device is refused without waiting on it; a file
// that reports no size (/proc) is read to its end, within `max_bytes`.
ReadResult read_file(const std::string& path, std::size_t max_bytes);

// "a named pipe (FIFO)", "a socket", "a character device", ... for a st_mode.
std::string_view file_type_name(unsigned mode);

// "16 MiB", "512 KiB", "300 bytes".
std::string human_size(std::size_t bytes);

}  // namespace factlint::util
