// The optional top-level `attribution_cues`: loaded, located, compiled.
#include <catch2/catch.hpp>

#include "checker/rules/compiled_rules.h"
#include "checker/rules/load_sheet.h"
#include "sheet_fixtures.h"

namespace factlint::rules {
namespace {

using testing::rendered;

constexpr std::string_view kFacts = "facts:\n  - id: f\n    cues: [x]\n    expect: 1\n";

TEST_CASE("attribution_cues are loaded with their locations and compiled", "[rules][attribution_cues]") {
  const std::string yaml = "id: x\nattribution_cues: ['\\bbriefed\\b', 'spoke to reporters']\n" + std::string(kFacts);
  Diagnostics diags;
  std::optional<Sheet> sheet = load_sheet("rules/x.yaml", yaml, diags);
  REQUIRE(sheet);
  REQUIRE(sheet->attribution_cues.size() == 2);
  CHECK(sheet->attribution_cues[0].value == "\\bbriefed\\b");
  CHECK(sheet->attribution_cues[1].where.line == 2);
  std::vector<Sheet> sheets;
  sheets.push_back(std::move(*sheet));
  const RuleSet rules = compile_rules(std::move(sheets), diags);
  CHECK_FALSE(diags.has_errors());
  REQUIRE(rules.sheets.size() == 1);
  REQUIRE(rules.sheets[0].attribution_cues.size() == 2);
  CHECK(rules.sheets[0].attribution_cues[0]->search("Lavrov BRIEFED them"));
}

TEST_CASE("bad attribution_cues are located errors", "[rules][attribution_cues]") {
  struct Row {
    std::string yaml;
    std::vector<std::string> errors;
  };
  const Row rows[] = {
      {"id: x\nattribution_cues: ['(said']\n" + std::string(kFacts),
       {"rules/x.yaml:2:20: error: invalid regex '(said': missing ): (said"}},
      {"id: x\nattribution_cues: {said: 1}\n" + std::string(kFacts),
       {"rules/x.yaml:2:19: error: 'attribution_cues' must be a list of patterns, not a map"}},
      {"id: x\nattribution_cue: [said]\n" + std::string(kFacts),
       {"rules/x.yaml:2:1: error: unknown key 'attribution_cue' (did you mean 'attribution_cues'?)"}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.yaml);
    Diagnostics diags;
    CHECK_FALSE(load_sheet("rules/x.yaml", row.yaml, diags));
    CHECK(rendered(diags) == row.errors);
  }
}

}  // namespace
}  // namespace factlint::rules
