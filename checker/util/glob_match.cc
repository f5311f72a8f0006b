#include "checker/util/glob_match.h"

#include <filesystem>
#include <system_error>

namespace factlint::util {

namespace {

// Whole-string match of one glob against one path.
bool match(std::string_view glob, std::string_view path) {
  if (glob.empty()) return path.empty();
  if (glob.starts_with("**")) {
    std::string_view rest = glob.substr(2);
    if (rest.starts_with("/")) {
      // "**/" matches no directory at all, or any run of whole directories.
      if (match(rest.substr(1), path)) return true;
      for (std::size_t i = 0; i < path.size(); ++i) {
        if (path[i] == '/' && match(rest.substr(1), path.substr(i + 1))) return true;
      }
      return false;
    }
    for (std::size_t i = 0; i <= path.size(); ++i) {
      if (match(rest, path.substr(i))) return true;
    }
    return false;
  }
  if (glob[0] == '*') {
    for (std::size_t i = 0; i <= path.size(); ++i) {
      if (match(glob.substr(1), path.substr(i))) return true;
      if (i < path.size() && path[i] == '/') break;
    }
    return false;
  }
  if (path.empty()) return false;
  if (glob[0] == '?') return path[0] != '/' && match(glob.substr(1), path.substr(1));
  return glob[0] == path[0] && match(glob.substr(1), path.substr(1));
}

std::string_view strip(std::string_view s) {
  while (s.starts_with("./")) s.remove_prefix(2);
  while (s.size() > 1 && s.back() == '/') s.remove_suffix(1);
  return s;
}

}  // namespace

bool glob_match(std::string_view glob, std::string_view path) {
  const std::string_view stripped = strip(glob);
  const bool root = stripped == "." || (stripped.empty() && !glob.empty());  // ".", "./": every path
  glob = stripped;
  path = strip(path);
  if (root) return !path.empty();
  if (glob.empty()) return false;
  bool anywhere = glob.find('/') == std::string_view::npos;
  // The path itself, then each leading directory ("a/b/c.md": "a", "a/b").
  for (std::size_t end = path.size();; ) {
    std::string_view prefix = path.substr(0, end);
    if (match(glob, prefix)) return true;
    if (anywhere) {
      std::size_t slash = prefix.rfind('/');
      if (slash != std::string_view::npos && match(glob, prefix.substr(slash + 1))) return true;
    }
    std::size_t slash = prefix.rfind('/');
    if (slash == std::string_view::npos) return false;
    end = slash;
  }
}

std::string path_for_globs(std::string_view path) {
  while (path.starts_with("./")) path.remove_prefix(2);
  if (!path.starts_with('/')) return std::string(path);
  std::error_code ec;
  const std::filesystem::path here = std::filesystem::current_path(ec);
  if (ec) return std::string(path);
  const std::filesystem::path relative =
      std::filesystem::path(path).lexically_normal().lexically_relative(here.lexically_normal());
  if (relative.empty() || *relative.begin() == "..") return std::string(path);
  return relative.generic_string();
}

}  // namespace factlint::util
