#include <catch2/catch.hpp>

#include "tests/unit/extract/value_rows.h"

namespace factlint::extract::testing {
namespace {

struct ExpectRow {
  std::string_view text;
  ValueKind kind;
  double number;          // for a date: unused
  std::string_view unit;  // for a date: its ISO form
  Hedge hedge = Hedge::kNone;
};

const ExpectRow kExpectRows[] = {
    {"46%", ValueKind::kPercent, 46, ""},
    {"46 percent", ValueKind::kPercent, 46, ""},
    {"forty-six per cent", ValueKind::kPercent, 46, ""},
    {"50,000 doses", ValueKind::kCount, 50000, "doses"},
    {"5 million doses", ValueKind::kCount, 5e6, "doses"},
    {"1.6 billion cubic feet", ValueKind::kMeasure, 1.6, "bcf"},
    // Issue 9: values as international newsrooms write them.
    {"SDR 2,250 million", ValueKind::kMoney, 2.25e9, "XDR"},
    {"EGP 42 billion", ValueKind::kMoney, 42e9, "EGP"},
    {"42 Lebanese pounds", ValueKind::kMoney, 42, "LBP"},
    {"10 km", ValueKind::kMeasure, 10, "km"},
    {"6 miles", ValueKind::kMeasure, 6, "mi"},
    {"magnitude 6.1", ValueKind::kMeasure, 6.1, "magnitude"},
    {"6.5-magnitude", ValueKind::kMeasure, 6.5, "magnitude"},
    {"500 hectares", ValueKind::kMeasure, 500, "ha"},
    {"16:30 local time", ValueKind::kTime, 990, "local"},
    {"4:30 pm", ValueKind::kTime, 990, ""},
    {"0830 UTC", ValueKind::kTime, 510, "UTC"},
    {"2014-08-03T16:30+08:00", ValueKind::kTime, 990, "+08:00"},
    {"2014-08-03T08:30Z", ValueKind::kTime, 510, "UTC"},
    {"mid-July 2023", ValueKind::kDate, 0, "mid-2023-07"},
    {"late 2022", ValueKind::kDate, 0, "late-2022"},
    {"12 July 2023", ValueKind::kDate, 0, "2023-07-12"},
    {"half a million", ValueKind::kNumber, 5e5, ""},
    {"twenty fifth", ValueKind::kOrdinal, 25, ""},
    {"3.5 years", ValueKind::kDuration, 3.5, "years"},
    {"150,000", ValueKind::kNumber, 150000, ""},
    {"1.6", ValueKind::kNumber, 1.6, ""},
    {"nine", ValueKind::kNumber, 9, ""},
    {"US$100 billion", ValueKind::kMoney, 1e11, "USD"},
    {"$100bn", ValueKind::kMoney, 1e11, "USD"},
    {"PKR 5 billion", ValueKind::kMoney, 5e9, "PKR"},
    {"Rs 5 billion", ValueKind::kMoney, 5e9, "PKR"},
    {"100 billion dollars", ValueKind::kMoney, 1e11, "USD"},
    {"2 days", ValueKind::kDuration, 2, "days"},
    {"two days", ValueKind::kDuration, 2, "days"},
    {"9 years", ValueKind::kDuration, 9, "years"},
    {"a decade", ValueKind::kDuration, 10, "years"},
    {"48 hours", ValueKind::kDuration, 48, "hours"},
    {"since 2012", ValueKind::kYear, 2012, ""},
    {"in 2019", ValueKind::kYear, 2019, ""},
    {"2019", ValueKind::kYear, 2019, ""},
    {"74th", ValueKind::kOrdinal, 74, ""},
    {"tenth", ValueKind::kOrdinal, 10, ""},
    {"2021-04-06", ValueKind::kDate, 0, "2021-04-06"},
    {"2019-06", ValueKind::kDate, 0, "2019-06"},
    {"2019-11", ValueKind::kDate, 0, "2019-11"},
    {"June 2019", ValueKind::kDate, 0, "2019-06"},
    {"2019-06-13", ValueKind::kDate, 0, "2019-06-13"},
    {"2019-08-05", ValueKind::kDate, 0, "2019-08-05"},
    {"2019-09", ValueKind::kDate, 0, "2019-09"},
    {"2021-05-01", ValueKind::kDate, 0, "2021-05-01"},
    {"53 days", ValueKind::kDuration, 53, "days"},
    {"US$500 billion", ValueKind::kMoney, 5e11, "USD"},
    {"2030", ValueKind::kYear, 2030, ""},
    {"10th", ValueKind::kOrdinal, 10, ""},
    {"19th", ValueKind::kOrdinal, 19, ""},
    {"june 2019", ValueKind::kDate, 0, "2019-06"},
    {"6 April 2021", ValueKind::kDate, 0, "2021-04-06"},
    {"April 6, 2021", ValueKind::kDate, 0, "2021-04-06"},
    {"  46%  ", ValueKind::kPercent, 46, ""},
    {"about 50,000", ValueKind::kNumber, 50000, "", Hedge::kApprox},
    {"more than 60,000 doses", ValueKind::kCount, 60000, "doses", Hedge::kMoreThan},
    {"at least 3", ValueKind::kNumber, 3, "", Hedge::kAtLeast},
};

TEST_CASE("an expect string parses as exactly one value", "[extract][expect]") {
  for (const ExpectRow& row : kExpectRows) {
    INFO("expect: '" << row.text << "'");
    const auto v = parse_expect(row.text);
    REQUIRE(v.has_value());
    CHECK(v->kind == row.kind);
    CHECK(v->hedge == row.hedge);
    if (row.kind == ValueKind::kDate) {
      CHECK(to_iso(v->date) == row.unit);
    } else {
      CHECK(v->number == Approx(row.number));
      CHECK(v->unit == row.unit);
    }
  }
}

TEST_CASE("an expect string that is not exactly one value is rejected", "[extract][expect]") {
  const std::string_view rows[] = {
      "",           "   ",           "abc",          "forty-six-ish", "46% and 50%",
      "doses",      "yesterday",     "on Tuesday",   "April 6",       "February 30",
      "46% of it",  "Covid-19",      "$",            "the 2019",      "50,000 doses given",
      "one",        "2021-02-30",    "10:30 and 11:00", "1980s",      "since",
  };
  for (std::string_view text : rows) {
    INFO("expect: '" << text << "'");
    CHECK_FALSE(parse_expect(text).has_value());
  }
}

TEST_CASE("describe reads a value as a message shows it", "[extract][describe]") {
  struct DescribeRow {
    std::string_view expect, text;
  };
  const DescribeRow rows[] = {
      {"46%", "46%"},
      {"46.5 percent", "46.5%"},
      {"50,000 doses", "50,000 doses"},
      {"5 million doses", "5 million doses"},
      {"US$100 billion", "US$100 billion"},
      {"PKR 5 billion", "PKR 5 billion"},
      {"2021-04-06", "2021-04-06"},
      {"June 2019", "2019-06"},
      {"2 days", "2 days"},
      {"a week", "1 week"},
      {"since 2012", "2012"},
      {"74th", "74th"},
      {"first", "1st"},
      {"twenty-second", "22nd"},
      {"113th", "113th"},
      {"150,000", "150,000"},
      {"about 50,000", "50,000"},
      {"more than 60,000 doses", "60,000 doses"},
      {"Rs 250", "PKR 250"},
      {"\xE2\x82\xAC" "3m", "\xE2\x82\xAC" "3 million"},
      {"1.5 trillion", "1.5 trillion"},
      {"1,234,567", "1,234,567"},
      {"0.25", "0.25"},
      {"one year", "1 year"},
  };
  for (const DescribeRow& row : rows) {
    INFO("expect: '" << row.expect << "'");
    const auto v = parse_expect(row.expect);
    REQUIRE(v.has_value());
    CHECK(describe(*v) == row.text);
  }
}

TEST_CASE("every kind has its JSON name", "[extract][describe]") {
  CHECK(kind_name(ValueKind::kNumber) == "number");
  CHECK(kind_name(ValueKind::kPercent) == "percent");
  CHECK(kind_name(ValueKind::kCount) == "count");
  CHECK(kind_name(ValueKind::kMoney) == "money");
  CHECK(kind_name(ValueKind::kDate) == "date");
  CHECK(kind_name(ValueKind::kDuration) == "duration");
  CHECK(kind_name(ValueKind::kYear) == "year");
  CHECK(kind_name(ValueKind::kOrdinal) == "ordinal");
}

TEST_CASE("an unresolved date says so when described", "[extract][describe]") {
  const auto weekday = find_values("he arrived on Tuesday");
  REQUIRE(weekday.size() == 1);
  CHECK(describe(weekday[0]) == "tuesday (unresolved)");
  const auto month_day = find_values("he arrived on April 6");
  REQUIRE(month_day.size() == 1);
  CHECK(describe(month_day[0]) == "April 6 (year unresolved)");
}


TEST_CASE("an expect that cannot be read says why", "[extract][expect]") {
  struct ReasonRow {
    std::string_view text, reason;
  };
  const ReasonRow rows[] = {
      {"12 July", "'12 July' has no year"},
      {"XYZ 42 million", "unknown currency code 'XYZ'"},
      {"10 zorks2", "'2' after the value is not understood"},
      {"10kmx", "unknown unit 'kmx'"},
      {"05/04/2021", "could be read day first or month first"},
      {"10 km and 6 miles", "holds 2 values"},
      {"yesterday", "depends on an article's publication date"},
      {"February 30 2021", "is not a date that exists"},
      {"roughly-ish 46%", "before the value is not understood"},
      {"46% of it", "after the value is not understood"},
      {"abc", "no figure, date or time found in 'abc'"},
  };
  for (const ReasonRow& row : rows) {
    INFO("expect: '" << row.text << "'");
    const ExpectParse parsed = parse_expect_explained(row.text);
    CHECK_FALSE(parsed.value.has_value());
    INFO("reason: " << parsed.reason);
    CHECK(parsed.reason.find(row.reason) != std::string::npos);
  }
  ParseContext day_first;
  day_first.date_order = DateOrder::kDayFirst;
  const ExpectParse ordered = parse_expect_explained("05/04/2021", day_first);
  REQUIRE(ordered.value.has_value());
  CHECK(to_iso(ordered.value->date) == "2021-04-05");
}

}  // namespace
}  // namespace factlint::extract::testing
