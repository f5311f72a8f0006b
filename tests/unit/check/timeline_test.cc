// Timelines (`expect` entries with `as_of`) and figures bound to sources
// (entries with `said_by`), end to end through check_document.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

#include "../text_and_rules_fixture.h"
#include "checker/check/check_document.h"
#include "checker/check/judge.h"

namespace factlint::check {
namespace {

using testing::article_from;
using testing::rules_from;

const std::string kSheet = R"(id: quake
sources:
  xinhua:
    name: Xinhua
  mca:
    name: Ministry of Civil Affairs
  usgs:
    name: US Geological Survey
    also: [USGS]
  cenc:
    name: China Earthquake Networks Center
    also: [CENC]
facts:
  - id: deaths
    cues: ['\b(?:killed|dead|died|toll)\b']
    expect:
      - {value: 150, as_of: 2014-08-03T19:00+08:00, source: Xinhua}
      - {value: 175, as_of: 2014-08-03T22:00+08:00}
      - {value: 381, as_of: 2014-08-04T12:00+08:00}
      - {value: 398, as_of: 2014-08-04T20:00+08:00, said_by: mca}
      - {value: 589, as_of: 2014-08-06T08:00+08:00}
      - {value: 615, as_of: 2014-08-07T19:00+08:00}
  - id: magnitude
    cues: ['\bmagnitude\b']
    expect:
      - {value: 6.1, said_by: usgs}
      - {value: 6.5, said_by: cenc}
)";

// "outdated 381; premature 589" for the findings of an article with this
// front matter date (and more front matter lines) and body.
std::string findings_of(const std::string& front, const std::string& body, const std::string& yaml = kSheet) {
  const rules::RuleSet rules = rules_from(yaml);
  std::string out;
  const std::string raw = front.empty() ? body : "---\n" + front + "\n---\n" + body;
  for (const Finding& f : check_document(article_from(raw), rules).findings) {
    if (!out.empty()) out += "; ";
    out += std::string(kind_name(f.kind)) + " " + f.found;
  }
  return out;
}

std::string says(int n) { return "The toll rose to " + std::to_string(n) + ".\n"; }

TEST_CASE("a timeline judges a figure by when the article appeared", "[check][timeline]") {
  // Before the first entry: no figure had been given yet.
  CHECK(findings_of("date: 2014-08-03T18:00:00+08:00", says(150)) == "premature 150");
  // Between entries: the current one agrees, the next is premature, an earlier one outdated.
  const std::string between = "date: 2014-08-05T10:00:00+08:00";
  CHECK(findings_of(between, says(398)).empty());
  CHECK(findings_of(between, says(381)) == "outdated 381");
  CHECK(findings_of(between, says(175)) == "outdated 175");
  CHECK(findings_of(between, says(589)) == "premature 589");
  CHECK(findings_of(between, says(615)) == "premature 615");
  // A figure on no entry stays a contradiction.
  CHECK(findings_of(between, says(500)) == "contradiction 500");
  // After the last entry: it is the figure for good.
  CHECK(findings_of("date: 2014-08-20", says(615)).empty());
  CHECK(findings_of("date: 2014-08-20", says(589)) == "outdated 589");
}

TEST_CASE("an article published at the instant of an entry may give either figure", "[check][timeline]") {
  CHECK(findings_of("date: 2014-08-06T08:00:00+08:00", says(398)).empty());
  CHECK(findings_of("date: 2014-08-06T08:00:00+08:00", says(589)).empty());
  CHECK(findings_of("date: 2014-08-06T08:01:00+08:00", says(398)) == "outdated 398");
  CHECK(findings_of("date: 2014-08-06T07:59:00+08:00", says(589)) == "premature 589");
}

TEST_CASE("publication times in other zones are compared in UTC", "[check][timeline]") {
  // 20:30 in New York on 5 August is 08:30 on 6 August in Beijing: 589 was out.
  CHECK(findings_of("date: 2014-08-05T20:30:00-04:00", says(398)) == "outdated 398");
  CHECK(findings_of("date: 2014-08-05T20:30:00-04:00", says(589)).empty());
  // 19:30 in New York is 07:30 in Beijing: 589 was not.
  CHECK(findings_of("date: 2014-08-05T19:30:00-04:00", says(398)).empty());
  CHECK(findings_of("date: 2014-08-05T19:30:00-04:00", says(589)) == "premature 589");
  CHECK(findings_of("date: 2014-08-06T00:30:00Z", says(589)).empty());
}

TEST_CASE("an article dated by day alone may give any figure of that day", "[check][timeline]") {
  // 4 August in the timeline's zone (+08:00): 175 until noon, 381, then 398 from 20:00.
  const std::string day = "date: 2014-08-04";
  CHECK(findings_of(day, says(175)).empty());
  CHECK(findings_of(day, says(381)).empty());
  CHECK(findings_of(day, says(398)).empty());
  CHECK(findings_of(day, says(150)) == "outdated 150");
  CHECK(findings_of(day, says(589)) == "premature 589");
  // An update time extends the stretch it is judged over.
  CHECK(findings_of(day + "\nupdated: 2014-08-06T09:00:00+08:00", says(589)).empty());
  CHECK(findings_of(day + "\nlastmod: 2014-08-06", says(589)).empty());
  CHECK(findings_of(day + "\nupdated: 2014-08-06T09:00:00+08:00", says(615)) == "premature 615");
}

TEST_CASE("an article without a publication date agrees with any entry and says so", "[check][timeline]") {
  const rules::RuleSet rules = rules_from(kSheet);
  const DocumentResult result = check_document(article_from(says(150) + says(615)), rules);
  CHECK(result.findings.empty());
  CHECK(result.undated_timelines == std::vector<std::string>{"quake/deaths", "quake/deaths"});
  CHECK(findings_of("", says(500)) == "contradiction 500");
}

TEST_CASE("a figure bound to a source is judged by who is credited", "[check][timeline]") {
  const std::string date = "date: 2014-08-04";
  CHECK(findings_of(date, "The USGS put the magnitude at 6.1.\n").empty());
  CHECK(findings_of(date, "The CENC put the magnitude at 6.5.\n").empty());
  CHECK(findings_of(date, "The USGS put the magnitude at 6.5.\n") == "misattribution 6.5");
  CHECK(findings_of(date, "The CENC said the magnitude was 6.1.\n") == "misattribution 6.1");
  // Credited to nobody, or to a source with no figure of its own: any entry agrees.
  CHECK(findings_of(date, "The quake had a magnitude of 6.5.\n").empty());
  CHECK(findings_of(date, "Xinhua said the magnitude was 6.1.\n").empty());
  // A figure no source gave is a contradiction, credited or not.
  CHECK(findings_of(date, "The USGS put the magnitude at 7.2.\n") == "contradiction 7.2");
  CHECK(findings_of(date, "The magnitude was 7.2.\n") == "contradiction 7.2");
}

TEST_CASE("a figure the sentence says was replaced is never outdated", "[check][timeline]") {
  std::string yaml = kSheet;
  const std::string cues = "    cues: ['\\b(?:killed|dead|died|toll)\\b']\n";
  REQUIRE(yaml.find(cues) != std::string::npos);
  yaml.replace(yaml.find(cues), cues.size(), cues + "    pattern: '\\btoll\\b(?: \\S+){0,3}? (?:to|from) {value}'\n");
  const std::string date = "date: 2014-08-06T20:00:00+08:00";
  CHECK(findings_of(date, "The toll rose to 589 from 398.\n", yaml).empty());
  CHECK(findings_of(date, "The toll rose to 398.\n", yaml) == "outdated 398");
  // Replaced, but by a figure given only later.
  CHECK(findings_of(date, "The toll rose to 615 from 589.\n", yaml) == "premature 615");
}

TEST_CASE("a bound states the figure it names: a stale 'at least' is outdated", "[check][timeline]") {
  const std::string date = "date: 2014-08-05T10:00:00+08:00";  // 398 is the figure
  CHECK(findings_of(date, "At least 150 people were killed.\n") == "outdated 150 people");
  CHECK(findings_of(date, "More than 380 people were killed.\n") == "outdated 380 people");
  CHECK(findings_of(date, "At least 398 people were killed.\n").empty());
  CHECK(findings_of(date, "More than 390 people were killed.\n").empty());
  // The current figure rounded down as copy bounds it (398: "more than 300"), not the stale 381.
  CHECK(findings_of(date, "More than 300 people were killed.\n").empty());
  CHECK(findings_of(date, "Fewer than 400 people were killed.\n").empty());
  CHECK(findings_of(date, "At least 500 people were killed.\n") == "premature 500 people");
  CHECK(findings_of(date, "At least 700 people were killed.\n") == "contradiction 700 people");
}

TEST_CASE("a figure told as an earlier report is never outdated", "[check][timeline]") {
  const std::string date = "date: 2014-08-05T10:00:00+08:00";
  CHECK(findings_of(date, "State media said 150 people were killed.\n") == "outdated 150 people");
  CHECK(findings_of(date, "State media had said 150 people were killed.\n").empty());
  CHECK(findings_of(date, "An earlier report put the toll at 175.\n").empty());
  CHECK(findings_of(date, "The toll initially stood at 150.\n").empty());
  // Still judged: a figure no entry gives, or one given only later.
  CHECK(findings_of(date, "State media had said 160 people were killed.\n") == "contradiction 160 people");
  CHECK(findings_of(date, "An earlier report put the toll at 615.\n") == "premature 615");
}

TEST_CASE("a figure its source withdrew holds no more", "[check][timeline]") {
  const std::string yaml = R"(id: floods
sources:
  lrc:
    name: Libyan Red Crescent
    also: [Red Crescent]
  health:
    name: Othman Abduljaleel
facts:
  - id: deaths
    cues: ['\b(?:died|dead|killed|toll)\b']
    expect:
      - {value: 11300, as_of: 2023-09-14, said_by: lrc}
      - {value: 3166, as_of: 2023-09-15, said_by: health}
      - {withdrawn: true, as_of: 2023-09-17, said_by: lrc}
)";
  CHECK(findings_of("date: 2023-09-16", "The Red Crescent said 11,300 people died.\n", yaml).empty());
  CHECK(findings_of("date: 2023-09-18", "The Red Crescent said 11,300 people died.\n", yaml) == "outdated 11,300 people");
  CHECK(findings_of("date: 2023-09-18", "In all 11,300 people died.\n", yaml) == "outdated 11,300 people");
  // The other source's figure is untouched.
  CHECK(findings_of("date: 2023-09-18", "In all 3,166 people died.\n", yaml).empty());
  const rules::RuleSet rules = rules_from(yaml);
  const DocumentResult result =
      check_document(article_from("---\ndate: 2023-09-18\n---\nIn all 11,300 people died.\n"), rules);
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].message ==
        "article says 11,300 people, the figure from 2023-09-14 withdrawn 2023-09-17; when the article appeared "
        "(2023-09-18) no figure stood in its place");
  CHECK(result.findings[0].expected == "withdrawn");
}

TEST_CASE("messages name the figure then and the entry the article gave", "[check][timeline]") {
  const rules::RuleSet rules = rules_from(kSheet);
  auto message = [&](const std::string& raw) {
    const DocumentResult result = check_document(article_from(raw), rules);
    REQUIRE(result.findings.size() == 1);
    return result.findings[0].message + " | expected " + result.findings[0].expected;
  };
  CHECK(message("---\ndate: 2014-08-06T20:00:00+08:00\n---\n" + says(398)) ==
        "article says 398, the figure from 2014-08-04 20:00 +08:00 until 2014-08-06 08:00 +08:00; when the article "
        "appeared (2014-08-06 20:00 +08:00) the figure was 589 (as of 2014-08-06 08:00 +08:00) | expected 589");
  CHECK(message("---\ndate: 2014-08-05\n---\n" + says(615)) ==
        "article says 615, a figure first given 2014-08-07 19:00 +08:00; when the article appeared (2014-08-05) the "
        "figure was 398 (as of 2014-08-04 20:00 +08:00, Ministry of Civil Affairs) | expected 398");
  // A day that saw two figures names both.
  CHECK(message("---\ndate: 2014-08-04\n---\n" + says(615)) ==
        "article says 615, a figure first given 2014-08-07 19:00 +08:00; when the article appeared (2014-08-04) the "
        "figure was 175 (as of 2014-08-03 22:00 +08:00), 381 (as of 2014-08-04 12:00 +08:00) or 398 (as of "
        "2014-08-04 20:00 +08:00, Ministry of Civil Affairs) | expected 175, 381 or 398");
  CHECK(message("---\ndate: 2014-08-03T12:00:00+08:00\n---\n" + says(150)) ==
        "article says 150, a figure first given 2014-08-03 19:00 +08:00 by Xinhua; when the article appeared "
        "(2014-08-03 12:00 +08:00) there was no figure yet | expected no figure yet");
  CHECK(message("---\ndate: 2014-08-05\n---\nThe USGS put the magnitude at 6.5.\n") ==
        "credited to US Geological Survey (named line 4), whose figure is 6.1; 6.5 is China Earthquake Networks "
        "Center's | expected 6.1");
  CHECK(message("---\ndate: 2014-08-05\n---\nThe USGS put the magnitude at 7.2.\n") ==
        "article says 7.2, credited to US Geological Survey (named line 4), whose figure is 6.1 | expected 6.1");
}

}  // namespace
}  // namespace factlint::check

namespace factlint::check {
namespace {

// The value index (Fact::by_number) only narrows which entries are looked at:
// on random timelines and claims it gives what looking at every entry gives.
TEST_CASE("judging through the value index agrees with judging every entry", "[check][timeline]") {
  std::uint32_t seed = 12345;
  auto next = [&](std::uint32_t n) {
    seed = seed * 1664525u + 1013904223u;
    return (seed >> 8) % n;
  };
  const char* tolerances[] = {"", "    tolerance: 2%\n", "    tolerance: 3\n"};
  const extract::Hedge hedges[] = {extract::Hedge::kNone,     extract::Hedge::kApprox, extract::Hedge::kAtLeast,
                                   extract::Hedge::kMoreThan, extract::Hedge::kAtMost, extract::Hedge::kLessThan,
                                   extract::Hedge::kNearly};
  for (int round = 0; round < 30; ++round) {
    std::string yaml = "id: t\nsources:\n  a:\n    name: Agency A\n  b:\n    name: Agency B\nfacts:\n  - id: f\n"
                       "    cues: [toll]\n" +
                       std::string(tolerances[round % 3]) + "    expect:\n";
    int value = 1;
    const int entries = 5 + static_cast<int>(next(60));
    for (int i = 0; i < entries; ++i) {
      value += static_cast<int>(next(40));  // from 1,000 on, some read as years
      const char* who = next(3) == 0 ? ", said_by: a" : next(4) == 0 ? ", said_by: b" : "";
      // Some rounds have approximate entries ("about 1,200"), which span more.
      const std::string figure = round % 4 == 3 && next(5) == 0 ? "about " + std::to_string(value) : std::to_string(value);
      yaml += "      - {value: " + figure + ", as_of: '2020-01-01T00:00+02:00'" + who + "}\n";
      // Later entries a few hours apart (the as_of above is replaced below).
      const std::string at = "2020-01-0" + std::to_string(1 + i / 24) + "T" + (i % 24 < 10 ? "0" : "") +
                             std::to_string(i % 24) + ":00+02:00";
      yaml.replace(yaml.rfind("2020-01-01T00:00+02:00"), 22, at);
    }
    const rules::RuleSet rules = rules_from(yaml);
    const rules::Fact& indexed = *rules.sheets[0].facts[0].fact;
    REQUIRE_FALSE(indexed.by_number.empty());
    rules::Fact linear = indexed;
    linear.by_number.clear();
    for (int k = 0; k < 200; ++k) {
      extract::Value claim;
      claim.kind = extract::ValueKind::kNumber;
      claim.number = static_cast<double>(next(static_cast<std::uint32_t>(value + 60)));
      claim.hedge = hedges[next(7)];
      Circumstances when;
      const long long base = 26297LL * 1440;  // 2020-01-01 00:00 UTC
      const long long at = base + static_cast<long long>(next(4 * 1440)) - 600;
      when.appeared = Span{at, at + (next(2) ? 0 : 1439)};
      when.credited = next(3) == 0 ? "a" : next(3) == 0 ? "b" : "";
      const TimedVerdict a = judge(claim, indexed, when), b = judge(claim, linear, when);
      CAPTURE(round, claim.number, static_cast<int>(claim.hedge), when.credited);
      REQUIRE(static_cast<int>(a.result) == static_cast<int>(b.result));
      if (a.result == TimedVerdict::Result::kIncomparable) continue;
      REQUIRE(a.current == b.current);
      if (a.result != TimedVerdict::Result::kContradicts) REQUIRE(a.entry == b.entry);
    }
  }
}

}  // namespace
}  // namespace factlint::check
