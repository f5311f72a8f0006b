// The labelled attribution set (cases.yaml): precision and recall of who a
// figure is credited to, printed and held at or above the measured level.
#include <yaml-cpp/yaml.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <set>

#include "attribution_fixture.h"

namespace factlint::attribution {
namespace {

using testing::rules_from;
using testing::speaker_of;

// Measured on cases.yaml (see docs/attribution.md); raise them when the
// checker improves, never lower them to make a change pass.
constexpr double kMinPrecision = 0.98;  // 79/80 measured
constexpr double kMinRecall = 0.98;     // 79/80 measured
constexpr std::size_t kMinCases = 80;

struct Score {
  int cases = 0;
  int given = 0;          // a speaker was given
  int given_right = 0;    // ... and it is the labelled one
  int labelled = 0;       // the label names a speaker
  int labelled_found = 0; // ... and it was given
  int none_right = 0;     // labelled none, answered none
  int none_cases = 0;
};

TEST_CASE("attribution precision and recall on the labelled set stay at the measured level",
          "[attribution][labelled]") {
  const YAML::Node root = YAML::LoadFile(FACTLINT_SOURCE_DIR "/tests/unit/attribution/cases.yaml");
  const rules::RuleSet rules = rules_from(root["sheet"].as<std::string>());
  REQUIRE(rules.sheets.size() == 1);
  std::set<std::string> ids;
  for (const auto& p : rules.sheets[0].people) ids.insert(p.person->id);

  Score score;
  int index = 0;
  for (const YAML::Node& c : root["cases"]) {
    ++index;
    const std::string text = c["text"].as<std::string>();
    const std::string figure = c["figure"].as<std::string>();
    const std::string expected = c["speaker"].as<std::string>();
    const int nth = c["nth"] ? c["nth"].as<int>() : 1;
    INFO("case " << index << ": " << c["why"].as<std::string>());
    REQUIRE((expected == "none" || ids.count(expected) == 1));
    std::string explanation;
    const std::string got = speaker_of(text, figure, rules.sheets[0], nth, &explanation);
    REQUIRE(got != "?");  // the figure is in the passage
    ++score.cases;
    if (got != "none") {
      ++score.given;
      score.given_right += got == expected;
    }
    if (expected != "none") {
      ++score.labelled;
      score.labelled_found += got == expected;
    } else {
      ++score.none_cases;
      score.none_right += got == "none";
    }
    if (got != expected) {
      std::printf("  miss case %d (%s): expected %s, got %s: %s\n", index,
                  c["why"].as<std::string>().c_str(), expected.c_str(), got.c_str(),
                  explanation.c_str());
    }
  }
  const double precision = score.given ? double(score.given_right) / score.given : 1.0;
  const double recall = score.labelled ? double(score.labelled_found) / score.labelled : 1.0;
  std::printf("attribution on %d labelled cases: precision %.3f (%d/%d), recall %.3f (%d/%d), "
              "'none' right %d/%d\n",
              score.cases, precision, score.given_right, score.given, recall, score.labelled_found,
              score.labelled, score.none_right, score.none_cases);
  CHECK(static_cast<std::size_t>(score.cases) >= kMinCases);
  CHECK(precision >= kMinPrecision);
  CHECK(recall >= kMinRecall);
}

}  // namespace
}  // namespace factlint::attribution
