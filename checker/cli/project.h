// Where a command works from. Like ruff, ESLint, Vale and markdownlint,
// factlint looks for .factlint.yaml in the current folder and then in each
// folder above it, stopping at the top of the git repository (the folder
// that holds .git) or at the filesystem root. The folder of the config it
// finds (or of the one --config names) is the project folder: the command
// runs there, so the config's paths, the sheets' `paths:` scopes and every
// path in a report are relative to that folder wherever factlint is started
// from. Paths typed on the command line are relative to the folder the user
// is in, as always; they are rewritten to the project folder before use.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace factlint::cli {

// The nearest .factlint.yaml at or above `start` (absolute), up to the folder
// holding .git or the root; nullopt when there is none.
std::optional<std::filesystem::path> find_config_upward(const std::filesystem::path& start);

// `path`, typed in folder `from`, as seen from folder `to` (both absolute).
// Absolute paths and '-' (standard input) stay as they are; "@LIST" rebases
// the list's own path.
std::string rebase_path(const std::string& path, const std::filesystem::path& from, const std::filesystem::path& to);

// Changes the working directory for the life of the object and changes it
// back (run() may be called more than once in one process, as tests do).
class WorkIn {
 public:
  // Moves to `folder`; `error` says why when that failed (nothing changed).
  explicit WorkIn(const std::filesystem::path& folder);
  ~WorkIn();
  WorkIn(const WorkIn&) = delete;
  WorkIn& operator=(const WorkIn&) = delete;
  const std::string& error() const { return error_; }

 private:
  std::filesystem::path before_;
  std::string error_;
};

}  // namespace factlint::cli
