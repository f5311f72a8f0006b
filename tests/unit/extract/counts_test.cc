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
    {"to transport 1.6 billion cubic feet per day of regasified gas", "1.6 billion cubic feet",
     kCount, 1.6e9, "cubic feet"},
    {"claiming lives of 10 more Kashmiris in Pulwama and Shopian", "10 more Kashmiris", kCount, 10,
     "kashmiris"},
    {"He recalled Russia has provided 50,000 doses of its Covid-19 Sputnik-V vaccine",
     "50,000 doses", kCount, 50000, "doses"},
    {"Russia delivered 50,000 Sputnik V doses", "50,000 Sputnik V doses", kCount, 50000, "doses"},
    {"the army deployed 5 Pakistani soldiers there", "5 Pakistani soldiers", kCount, 5,
     "soldiers"},
    {"some 3,000 people attended", "3,000 people", kCount, 3000, "people", Hedge::kApprox},
    {"two soldiers were injured", "two soldiers", kCount, 2, "soldiers"},
    {"one person was arrested", "one person", kCount, 1, "person"},
    {"fifty thousand tonnes of wheat", "fifty thousand tonnes", kCount, 50000, "tonnes"},
    {"the country imports 100,000 barrels of oil", "100,000 barrels", kCount, 100000, "barrels"},
    {"over 200 additional troops", "200 additional troops", kCount, 200, "troops",
     Hedge::kMoreThan},
    {"3 new cases were reported", "3 new cases", kCount, 3, "cases"},
    {"the plant produces 1,200 megawatts", "1,200 megawatts", kCount, 1200, "megawatts"},
    {"a 50km stretch of road", "50km", kCount, 50, "km"},
    {"at least 25 people were killed", "25 people", kCount, 25, "people", Hedge::kAtLeast},
    {"more than 60,000 doses arrived", "60,000 doses", kCount, 60000, "doses", Hedge::kMoreThan},
    {"nearly 50,000 doses arrived", "50,000 doses", kCount, 50000, "doses", Hedge::kNearly},
    {"The 2,000 protesters dispersed", "2,000 protesters", kCount, 2000, "protesters"},
    {"2000 protesters dispersed", "2000 protesters", kCount, 2000, "protesters"},
    {"a fleet of 12 ships", "12 ships", kCount, 12, "ships"},
    {"5-6 million doses are due", "5", kCount, 5e6, "doses"},
    {"5-6 million doses are due", "6 million doses", kCount, 6e6, "doses"},
    {"5 to 10 people were hurt", "5", kCount, 5, "people"},
    {"the two foreign ministers met", "two foreign ministers", kCount, 2, "ministers"},
    {"50,000 vaccine doses arrived", "50,000 vaccine doses", kCount, 50000, "doses"},
    {"the two sides agreed", "two sides", kCount, 2, "sides"},
    {"10 wounded were flown out", "10", kNumber, 10},
    {"5 lakh doses reached Karachi", "5 lakh doses", kCount, 5e5, "doses"},
    {"2.5 million square feet of space", "2.5 million square feet", kCount, 2.5e6,
     "square feet"},
    {"1 million metric tons of wheat", "1 million metric tons", kCount, 1e6, "metric tons"},
    {"they sent 150,000 more, he said", "150,000", kNumber, 150000},
    {"he listed 50,000 of them", "50,000", kNumber, 50000},
    {"prices were 4 times higher", "4", kNumber, 4},
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
