// Fact-sheet test fixtures: the findings an article should give, written in it
// as `<!-- expect: contradiction trade-growth -->` comments, and the comparison
// of those expectations with the findings the checker reported.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "checker/findings/finding.h"
#include "checker/util/diagnostics.h"

namespace factlint::findings {

// One entry of an expect comment. `kind` is empty for `expect: nothing`.
struct Expectation {
  std::optional<FindingKind> kind;
  std::string rule;  // as written: "lavrov-pakistan-2021/trade-growth", "trade-growth", "people.lavrov"
  std::string at;    // the found text it must have (`at "64 percent"`); empty: any
  int line = 0;      // the line it applies to: the next line that is neither blank nor a comment
  int column = 0;    // where that line's text starts
  SourceLocation where;  // the entry itself, in the comment
};

// The expectations of one fixture. `raw` is the file as on disk, `body_begin`
// where its body starts (after the front matter). `known_rules` are the full
// rule ids of the loaded sheets ("sheet/fact", "sheet/people.x"); an entry
// naming none of them is an error. Every malformed entry is a located error in
// `diags`; the well-formed ones are still returned. Comments inside fenced code
// blocks are examples, not expectations.
std::vector<Expectation> parse_expectations(std::string_view file, std::string_view raw, std::size_t body_begin,
                                            std::span<const std::string> known_rules, Diagnostics& diags);

// One way a fixture disagrees with its expectations, at the line concerned.
struct ExpectationFailure {
  SourceLocation where;
  std::string message;  // "expected contradiction trade-growth on this line, got nothing"
  std::string hint;     // may be empty
  bool got_nothing = false;  // an expected finding, and the line gave no finding at all
};

// Every expected finding must be among `findings` on its line (same kind, a
// rule that `id_matches`, and the `at` text if given), and every finding must
// be expected. Failures sorted by line and column.
std::vector<ExpectationFailure> compare_expectations(const std::vector<Expectation>& expectations,
                                                     const std::vector<Finding>& findings, std::string_view file);

}  // namespace factlint::findings
