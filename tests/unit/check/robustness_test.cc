// Hostile articles: huge sentences, hundreds of figures, unbalanced quotes and
// brackets, clauses nested a thousand deep. Each must give an answer, the
// right one where there is one. How long they take is measured by
// bench/claims, not here.
#include <catch2/catch.hpp>

#include <string>

#include "../text_and_rules_fixture.h"
#include "checker/check/check_document.h"
#include "checker/check/make_finding.h"

namespace factlint::check {
namespace {

using testing::article_from;
using testing::rules_from;

const char* kSheet = R"(id: quake
attribution: {within: article}
people:
  li: {name: Li Wei, also: [Li]}
sources:
  ministry: {name: Ministry of Civil Affairs, also: [ministry]}
facts:
  - id: deaths
    cues: ['\b(?:killed|dead|died|toll)\b']
    expect: 398
    said_by: [ministry]
  - id: injured
    cues: ['\binjur\w*']
    expect: 1,891
  - id: part
    cues: ['\bLudian\b']
    expect: 504
    part: true
  - id: date
    cues: ['\bstruck\b']
    expect: 2014-08-03
    pattern: '\bon {value}'
)";

DocumentResult run(const std::string& body) {
  static const rules::RuleSet rules = rules_from(kSheet);
  return check_document(article_from("---\ndate: 2014-08-06\n---\n" + body + "\n"), rules, true);
}

std::size_t count_kind(const DocumentResult& r, FindingKind kind) {
  return static_cast<std::size_t>(
      std::count_if(r.findings.begin(), r.findings.end(), [&](const Finding& f) { return f.kind == kind; }));
}

TEST_CASE("a sentence of ten thousand words and 2500 figures gets every figure judged", "[check][robustness]") {
  std::string sentence;
  for (int i = 0; i < 2500; ++i) sentence += "the quake killed 12 people and ";
  sentence += "rain fell.";
  const DocumentResult r = run(sentence);
  // Each "killed" binds the "12 people" right after it, and nothing else.
  CHECK(count_kind(r, FindingKind::kContradiction) == 2500);
  CHECK(count_kind(r, FindingKind::kMissingAttribution) == 2500);
  CHECK(r.explanations.size() == 2500);
  // Each finding keeps a window of its sentence, with the figure where the underline says.
  for (const Finding& f : r.findings) {
    CHECK(f.sentence.size() <= 2 * kContext + f.found.size() + 8);  // with "... " and " ..."
    CHECK(f.sentence.substr(static_cast<std::size_t>(f.highlight_begin),
                            static_cast<std::size_t>(f.highlight_end - f.highlight_begin)) == f.found);
  }
}

TEST_CASE("500 figures in one sentence with one cue give one claim", "[check][robustness]") {
  std::string sentence = "The toll was 398";
  for (int i = 0; i < 500; ++i) sentence += ", " + std::to_string(1000 + i) + " tents";
  sentence += ", the ministry said.";
  const DocumentResult r = run(sentence);
  CHECK(r.explanations.size() == 1);
  CHECK(r.findings.empty());
}

TEST_CASE("unbalanced quotes and brackets and deep nesting break nothing", "[check][robustness]") {
  std::string quotes;
  for (int i = 0; i < 3000; ++i) quotes += i % 3 ? "\" ( [ killed 7 " : ") ] \" died 9 (";
  CHECK_NOTHROW(run(quotes));

  std::string nested = "The toll";
  for (int i = 0; i < 1000; ++i) nested += ", which the ministry, whose head";
  nested += " said, rose to 398.";
  const DocumentResult deep = run(nested);
  CHECK(deep.findings.empty());

  std::string brackets = "The quake killed ";
  for (int i = 0; i < 2000; ++i) brackets += "(";
  brackets += "398";
  for (int i = 0; i < 2000; ++i) brackets += ")";
  brackets += " people, the ministry said.";
  const DocumentResult parens = run(brackets);
  CHECK(count_kind(parens, FindingKind::kContradiction) == 0);

  std::string clauses;
  for (int i = 0; i < 2000; ++i) clauses += "and 504 in Ludian and, while it struck on Sunday; ";
  CHECK_NOTHROW(run(clauses));
}

}  // namespace
}  // namespace factlint::check
