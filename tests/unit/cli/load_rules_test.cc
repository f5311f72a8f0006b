#include "checker/cli/load_rules.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <fmt/format.h>

namespace factlint::cli {
namespace {

// A newsroom's sheets, of very different sizes (so that with several threads
// later sheets are done before earlier ones), among them a YAML error, two
// bad regexes, a bad value and one id used three times.
std::vector<SheetText> newsroom_sheets() {
  std::vector<SheetText> sheets;
  for (int i = 0; i < 64; ++i) {
    const int facts = i % 9 == 0 ? 120 : 1 + i % 4;
    const int id = i % 50 == 7 ? 3 : i;  // story-07 and story-57 take story-03's id
    std::string text = fmt::format("id: story-{:02}\nscope:\n  mentions: ['\\bPlace{:02}\\b']\n", id, i);
    text += "people:\n  chief:\n    name: Amina Yusuf\n    also: [Yusuf]\nfacts:\n";
    for (int f = 0; f < facts; ++f) {
      text += fmt::format("  - id: f{}\n    cues: ['\\bhouses{}\\b']\n    expect: {} houses\n    said_by: chief\n",
                          f, f, 100 + f);
    }
    if (i == 11) text += "  - id: broken\n    cues: ['(houses']\n    expect: 5 houses\n";
    if (i == 23) text += "  - id: unreadable\n    cues: ['\\bx\\b']\n    expect: twelvety houses\n";
    if (i == 31) text = "id: story-31\nfacts: [\n";
    if (i == 45) text += "  - id: twin\n    cues: ['(twin']\n    expect: 5 houses\n";
    sheets.push_back({fmt::format("rules/story-{:02}.yaml", i), std::move(text)});
  }
  return sheets;
}

std::vector<std::string> rendered(const Diagnostics& diags) {
  std::vector<std::string> lines;
  for (const Diagnostic& d : diags.entries()) lines.push_back(format_diagnostic(d));
  return lines;
}

std::vector<std::string> described(const rules::RuleSet& set) {
  std::vector<std::string> lines;
  for (const rules::CompiledSheet& s : set.sheets) {
    lines.push_back(fmt::format("{} {} facts, {} people, {} mentions", s.sheet->path, s.facts.size(),
                                s.people.size(), s.mention_ids.size()));
  }
  for (const report::RuleInfo& r : describe_rules(set)) lines.push_back(r.id + " " + r.full_text);
  return lines;
}

TEST_CASE("sheets read on several threads give the rule set and the errors of one thread", "[cli][load_rules]") {
  const std::vector<SheetText> sheets = newsroom_sheets();
  Diagnostics one_diags;
  const rules::RuleSet one = compile_sheet_texts(sheets, one_diags, {}, {}, 1);
  const std::vector<std::string> errors = rendered(one_diags);
  // Every problem, in the sheets' order: what loading found first, then the ids used twice.
  REQUIRE(errors.size() == 6);
  CHECK(errors[0].starts_with("rules/story-11.yaml:"));
  CHECK(errors[0].find("invalid regex '(houses'") != std::string::npos);
  CHECK(errors[1].starts_with("rules/story-23.yaml:"));
  CHECK(errors[2].starts_with("rules/story-31.yaml:"));
  CHECK(errors[3].starts_with("rules/story-45.yaml:"));
  CHECK(errors[4] == "rules/story-07.yaml: error: sheet id 'story-03' is also used by 'rules/story-03.yaml' "
                     "(each fact sheet needs an id of its own)");
  CHECK(errors[5].starts_with("rules/story-57.yaml: error: sheet id 'story-03'"));
  // Left out: the four bad sheets and the two later story-03s.
  REQUIRE(one.sheets.size() == 64 - 6);
  CHECK(one.sheets[0].sheet->path == "rules/story-00.yaml");
  CHECK(one.sheets[0].facts.size() == 120);
  for (const unsigned jobs : {2u, 3u, 8u}) {
    Diagnostics many_diags;
    const rules::RuleSet many = compile_sheet_texts(sheets, many_diags, {}, {}, jobs);
    CHECK(rendered(many_diags) == errors);
    CHECK(described(many) == described(one));
    CHECK(many.mention_sheet == one.mention_sheet);
  }
}

}  // namespace
}  // namespace factlint::cli
