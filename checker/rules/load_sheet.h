// Fact-sheet loading and validation: YAML text -> Sheet. Every problem is a
// located diagnostic (file:line:col, 1-based, with a hint where one helps);
// loading carries on after an error so one run reports them all.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "checker/rules/compiled_pattern.h"
#include "checker/rules/sheet.h"
#include "checker/util/diagnostics.h"

namespace factlint::rules {

// nullopt when the sheet has any error (all of them are in `diags`). `values`:
// the newsroom's `values:` settings, by which `expect` is read ("05/04/2021"
// with `dates: day-first`, "10 dinars" with `currencies: {dinars: IQD}`).
// The sheet's regexes are compiled to check them; with a `cache`, they are
// kept there for compile_rules.
std::optional<Sheet> load_sheet(const std::string& path, std::string_view yaml_text,
                                Diagnostics& diags, const extract::ParseContext& values = {},
                                PatternCache* cache = nullptr);

}  // namespace factlint::rules
