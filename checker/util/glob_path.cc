#include "checker/util/glob_path.h"

#include <filesystem>
#include <system_error>

#include "checker/util/utf8.h"

namespace factlint::util {

namespace {

std::string with_replacement_characters(std::string_view path) {
  std::string out;
  out.reserve(path.size() + 8);
  for (std::size_t i = 0; i < path.size();) {
    const Decoded d = decode_utf8(path, i);
    if (d.code_point == 0xFFFD && d.length == 1)
      out += "\xEF\xBF\xBD";
    else
      out.append(path.substr(i, d.length));
    i += d.length;
  }
  return out;
}

}  // namespace

std::string path_for_globs(std::string_view path) {
  while (path.starts_with("./")) path.remove_prefix(2);
  std::string out(path);
  if (path.starts_with('/')) {
    std::error_code ec;
    const std::filesystem::path here = std::filesystem::current_path(ec);
    if (!ec) {
      const std::filesystem::path relative =
          std::filesystem::path(path).lexically_normal().lexically_relative(here.lexically_normal());
      if (!relative.empty() && *relative.begin() != "..") out = relative.generic_string();
    }
  }
  if (!is_valid_utf8(out)) out = with_replacement_characters(out);
  return out;
}

std::string_view glob_view(std::string_view path) {
  while (path.starts_with("./")) path.remove_prefix(2);
  if (!path.starts_with('/') && is_valid_utf8(path)) return path;
  thread_local std::string asked, rewritten;
  if (path != asked) {
    asked = path;
    rewritten = path_for_globs(path);
  }
  return rewritten;
}

std::optional<std::string> glob_folder(std::string_view path) {
  const std::size_t wild = path.find_first_of("*?[");
  if (wild == std::string_view::npos) return std::nullopt;
  const std::size_t slash = path.rfind('/', wild);
  return slash == std::string_view::npos || slash == 0 ? std::string(".") : std::string(path.substr(0, slash));
}

}  // namespace factlint::util
