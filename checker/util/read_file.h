// Reading a whole file, with a size limit and the reason it failed in plain words.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace factlint::util {

struct ReadResult {
  std::optional<std::string> content;  // nullopt on failure
  std::string error;                   // "permission denied", "larger than the 16 MiB limit", ...
  bool too_large = false;
};

ReadResult read_file(const std::string& path, std::size_t max_bytes);

// "16 MiB", "512 KiB", "300 bytes".
std::string human_size(std::size_t bytes);

}  // namespace factlint::util
