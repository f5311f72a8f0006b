#include <catch2/catch.hpp>

#include "tests/unit/extract/value_rows.h"

namespace factlint::extract::testing {
namespace {

constexpr ValueKind kCount = ValueKind::kCount;
constexpr ValueKind kNumber = ValueKind::kNumber;

const Row kCountRows[] = {
    {"We have provided 50,000 doses of anti Covid vaccine to Pakistan", "50,000 doses", kCount,
     50000, "doses"},
    {"Islamabad will also buy 5 million doses of the vaccine", "5 million doses", kCount, 5e6,
     "doses"},
    {"claiming lives of 10 more Kashmiris in Pulwama and Shopian", "10 more Kashmiris", kCount, 10,
     "kashmiris"},
    {"He recalled Russia has provided 50,000 doses of its Covid-19 Sputnik-V vaccine",
     "50,000 doses", kCount, 50000, "doses"},
    {"Russia delivered 50,000 Sputnik V doses", "50,000 Sputnik V doses", kCount, 50000, "doses"},
    {"the army deployed 5 Pakistani soldiers there", "5 Pakistani soldiers", kCount, 5,
     "soldiers"},
    {"some 3,000 people attended", "3,000 people", kCount, 3000, "people", Hedge::kApprox},
    {"two soldiers were injured", "two soldiers", kCount, 2, "soldiers"},
    {"12 missing fishermen were found", "12 missing fishermen", kCount, 12, "fishermen"},
    {"4 thousand 3 hundred and 21 votes", "4 thousand 3 hundred and 21 votes", kCount, 4321, "votes"},
    {"fifty two votes were cast", "fifty two votes", kCount, 52, "votes"},
    {"1 1/2 cups of flour", "1 1/2 cups", kCount, 1.5, "cups"},
    {"2.33k likes in an hour", "2.33k likes", kCount, 2330, "likes"},
    {"1MM views in a day", "1MM views", kCount, 1e6, "views"},
    {"10 lakhs people gathered", "10 lakhs people", kCount, 1e6, "people"},
    // Phrasal verbs with "over" are no hedge.
    {"He handed over 500 rifles", "500 rifles", kCount, 500, "rifles"},
    {"the banks rolled over 20 loans", "20 loans", kCount, 20, "loans"},
    {"the state took over 3 firms", "3 firms", kCount, 3, "firms"},
    {"courts carried over 40 cases", "40 cases", kCount, 40, "cases"},
    {"it will hand over 12 tanks", "12 tanks", kCount, 12, "tanks"},
    {"over 200 buses arrived", "200 buses", kCount, 200, "buses", Hedge::kMoreThan},
    {"one person was arrested", "one person", kCount, 1, "person"},
    {"over 200 additional troops", "200 additional troops", kCount, 200, "troops",
     Hedge::kMoreThan},
    {"3 new cases were reported", "3 new cases", kCount, 3, "cases"},
    {"at least 25 people were killed", "25 people", kCount, 25, "people", Hedge::kAtLeast},
    {"more than 60,000 doses arrived", "60,000 doses", kCount, 60000, "doses", Hedge::kMoreThan},
    {"nearly 50,000 doses arrived", "50,000 doses", kCount, 50000, "doses", Hedge::kNearly},
    {"The 2,000 protesters dispersed", "2,000 protesters", kCount, 2000, "protesters"},
    {"2000 protesters dispersed", "2000 protesters", kCount, 2000, "protesters"},
    {"a fleet of 12 ships", "12 ships", kCount, 12, "ships"},
    {"5-6 million doses are due", "5", kCount, 5e6, "doses"},
    {"5-6 million doses are due", "6 million doses", kCount, 6e6, "doses"},
    {"5 to 10 people were hurt", "5", kCount, 5, "people"},
    // thousands separators on either side: a range, not a phone number ("920-7000")
    {"the mayor put the dead at 18,000-20,000 people", "18,000", kCount, 18000, "people"},
    {"the mayor put the dead at 18,000-20,000 people", "20,000 people", kCount, 20000, "people"},
    {"between 500-6,000 homes were hit", "500", kCount, 500, "homes"},
    {"the two foreign ministers met", "two foreign ministers", kCount, 2, "ministers"},
    {"50,000 vaccine doses arrived", "50,000 vaccine doses", kCount, 50000, "doses"},
    {"the two sides agreed", "two sides", kCount, 2, "sides"},
    {"21 crew members and two crew pilots", "two crew pilots", kCount, 2, "pilots"},  // a modifier
    {"21 crew members were aboard", "21 crew", kCount, 21, "crew"},
    {"10 wounded were flown out", "10", kNumber, 10},
    {"5 lakh doses reached Karachi", "5 lakh doses", kCount, 5e5, "doses"},
    {"they sent 150,000 more, he said", "150,000", kNumber, 150000},
    {"he listed 50,000 of them", "50,000", kNumber, 50000},
    {"prices were 4 times higher", "4 times", kCount, 4, "times"},  // a multiple
    {"the dollar fetched up to three times the official rate", "three times", kCount, 3, "times", Hedge::kAtMost},
    {"the quake struck three times in a week", "three", kNumber, 3},  // how often, not a multiple
    {"a vote of 12 to 3 in favour", "12", kNumber, 12},
    {"the tally reached 1.5 billion remain unspent", "1.5 billion", kNumber, 1.5e9},
};

TEST_CASE("counts are bound to the noun after the figure", "[extract][counts]") {
  for (const Row& row : kCountRows) check_row(row);
}

TEST_CASE("a count's unit compares in singular lower case", "[extract][counts]") {
  struct UnitRow {
    std::string_view unit, singular;
  };
  const UnitRow rows[] = {
      {"doses", "dose"},       {"Kashmiris", "kashmiri"}, {"cubic feet", "cubic foot"},
      {"people", "person"},    {"casualties", "casualty"}, {"buses", "buse"},
      {"churches", "church"},  {"boxes", "box"},          {"barrels per day", "barrel per day"},
      {"dose", "dose"},        {"crores", "crore"},        {"glass", "glass"},
      {"percentage points", "percentage point"},          {"status", "status"},
      {"children", "child"},
  };
  for (const UnitRow& row : rows) {
    INFO(row.unit);
    CHECK(singular_unit(row.unit) == row.singular);
  }
}

}  // namespace
}  // namespace factlint::extract::testing
