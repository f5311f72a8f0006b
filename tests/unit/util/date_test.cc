#include "checker/util/date.h"

#include <catch2/catch.hpp>

#include <optional>
#include <string_view>

using factlint::civil_from_days;
using factlint::consistent;
using factlint::Date;
using factlint::DatePrecision;
using factlint::days_from_civil;
using factlint::parse_iso_date;
using factlint::to_iso;
using factlint::weekday;

TEST_CASE("days_from_civil and civil_from_days are inverses", "[util][date]") {
  CHECK(days_from_civil(1970, 1, 1) == 0);
  CHECK(days_from_civil(2000, 3, 1) == 11017);
  CHECK(days_from_civil(1969, 12, 31) == -1);
  // Every day from 1900 to 2100 round-trips and follows the day before.
  long previous = days_from_civil(1899, 12, 31);
  for (int y = 1900; y <= 2100; ++y) {
    for (int m = 1; m <= 12; ++m) {
      for (int d = 1; d <= factlint::days_in_month(y, m); ++d) {
        const long days = days_from_civil(y, m, d);
        REQUIRE(days == previous + 1);
        REQUIRE(civil_from_days(days) == Date{y, m, d, DatePrecision::kDay});
        previous = days;
      }
    }
  }
}

TEST_CASE("weekday counts Monday as 0", "[util][date]") {
  struct Row {
    Date date;
    int weekday;
  };
  const Row rows[] = {
      {{2021, 4, 5}, 0},  // Monday
      {{2021, 4, 6}, 1},  // Tuesday: Lavrov arrives in Islamabad
      {{2021, 4, 7}, 2},
      {{2021, 4, 11}, 6},
      {{1970, 1, 1}, 3},
      {{1969, 12, 31}, 2},  // before the epoch
      {{2000, 2, 29}, 1},
  };
  for (const Row& row : rows) {
    CAPTURE(to_iso(row.date));
    CHECK(weekday(row.date) == row.weekday);
  }
}

TEST_CASE("parse_iso_date accepts day and month and year precision and rejects impossible dates",
          "[util][date]") {
  struct Row {
    std::string_view text;
    std::optional<Date> date;
  };
  const Row rows[] = {
      {"2021-04-06", Date{2021, 4, 6, DatePrecision::kDay}},
      {"2021-04", Date{2021, 4, 0, DatePrecision::kMonth}},
      {"2021", Date{2021, 0, 0, DatePrecision::kYear}},
      {"2020-02-29", Date{2020, 2, 29, DatePrecision::kDay}},
      {"2021-02-30", std::nullopt},
      {"2021-02-29", std::nullopt},
      {"1900-02-29", std::nullopt},
      {"2021-13-01", std::nullopt},
      {"2021-00", std::nullopt},
      {"2021-4-6", std::nullopt},
      {"0000", std::nullopt},
      {"20210406", std::nullopt},
      {"2021-04-06T10:00", std::nullopt},
      {"+021-04-06", std::nullopt},
      {"", std::nullopt},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(parse_iso_date(row.text) == row.date);
  }
}

TEST_CASE("to_iso writes as much of the date as its precision holds", "[util][date]") {
  CHECK(to_iso({2021, 4, 6, DatePrecision::kDay}) == "2021-04-06");
  CHECK(to_iso({2021, 4, 0, DatePrecision::kMonth}) == "2021-04");
  CHECK(to_iso({2021, 0, 0, DatePrecision::kYear}) == "2021");
  CHECK(to_iso({987, 1, 2, DatePrecision::kDay}) == "0987-01-02");
}

TEST_CASE("consistent compares dates at the coarser precision", "[util][date]") {
  const Date day{2019, 6, 13, DatePrecision::kDay};
  const Date other_day{2019, 6, 14, DatePrecision::kDay};
  const Date june{2019, 6, 0, DatePrecision::kMonth};
  const Date july{2019, 7, 0, DatePrecision::kMonth};
  const Date year{2019, 0, 0, DatePrecision::kYear};
  const Date next_year{2020, 0, 0, DatePrecision::kYear};
  struct Row {
    Date a, b;
    bool consistent;
  };
  const Row rows[] = {
      {day, day, true},         {day, other_day, false}, {day, june, true},
      {day, july, false},       {june, july, false},     {day, year, true},
      {july, year, true},       {day, next_year, false}, {year, next_year, false},
  };
  for (const Row& row : rows) {
    CAPTURE(to_iso(row.a), to_iso(row.b));
    CHECK(consistent(row.a, row.b) == row.consistent);
    CHECK(consistent(row.b, row.a) == row.consistent);  // symmetric
  }
}

TEST_CASE("a part of a month or year reads and writes and compares as its third", "[util][date]") {
  const Date mid_july{2023, 7, 0, DatePrecision::kMonth, 2};
  const Date late_july{2023, 7, 0, DatePrecision::kMonth, 3};
  const Date early_july{2023, 7, 0, DatePrecision::kMonth, 1};
  const Date early_2023{2023, 0, 0, DatePrecision::kYear, 1};
  const Date late_2023{2023, 0, 0, DatePrecision::kYear, 3};
  CHECK(to_iso(mid_july) == "mid-2023-07");
  CHECK(to_iso(late_2023) == "late-2023");
  REQUIRE(parse_iso_date("mid-2023-07").has_value());
  CHECK(*parse_iso_date("mid-2023-07") == mid_july);
  CHECK(*parse_iso_date("early-2023") == early_2023);
  CHECK_FALSE(parse_iso_date("mid-2023-07-12").has_value());  // a day has no part
  CHECK_FALSE(parse_iso_date("middle-2023").has_value());
  struct Row {
    Date a, b;
    bool consistent;
  };
  const Row rows[] = {
      {mid_july, {2023, 7, 15, DatePrecision::kDay}, true},
      {mid_july, {2023, 7, 3, DatePrecision::kDay}, false},
      {mid_july, {2023, 7, 20, DatePrecision::kDay}, true},   // neighbouring parts overlap
      {late_july, {2023, 7, 31, DatePrecision::kDay}, true},
      {late_july, {2023, 7, 12, DatePrecision::kDay}, false},
      {early_july, late_july, false},
      {early_july, mid_july, true},
      {mid_july, {2023, 7, 0, DatePrecision::kMonth}, true},
      {mid_july, {2023, 0, 0, DatePrecision::kYear}, true},
      {mid_july, {2022, 7, 0, DatePrecision::kMonth}, false},
      {early_2023, {2023, 3, 0, DatePrecision::kMonth}, true},
      {early_2023, {2023, 11, 2, DatePrecision::kDay}, false},
      {late_2023, {2023, 11, 2, DatePrecision::kDay}, true},
  };
  for (const Row& row : rows) {
    CAPTURE(to_iso(row.a), to_iso(row.b));
    CHECK(consistent(row.a, row.b) == row.consistent);
    CHECK(consistent(row.b, row.a) == row.consistent);
  }
}
