#include <catch2/catch.hpp>

#include "tests/unit/extract/value_rows.h"

namespace factlint::extract::testing {
namespace {

constexpr ValueKind kPercent = ValueKind::kPercent;
constexpr ValueKind kCount = ValueKind::kCount;

const Row kPercentRows[] = {
    {"Lavrov expressed satisfaction over a 46 percent increase in trade", "46 percent", kPercent,
     46},
    {"trade grew 46% last year", "46%", kPercent, 46},
    {"trade grew 46 % last year", "46 %", kPercent, 46},
    {"trade grew 46 per cent last year", "46 per cent", kPercent, 46},
    {"trade grew 46 pc last year", "46 pc", kPercent, 46},
    {"a 46pc rise in trade", "46pc", kPercent, 46},
    {"trade grew forty-six percent last year", "forty-six percent", kPercent, 46},
    {"trade grew forty-six per cent last year", "forty-six per cent", kPercent, 46},
    {"Trade grew 46.5 percent, the ministry said", "46.5 percent", kPercent, 46.5},
    {"inflation eased to 8.7% in March", "8.7%", kPercent, 8.7},
    {"about 60 percent of the population", "60 percent", kPercent, 60, "", Hedge::kApprox},
    {"more than 70% of voters", "70%", kPercent, 70, "", Hedge::kMoreThan},
    {"nearly 30 per cent of the budget", "30 per cent", kPercent, 30, "", Hedge::kNearly},
    {"at least 5 percent of exports", "5 percent", kPercent, 5, "", Hedge::kAtLeast},
    {"up to 20% off", "20%", kPercent, 20, "", Hedge::kAtMost},
    {"less than 1 percent of cases", "1 percent", kPercent, 1, "", Hedge::kLessThan},
    {"a 100 percent increase", "100 percent", kPercent, 100},
    {"ten percent of the staff", "ten percent", kPercent, 10},
    {"one percent of the vote", "one percent", kPercent, 1},
    {"exports fell 3 percent in March", "3 percent", kPercent, 3},
    {"exports rose by 12 per cent", "12 per cent", kPercent, 12},
    {"the share rose to 0.5% from 0.3%", "0.3%", kPercent, 0.3},
    // ranges: the first figure takes the kind of the second
    {"support stands at 40-46 percent in polls", "40", kPercent, 40},
    {"support stands at 40-46 percent in polls", "46 percent", kPercent, 46},
    {"growth of 5 to 6 percent is expected", "5", kPercent, 5},
    {"growth of 5 to 6 percent is expected", "6 percent", kPercent, 6},
    {"between 40 percent - 46 percent", "40 percent", kPercent, 40},
    // percentage points are not percent
    {"rates rose 2 percentage points", "2 percentage points", kCount, 2, "percentage points"},
    {"a cut of 0.5 percentage point", "0.5 percentage point", kCount, 0.5, "percentage points"},
    {"a rise of 25 basis points", "25 basis points", kCount, 25, "basis points"},
};

TEST_CASE("percents in figures and words with hedges and ranges", "[extract][percents]") {
  for (const Row& row : kPercentRows) check_row(row);
}

TEST_CASE("a percent records which way the figure moved", "[extract][percents]") {
  struct DirectionRow {
    std::string_view text;
    Direction direction;
  };
  const DirectionRow rows[] = {
      {"exports fell 3 percent in the quarter", Direction::kDown},
      {"exports dropped by about 3 percent", Direction::kDown},
      {"a 3 percent decline in exports", Direction::kDown},
      {"trade grew 46 percent", Direction::kUp},
      {"a 46 percent increase in trade", Direction::kUp},
      {"trade rose by nearly 46 percent", Direction::kUp},
      {"46 percent of voters agree", Direction::kNone},
      {"locked down for over 53 percent of the time", Direction::kNone},
  };
  for (const DirectionRow& row : rows) {
    INFO(row.text);
    const auto values = find_values(row.text);
    REQUIRE(values.size() == 1);
    CHECK(values[0].kind == ValueKind::kPercent);
    CHECK(values[0].number > 0);
    CHECK(values[0].direction == row.direction);
  }
}

}  // namespace
}  // namespace factlint::extract::testing
