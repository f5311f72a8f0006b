#include "checker/util/date.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <utility>

namespace factlint {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

bool is_valid_date(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= days_in_month(year, month);
}

// Howard Hinnant's days_from_civil / civil_from_days.
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

Date civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d),
              DatePrecision::kDay};
}

int weekday(const Date& date) {
  const long days = days_from_civil(date.year, date.month, date.day);
  // 1970-01-01 was a Thursday (3).
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

Date week_of(const Date& day) {
  Date monday = civil_from_days(days_from_civil(day.year, day.month, day.day) - weekday(day));
  monday.precision = DatePrecision::kWeek;
  return monday;
}

namespace {

// ISO 8601 week-numbering year and week of a Monday: the week belongs to the
// year of its Thursday.
std::pair<int, int> iso_week(const Date& monday) {
  const long thursday = days_from_civil(monday.year, monday.month, monday.day) + 3;
  const int year = civil_from_days(thursday).year;
  const long first_thursday_of_year = [&] {
    const long jan4 = days_from_civil(year, 1, 4);
    const Date d = civil_from_days(jan4);
    return jan4 - weekday(d) + 3;
  }();
  return {year, static_cast<int>((thursday - first_thursday_of_year) / 7) + 1};
}

// First and last day (days since 1970-01-01) a date covers at its precision.
// A part of a month or year covers a third of it, with neighbouring parts
// overlapping: "mid-July" is 10-20 July, "late July" 20-31 July, "early 2023"
// January to April, "mid-2023" April to September, "late 2023" September to December.
std::pair<long, long> day_range(const Date& d) {
  switch (d.precision) {
    case DatePrecision::kYear:
      if (d.part == 1) return {days_from_civil(d.year, 1, 1), days_from_civil(d.year, 4, 30)};
      if (d.part == 2) return {days_from_civil(d.year, 4, 1), days_from_civil(d.year, 9, 30)};
      if (d.part == 3) return {days_from_civil(d.year, 9, 1), days_from_civil(d.year, 12, 31)};
      return {days_from_civil(d.year, 1, 1), days_from_civil(d.year, 12, 31)};
    case DatePrecision::kMonth: {
      const int last = days_in_month(d.year, d.month);
      const int first_day = d.part == 2 ? 10 : d.part == 3 ? 20 : 1;
      const int last_day = d.part == 1 ? 10 : d.part == 2 ? 20 : last;
      return {days_from_civil(d.year, d.month, first_day), days_from_civil(d.year, d.month, last_day)};
    }
    case DatePrecision::kWeek: {
      const long monday = days_from_civil(d.year, d.month, d.day);
      return {monday, monday + 6};
    }
    case DatePrecision::kDay: break;
  }
  const long day = days_from_civil(d.year, d.month, d.day);
  return {day, day};
}

}  // namespace

std::string to_iso(const Date& date) {
  if (date.part >= 1 && date.part <= 3 &&
      (date.precision == DatePrecision::kMonth || date.precision == DatePrecision::kYear)) {
    static constexpr std::string_view kParts[] = {"early", "mid", "late"};
    Date whole = date;
    whole.part = 0;
    return fmt::format("{}-{}", kParts[date.part - 1], to_iso(whole));
  }
  switch (date.precision) {
    case DatePrecision::kWeek: {
      const auto [year, week] = iso_week(date);
      return fmt::format("{:04d}-W{:02d}", year, week);
    }
    case DatePrecision::kYear: return fmt::format("{:04d}", date.year);
    case DatePrecision::kMonth: return fmt::format("{:04d}-{:02d}", date.year, date.month);
    case DatePrecision::kDay: break;
  }
  return fmt::format("{:04d}-{:02d}-{:02d}", date.year, date.month, date.day);
}

static bool parse_digits(std::string_view text, int& out) {
  if (text.empty() || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  auto result = std::from_chars(text.data(), text.data() + text.size(), out);
  return result.ec == std::errc{};
}

std::optional<Date> parse_iso_date(std::string_view text) {
  // "mid-2023-07", "early-2023": a part of a month or year.
  for (const auto& [prefix, part] : {std::pair<std::string_view, int>{"early-", 1}, {"mid-", 2}, {"late-", 3}}) {
    if (!text.starts_with(prefix)) continue;
    std::optional<Date> whole = parse_iso_date(text.substr(prefix.size()));
    if (!whole || (whole->precision != DatePrecision::kMonth && whole->precision != DatePrecision::kYear))
      return std::nullopt;
    whole->part = part;
    return whole;
  }
  Date date;
  if (text.size() == 4) {
    if (!parse_digits(text, date.year) || date.year < 1) return std::nullopt;
    date.precision = DatePrecision::kYear;
    return date;
  }
  if (text.size() == 7 && text[4] == '-') {
    if (!parse_digits(text.substr(0, 4), date.year) || !parse_digits(text.substr(5, 2), date.month))
      return std::nullopt;
    if (date.year < 1 || date.month < 1 || date.month > 12) return std::nullopt;
    date.precision = DatePrecision::kMonth;
    return date;
  }
  if (text.size() == 8 && text[4] == '-' && text[5] == 'W') {
    int week = 0;
    if (!parse_digits(text.substr(0, 4), date.year) || !parse_digits(text.substr(6, 2), week))
      return std::nullopt;
    if (date.year < 1 || date.year > 9999 || week < 1 || week > 53) return std::nullopt;
    const Date jan4{date.year, 1, 4, DatePrecision::kDay};
    Date monday = civil_from_days(days_from_civil(date.year, 1, 4) - weekday(jan4) + 7L * (week - 1));
    monday.precision = DatePrecision::kWeek;
    if (iso_week(monday).first != date.year) return std::nullopt;  // no week 53 that year
    return monday;
  }
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    if (!parse_digits(text.substr(0, 4), date.year) || !parse_digits(text.substr(5, 2), date.month) ||
        !parse_digits(text.substr(8, 2), date.day))
      return std::nullopt;
    if (!is_valid_date(date.year, date.month, date.day)) return std::nullopt;
    return date;
  }
  return std::nullopt;
}

bool consistent(const Date& a, const Date& b) {
  if (a.precision == DatePrecision::kWeek || b.precision == DatePrecision::kWeek || a.part != 0 || b.part != 0) {
    const auto [a_first, a_last] = day_range(a);
    const auto [b_first, b_last] = day_range(b);
    return a_first <= b_last && b_first <= a_last;
  }
  if (a.year != b.year) return false;
  if (a.precision == DatePrecision::kYear || b.precision == DatePrecision::kYear) return true;
  if (a.month != b.month) return false;
  if (a.precision == DatePrecision::kMonth || b.precision == DatePrecision::kMonth) return true;
  return a.day == b.day;
}

}  // namespace factlint
