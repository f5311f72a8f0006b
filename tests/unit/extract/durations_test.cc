#include <catch2/catch.hpp>

#include "tests/unit/extract/value_rows.h"

namespace factlint::extract::testing {
namespace {

constexpr ValueKind kDuration = ValueKind::kDuration;
constexpr ValueKind kYear = ValueKind::kYear;
constexpr ValueKind kOrdinal = ValueKind::kOrdinal;

const Row kDurationRows[] = {
    {"Lavrov began a two-day visit to Pakistan", "two-day", kDuration, 2, "days"},
    {"a 2-day visit", "2-day", kDuration, 2, "days"},
    {"he stayed two days in Islamabad", "two days", kDuration, 2, "days"},
    {"locked down for over 53 days and international community", "53 days", kDuration, 53,
     "days", Hedge::kMoreThan},
    {"the first visit in nine years", "nine years", kDuration, 9, "years"},
    {"the first visit in 9 years", "9 years", kDuration, 9, "years"},
    {"after a decade of talks", "a decade", kDuration, 10, "years"},
    {"two decades of war", "two decades", kDuration, 20, "years"},
    {"within a week of the talks", "a week", kDuration, 1, "weeks", Hedge::kAtMost},
    {"a 48-hour strike", "48-hour", kDuration, 48, "hours"},
    {"talks lasted 48 hours", "48 hours", kDuration, 48, "hours"},
    {"for six months the border stayed shut", "six months", kDuration, 6, "months"},
    {"a fortnight later", "a fortnight", kDuration, 2, "weeks"},
    {"one and a half years on", "one and a half years", kDuration, 1.5, "years"},
    {"after 30 minutes of talks", "30 minutes", kDuration, 30, "minutes"},
    {"one year after the deal", "one year", kDuration, 1, "years"},
    {"nearly three weeks of talks", "three weeks", kDuration, 3, "weeks", Hedge::kNearly},
    {"a three-year plan", "three-year", kDuration, 3, "years"},
    {"a 10-year-old boy", "10-year", kDuration, 10, "years"},
    {"a British man aged 71 is among the dead", "71", kDuration, 71, "years"},  // an age, as "71-year-old"
    {"men aged 18 to 60", "18", kDuration, 18, "years"},
    {"an hour of talks", "an hour", kDuration, 1, "hours"},
    // The abbreviations results use, with or without a space.
    {"in 2 hrs of talks", "2 hrs", kDuration, 2, "hours"},
    {"a 20 min walk", "20 min", kDuration, 20, "minutes"},
    {"she won in 2hr 22min 55sec", "2hr 22min 55sec", kDuration, 8575, "seconds"},
};

TEST_CASE("durations are read in days or weeks or months or years or hours", "[extract][durations]") {
  for (const Row& row : kDurationRows) check_row(row);
}

constexpr ValueKind kTime = ValueKind::kTime;

// Race times and other elapsed times, in seconds; a duration in parts is one.
const Row kElapsedRows[] = {
    {"Kiptum won in 2:00:35 in Chicago", "2:00:35", kDuration, 7235, "seconds"},
    {"a women's record of 2:09:56 at the race", "2:09:56", kDuration, 7796, "seconds"},
    {"she ran the mile in 3:43.13 in Rome", "3:43.13", kDuration, 223.13, "seconds"},
    {"he won the half marathon in 58:01 on Sunday", "58:01", kDuration, 3481, "seconds"},
    {"a time of 2:00:35.2 was given", "2:00:35.2", kDuration, 7235.2, "seconds"},
    {"under 2:01:09, the old record", "2:01:09", kDuration, 7269, "seconds", Hedge::kLessThan},
    {"beating the record by 34 seconds", "34 seconds", kDuration, 34, "seconds"},
    {"a 10-second delay", "10-second", kDuration, 10, "seconds"},
    {"one second later", "one second", kDuration, 1, "seconds"},
    {"three minutes and 27 seconds ahead", "three minutes and 27 seconds", kDuration, 207, "seconds"},
    {"it took 2 hours, 5 minutes and 10 seconds", "2 hours, 5 minutes and 10 seconds", kDuration, 7510,
     "seconds"},
    {"after two years and three months in jail", "two years and three months", kDuration, 27, "months"},
    {"for 48 hours, 30 minutes", "48 hours, 30 minutes", kDuration, 2910, "minutes"},
    // What a clock says stays a time of day: a two-digit hour, "at", a zone, am or pm.
    {"the quake struck at 04:17:35 local time", "04:17:35 local time", kTime, 4 * 60 + 17, "local"},
    {"the quake struck at 4:17:35 am", "4:17:35 am", kTime, 4 * 60 + 17},
    {"the quake struck 16:30:05, officials said", "16:30:05", kTime, 16 * 60 + 30},
    {"the train left 4:17:35 GMT", "4:17:35 GMT", kTime, 4 * 60 + 17, "UTC"},
    {"the train left at 10:30", "10:30", kTime, 10 * 60 + 30},
};

TEST_CASE("elapsed times written as a clock and durations in parts are durations", "[extract][durations]") {
  for (const Row& row : kElapsedRows) check_row(row);
  // Parts of two durations, or two of one unit, stay apart.
  CHECK(find_values("3 days and 2 weeks").size() == 2);
  CHECK(find_values("5 to 10 minutes").size() == 2);
}

const NoValueRow kNotDurations[] = {
    {"a second quake hit"},
    {"the nineteen second-graders"},
};

TEST_CASE("second as an ordinal is no duration", "[extract][durations]") {
  for (const NoValueRow& row : kNotDurations) {
    INFO(row.text);
    for (const Value& v : find_values(row.text)) CHECK(v.kind != kDuration);
  }
}

const Row kYearRows[] = {
    {"the first foreign minister to visit Pakistan since 2012, was welcomed", "2012", kYear, 2012},
    {"elected in 2019 for a term", "2019", kYear, 2019},
    {"US$ 500 billion by 2030, the leaders said", "2030", kYear, 2030},
    {"toppled in a US-led invasion in 2001 and", "2001", kYear, 2001},
    {"the combat training plan for 2021, the Ministry of Defense", "2021", kYear, 2021},
    {"2019 was a hard year", "2019", kYear, 2019},
    {"the 2018 elections were disputed", "2018", kYear, 2018},
    {"in 2019 elections were held", "2019", kYear, 2019},
    {"the 2019-20 budget", "2019-20", kYear, 2019},
};

TEST_CASE("four-digit years in date context are years", "[extract][years]") {
  for (const Row& row : kYearRows) check_row(row);
}

const Row kOrdinalRows[] = {
    {"during the 10th summit of the D-8 hosted by Bangladesh", "10th", kOrdinal, 10},
    {"on the sidelines of the 74th Session of the UNGA", "74th", kOrdinal, 74},
    {"FM Qureshi addressed the 19th Council of Ministers meeting", "19th", kOrdinal, 19},
    {"in particular the 4th Geneva Convention", "4th", kOrdinal, 4},
    {"the tenth round of talks", "tenth", kOrdinal, 10},
    {"the 1st and 2nd rounds", "1st", kOrdinal, 1},
    {"the 1st and 2nd rounds", "2nd", kOrdinal, 2},
    {"the 23rd meeting", "23rd", kOrdinal, 23},
    {"the twenty-first century", "twenty-first", kOrdinal, 21},
    {"the first foreign minister to visit", "first", kOrdinal, 1},
    {"the third round of talks", "third", kOrdinal, 3},
    {"the 45th of Smarch", "45th", kOrdinal, 45},
};

TEST_CASE("ordinals in figures and words", "[extract][ordinals]") {
  for (const Row& row : kOrdinalRows) check_row(row);
}

}  // namespace
}  // namespace factlint::extract::testing
