// Times of day with their zone: "4:30 pm", "4.30pm", "16:30 local time",
// "0830 GMT", "9:59 p.m. local time", "noon Beijing time", "5 pm", "midnight".
// The value is minutes after midnight; the unit is the zone as written,
// normalised: "" (none), "local", "UTC", or an offset ("+08:00").
// Also elapsed times written as a clock, "2:00:35" (a marathon), "3:43.13" (a
// mile), "58:01": durations in seconds.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "checker/extract/parser.h"

namespace factlint::extract::detail {
namespace {

// Zone abbreviations and their offsets from UTC.
std::optional<std::string_view> zone_code(std::string_view w) {
  static constexpr std::pair<std::string_view, std::string_view> kZones[] = {
      {"utc", "UTC"},     {"gmt", "UTC"},     {"z", "UTC"},       {"ist", "+05:30"},  {"pkt", "+05:00"},
      {"est", "-05:00"},  {"edt", "-04:00"},  {"cdt", "-05:00"},  {"pst", "-08:00"},  {"pdt", "-07:00"},
      {"cet", "+01:00"},  {"cest", "+02:00"}, {"bst", "+01:00"},  {"jst", "+09:00"},  {"kst", "+09:00"},
      {"wat", "+01:00"},  {"eat", "+03:00"},  {"cat", "+02:00"},  {"sast", "+02:00"}, {"aest", "+10:00"},
      {"aedt", "+11:00"}, {"bjt", "+08:00"},  {"hkt", "+08:00"},  {"sgt", "+08:00"},  {"pht", "+08:00"},
      {"wib", "+07:00"},  {"ict", "+07:00"},  {"msk", "+03:00"},  {"trt", "+03:00"},  {"ast", "+03:00"},
      {"npt", "+05:45"},  {"bdt", "+06:00"},  {"eet", "+02:00"},  {"eest", "+03:00"}};
  for (const auto& [name, code] : kZones)
    if (name == w) return code;
  return std::nullopt;
}

// "Beijing time", "Tokyo time": a city's or country's time.
std::optional<std::string_view> place_zone(std::string_view w) {
  static constexpr std::pair<std::string_view, std::string_view> kPlaces[] = {
      {"beijing", "+08:00"}, {"china", "+08:00"}, {"tokyo", "+09:00"}, {"japan", "+09:00"},
      {"moscow", "+03:00"},  {"istanbul", "+03:00"}, {"ankara", "+03:00"}, {"delhi", "+05:30"},
      {"india", "+05:30"},   {"pakistan", "+05:00"}, {"karachi", "+05:00"}, {"islamabad", "+05:00"},
      {"manila", "+08:00"},  {"jakarta", "+07:00"}, {"bangkok", "+07:00"}, {"seoul", "+09:00"},
      {"cairo", "+02:00"},   {"nairobi", "+03:00"}, {"lagos", "+01:00"}, {"tehran", "+03:30"},
      {"kathmandu", "+05:45"}, {"dhaka", "+06:00"}, {"london", "+00:00"}, {"riyadh", "+03:00"}};
  for (const auto& [name, code] : kPlaces)
    if (name == w) return code;
  return std::nullopt;
}

struct Zone {
  std::string code;
  std::size_t next = 0;
};

// The zone after a time ending before token j: "local time", "UTC", "GMT+8",
// "Beijing time", "(0830 GMT)" is read separately.
std::optional<Zone> zone_at(const Env& env, std::size_t j) {
  const Token* t = env.at(j);
  if (!t || t->kind != TokenKind::kWord) return std::nullopt;
  if (t->lower == "local" && env.word(j + 1, "time")) return Zone{"local", j + 2};
  if (t->capitalized && env.word(j + 1, "time")) {
    if (auto z = place_zone(t->lower)) return Zone{std::string(*z), j + 2};
  }
  if (!t->all_upper) return std::nullopt;
  auto z = zone_code(t->lower);
  if (!z) return std::nullopt;
  std::string code(*z);
  std::size_t next = j + 1;
  // "GMT+8", "UTC+05:30", "UTC-3"
  if (code == "UTC" && (env.punct(next, "+") || env.punct(next, "-")) && env.adjacent(next) && env.is_number(next + 1) &&
      env.adjacent(next + 1)) {
    const Token& h = env.tokens[next + 1];
    if (!h.decimal && h.number <= 14) {
      int minutes = 0;
      std::size_t after = next + 2;
      if (env.punct(after, ":") && env.adjacent(after) && env.is_number(after + 1) && env.adjacent(after + 1)) {
        minutes = static_cast<int>(env.tokens[after + 1].number);
        after += 2;
      }
      code = fmt_offset(env.tokens[next].lower == "-" ? -1 : 1, static_cast<int>(h.number), minutes);
      next = after;
    }
  }
  return Zone{code, next};
}

}  // namespace

std::string fmt_offset(int sign, int hours, int minutes) {
  return fmt::format("{}{:02d}:{:02d}", sign < 0 ? '-' : '+', hours, minutes);
}

namespace {

// "am", "pm", "a.m.", "p.m.", "AM": +0 / +12 hours, and the token after.
std::optional<std::pair<bool, std::size_t>> meridiem_at(const Env& env, std::size_t j) {
  const Token* w = env.at(j);
  if (!w || w->kind != TokenKind::kWord) return std::nullopt;
  if (w->lower == "am" || w->lower == "pm") return std::make_pair(w->lower == "pm", j + 1);
  if ((w->lower == "a" || w->lower == "p") && env.punct(j + 1, ".") && env.adjacent(j + 1) && env.word(j + 2, "m") &&
      env.adjacent(j + 2))
    return std::make_pair(w->lower == "p", env.punct(j + 3, ".") && env.adjacent(j + 3) ? j + 4 : j + 3);
  return std::nullopt;
}

Match time_match(const Env& env, int minutes, std::size_t first, std::size_t next) {
  Match m;
  m.value = make_value(env, ValueKind::kTime, minutes, first, next);
  m.next = next;
  if (auto zone = zone_at(env, next)) {
    m.value.unit = zone->code;
    m.value.end = env.tokens[zone->next - 1].end;
    m.next = zone->next;
  }
  return m;
}

}  // namespace

std::optional<Match> match_elapsed(const Env& env, std::size_t i) {
  const auto clean = [](const Token& t) { return t.kind == TokenKind::kNumber && !t.grouped && !t.dotted && !t.overflow; };
  const auto colon_then_number = [&](std::size_t k) {
    return env.punct(k, ":") && env.adjacent(k) && env.is_number(k + 1) && env.adjacent(k + 1) &&
           clean(env.tokens[k + 1]) && env.tokens[k + 1].digits == 2;
  };
  const Token& h = env.tokens[i];
  if (!clean(h) || h.decimal || h.digits > 2 || !colon_then_number(i + 1)) return std::nullopt;
  const Token& m = env.tokens[i + 2];
  double seconds = 0;
  std::size_t next = i + 3;
  if (!m.decimal && colon_then_number(i + 3)) {
    // "2:00:35", "2:00:35.2": a clock's hour has two digits ("16:30:05",
    // "04:17:35"), unless the seconds have a fraction no clock gives.
    const Token& s = env.tokens[i + 4];
    if (m.number > 59 || s.number >= 60 || (h.digits == 2 && !s.decimal)) return std::nullopt;
    seconds = h.number * 3600 + m.number * 60 + s.number;
    next = i + 5;
  } else if (m.number < 60 && (m.decimal || h.number > 24)) {
    seconds = h.number * 60 + m.number;  // "3:43.13", "58:01": no clock reads so
  } else {
    return std::nullopt;
  }
  // Words that make it a time of day: "at 2:00:35", "2:00:35 pm", "2:00:35 GMT".
  static constexpr std::string_view kClockBefore[] = {"at", "until", "till", "from", "since", "before"};
  if (i > 0 && env.tokens[i - 1].kind == TokenKind::kWord &&
      std::find(std::begin(kClockBefore), std::end(kClockBefore), env.tokens[i - 1].lower) != std::end(kClockBefore))
    return std::nullopt;
  if (meridiem_at(env, next) || zone_at(env, next)) return std::nullopt;
  Match match;
  match.value = make_value(env, ValueKind::kDuration, seconds, i, next);
  match.value.unit = "seconds";
  match.next = next;
  return match;
}

std::optional<Match> match_time(const Env& env, std::size_t i) {
  const Token& t = env.tokens[i];
  if (t.kind == TokenKind::kWord) {
    // "noon", "midday", "midnight"
    if (t.lower == "noon" || t.lower == "midday") return time_match(env, 12 * 60, i, i + 1);
    if (t.lower == "midnight") return time_match(env, 0, i, i + 1);
    return std::nullopt;
  }
  if (t.kind != TokenKind::kNumber || t.grouped || t.dotted || t.overflow) return std::nullopt;
  int hours = -1, minutes = 0;
  std::size_t next = i + 1;
  if (!t.decimal && t.digits <= 2 && env.punct(i + 1, ":") && env.adjacent(i + 1) && env.is_number(i + 2) &&
      env.adjacent(i + 2)) {
    // "16:30", "4:30 pm"
    const Token& mm = env.tokens[i + 2];
    if (mm.decimal || mm.digits != 2 || mm.number > 59 || t.number > 24) return std::nullopt;
    hours = static_cast<int>(t.number);
    minutes = static_cast<int>(mm.number);
    next = i + 3;
    // "16:30:05": seconds are dropped.
    if (env.punct(next, ":") && env.adjacent(next) && env.is_number(next + 1) && env.adjacent(next + 1)) next += 2;
  } else if (t.decimal) {
    // "4.30pm": the British way, only with am/pm.
    const std::string_view raw = env.text.substr(t.begin, t.end - t.begin);
    const std::size_t dot = raw.find('.');
    if (dot == std::string_view::npos || raw.size() - dot - 1 != 2 || dot > 2 || !meridiem_at(env, i + 1))
      return std::nullopt;
    hours = static_cast<int>(t.number);
    minutes = static_cast<int>(std::lround((t.number - hours) * 100));
  } else if (t.digits == 4 && !t.grouped) {
    // "0830 GMT", "1630 hrs", "0830 local time": 24-hour with a zone or "hrs".
    const int n = static_cast<int>(t.number);
    if (n / 100 > 23 || n % 100 > 59) return std::nullopt;
    const bool hrs = env.word(i + 1, "hrs") || env.word(i + 1, "hours");
    auto zone = zone_at(env, hrs ? i + 2 : i + 1);
    if (!hrs && !zone) return std::nullopt;
    // "0830 hours" is military time; "1630 hours" without a zone is a length of time.
    if (env.word(i + 1, "hours") && !t.leading_zero && !zone) return std::nullopt;
    hours = n / 100;
    minutes = n % 100;
    Match m = time_match(env, hours * 60 + minutes, i, hrs ? i + 2 : i + 1);
    return m;
  } else if (t.digits <= 2 && !t.leading_zero) {
    // "5 pm", "5pm", "5 p.m."
    if (!meridiem_at(env, i + 1)) return std::nullopt;
    hours = static_cast<int>(t.number);
  } else {
    return std::nullopt;
  }
  if (auto meridiem = meridiem_at(env, next)) {
    if (hours < 1 || hours > 12) return std::nullopt;
    hours = hours % 12 + (meridiem->first ? 12 : 0);
    next = meridiem->second;
  } else if (hours > 23 && !(hours == 24 && minutes == 0)) {
    return std::nullopt;
  }
  if (env.word(next, "hrs")) ++next;
  return time_match(env, (hours % 24) * 60 + minutes, i, next);
}

}  // namespace factlint::extract::detail

namespace factlint::extract {

std::optional<int> zone_offset_minutes(std::string_view zone) {
  if (zone == "UTC") return 0;
  if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || zone[3] != ':') return std::nullopt;
  const int minutes = ((zone[1] - '0') * 10 + (zone[2] - '0')) * 60 + (zone[4] - '0') * 10 + (zone[5] - '0');
  return zone[0] == '-' ? -minutes : minutes;
}

std::optional<int> event_utc_offset(std::string_view text) {
  const std::vector<detail::Token> tokens = detail::tokenize(text);
  const detail::Env env{text, tokens, std::nullopt};
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const detail::Token& t = tokens[i];
    // Only a time of day can carry a zone: a number, or "noon"/"midnight".
    if (t.kind != detail::TokenKind::kNumber && t.lower != "noon" && t.lower != "midnight" && t.lower != "midday")
      continue;
    const auto m = detail::match_time(env, i);
    if (!m) continue;
    // "UTC" is how a wire times events anywhere: it names no place.
    if (m->value.unit != "UTC")
      if (auto offset = zone_offset_minutes(m->value.unit)) return offset;
    i = m->next - 1;
  }
  return std::nullopt;
}

}  // namespace factlint::extract
