// Options: what the command line asked for, as plain data passed to each
// subcommand (no global state).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "checker/util/date.h"

namespace factlint::cli {

enum class FailOn { kError, kWarning, kInfo, kNever };
enum class Color { kAuto, kAlways, kNever };

struct CheckOptions {
  std::vector<std::string> paths;       // articles; default corpus/
  std::vector<std::string> rule_paths;  // default rules/
  std::string format = "text";
  FailOn fail_on = FailOn::kError;
  unsigned jobs = 0;                    // 0 = hardware threads
  Color color = Color::kAuto;
  bool quiet = false;
  bool verbose = false;
  std::size_t max_file_size = 16u << 20;  // bytes; larger articles are skipped
};

struct ValuesOptions {
  std::optional<Date> date;
  std::string format = "text";
  std::vector<std::string> text;  // empty: read stdin
};

struct RulesOptions {
  std::vector<std::string> rule_paths;
  std::string fact;  // explain: "sheet/fact"
};

}  // namespace factlint::cli
