// Value: a quantity, date or duration stated in text, as the value parser
// finds it in an article sentence or in a fact sheet's `expect`.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/extract/tokens.h"
#include "checker/util/date.h"

namespace factlint::extract {

// kMeasure and kTime were added after v1: a quantity with a unit of
// measurement ("10 km", "6.5-magnitude") and a time of day ("4:30 pm local time").
enum class ValueKind { kNumber, kPercent, kCount, kMoney, kDate, kDuration, kYear, kOrdinal, kMeasure, kTime };

std::string_view kind_name(ValueKind kind);  // "number", "percent", ... as in the JSON

// How the text qualifies the figure: "about 50,000" is approximate, "nearly
// 600" approximate from below, "more than 60,000" a lower bound.
enum class Hedge { kNone, kApprox, kAtLeast, kMoreThan, kAtMost, kLessThan, kNearly };

// "rose 46 percent" / "fell 3 percent": the figure stays positive, the
// direction is kept apart. "minus 5" is a negative number instead.
enum class Direction { kNone, kUp, kDown };

struct Value {
  ValueKind kind = ValueKind::kNumber;
  // number, percent, count, money amount, duration amount, year, ordinal.
  double number = 0;
  // count: the unit word(s), lower case ("doses", "cubic feet");
  // money: ISO 4217 code ("USD"; "XDR" for the IMF's Special Drawing Rights), or the
  // currency's plural name when the text does not say which country's ("dinars");
  // duration: "days", "weeks", "months", "years", "hours", "minutes", "seconds"
  // (an elapsed time written as a clock, "2:00:35", is seconds: 7235);
  // measure: the unit's symbol ("km", "mi", "ha", "degC", "magnitude"; see measure_unit());
  // time: the zone as written, normalised ("" none, "local", "UTC", "+08:00").
  std::string unit;
  Date date;               // kind == kDate
  bool resolved = true;    // false: relative date with no publication date
  Hedge hedge = Hedge::kNone;
  std::size_t begin = 0;   // byte offsets into the parsed text, end exclusive
  std::size_t end = 0;
  // Added after v1: where the hedge's words start ("nearly" in "nearly 600"),
  // for messages that quote the article; == begin when there is no hedge.
  std::size_t hedge_begin = 0;
  // Added after v1: which way the text says the figure moved ("fell 3 percent"
  // keeps 3 with kDown), so a comparison can tell a rise from a fall.
  Direction direction = Direction::kNone;
  // Added after v1: the text names an impossible value ("February 30", "the 45th
  // of March"). It is reported by `factlint values` but never compared; it also
  // has resolved=false, so a caller that ignores this flag still finds no contradiction.
  bool invalid = false;
  // Added after v1: where the figure itself stands when the value's words
  // surround it ("6.5" in "6.5-magnitude", "6.1" in "magnitude 6.1"), so a
  // sheet's `pattern` slot can name the figure. Equal to begin/end otherwise.
  std::size_t figure_begin = 0;
  std::size_t figure_end = 0;
};

// How to read a numeric date whose day and month could be swapped ("05/04/2021").
enum class DateOrder { kUnknown, kDayFirst, kMonthFirst };

struct ParseContext {
  std::optional<Date> published;  // anchors "on Tuesday", "yesterday", ...
  // Added after v1. Unknown: an ambiguous numeric date is not read (never guessed).
  DateOrder date_order = DateOrder::kUnknown;
  // Added after v1: what a currency name that does not say its country means
  // ("rupees" -> "INR"), keyed by the plural name in lower case. Names not
  // listed use the defaults: "$"/dollars USD, rupees PKR, pounds GBP; others
  // (dinars, pesos, shillings, francs, ...) keep their name as the unit.
  std::vector<std::pair<std::string, std::string>> currencies;
};

// Every value in `text`, in order of position, non-overlapping.
std::vector<Value> find_values(std::string_view text, const ParseContext& context = {});
// The same, with `text`'s tokens made already (detail::tokenize(text)): a
// stage that reads the words around the values too tokenizes once.
std::vector<Value> find_values(std::string_view text, const std::vector<detail::Token>& tokens,
                               const ParseContext& context);

// A fact sheet's `expect`: the whole text must be exactly one value
// ("46%", "50,000 doses", "2021-04-06", "2 days", "since 2012", "US$100 billion").
std::optional<Value> parse_expect(std::string_view text);

// parse_expect, and when it fails, why: "'12 July' has no year", "unknown currency
// code 'XYZ'", with the forms that are accepted. `reason` is empty on success.
struct ExpectParse {
  std::optional<Value> value;
  std::string reason;
};
ExpectParse parse_expect_explained(std::string_view text, const ParseContext& context = {});

// A unit of measurement: its symbol, the dimension it measures and the factor
// that converts it to that dimension's base (km -> m x 1000). Lower-case words
// or symbols: "km", "kilometres", "miles", "hectares", "bcf/d", "degrees celsius".
struct MeasureUnit {
  std::string_view symbol;     // "km"
  std::string_view dimension;  // "length", "mass", "area", "volume", "speed", "temperature", "magnitude", ...
  double factor = 1;           // to the dimension's base unit
  double offset = 0;           // temperature: base = value * factor + offset
};
std::optional<MeasureUnit> measure_unit(std::string_view symbol_or_word);

// The zone of the events a text reports, from the first time of day it gives
// in a named zone ("16:30 Beijing time", "8 am IST", "GMT+8"): minutes east of
// UTC. UTC itself and "local time" name no place and are skipped; nullopt if none.
std::optional<int> event_utc_offset(std::string_view text);

// A time value's zone as minutes east of UTC: "+08:00" -> 480, "UTC" -> 0;
// nullopt for "local" and "" (no zone named).
std::optional<int> zone_offset_minutes(std::string_view zone);

// "46%", "50,000 doses", "2021-04-06", "2 days", "US$100 billion": how a value
// reads in a message. The hedge is not included: callers prefix hedge_name().
std::string describe(const Value& value);

// "doses" -> "dose", "cubic feet" -> "cubic foot", "Kashmiris" -> "kashmiri":
// lower-case singular form, so "50,000 doses" and "1 dose" compare by unit.
std::string singular_unit(std::string_view unit);

std::string_view hedge_name(Hedge hedge);  // "", "about", "at least", "more than", ...

}  // namespace factlint::extract
