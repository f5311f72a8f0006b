// Durations ("two-day visit", "53 days", "a decade", "48-hour") and
// ordinals ("10th", "tenth", "twenty-first").
#include "checker/extract/parser.h"

namespace factlint::extract::detail {

std::optional<Match> match_duration(const Env& env, const Quantity& q, std::size_t i) {
  const std::size_t j = q.next;
  // "half a day", "half an hour"
  if (env.word(i, "half") && j == i + 1) return std::nullopt;
  std::optional<DurationUnit> unit;
  std::size_t next = 0;
  if (const Token* w = env.at(j); w && w->kind == TokenKind::kWord) {
    unit = duration_unit(w->lower);
    next = j + 1;
  } else if (env.punct(j, "-") && env.adjacent(j) && env.adjacent(j + 1) && env.at(j + 1) &&
             env.tokens[j + 1].kind == TokenKind::kWord && !q.article) {
    // "two-day visit", "48-hour strike"
    unit = duration_unit(env.tokens[j + 1].lower);
    next = j + 2;
  }
  if (!unit) return std::nullopt;
  // "a second" is an ordinal ("a second quake"), "a day" a duration; so is
  // "second" after any figure but one, unless a hyphen joins them
  // ("nineteen second-graders", "a 10-second delay").
  if (unit->unit == "seconds" && (q.article || (q.number != 1 && env.word(j, "second")))) return std::nullopt;
  Match m;
  m.value = make_value(env, ValueKind::kDuration, q.number * unit->factor, i, next);
  m.value.unit = std::string(unit->unit);
  m.next = next;
  return m;
}

// "first", "tenth", "twenty fifth", "twenty-first", "one hundred twenty-fifth",
// "one hundred and first": ordinal words, and the token after them. An ordinal
// below ten follows a tens word or "hundred"/"thousand"/"and", one from ten up
// only the latter, so that "one second later" and "five tenth graders" are not
// compounds.
std::optional<std::pair<int, std::size_t>> ordinal_words(const Env& env, std::size_t i) {
  const Token* first = env.at(i);
  if (!first || first->kind != TokenKind::kWord) return std::nullopt;
  if (auto n = ordinal_word(first->lower)) return std::make_pair(*n, i + 1);
  enum class Last { kNone, kSmall, kTens, kScale };
  Last last = Last::kNone;
  long total = 0, current = 0;
  std::size_t j = i;
  for (int words = 0; words < 8 && j < env.size(); ++words) {
    const Token& w = env.tokens[j];
    // "twenty-first": a hyphen only after a tens word.
    if (w.kind == TokenKind::kPunct && w.lower == "-" && last == Last::kTens && env.adjacent(j) && env.adjacent(j + 1)) {
      ++j;
      continue;
    }
    if (w.kind != TokenKind::kWord) return std::nullopt;
    if (auto n = ordinal_word(w.lower)) {
      const bool fits = (last == Last::kTens && *n <= 9) || last == Last::kScale;
      if (!fits) return std::nullopt;
      if (*n == 100) current = (current == 0 ? 1 : current) * 100;
      else current += *n;
      return std::make_pair(static_cast<int>(total + current), j + 1);
    }
    const std::optional<int> cardinal = number_word(w.lower);
    if (cardinal && last != Last::kSmall && last != Last::kTens) {
      current += *cardinal;
      last = is_tens_word(w.lower) ? Last::kTens : Last::kSmall;
    } else if (cardinal && *cardinal <= 9 && last == Last::kTens) {
      current += *cardinal;  // "twenty five hundred..."
      last = Last::kSmall;
    } else if (w.lower == "hundred" && (last == Last::kSmall || last == Last::kTens)) {
      current *= 100;
      last = Last::kScale;
    } else if (w.lower == "thousand" && last != Last::kNone && last != Last::kScale) {
      total += current * 1000;
      current = 0;
      last = Last::kScale;
    } else if (w.lower == "and" && last == Last::kScale) {
      // "one hundred and first"
    } else {
      return std::nullopt;
    }
    ++j;
  }
  return std::nullopt;
}

std::optional<Match> match_ordinal(const Env& env, std::size_t i) {
  const Token& t = env.tokens[i];
  Match m;
  if (t.kind == TokenKind::kNumber) {
    const Token* s = env.at(i + 1);
    if (!s || !env.adjacent(i + 1) || s->kind != TokenKind::kWord) return std::nullopt;
    if (s->lower != "st" && s->lower != "nd" && s->lower != "rd" && s->lower != "th")
      return std::nullopt;
    if (t.grouped || t.decimal || t.overflow || t.dotted || t.leading_zero || t.digits > 9)
      return std::nullopt;
    m.value = make_value(env, ValueKind::kOrdinal, t.number, i, i + 2);
    m.next = i + 2;
    return m;
  }
  auto words = ordinal_words(env, i);
  if (!words) return std::nullopt;
  m.value = make_value(env, ValueKind::kOrdinal, words->first, i, words->second);
  m.next = words->second;
  return m;
}

namespace {

// A duration unit's size in the smallest unit of its family (seconds; months),
// and the family: 0 for seconds to weeks, 1 for months to centuries.
struct UnitSize {
  int family = -1;
  double size = 0;
};

UnitSize unit_size(std::string_view unit) {
  if (unit == "seconds") return {0, 1};
  if (unit == "minutes") return {0, 60};
  if (unit == "hours") return {0, 3600};
  if (unit == "days") return {0, 86400};
  if (unit == "weeks") return {0, 604800};
  if (unit == "months") return {1, 1};
  if (unit == "years") return {1, 12};
  return {};
}

// Only "and", a comma or a space between two parts of one duration.
bool part_joiner(std::string_view between) {
  while (!between.empty() && (between.front() == ' ' || between.front() == ',')) between.remove_prefix(1);
  return between.empty() || between == "and";
}

}  // namespace

void join_duration_parts(std::string_view text, std::vector<Value>& values) {
  join_neighbours(text, values, [](Value& a, const Value& b, std::string_view between) {
    const UnitSize sa = unit_size(a.unit), sb = unit_size(b.unit);
    const bool parts = a.kind == ValueKind::kDuration && b.kind == ValueKind::kDuration && sa.family >= 0 &&
                       sa.family == sb.family && sa.size > sb.size && b.hedge == Hedge::kNone && part_joiner(between);
    if (!parts) return false;
    a.number = a.number * sa.size / sb.size + b.number;
    a.unit = b.unit;
    a.end = b.end;
    a.figure_end = b.figure_end;
    return true;
  });
}

}  // namespace factlint::extract::detail
