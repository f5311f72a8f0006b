// Fact sheets from disk to a compiled RuleSet, every problem in every sheet
// reported before the caller stops.
#pragma once

#include <string>
#include <vector>

#include "checker/cli/settings.h"
#include "checker/config/config.h"
#include "checker/report/report.h"
#include "checker/rules/compiled_rules.h"
#include "checker/util/diagnostics.h"

namespace factlint::cli {

struct LoadedRules {
  rules::RuleSet rules;
  std::vector<std::string> sheet_paths;  // every sheet file found, sorted
  // Each sheet's path and bytes, as read and compiled, one after another with
  // their lengths: what the article cache's key takes of the sheets.
  std::string sheet_bytes;
};

// `paths` empty means rules/. `defaults` (.factlint.yaml's `attribution`) fill
// in each sheet's attribution policy where the sheet sets none.
// `values`: .factlint.yaml's `values:` (numeric date order, currency names),
// for the sheets' `expect` and every article.
// `named_at`: where each path was written when the config named it (a
// missing one is an error at its line), or empty. `jobs`: how many threads
// may read and compile the sheets (a newsroom's hundreds; never more than the
// cores); the result and the errors are the same for any number.
LoadedRules load_rules(std::vector<std::string> paths, Diagnostics& diags,
                       const config::AttributionDefaults& defaults = {},
                       const extract::ParseContext& values = {}, const std::vector<SourceLocation>& named_at = {},
                       unsigned jobs = 1);

// The sheets `given` on the command line, or else the config's, read with
// the config's `attribution:` and `values:` (the commands other than check).
LoadedRules load_project_rules(const std::vector<std::string>& given, const ProjectDefaults& project,
                               Diagnostics& diags);

// A fact sheet's text and the name its errors are reported under (a path, or
// "HEAD:rules/x.yaml" for a version from git).
struct SheetText {
  std::string path;
  std::string text;
};

// As load_rules, from sheets already read.
rules::RuleSet compile_sheet_texts(const std::vector<SheetText>& sheets, Diagnostics& diags,
                                   const config::AttributionDefaults& defaults = {},
                                   const extract::ParseContext& values = {}, unsigned jobs = 1);

// Every fact and person of the rule set as the reporters describe rules.
std::vector<report::RuleInfo> describe_rules(const rules::RuleSet& rules);

// The ids of `rules`, in their order.
std::vector<std::string> rule_ids(const std::vector<report::RuleInfo>& rules);

}  // namespace factlint::cli
