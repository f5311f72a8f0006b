// The word prefilters (rules::leading_word): cues and scope mentions that
// begin with a word are looked for only in sentences and at places where a
// word begins so. Held to the checker without them on generated articles:
// the same findings, whatever the text.
#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "../mixed_texts.h"
#include "../text_and_rules_fixture.h"
#include "checker/check/check_document.h"
#include "checker/check/scope.h"

namespace factlint::check {
namespace {

// Cues of every shape: with a leading word ("\btrade\b", "\bdoses?\b",
// "\bvisit") and without ("\b(?:killed|dead)\b", "(?i)toll"), so both the
// prefilter and the set of the other cues are exercised.
std::string sheet_yaml(int i) {
  return fmt::format(R"(id: story-{0}
scope:
  mentions: ['\bOperation{0}\b', '\bflood{0}', '(?:storm|gale){0}']
people:
  p: {{name: Amina Kowalski, also: [Kowalski]}}
facts:
  - id: trade
    cues: ['\btrade\b']
    expect: 46%
  - id: doses
    cues: ['\bdoses?\b', '\bdeliver']
    expect: 50,000 doses
    said_by: p
  - id: dead
    cues: ['\b(?:killed|dead)\b']
    expect: 12 people
  - id: toll
    cues: ['(?i)toll', '\bper\s?cent\b']
    expect: 3 percent
  - id: visit
    cues: ['\bvisit']
    expect: since 2012
)",
                     i);
}

std::vector<std::string> rendered(const DocumentResult& result) {
  std::vector<std::string> out;
  for (const Finding& f : result.findings)
    out.push_back(fmt::format("{}:{} {} {}", f.line, f.column, f.rule, f.message));
  return out;
}

TEST_CASE("cues and mentions found by their leading words give the findings of whole-set matching",
          "[check][prefilter]") {
  Diagnostics diags;
  std::vector<rules::Sheet> sheets;
  for (int i = 0; i < 5; ++i) {  // five sheets: the mentions' set is made for the others
    auto sheet = rules::load_sheet(fmt::format("rules/s{}.yaml", i), sheet_yaml(i), diags);
    REQUIRE(sheet);
    sheets.push_back(std::move(*sheet));
  }
  std::vector<rules::Sheet> copies = sheets;
  rules::RuleSet fast = rules::compile_rules(std::move(sheets), diags);
  rules::RuleSet plain = rules::compile_rules(std::move(copies), diags);
  REQUIRE_FALSE(diags.has_errors());
  REQUIRE(fast.cue_prefilter);
  REQUIRE(fast.other_cue_set);
  REQUIRE_FALSE(fast.mention_starts.empty());
  REQUIRE(fast.mention_set);  // "(?:storm|gale)N" begins with no word
  plain.cue_prefilter = false;
  plain.mention_starts = {};

  const std::vector<std::string> pieces = {
      "Trade grew 46 percent", "trade", "trades", "46%", "50,000 doses", "dose", "doses were delivered",
      "delivery", "12 people were killed", "dead", "deadline", "the toll rose 3 per cent", "Toll", "3 percent",
      "a visit since 2012", "visitors", "Kowalski said", "Amina Kowalski", "Operation1", "Operation3", "operation2",
      "flood4 waters", "flood0", "storm2", "gale3", "Operation10", "hour", "conditions", "e.g.", "3.5", "U.S."};
  const std::vector<std::string> separators = {" ", " ", ", ", ". ", ".\n\n", "; ", "-", "_", "3", "é",
                                               "\xC5\xBF", "\xE2\x84\xAA", "? ", "\n"};
  int with_findings = 0;
  for (const std::string& body :
       factlint::testing::mixed_texts(pieces, separators, {.count = 1500, .max_pieces = 30, .seed = 20261201})) {
    CAPTURE(body);
    const text::Article article = factlint::testing::dated_article(body + "\n");
    const rules::WordRuns words = rules::word_runs(article.text);
    const auto by_words = mention_hits(fast, article, &words);
    const auto by_set = mention_hits(plain, article, &words);
    for (std::size_t s = 0; s < fast.sheets.size(); ++s) {
      CAPTURE(s);
      CHECK(in_scope(fast.sheets[s], article, by_words ? &*by_words : nullptr) ==
            in_scope(plain.sheets[s], article, by_set ? &*by_set : nullptr));
    }
    const DocumentResult reference = check_document(article, plain);
    const std::vector<std::string> expected = rendered(reference);
    CHECK(rendered(check_document(article, fast)) == expected);
    // The mentions the filter says may occur are a list holding every hit:
    // the longest such list, every mention, gives the same findings.
    std::vector<int> every(fast.mentions.size());
    std::iota(every.begin(), every.end(), 0);
    const DocumentResult told = check_document(article, fast, false, nullptr, &every);
    CHECK(rendered(told) == expected);
    CHECK(told.sheets == reference.sheets);
    with_findings += expected.empty() ? 0 : 1;
  }
  CHECK(with_findings > 200);  // the texts give the checker work to do (230 of them)
}

TEST_CASE("a cue written alike in many sheets is matched once and each sheet finds what it finds alone",
          "[check][prefilter]") {
  // Five sheets with the same cues: one cue-set id each (a sentence's hits
  // list it once, however many sheets wrote it), and the findings of the
  // five checked together are those of each checked on its own.
  Diagnostics diags;
  std::vector<rules::Sheet> sheets;
  std::vector<rules::RuleSet> alone;
  for (int i = 0; i < 5; ++i) {
    auto sheet = rules::load_sheet(fmt::format("rules/s{}.yaml", i), sheet_yaml(i), diags);
    REQUIRE(sheet);
    std::vector<rules::Sheet> one{*sheet};
    alone.push_back(rules::compile_rules(std::move(one), diags));
    sheets.push_back(std::move(*sheet));
  }
  const rules::RuleSet together = rules::compile_rules(std::move(sheets), diags);
  REQUIRE_FALSE(diags.has_errors());
  CHECK(together.cue_word_size.size() == 7);  // the distinct cues of sheet_yaml
  for (std::size_t f = 0; f < together.sheets[0].facts.size(); ++f) {
    for (const rules::CompiledSheet& sheet : together.sheets)
      CHECK(sheet.facts[f].cue_ids == together.sheets[0].facts[f].cue_ids);
  }
  const std::vector<std::string> pieces = {
      "Trade grew 46 percent", "trade", "50,000 doses", "doses were delivered", "12 people were killed",
      "the toll rose 3 per cent", "a visit since 2012", "Kowalski said", "Amina Kowalski", "Amina Kowalsky",
      "Operation0", "Operation1", "Operation2", "Operation3", "Operation4", "flood4 waters", "storm2", "gale3"};
  const std::vector<std::string> separators = {" ", ", ", ". ", ".\n\n", "; "};
  int with_findings = 0;
  for (const std::string& body :
       factlint::testing::mixed_texts(pieces, separators, {.count = 400, .max_pieces = 24, .seed = 20261202})) {
    CAPTURE(body);
    const text::Article article = factlint::testing::dated_article(body + "\n");
    std::vector<std::string> each;
    for (const rules::RuleSet& one : alone) {
      for (std::string& line : rendered(check_document(article, one))) each.push_back(std::move(line));
    }
    std::vector<std::string> both = rendered(check_document(article, together));
    std::sort(each.begin(), each.end());
    std::sort(both.begin(), both.end());
    CHECK(both == each);
    with_findings += each.empty() ? 0 : 1;
  }
  CHECK(with_findings > 100);
}

}  // namespace
}  // namespace factlint::check
