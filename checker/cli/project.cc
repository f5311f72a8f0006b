#include "checker/cli/project.h"

#include "checker/config/config.h"
#include "checker/util/error_reason.h"

namespace factlint::cli {

namespace fs = std::filesystem;

std::optional<fs::path> find_config_upward(const fs::path& start) {
  std::error_code ec;
  for (fs::path dir = start.lexically_normal();; dir = dir.parent_path()) {
    fs::path candidate = dir / config::kDefaultConfigFile;
    if (fs::is_regular_file(candidate, ec)) return candidate;
    // The repository's top folder is as far as a project goes: a config in a
    // folder above it belongs to something else.
    if (fs::exists(dir / ".git", ec) || dir == dir.parent_path() || dir.empty()) return std::nullopt;
  }
}

std::string rebase_path(const std::string& path, const fs::path& from, const fs::path& to) {
  if (path.empty() || path == "-") return path;
  if (path.front() == '@') return "@" + rebase_path(path.substr(1), from, to);
  const fs::path p(path);
  if (p.is_absolute()) return path;
  fs::path absolute = (from / p).lexically_normal();
  if (!absolute.has_filename() && absolute.has_parent_path()) absolute = absolute.parent_path();  // "news/."
  fs::path rebased = absolute.lexically_relative(to);
  if (rebased.empty()) return path;  // on another root: cannot be written relative
  return rebased.generic_string();  // "." for the project folder itself
}

WorkIn::WorkIn(const fs::path& folder) {
  std::error_code ec;
  before_ = fs::current_path(ec);
  if (ec) {
    error_ = util::error_reason(ec.value());
    return;
  }
  fs::current_path(folder, ec);
  if (ec) {
    error_ = util::error_reason(ec.value());
    before_.clear();
  }
}

WorkIn::~WorkIn() {
  if (before_.empty()) return;
  std::error_code ec;
  fs::current_path(before_, ec);
}

}  // namespace factlint::cli
