#include "checker/util/moment.h"

#include <fmt/format.h>

namespace factlint {

namespace {

bool digits(std::string_view s, std::size_t n) {
  if (s.size() < n) return false;
  for (std::size_t i = 0; i < n; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

int number(std::string_view s) {
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  return n;
}

bool fail(std::string* why, std::string reason) {
  if (why) *why = std::move(reason);
  return false;
}

// "+08:00", "+0800", "+08", "Z": minutes east of UTC.
bool read_zone(std::string_view z, int& offset, std::string* why) {
  if (z == "Z" || z == "z") {
    offset = 0;
    return true;
  }
  if (z.empty() || (z[0] != '+' && z[0] != '-'))
    return fail(why, fmt::format("'{}' is not a UTC offset: write the zone as +08:00, -05:00 or Z", z));
  const int sign = z[0] == '-' ? -1 : 1;
  std::string_view rest = z.substr(1);
  int hours = 0, minutes = 0;
  if (rest.size() == 2 && digits(rest, 2)) {
    hours = number(rest);
  } else if (rest.size() == 4 && digits(rest, 4)) {
    hours = number(rest.substr(0, 2));
    minutes = number(rest.substr(2));
  } else if (rest.size() == 5 && digits(rest, 2) && rest[2] == ':' && digits(rest.substr(3), 2)) {
    hours = number(rest.substr(0, 2));
    minutes = number(rest.substr(3));
  } else {
    return fail(why, fmt::format("'{}' is not a UTC offset: write the zone as +08:00, -05:00 or Z", z));
  }
  offset = sign * (hours * 60 + minutes);
  if (minutes >= 60 || offset < -12 * 60 || offset > 14 * 60)
    return fail(why, fmt::format("the zone {} does not exist: UTC offsets run from -12:00 to +14:00", z));
  return true;
}

}  // namespace

std::optional<DateTime> parse_date_time(std::string_view text, std::string* why) {
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  DateTime out;
  if (text.size() < 10 || !digits(text, 4) || text[4] != '-' || !digits(text.substr(5), 2) || text[7] != '-' ||
      !digits(text.substr(8), 2)) {
    fail(why, fmt::format("'{}' is not a date: write it as 2014-08-06, or 2014-08-06T08:00+08:00 with a time", text));
    return std::nullopt;
  }
  const auto day = parse_iso_date(text.substr(0, 10));
  if (!day) {
    fail(why, fmt::format("{} is not a day of the calendar", text.substr(0, 10)));
    return std::nullopt;
  }
  out.day = *day;
  std::string_view t = text.substr(10);
  if (t.empty()) return out;
  if (t[0] != 'T' && t[0] != 't' && t[0] != ' ') {
    fail(why, fmt::format("'{}' is not a date-time: put 'T' between the date and the time", text));
    return std::nullopt;
  }
  t.remove_prefix(1);
  if (!digits(t, 2) || t.size() < 5 || t[2] != ':' || !digits(t.substr(3), 2)) {
    fail(why, fmt::format("'{}' has no time of day after the date: write hours and minutes, e.g. T08:00", text));
    return std::nullopt;
  }
  const int hour = number(t.substr(0, 2)), minute = number(t.substr(3, 2));
  if (hour > 23 || minute > 59) {
    fail(why, fmt::format("{} is not a time of day", t.substr(0, 5)));
    return std::nullopt;
  }
  out.minutes = hour * 60 + minute;
  t.remove_prefix(5);
  if (t.size() >= 3 && t[0] == ':' && digits(t.substr(1), 2)) {
    t.remove_prefix(3);
    if (!t.empty() && t[0] == '.') {
      t.remove_prefix(1);
      while (!t.empty() && t[0] >= '0' && t[0] <= '9') t.remove_prefix(1);
    }
  }
  while (!t.empty() && t[0] == ' ') t.remove_prefix(1);
  if (t.empty()) return out;  // no zone
  int offset = 0;
  if (!read_zone(t, offset, why)) return std::nullopt;
  out.utc_offset = offset;
  return out;
}

std::string to_text(const DateTime& t) {
  std::string s = to_iso(t.day);
  if (t.minutes) s += fmt::format(" {:02}:{:02}", *t.minutes / 60, *t.minutes % 60);
  if (t.utc_offset) {
    const int a = *t.utc_offset < 0 ? -*t.utc_offset : *t.utc_offset;
    s += *t.utc_offset == 0 ? std::string(" UTC") : fmt::format(" {}{:02}:{:02}", *t.utc_offset < 0 ? '-' : '+', a / 60, a % 60);
  }
  return s;
}

Span span_of(const DateTime& t, int zone) {
  const long long midnight = static_cast<long long>(days_from_civil(t.day.year, t.day.month, t.day.day)) * 1440;
  const int offset = t.utc_offset.value_or(zone);
  if (!t.minutes) return {midnight - offset, midnight + 1439 - offset};
  const long long at = midnight + *t.minutes - offset;
  return {at, at};
}

}  // namespace factlint
