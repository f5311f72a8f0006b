#include <catch2/catch.hpp>

#include "tests/unit/extract/value_rows.h"

namespace factlint::extract::testing {
namespace {

// 2021-04-07 was a Wednesday.
constexpr std::string_view kPub = "2021-04-07";

const DateRow kDateRows[] = {
    // explicit dates
    {"date 2021-04-07 ISLAMABAD: Pakistan's Foreign Minister", "2021-04-07", "2021-04-07"},
    {"He arrived on 2021-04-06.", "2021-04-06", "2021-04-06"},
    {"He arrived on 6 April 2021.", "6 April 2021", "2021-04-06"},
    {"He arrived on April 6, 2021.", "April 6, 2021", "2021-04-06"},
    {"He arrived on April 6 2021.", "April 6 2021", "2021-04-06"},
    {"He arrived on Apr. 6th, 2021.", "Apr. 6th, 2021", "2021-04-06"},
    {"He arrived on the 6th of April 2021.", "6th of April 2021", "2021-04-06"},
    {"in Bishkek on June 13, 2019 and extensive exchange", "June 13, 2019", "2019-06-13"},
    {"27 Sep, 2019", "27 Sep, 2019", "2019-09-27"},
    {"on 1 Sept 2020 the talks began", "1 Sept 2020", "2020-09-01"},
    {"He arrived on Tuesday 6 April 2021.", "Tuesday 6 April 2021", "2021-04-06"},
    {"He arrived on Tuesday, April 6, 2021.", "Tuesday, April 6, 2021", "2021-04-06"},
    {"a leap day on 29 February 2020", "29 February 2020", "2020-02-29"},
    // month precision
    {"SCO Summit in Bishkek in June 2019, where he", "June 2019", "2019-06"},
    {"by the end of December 2022 the plant", "end of December 2022", "late-2022-12"},
    {"in May of 2018 the deal", "May of 2018", "2018-05"},
    {"the 2019-06 report", "2019-06", "2019-06"},
    // no year: the year nearest the publication date
    {"as a May 1 deadline approaches", "May 1", "2021-05-01", kPub},
    {"the D-8 summit hosted by Bangladesh on March 8 in a virtual mode", "March 8", "2021-03-08",
     kPub},
    {"Indian actions of August 5 in the Occupied Jammu", "August 5", "2019-08-05", "2019-09-27"},
    // Four months ahead with no word looking ahead: the August behind.
    {"Indian actions of August 5 in the Occupied Jammu", "August 5", "2020-08-05", kPub},
    {"talks resume on Apr. 6th", "Apr. 6th", "2021-04-06", kPub},
    {"talks resume on the 6th of April", "6th of April", "2021-04-06", kPub},
    {"on December 30 the deal was signed", "December 30", "2020-12-30", "2021-01-02"},
    // Days of the year by name: as their month and day.
    {"the quake that hit on New Year's Day", "New Year's Day", "2024-01-01", "2024-01-03"},
    {"a party on New Year\u2019s Eve", "New Year\u2019s Eve", "2023-12-31", "2024-01-03"},
    {"gifts given on Christmas Day", "Christmas Day", "2020-12-25", "2021-01-02"},
    {"the tsunami of Boxing Day, 2004, in Aceh", "Boxing Day, 2004", "2004-12-26", kPub},
    {"on January 3 the deal will be signed", "January 3", "2022-01-03", "2021-12-28"},
    {"as a May 1 deadline approaches", "May 1", ""},
    {"prices rose in March", "March", "2021-03", kPub},
    {"talks are due in June", "June", "2021-06", kPub},
    {"the plan, delayed since November, resumes", "November", "2020-11", kPub},
    {"elections due in September", "September", "2021-09", kPub},
    {"prices rose in March", "March", ""},
    // slashes only where unambiguous
    {"on 13/04/2021 he left", "13/04/2021", "2021-04-13"},
    {"on 04/13/2021 he left", "04/13/2021", "2021-04-13"},
    {"on 06/06/2021 he left", "06/06/2021", "2021-06-06"},
    // relative to publication
    {"the Foreign Office said on Friday.", "Friday", "2021-04-02", kPub},
    {"Lavrov arrived on Tuesday for talks", "Tuesday", "2021-04-06", kPub},
    {"The talks were held on Wednesday", "Wednesday", "2021-04-07", kPub},
    {"Lavrov arrived on Tuesday for talks", "Tuesday", ""},
    {"He arrived yesterday for talks", "yesterday", "2021-04-06", kPub},
    {"He arrives today for talks", "today", "2021-04-07", kPub},
    {"He leaves tomorrow after talks", "tomorrow", "2021-04-08", kPub},
    {"He arrived yesterday for talks", "yesterday", ""},
    {"Prices rose last month", "last month", "2021-03", kPub},
    {"Prices rose last month", "last month", "2021-12", "2022-01-15"},
    {"Prices rose last year", "last year", "2020", kPub},
    {"Prices rose this year", "this year", "2021", kPub},
    {"He met the envoy last Tuesday", "last Tuesday", "2021-04-06", kPub},
    {"He met the envoy last Wednesday", "last Wednesday", "2021-03-31", kPub},
    {"He meets the envoy next Monday", "next Monday", "2021-04-12", kPub},
    {"Prices rose last month", "last month", ""},
    // "this Friday" is the Friday of the article's week; a weekday after
    // "will" or "scheduled" is the next one (2022-11-14 was a Monday).
    {"the judge will rule this Friday, Nov. 18", "this Friday", "2022-11-18", "2022-11-14"},
    {"the judge ruled this Monday", "this Monday", "2022-11-14", "2022-11-19"},
    {"she is scheduled to be sentenced on Friday", "Friday", "2022-11-18", "2022-11-14"},
    {"she was sentenced on Friday", "Friday", "2022-11-11", "2022-11-14"},
    // A month after a past tense is the one behind the article (2022-11-18).
    {"She was found guilty in January of fraud", "January", "2022-01", "2022-11-18"},
    {"A jury convicted Holmes, 38, in January after a trial", "January", "2022-01", "2022-11-18"},
    {"She was ordered to surrender in January", "January", "2023-01", "2022-11-18"},
    {"Talks resume in January", "January", "2023-01", "2022-11-18"},
    // A day more than a month ahead with nothing looking ahead is behind.
    {"In this photo from Jan. 3, Holmes leaves court", "Jan. 3", "2022-01-03", "2022-11-18"},
    {"Holmes will report to prison on Jan. 3", "Jan. 3", "2023-01-03", "2022-11-18"},
    {"the talks on Dec. 1 ended", "Dec. 1", "2022-12-01", "2022-11-18"},
    {"She need not surrender until April 27", "April 27", "2023-04-27", "2022-11-18"},
    // A month or day with "last year", "this year" or "next year" is in that year,
    // not the nearest one (2023-10-08: "September" alone is 2023-09).
    {"He set the record in Berlin in September last year", "September last year", "2022-09", "2023-10-08"},
    {"the record set on Sept. 25 last year", "Sept. 25 last year", "2022-09-25", "2023-10-08"},
    {"the record set in September of last year", "September of last year", "2022-09", "2023-10-08"},
    {"the race returns in March next year", "March next year", "2024-03", "2023-10-08"},
    {"In September, last year's record fell", "September", "2023-09", "2023-10-08"},
};

TEST_CASE("dates are read and resolved against the publication date", "[extract][dates]") {
  for (const DateRow& row : kDateRows) check_date_row(row);
}

const NoValueRow kNotDates[] = {
    {"He arrived on February 30."},
    {"He arrived on 30 February 2021."},
    {"He arrived on 2021-02-30."},
    {"He arrived on 2021-13-01."},
    {"on 05/06/2021 he left"},
    {"we may see him"},
    {"they march on"},
    {"March on, he said"},
    {"a new year's day of hope"},  // not capitalised: not the holiday
    {"New York and New Delhi"},
    {"Christmas shopping"},
    {"May God bless"},
    {"the August assembly"},
    {"Covid-19 April surge"},
};

TEST_CASE("a day that last year did not have is invalid and unresolved", "[extract][dates]") {
  // 2022 was no leap year: "February 29 last year" names no day.
  const auto v = value_at("on February 29 last year", "February 29 last year", context_for("2023-10-08"));
  REQUIRE(v.has_value());
  CHECK(v->invalid);
  CHECK_FALSE(v->resolved);
}

TEST_CASE("impossible and ambiguous dates are not values", "[extract][dates]") {
  for (const NoValueRow& row : kNotDates) check_no_value(row);
}

TEST_CASE("a date range gives both days", "[extract][dates]") {
  const std::string_view text = "the visit on 6-7 April 2021 ended";
  const auto values = find_values(text);
  REQUIRE(values.size() == 2);
  CHECK(to_iso(values[0].date) == "2021-04-06");
  CHECK(text.substr(values[0].begin, values[0].end - values[0].begin) == "6");
  CHECK(to_iso(values[1].date) == "2021-04-07");
  CHECK(text.substr(values[1].begin, values[1].end - values[1].begin) == "7 April 2021");
}

TEST_CASE("two days joined by 'and' share their month", "[extract][dates]") {
  const auto values = find_values("talks on 6 and 7 April 2021", context_for(""));
  REQUIRE(values.size() == 2);
  CHECK(to_iso(values[0].date) == "2021-04-06");
  CHECK(to_iso(values[1].date) == "2021-04-07");
}

}  // namespace
}  // namespace factlint::extract::testing
