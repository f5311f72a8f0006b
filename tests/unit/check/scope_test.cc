#include "checker/check/scope.h"

#include <catch2/catch.hpp>

#include "../text_and_rules_fixture.h"
#include "checker/rules/load_sheet.h"

namespace factlint::check {
namespace {

// `count` sheets, story-0 .. story-N, each covering articles that mention its
// own operation name; every second one also mentions a shared word.
rules::RuleSet stories(int count) {
  Diagnostics diags;
  std::vector<rules::Sheet> sheets;
  for (int i = 0; i < count; ++i) {
    const std::string yaml = "id: story-" + std::to_string(i) + "\nscope:\n  mentions: ['\\bOperation" +
                             std::to_string(i) + "\\b'" + (i % 2 == 0 ? ", '\\bflood\\b'" : "") +
                             "]\nfacts:\n  - id: houses\n    cues: ['\\bhouses\\b']\n    expect: 12 houses\n";
    if (auto sheet = rules::load_sheet("rules/s" + std::to_string(i) + ".yaml", yaml, diags))
      sheets.push_back(std::move(*sheet));
  }
  rules::RuleSet set = rules::compile_rules(std::move(sheets), diags);
  REQUIRE_FALSE(diags.has_errors());
  return set;
}

TEST_CASE("many sheets share one pass that finds the sheets an article mentions", "[check][scope]") {
  const rules::RuleSet rules = stories(9);
  REQUIRE(rules.mention_set);
  for (const char* body : {"Operation3 began.", "The flood rose.", "OPERATION8 and operation1 ended.", "Nothing.",
                           "Operation30 is another story."}) {
    CAPTURE(body);
    const text::Article article = testing::dated_article(body);
    const std::optional<std::vector<int>> hits = mention_hits(rules, article);
    REQUIRE(hits);
    // The one pass decides exactly as each sheet's own search.
    for (const rules::CompiledSheet& sheet : rules.sheets) {
      CAPTURE(sheet.sheet->id);
      CHECK(in_scope(sheet, article, &*hits) == in_scope(sheet, article));
    }
  }
  const text::Article one = testing::dated_article("Operation3 began.");
  const std::optional<std::vector<int>> hits = mention_hits(rules, one);
  int covered = 0;
  for (const rules::CompiledSheet& sheet : rules.sheets) covered += in_scope(sheet, one, &*hits) ? 1 : 0;
  CHECK(covered == 1);
}

TEST_CASE("a few sheets each search for themselves", "[check][scope]") {
  const rules::RuleSet rules = stories(3);
  CHECK_FALSE(rules.mention_set);
  CHECK_FALSE(mention_hits(rules, testing::dated_article("Operation1 began.")));
}

}  // namespace
}  // namespace factlint::check
