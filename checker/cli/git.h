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

}  // namespace factlint::cli
