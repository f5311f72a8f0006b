#include "checker/check/select.h"

#include <catch2/catch.hpp>

#include <string>

#include "../text_and_rules_fixture.h"
#include "checker/check/check_document.h"

namespace factlint::check {
namespace {

using testing::article_from;
using testing::rules_from;

const char* kQuake = R"(id: quake
facts:
  - id: deaths
    cues: ['\b(?:killed|dead|died|deaths?|toll)\b']
    expect: 398
  - id: injured
    cues: ['\binjur(?:ed|ies)\b']
    expect: 1,891
  - id: struck
    cues: ['\b(?:struck|hit|quake)\b']
    expect: 2014-08-03
  - id: magnitude
    cues: ['\bmagnitude\b']
    expect: 6.5
  - id: agreement
    cues: ['\bagreement\b']
    expect: 2023-06-29
  - id: board
    cues: ['\bboard\b', '\bmeet(?:s|ing)?\b']
    expect: 2023-07-12
  - id: deadline
    cues: ['\bdeadline\b']
    expect: 2023-07-20
    pattern: '\bby {value}'
  - id: votes
    cues: ['\b(?:polled|votes?)\b']
    expect: 8,794,726 votes
  - id: surrender
    cues: ['\b(?:report|surrender|begin)\b']
    expect: 2023-04-27
  - id: verdict
    cues: ['\bconvicted\b']
    expect: 2022-01-03
  - id: reserves-rise
    cues: ['\breserves\b', '\b(?:increased|rose)\b']
    expect: US$4.2 billion
  - id: tranche
    cues: ['\bimmediate(?:ly)?\b']
    expect: US$1.2 billion
  - id: quake-day
    cues: ['\bearthquakes?\b']
    expect: 2014-08-03
    pattern: '\bon {value}'
  - id: report-day
    cues: ['\breport\b', '\bpublished\b']
    expect: 2014-08-03
)";

// "deaths=398 injured=1,891": what each fact selected in `sentence`, in text order.
std::string selected(const std::string& sentence, const rules::RuleSet& rules) {
  const DocumentResult r = check_document(article_from("---\ndate: 2014-08-06\n---\n" + sentence + "\n"), rules, true);
  std::string out;
  for (const Explanation& e : r.explanations) {
    const std::size_t open = e.text.find('\'') + 1;
    const std::string fact = e.rule.substr(e.rule.find('/') + 1);
    if (!out.empty()) out += ' ';
    out += fact + "=" + e.text.substr(open, e.text.find('\'', open) - open);
  }
  return out;
}

std::string selected(const std::string& sentence) {
  static const rules::RuleSet rules = rules_from(kQuake);
  return selected(sentence, rules);
}

TEST_CASE("each fact takes the figure its cues bind and not its neighbour", "[check][select]") {
  struct Row {
    const char* sentence;
    const char* selected;
  };
  const Row rows[] = {
      // The issue's examples: several figures in one sentence.
      {"398 people were reported dead and 1,891 injured.", "deaths=398 people injured=1,891"},
      {"The quake killed 398 people and injured 1,891.", "deaths=398 people injured=1,891"},
      {"398 people were killed by the 6.5 magnitude quake.", "deaths=398 people magnitude=6.5 magnitude"},
      {"A 6.5 magnitude quake killed 398 people.", "magnitude=6.5 magnitude deaths=398 people"},
      // A measure is no toll: "killed" names the people, not the magnitude.
      {"The number of people killed by a magnitude 7.8 earthquake has kept rising.", "magnitude=magnitude 7.8"},
      {"The quake killed people 10 km from the coast.", ""},
      // Subtotals, increments and superseded figures are not the total.
      {"The quake killed 398 people, 357 of them in Zhaotong.", "deaths=398 people"},
      {"Another 179 people were confirmed dead.", ""},
      {"The toll rose from 410 to 589.", "deaths=589"},
      // A cue in another statement, or in a quotation, binds nothing.
      {"The quake struck hills and roads, and heavy rain on Tuesday added to the complications.", ""},
      {"\"I saw dead bodies,\" said Ma, who came with 20 volunteers.", ""},
      {"The staff-level agreement is subject to approval by the IMF Board, with the Board meeting scheduled "
       "for July 12.",
       "board=July 12"},
      {"The agreement, reached on June 29, goes to the board, which meets on July 12.",
       "agreement=June 29 board=July 12"},
      // A cue in a segment with no figure lends itself to the statement it is part of.
      {"The death toll has risen sharply, reaching 589 by Wednesday.", "deaths=589"},
      {"The earthquake, which struck on Sunday, killed 398.", "struck=Sunday deaths=398"},
      // What is to happen says nothing about the figures before it.
      {"She was ordered on Tuesday to begin her prison sentence.", ""},
      {"She had asked to pause her sentence on April 25, two days before she was to report to prison.", ""},
      {"She had to report to a camp in Bryan, Texas on April 25.", "surrender=April 25"},
      {"She was ordered Wednesday to surrender herself May 30, after a long fight.", "surrender=May 30"},
      {"$1.1 bn to be disbursed immediately", "tranche=$1.1 bn"},
      // A bare figure is a count only with the fact's cues in its own clause,
      // and a share is none.
      {"Tinubu polled 8,794,726.", "votes=8,794,726"},
      {"Tinubu won, and 8,794,726 was the figure given for the polls in the end by officials.", ""},
      {"He must win at least a quarter of the votes cast.", ""},
      // A description of a name binds nothing around it.
      {"Holmes, the convicted fraudster behind Theranos, was ordered on Tuesday to begin her sentence.", ""},
      {"Holmes, who ran Theranos and is a convicted fraudster, was ordered on Tuesday to start serving.", ""},
      // A fact whose cue names the change takes the increment.
      {"The reserves of the SBP have increased by $4.2 billion this week.", "reserves-rise=$4.2 billion"},
      {"It approved $3 billion and immediate disbursement will be SDR894 million (or about $1.2 billion).",
       "tranche=$1.2 billion"},
      // A pattern takes the value at its slot that is nearest a cue.
      {"Dar said on Wednesday he hoped for a deadline by July 10, not by July 20.", "deadline=July 10"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.sentence);
    CHECK(selected(row.sentence) == row.selected);
  }
}

TEST_CASE("a date is taken for the event it dates and not for another", "[check][select]") {
  struct Row {
    const char* sentence;
    const char* selected;
  };
  const Row rows[] = {
      // The event's date, after its cue and in the clause an opening date dates.
      {"The earthquake shook Yunnan on Sunday.", "quake-day=Sunday"},
      {"On Sunday a powerful earthquake tore through Yunnan.", "quake-day=Sunday"},
      {"The quake struck on Sunday.", "struck=Sunday"},
      // A date of figures: "as of", and a tally's verb before its figure.
      {"As of 2 p.m. on Tuesday, 240 people had died in the quake.", "deaths=240 people"},
      {"The toll from the quake rose past 2,000 on Friday.", "deaths=2,000"},
      // A report's date, for a fact about the quake and for one about the report.
      {"The dams burst and the quake killed 398, says a UN report published on Sunday.",
       "deaths=398 report-day=Sunday"},
      // A date told from the event: after its offset or before its noun phrase.
      {"On Saturday, twelve days after the earthquakes, rescuers saved a family.", ""},
      {"Rescuers pulled a girl out of the rubble on Tuesday, 11 days after the quake.", ""},
      {"Donors met on Monday after the devastating quake.", ""},
      {"Rescuers found a girl on Tuesday after the quake struck on Sunday.", "struck=Sunday"},
      // "after" and a clause is what just happened, not a point to tell dates from.
      {"In this photo from Aug. 3, Holmes leaves after jurors convicted her.", "verdict=Aug. 3"},
      // An opening date dates its main clause, not the clauses after it.
      {"On Monday rescuers raced the clock and aftershocks to find survivors of the quake.", ""},
      {"On Monday, officials said that the quake struck on Sunday.", "struck=Sunday"},
      // With a pattern, a cue inside a quotation reaches no date outside it.
      {"\"The toll from the earthquakes rose,\" Sezar said on Saturday.", ""},
  };
  for (const Row& row : rows) {
    CAPTURE(row.sentence);
    CHECK(selected(row.sentence) == row.selected);
  }
}

TEST_CASE("a figure two facts select goes to the one it agrees with only when a unit decided", "[check][select]") {
  const rules::RuleSet rules = rules_from(R"(id: vote
facts:
  - id: kmt-seats
    cues: ['\bKMT\b', '\bseats\b']
    expect: 52 seats
  - id: house
    cues: ['\b(?:parliament|seats)\b']
    expect: 113 seats
  - id: collision
    cues: ['\bcrash\b']
    expect: 01:29
  - id: power-loss
    cues: ['\bpower\b']
    expect: 01:27
)");
  // "seats" stands among the figure's words for both facts: the one it agrees with takes it.
  CHECK(selected("The KMT won 52 seats.", rules) == "kmt-seats=52 seats");
  CHECK(selected("The KMT won 50 seats.", rules) == "house=50 seats");  // neither agrees: the closest
  // "crash" is the figure's predicate, not its unit: the closest keeps it, and it contradicts.
  CHECK(selected("Before the 1:27 a.m. crash, the ship lost power.", rules) == "collision=1:27 a.m.");
}

TEST_CASE("a sheet's partial patterns make a figure in their clause a subtotal", "[check][select]") {
  const rules::RuleSet rules = rules_from(R"(id: quake
partial: ['\bin (?:Ludian|Qiaojia) county\b']
facts:
  - id: deaths
    cues: ['\bdied\b']
    expect: 589
  - id: ludian
    cues: ['\bdied\b', '\bLudian\b']
    expect: 504
    part: true
)");
  auto findings = [&](const std::string& sentence) {
    return check_document(article_from("---\ndate: 2014-08-06\n---\n" + sentence + "\n"), rules).findings.size();
  };
  CHECK(findings("In all, 504 people died in Ludian county.") == 0);  // the part, for the part's fact
  CHECK(findings("In all, 514 people died in Ludian county.") == 1);  // the part's fact still judges it
  CHECK(findings("In all, 598 people died in the quake.") == 1);      // the total is judged
  // A place the sentence opens with, and the place a relative clause follows, scope the figure.
  CHECK(findings("In Ludian county, Yunnan, 504 people died.") == 0);
  CHECK(findings("In Ludian county, Yunnan, 514 people died.") == 1);
  CHECK(findings("Families fled to shelters in Ludian county, where 504 people died.") == 0);
  CHECK(findings("Families fled to shelters in Ludian county, where 514 people died.") == 1);
  CHECK(findings("In all, 598 people died; in Ludian county, rescuers dug on.") == 1);  // another statement
}

}  // namespace
}  // namespace factlint::check
