#include "checker/util/read_file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

namespace factlint::util {

std::string human_size(std::size_t bytes) {
  if (bytes >= (1u << 20) && bytes % (1u << 20) == 0) return fmt::format("{} MiB", bytes >> 20);
  if (bytes >= (1u << 10) && bytes % (1u << 10) == 0) return fmt::format("{} KiB", bytes >> 10);
  return fmt::format("{} bytes", bytes);
}

ReadResult read_file(const std::string& path, std::size_t max_bytes) {
  ReadResult result;
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    result.error = "is a directory";
    return result;
  }
  std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (!ec && size > max_bytes) {
    result.too_large = true;
    result.error = fmt::format("larger than the {} limit ({}; see --max-file-size)", human_size(max_bytes),
                               human_size(static_cast<std::size_t>(size)));
    return result;
  }
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    result.error = errno != 0 ? std::strerror(errno) : "cannot open";
    for (char& c : result.error) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return result;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    result.error = "read error";
    return result;
  }
  result.content = std::move(buffer).str();
  return result;
}

}  // namespace factlint::util
