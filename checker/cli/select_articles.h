// Which articles a run checks: those found under the paths, minus the
// config's `exclude` globs, narrowed by --changed-since to those git says
// changed (or all of them when a fact sheet or the config changed).
#pragma once

#include <string>
#include <vector>

#include "checker/cli/git_index.h"
#include "checker/cli/settings.h"
#include "checker/findings/finding.h"
#include "checker/util/diagnostics.h"

namespace factlint::cli {

// What the walk passed over (links not followed, named pipes, ...) goes to
// `skipped`, counted in the summary with the reason. Files a walk found that
// git ignores (.gitignore) are left out, as ripgrep leaves them, unless
// `use_gitignore` is false; a file named on the command line is always checked.
// git is asked which files it ignores only when the walk found one that `git`
// (the work tree's index) does not track: git ignores no tracked file.
// Test fixtures under a rules folder's tests/ are left out of walks unless a
// path given is inside that folder.
std::vector<std::string> select_articles(const CheckSettings& settings, const std::vector<std::string>& sheets,
                                         const std::string& changed_since, Diagnostics& diags,
                                         std::vector<SkippedFile>& skipped, bool follow = false,
                                         bool use_gitignore = true, const GitWorkTree* git = nullptr);

// What a list of changed files (from git, or from pre-commit) asks to check.
struct ChangedSelection {
  std::vector<std::string> articles;          // to check: every article when a sheet or the config changed
  std::vector<std::string> changed_articles;  // the articles among the changed files
  std::vector<std::string> sheets;            // the fact sheets among them
  bool config_changed = false;
};

// `articles` narrowed to those among `changed` (paths in any spelling), or all
// of them when a sheet in `sheets` or the config changed.
ChangedSelection select_changed(std::vector<std::string> articles, const std::vector<std::string>& sheets,
                                const std::string& config_path, const std::vector<std::string>& changed);

// "@list.txt" among the paths stands for the paths listed in that file, one a
// line; blank lines and lines starting with '#' are skipped, and a list may
// name other lists. A list that cannot be read is an error. `where` is
// parallel to `paths` (or empty) and stays so: a listed path gets its list's
// file, line and column, where the walk reports it if it does not exist.
void expand_path_lists(std::vector<std::string>& paths, std::vector<SourceLocation>& where, Diagnostics& diags);

// `files` without those matching any of `globs`.
std::vector<std::string> exclude_files(std::vector<std::string> files, const std::vector<std::string>& globs);

}  // namespace factlint::cli
