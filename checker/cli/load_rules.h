// Fact sheets from disk to a compiled RuleSet, every problem in every sheet
// reported before the caller stops.
#pragma once

#include <string>
#include <vector>

#include "checker/rules/compiled_rules.h"
#include "checker/util/diagnostics.h"

namespace factlint::cli {

struct LoadedRules {
  rules::RuleSet rules;
  int sheet_files = 0;
};

// `paths` empty means rules/.
LoadedRules load_rules(std::vector<std::string> paths, Diagnostics& diags);

}  // namespace factlint::cli
