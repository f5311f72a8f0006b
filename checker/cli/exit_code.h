// The process exit codes: one enum, documented in README and --help.
#pragma once

namespace factlint::cli {

enum class ExitCode : int {
  kClean = 0,         // no finding at or above --fail-on
  kFindings = 1,      // at least one finding at or above --fail-on
  kUsage = 2,         // bad flag, config, fact sheet or input path; no article found
  kInterrupted = 130  // SIGINT
};

}  // namespace factlint::cli
