// Running git for --changed-since: an argument vector, never a shell, so a ref
// or path can never be read as a command.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "checker/util/diagnostics.h"

namespace factlint::cli {

struct GitResult {
  bool started = false;  // false: git could not be run (not installed)
  int status = -1;       // exit status when started
  std::string out;
  std::string err;
};

// Runs `git args...` in the current directory and collects its output.
GitResult run_git(const std::vector<std::string>& args);

// The files changed since `ref` (`git diff REF...HEAD`, plus staged, unstaged
// and untracked files), as absolute paths. An unknown ref, a folder that is not
// a git repository, or git missing is an error (diags); nullopt then.
std::optional<std::vector<std::string>> changed_files(const std::string& ref, Diagnostics& diags);

// The untracked files and folders under `roots` that .gitignore (and
// .git/info/exclude, and the user's global excludes) leave out, as git lists
// them: paths relative to the current folder, folders ending in '/'.
// nullopt when git cannot say (not a repository, git missing, a root outside
// the repository): nothing is left out then.
std::optional<std::vector<std::string>> git_ignored(const std::vector<std::string>& roots);

// Whether `path` (relative to the current folder) is one of `ignored`, or
// inside one of its folders.
bool is_git_ignored(const std::string& path, const std::vector<std::string>& ignored);

}  // namespace factlint::cli
