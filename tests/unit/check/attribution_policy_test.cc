// Where a credit must stand: display text, sources, impersonal credit,
// datelines and the `within` scopes, end to end through check_document.
#include <catch2/catch.hpp>

#include <string>

#include "../text_and_rules_fixture.h"
#include "checker/check/check_document.h"

namespace factlint::check {
namespace {

using testing::article_from;
using testing::rules_from;

std::string sheet(const std::string& policy = "", const std::string& fact_policy = "") {
  return R"(id: quake
people:
  li:
    name: Li Wei
    also: [Li]
sources:
  ministry:
    name: Ministry of Civil Affairs
    also: [civil affairs ministry]
  xinhua:
    name: Xinhua
  usgs:
    name: US Geological Survey
    also: [USGS]
)" + policy + R"(
facts:
  - id: deaths
    cues: ['\b(?:killed|dead|died|toll)\b']
    expect: 398
    said_by: [ministry, xinhua]
)" + fact_policy;
}

// "missing-attribution 398 people" for each finding, in order.
std::string findings_of(const std::string& yaml, const std::string& markdown) {
  const rules::RuleSet rules = rules_from(yaml);
  std::string out;
  for (const Finding& f : check_document(article_from("---\ndate: 2014-08-05\n" + markdown), rules).findings) {
    if (!out.empty()) out += "; ";
    out += std::string(kind_name(f.kind)) + " " + f.found;
  }
  return out;
}

TEST_CASE("display text states figures without a credit", "[check][attribution]") {
  const std::string body =
      "title: \"Quake toll rises to 398\"\n"
      "description: \"398 people died, and rescuers are still digging\"\n"
      "---\n"
      "# Quake toll rises to 398\n\n"
      "![Rescuers carry one of the 398 dead](p.jpg)\n\n"
      "The toll rose to 398 on Tuesday.\n";
  // Only the body sentence asks for a credit.
  CHECK(findings_of(sheet(), body) == "missing-attribution 398");
  // A sheet can ask display text for credits too.
  CHECK(findings_of(sheet("attribution: {display: true}"), body) ==
        "missing-attribution 398; missing-attribution 398 people; missing-attribution 398; "
        "missing-attribution 398; missing-attribution 398");
  // Crediting the wrong source in a headline is still a misattribution.
  CHECK(findings_of(sheet(), "title: \"USGS says quake toll is 398\"\n---\nText.\n") ==
        "misattribution 398");
}

TEST_CASE("organisations are sources and credit figures like people", "[check][attribution]") {
  const std::string yaml = sheet();
  CHECK(findings_of(yaml, "---\nThe toll rose to 398, the Ministry of Civil Affairs said.\n").empty());
  CHECK(findings_of(yaml, "---\nThe toll rose to 398, the USGS said.\n") == "misattribution 398");
  // "it" and "the ministry" stand for the last organisation named.
  CHECK(findings_of(yaml, "---\nThe civil affairs ministry gave an update. It said the toll rose to 398.\n").empty());
  CHECK(findings_of(yaml, "---\nThe USGS gave an update. The agency said the toll rose to 398.\n") ==
        "misattribution 398");
  // "he" is a person, never an organisation.
  CHECK(findings_of(yaml, "---\nLi spoke after the ministry. He said the toll rose to 398.\n") ==
        "misattribution 398");
}

TEST_CASE("impersonal reporting credits an unnamed source", "[check][attribution]") {
  const std::string yaml = sheet();
  for (const char* sentence : {
           "State media reported that the toll rose to 398.",
           "The official tally showed that 398 people died.",
           "The toll rose to 398, officials said.",
           "According to the latest figures, 398 people died.",
           "Morocco has confirmed that 398 people died.",
           "The toll, Pakistan noted, rose to 398.",
       }) {
    CAPTURE(sentence);
    CHECK(findings_of(yaml, std::string("---\n") + sentence + "\n").empty());
  }
  CHECK(findings_of(yaml, "---\nThe toll rose to 398 as rain fell.\n") == "missing-attribution 398");
  // A capitalised first word is no source on its own.
  CHECK(findings_of(yaml, "---\nRescuers showed that 398 people died.\n") == "missing-attribution 398 people");
  // "pegged ... at" credits the person who set the figure.
  CHECK(findings_of(yaml, "---\nLi, presenting the figures, pegged the toll at 398.\n") == "misattribution 398");
}

TEST_CASE("a wire dateline credits the agency the sheet declares", "[check][attribution]") {
  const std::string yaml = sheet();
  CHECK(findings_of(yaml, "---\nBEIJING, Aug. 5 (Xinhua) -- The toll rose to 398.\n").empty());
  // An agency the sheet does not know, or one not in said_by, credits nothing.
  CHECK(findings_of(yaml, "---\nBEIJING, Aug. 5 (AFP) - The toll rose to 398.\n") == "missing-attribution 398");
  // A declared agency that is not in said_by is not a misattribution: it filed the story.
  CHECK(findings_of(yaml, "---\nWASHINGTON (USGS) - The toll rose to 398.\n") == "missing-attribution 398");
}

TEST_CASE("a credit may stand in the paragraph or the article when the sheet says so", "[check][attribution]") {
  const std::string body = "---\nThe ministry held a briefing, Xinhua reported.\n\nThe toll rose to 398 on Tuesday.\n";
  CHECK(findings_of(sheet(), body) == "missing-attribution 398");
  CHECK(findings_of(sheet("attribution: {within: paragraph}"), body) == "missing-attribution 398");
  CHECK(findings_of(sheet("attribution: {within: article}"), body).empty());
  const std::string same_paragraph = "---\nThe ministry held a briefing, Xinhua reported. The toll rose to 398.\n";
  CHECK(findings_of(sheet("attribution: {within: paragraph}"), same_paragraph).empty());
  // A fact's own policy wins over the sheet's.
  CHECK(findings_of(sheet("attribution: {within: article}", "    attribution: {within: sentence}\n"), body) ==
        "missing-attribution 398");
  // Crediting someone else elsewhere does not count.
  CHECK(findings_of(sheet("attribution: {within: article}"),
                    "---\nThe USGS gave an update, it said.\n\nThe toll rose to 398 on Tuesday.\n") ==
        "missing-attribution 398");
}

}  // namespace
}  // namespace factlint::check
