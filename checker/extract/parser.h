// Shared pieces of the value parser: the token cursor every matcher reads,
// the Match a matcher returns, and the matchers themselves (one file each:
// numbers, percents and counts, money, dates, durations). Internal.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include "checker/extract/lexicon.h"
#include "checker/extract/tokens.h"
#include "checker/extract/value.h"

namespace factlint::extract::detail {

struct Env {
  std::string_view text;
  const std::vector<Token>& tokens;
  std::optional<Date> published;
  bool expect_mode = false;  // parsing a fact sheet's `expect`: lower-case months etc.
  DateOrder date_order = DateOrder::kUnknown;
  const std::vector<std::pair<std::string, std::string>>* currencies = nullptr;

  // What a currency name without its country means here: the newsroom's
  // setting for it, else the name's default, else the name itself ("dinars").
  std::string currency_for(const CurrencyName& name) const {
    if (currencies)
      for (const auto& [family, code] : *currencies)
        if (family == name.family) return code;
    return std::string(name.code.empty() ? name.family : name.code);
  }

  std::size_t size() const { return tokens.size(); }
  const Token* at(std::size_t i) const { return i < tokens.size() ? &tokens[i] : nullptr; }
  bool word(std::size_t i, std::string_view w) const {
    const Token* t = at(i);
    return t && t->kind == TokenKind::kWord && t->lower == w;
  }
  bool punct(std::size_t i, std::string_view p) const {
    const Token* t = at(i);
    return t && t->kind == TokenKind::kPunct && t->lower == p;
  }
  // Token i follows token i-1 with no space ("Covid-19": '-' and "19").
  bool adjacent(std::size_t i) const {
    const Token* t = at(i);
    return t && i > 0 && !t->space_before;
  }
  bool is_number(std::size_t i) const {
    const Token* t = at(i);
    return t && t->kind == TokenKind::kNumber;
  }
};

// What a matcher found at a token: a value spanning tokens [first, next), or
// `suppress` to consume tokens that must not be read as values ("Covid-19", "10:30").
struct Match {
  Value value;
  std::size_t next = 0;
  bool suppress = false;
};

// A bare quantity: "50,000", "5bn", "fifty thousand", "one and a half million".
struct Quantity {
  double number = 0;
  std::size_t next = 0;
  bool from_digits = false;
  bool plain_integer = false;  // digits only: no separators, decimals or scale
  bool has_scale = false;
  bool word_one = false;       // the lone word "one": a value only with a unit
  bool article = false;        // "a"/"an" alone: only "a week", "a decade"
  bool absurd = false;         // overflowed: consumed, never reported
};

Value make_value(const Env& env, ValueKind kind, double number, std::size_t first,
                 std::size_t next);

// numbers.cc
std::optional<Match> blocked_number(const Env& env, std::size_t i);
std::optional<Quantity> parse_quantity(const Env& env, std::size_t i);
// percents.cc: percent, percentage points, counts with units, years, plain numbers.
std::optional<Match> match_quantity(const Env& env, std::size_t i);
// money.cc: "US$100 billion", "Rs5bn", "€3m" (prefix forms).
std::optional<Match> match_money_prefix(const Env& env, std::size_t i);
// money.cc: "100 billion dollars" (currency after a quantity).
std::optional<Match> match_money_suffix(const Env& env, const Quantity& q, std::size_t i);
// durations.cc: "two days", "2-day", "a decade"; ordinals "10th", "tenth".
std::optional<Match> match_duration(const Env& env, const Quantity& q, std::size_t i);
std::optional<Match> match_ordinal(const Env& env, std::size_t i);
// "tenth", "twenty-second", "one hundred and first": the ordinal and the token after it.
std::optional<std::pair<int, std::size_t>> ordinal_words(const Env& env, std::size_t i);
// dates.cc
std::optional<Match> match_date(const Env& env, std::size_t i);
// measures.cc: "10 km", "6.5-magnitude", "35 degrees Celsius" (unit after the
// quantity) and "magnitude 6.1", "M6.1" (before it).
std::optional<Match> match_measure_suffix(const Env& env, const Quantity& q, std::size_t i);
std::optional<Match> match_measure_prefix(const Env& env, std::size_t i);
// The token after a unit of measurement starting at j ("km", "square kilometres",
// "km/h"), with the unit's symbol; nullopt if none.
std::optional<std::pair<std::string_view, std::size_t>> measure_unit_at(const Env& env, std::size_t j);
// times.cc: "4:30 pm", "16:30 local time", "0830 GMT", "noon Beijing time".
std::optional<Match> match_time(const Env& env, std::size_t i);
// times.cc: an elapsed time written as a clock, a duration in seconds:
// "2:00:35", "3:43.13", "58:01"; nullopt for what reads as a time of day.
std::optional<Match> match_elapsed(const Env& env, std::size_t i);
std::string fmt_offset(int sign, int hours, int minutes);  // "+08:00"
// Joins each value into the kept one before it where `join(kept, value,
// between)` says so, having changed `kept` ("3 minutes and 27 seconds" is one
// duration); in place and in one pass, however many values a sentence holds.
// `between` is the text between the two without the spaces at its ends;
// values that overlap are never joined.
template <class Join>
void join_neighbours(std::string_view text, std::vector<Value>& values, Join join) {
  std::size_t kept = 0;
  for (std::size_t k = 1; k < values.size(); ++k) {
    Value& a = values[kept];
    Value& b = values[k];
    if (b.begin >= a.end) {
      std::string_view between = text.substr(a.end, b.begin - a.end);
      while (!between.empty() && between.front() == ' ') between.remove_prefix(1);
      while (!between.empty() && between.back() == ' ') between.remove_suffix(1);
      if (join(a, b, between)) continue;
    }
    if (++kept != k) values[kept] = std::move(b);
  }
  if (!values.empty()) values.resize(kept + 1);
}
// ranges.cc: "40-46 percent", "$5-6 billion", "5 to 10 people": a bare figure
// joined to a typed one by "-" or "to" takes its kind, unit and scale.
void link_ranges(std::string_view text, std::vector<Value>& values);
// ranges.cc: "one in three children", "1 in 5 adults", "3 out of 4 voters": a
// share (1/3), not a count of three children; read before link_ranges.
void join_ratios(std::string_view text, std::vector<Value>& values);
// durations.cc: "3 minutes and 27 seconds", "2 hours 5 minutes", "two years
// and three months": one duration, in the smaller unit.
void join_duration_parts(std::string_view text, std::vector<Value>& values);
// dates.cc: "September last year", "Sept. 25 last year", "March of next year":
// one date, in the year the words give (not the nearest September).
void join_relative_years(std::string_view text, std::vector<Value>& values);

}  // namespace factlint::extract::detail
