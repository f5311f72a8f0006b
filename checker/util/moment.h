// Moments in time for timelines (a fact's `as_of`, an article's publication
// and update times): an ISO 8601 date or date-time, and the stretch of UTC it
// may stand for. A date alone ("2014-08-06") is a whole day; a date-time with
// a zone ("2014-08-06T08:00+08:00") one minute.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "checker/util/date.h"

namespace factlint {

// A date, with the time of day and UTC offset when given.
struct DateTime {
  Date day;                       // day precision
  std::optional<int> minutes;     // after midnight, 0-1439
  std::optional<int> utc_offset;  // minutes east of UTC: +08:00 -> 480, Z -> 0

  friend bool operator==(const DateTime&, const DateTime&) = default;
};

// Parses "2014-08-06", "2014-08-06T08:00+08:00", "2014-08-06T08:00:00Z",
// "2014-08-06 08:00 +0800" (seconds and fractions are read and dropped).
// On failure, nullopt and `why` says what is wrong ("the hour 25 does not
// exist", "the zone +15:00 does not exist: UTC offsets run from -12:00 to +14:00").
std::optional<DateTime> parse_date_time(std::string_view text, std::string* why = nullptr);

// "2014-08-06", "2014-08-06 08:00 +08:00", "2014-08-06 08:00" (no zone).
std::string to_text(const DateTime& t);

// Minutes since 1970-01-01 00:00 UTC, as an inclusive range: the moment a
// date-time names, or every minute of a day. A date, or a time without a
// zone, is read in `zone` (minutes east of UTC).
struct Span {
  long long earliest = 0;
  long long latest = 0;

  friend bool operator==(const Span&, const Span&) = default;
};
Span span_of(const DateTime& t, int zone);

// Whether a date-time names a moment (a time with its zone), not a day.
inline bool is_moment(const DateTime& t) { return t.minutes && t.utc_offset; }

}  // namespace factlint
