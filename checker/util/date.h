// Calendar dates as the checker needs them: a proleptic Gregorian day with the
// precision it was stated at ("2019", "June 2019", "last week", "13 June 2019").
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace factlint {

// kWeek: an ISO week (Monday to Sunday), as "last week" states it; added after v1.
enum class DatePrecision { kDay, kMonth, kYear, kWeek };

struct Date {
  int year = 0;
  int month = 0;  // 1-12; 0 when precision is kYear
  int day = 0;    // 1-31; 0 unless precision is kDay or kWeek (the week's Monday)
  DatePrecision precision = DatePrecision::kDay;
  // Added after v1: a part of a month or year ("early July", "mid-July", "the
  // end of July", "late 2023"), with precision kMonth or kYear. 0: the whole.
  // Early is days 1-10 of a month (January-April of a year), mid 10-20 (May-August),
  // late 20 to the end (September-December); neighbouring parts overlap.
  int part = 0;  // 0 whole, 1 early, 2 mid, 3 late

  friend bool operator==(const Date&, const Date&) = default;
};

bool is_valid_date(int year, int month, int day);
int days_in_month(int year, int month);

// Days since 1970-01-01 for a day-precision date, and back.
long days_from_civil(int year, int month, int day);
Date civil_from_days(long days);

// 0 = Monday ... 6 = Sunday.
int weekday(const Date& date);

// The week (Monday to Sunday) holding a day-precision date: a kWeek Date.
Date week_of(const Date& day);

// "2021-04-06", "2021-04", "2021", "2021-W14" (ISO 8601 week) according to precision;
// a part of a month or year as "early-2021-04", "mid-2021", "late-2021-07".
std::string to_iso(const Date& date);

// Parses "YYYY-MM-DD", "YYYY-MM", "YYYY", "YYYY-Www" or a part ("mid-YYYY-MM");
// nullopt if malformed or impossible.
std::optional<Date> parse_iso_date(std::string_view text);

// True when two dates agree at the coarser of their precisions:
// "June 2019" is consistent with 2019-06-13, "July 2019" is not. A week is
// consistent with a day inside it and with a month or year it overlaps.
bool consistent(const Date& a, const Date& b);

}  // namespace factlint
