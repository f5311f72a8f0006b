#include "checker/util/moment.h"

#include <catch2/catch.hpp>

#include <string>

using factlint::DateTime;
using factlint::parse_date_time;
using factlint::Span;
using factlint::span_of;
using factlint::to_text;

TEST_CASE("date-times are read with their time and zone", "[util][moment]") {
  const auto t = parse_date_time("2014-08-04T20:00+08:00");
  REQUIRE(t);
  CHECK(to_text(*t) == "2014-08-04 20:00 +08:00");
  CHECK(*t->minutes == 20 * 60);
  CHECK(*t->utc_offset == 480);
  CHECK(to_text(*parse_date_time("2014-08-04T20:00:59.123Z")) == "2014-08-04 20:00 UTC");
  CHECK(to_text(*parse_date_time("2014-08-04 20:00 -0430")) == "2014-08-04 20:00 -04:30");
  CHECK(to_text(*parse_date_time("2014-08-04T20:00-05")) == "2014-08-04 20:00 -05:00");
  CHECK(to_text(*parse_date_time("2014-08-04T20:00")) == "2014-08-04 20:00");
  CHECK(to_text(*parse_date_time(" 2014-08-04 ")) == "2014-08-04");
  CHECK_FALSE(parse_date_time("2014-08-04")->minutes);
}

TEST_CASE("a date-time that does not parse says why", "[util][moment]") {
  struct Row {
    std::string text, why;
  };
  for (const Row& row : {
           Row{"4 Aug 2014", "'4 Aug 2014' is not a date: write it as 2014-08-06, or 2014-08-06T08:00+08:00 with a time"},
           Row{"2014-02-30", "2014-02-30 is not a day of the calendar"},
           Row{"2014-08-04T25:00+08:00", "25:00 is not a time of day"},
           Row{"2014-08-04T20:00+15:00", "the zone +15:00 does not exist: UTC offsets run from -12:00 to +14:00"},
           Row{"2014-08-04T20:00+08:75", "the zone +08:75 does not exist: UTC offsets run from -12:00 to +14:00"},
           Row{"2014-08-04T20:00 Beijing", "'Beijing' is not a UTC offset: write the zone as +08:00, -05:00 or Z"},
           Row{"2014-08-04/20:00", "'2014-08-04/20:00' is not a date-time: put 'T' between the date and the time"},
           Row{"2014-08-04T8pm", "'2014-08-04T8pm' has no time of day after the date: write hours and minutes, e.g. T08:00"},
       }) {
    std::string why;
    CAPTURE(row.text);
    CHECK_FALSE(parse_date_time(row.text, &why));
    CHECK(why == row.why);
  }
}

TEST_CASE("a span is one minute for a moment and a whole day for a date", "[util][moment]") {
  const long long day = 16286LL * 1440;  // 2014-08-04 00:00 UTC
  REQUIRE(factlint::days_from_civil(2014, 8, 4) == 16286);
  // 20:00 in Beijing is 12:00 UTC, whatever zone is given for dates.
  CHECK(span_of(*parse_date_time("2014-08-04T20:00+08:00"), -300) == Span{day + 720, day + 720});
  // A date is read in the given zone: 4 August in Beijing starts at 16:00 UTC the day before.
  CHECK(span_of(*parse_date_time("2014-08-04"), 480) == Span{day - 480, day + 1439 - 480});
  CHECK(span_of(*parse_date_time("2014-08-04"), 0) == Span{day, day + 1439});
  // A time without a zone is read in the given zone too.
  CHECK(span_of(*parse_date_time("2014-08-04T20:00"), 480) == Span{day + 720, day + 720});
}
