#include "checker/check/check_document.h"

#include <catch2/catch.hpp>

#include "../text_and_rules_fixture.h"

namespace factlint::check {
namespace {

using testing::article_from;
using testing::rules_from;

const char* kSheet = R"(id: visit
people:
  lavrov:
    name: Sergey Lavrov
    also: [Lavrov]
    misspellings: [Lavorv, Sergei Lavrov, Sergei]
facts:
  - id: trade
    claim: Trade grew 46 percent
    cues: ['\btrade\b']
    unless: ['\bD-8\b']
    expect: 46%
    source: Lavrov, 7 April 2021
  - id: doses
    cues: ['\b(provided|delivered)\b']
    expect: 50,000 doses
  - id: last-visit
    cues: ['\bfirst\b', '\bvisit']
    expect: [since 2012, 9 years]
    pattern: '(?:in|since) {value}'
  - id: arrival
    cues: ['\barrived\b']
    expect: 2021-04-06
    severity: warning
)";

std::vector<Finding> check(const std::string& body, const std::string& front = "date: 2021-04-08\n") {
  static const rules::RuleSet rules = rules_from(kSheet);
  return check_document(article_from("---\n" + front + "---\n" + body), rules).findings;
}

TEST_CASE("a sentence stating the expected value gives no finding", "[check][check_document]") {
  for (const char* body : {"Trade grew 46 percent, Lavrov said.\n", "Trade rose 46% last year.\n",
                           "Russia has provided 50,000 doses of the vaccine.\n",
                           "It was the first visit in nine years.\n", "Lavrov, the first to visit since 2012.\n",
                           "Lavrov arrived on Tuesday.\n", "Lavrov arrived on 6 April 2021.\n"}) {
    CAPTURE(body);
    CHECK(check(body).empty());
  }
}

TEST_CASE("a different value of the expected kind is a located contradiction", "[check][check_document]") {
  struct Row {
    const char* body;
    const char* rule;
    const char* found;
    int line;
    int column;
    Severity severity;
  };
  for (const Row& row : {
           Row{"Trade grew 64 percent.\n", "visit/trade", "64 percent", 4, 12, Severity::kError},
           Row{"Intro.\n\nSo far Russia has provided 500,000 doses.\n", "visit/doses", "500,000 doses", 6, 28,
               Severity::kError},
           Row{"It was the first visit in ten years.\n", "visit/last-visit", "ten years", 4, 27, Severity::kError},
           Row{"Lavrov arrived on Monday.\n", "visit/arrival", "Monday", 4, 19, Severity::kWarning},
       }) {
    CAPTURE(row.body);
    std::vector<Finding> findings = check(row.body);
    REQUIRE(findings.size() == 1);
    const Finding& f = findings[0];
    CHECK(f.kind == FindingKind::kContradiction);
    CHECK(f.rule == row.rule);
    CHECK(f.found == row.found);
    CHECK(f.line == row.line);
    CHECK(f.column == row.column);
    CHECK(f.end_line == row.line);
    CHECK(f.end_column == row.column + static_cast<int>(std::string_view(row.found).size()));
    CHECK(f.severity == row.severity);
  }
}

TEST_CASE("a figure told as an earlier report that was replaced is no contradiction", "[check][check_document]") {
  CHECK(check("Early reports had put trade growth at 40 percent; this was later corrected.\n").empty());
  CHECK(check("Trade initially stood at 40 percent.\n").empty());
  // "had said" alone is narration: still judged.
  CHECK(check("Lavrov had said trade grew 40 percent.\n").size() == 1);
  CHECK(check("Trade grew 40 percent.\n").size() == 1);
}

TEST_CASE("the contradiction message shows the article's and the sheet's words", "[check][check_document]") {
  std::vector<Finding> findings = check("Lavrov said trade grew 64 per cent.\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "article says 64 per cent; the fact sheet says 46%");
  CHECK(findings[0].expected == "46%");
  CHECK(findings[0].source == "Lavrov, 7 April 2021");
  CHECK(findings[0].sentence == "Lavrov said trade grew 64 per cent.");
}

TEST_CASE("a relative date names the day it resolves to", "[check][check_document]") {
  std::vector<Finding> findings = check("Lavrov arrived on Monday.\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "article says Monday (2021-04-05); the fact sheet says 2021-04-06");
}

TEST_CASE("an impossible date is never the claimed value", "[check][check_document]") {
  CHECK(check("Lavrov arrived on February 30.\n").empty());
  // The invalid date is nearer the cue; the valid one is still checked.
  std::vector<Finding> findings = check("Lavrov arrived on February 30 or rather 5 April 2021.\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].found == "5 April 2021");
}

TEST_CASE("a relative date in an undated article is never a contradiction", "[check][check_document]") {
  CHECK(check("Lavrov arrived on Monday.\n", "title: undated\n").empty());
  // ...and does not hide an absolute date in the same sentence.
  std::vector<Finding> findings =
      check("Lavrov, who left Moscow on Monday, arrived on 5 April 2021.\n", "title: undated\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].found == "5 April 2021");
  // "the day after 5 April 2021" describes Monday: it is not the arrival date.
  CHECK(check("Lavrov arrived on Monday, the day after 5 April 2021.\n", "title: undated\n").empty());
}

TEST_CASE("sentences that miss a cue or match unless are not mentions", "[check][check_document]") {
  CHECK(check("Growth was 64 percent.\n").empty());                      // no 'trade'
  CHECK(check("Intra D-8 trade is 64 percent of the target.\n").empty());  // unless D-8
  CHECK(check("It was the first time in ten years.\n").empty());         // no 'visit'
}

TEST_CASE("values of another kind or unit are not compared", "[check][check_document]") {
  CHECK(check("Trade grew by 64 million dollars in 2020.\n").empty());  // money and a year, not a percent
  CHECK(check("Russia has provided 500,000 syringes.\n").empty());      // syringes are not doses
  CHECK(check("Russia has provided vaccines to 10 countries.\n").empty());
}

TEST_CASE("the pattern pins the claimed value to its slot", "[check][check_document]") {
  // "two-day" is nearer the cue 'visit' but does not stand at '(?:in|since) {value}'.
  CHECK(check("On a two-day visit, he is the first minister in nine years.\n").empty());
  std::vector<Finding> findings = check("On a two-day visit, he is the first minister in eight years.\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].found == "eight years");
}

TEST_CASE("the value nearest a cue is the claimed value", "[check][check_document]") {
  std::vector<Finding> findings = check("In 2020 exports rose 10 percent while trade grew 64 percent.\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].found == "64 percent");
}

TEST_CASE("misspelled names are reported once each with the canonical spelling", "[check][check_document]") {
  std::vector<Finding> findings = check("Sergei Lavrov met Qureshi. Lavorv left. Lavrov's aide stayed.\n");
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].found == "Sergei Lavrov");  // not also 'Sergei' at the same place
  CHECK(findings[0].rule == "visit/people.lavrov");
  CHECK(findings[0].kind == FindingKind::kMisspelling);
  CHECK(findings[0].message == "'Sergei Lavrov' is a misspelling of 'Sergey Lavrov'");
  CHECK(findings[1].found == "Lavorv");
  CHECK(findings[1].column == 28);
}

TEST_CASE("misspellings match whole words exactly as written", "[check][check_document]") {
  CHECK(check("The Lavorvsky report. lavorv in lower case.\n").empty());
}

TEST_CASE("front matter can ignore a fact or a person for one article", "[check][check_document]") {
  CHECK(check("Trade grew 64 percent.\n", "date: 2021-04-08\nfactlint:\n  ignore: [trade]\n").empty());
  CHECK(check("Lavorv left.\n", "date: 2021-04-08\nfactlint:\n  ignore: [people.lavrov]\n").empty());
}

TEST_CASE("a sheet applies only to articles in its scope", "[check][check_document]") {
  rules::RuleSet rules = rules_from(R"(id: scoped
scope:
  mentions: ['\bLavrov\b']
  published: 2021-04-06..2021-06-30
  paths: ['corpus/**']
facts:
  - id: trade
    cues: ['\btrade\b']
    expect: 46%
)");
  auto findings = [&](const std::string& date, const std::string& body, const std::string& path) {
    return check_document(article_from("---\ndate: " + date + "\n---\n" + body, path), rules).findings.size();
  };
  CHECK(findings("2021-04-08", "Lavrov: trade grew 64%.\n", "corpus/a.md") == 1);
  CHECK(findings("2021-04-08", "Lavrov: trade grew 64%.\n", "./corpus/x/a.md") == 1);
  CHECK(findings("2021-04-08", "Qureshi: trade grew 64%.\n", "corpus/a.md") == 0);   // no mention
  CHECK(findings("2019-09-27", "Lavrov: trade grew 64%.\n", "corpus/a.md") == 0);    // outside window
  CHECK(findings("2021-07-01", "Lavrov: trade grew 64%.\n", "corpus/a.md") == 0);    // after window
  CHECK(findings("2021-04-08", "Lavrov: trade grew 64%.\n", "drafts/a.md") == 0);    // other path
  CHECK(check_document(article_from("Lavrov: trade grew 64%.\n"), rules).findings.empty());     // undated
}

TEST_CASE("positions count characters on disk with front matter and curly quotes included",
          "[check][check_document]") {
  std::vector<Finding> findings =
      check("\xE2\x80\x9CWe\xE2\x80\x99ve provided\xC2\xA0" "500,000 doses,\xE2\x80\x9D he said.\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].line == 4);
  CHECK(findings[0].column == 17);  // the curly quote, apostrophe and NBSP are one character each
  CHECK(findings[0].found == "500,000 doses");
  CHECK(findings[0].highlight_begin == 16);
  CHECK(findings[0].highlight_end == 29);
}

}  // namespace
}  // namespace factlint::check
