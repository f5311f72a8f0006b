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
  // "a second" is an ordinal, "a day" a duration; "a" only before a unit word.
  Match m;
  m.value = make_value(env, ValueKind::kDuration, q.number * unit->factor, i, next);
  m.value.unit = std::string(unit->unit);
  m.next = next;
  return m;
}

namespace {

// "twenty fifth", "one hundred twenty-fifth", "one hundred and first": cardinal
// words ending in an ordinal word; nullopt unless at least two words.
std::optional<std::pair<int, std::size_t>> compound_ordinal(const Env& env, std::size_t i) {
  long total = 0, current = 0;
  std::size_t j = i;
  bool any = false;
  for (int words = 0; words < 8 && j < env.size(); ++words) {
    const Token& w = env.tokens[j];
    // "twenty-fifth"; not "one-fifth" (a fraction).
    if (w.kind == TokenKind::kPunct && w.lower == "-" && any && env.adjacent(j) && env.adjacent(j + 1) &&
        is_tens_word(env.tokens[j - 1].lower)) {
      ++j;
      continue;
    }
    if (w.kind != TokenKind::kWord) return std::nullopt;
    if (auto n = ordinal_word(w.lower)) {
      if (!any) return std::nullopt;
      if (*n == 100) current = (current == 0 ? 1 : current) * 100;
      else current += *n;
      return std::make_pair(static_cast<int>(total + current), j + 1);
    }
    if (auto n = number_word(w.lower)) current += *n;
    else if (w.lower == "hundred" && any) current *= 100;
    else if (w.lower == "thousand" && any) total += current * 1000, current = 0;
    else if (w.lower == "and" && any) {}
    else return std::nullopt;
    any = true;
    ++j;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Match> match_ordinal(const Env& env, std::size_t i) {
  const Token& t = env.tokens[i];
  Match m;
  // A compound needs a word or a hyphen after its first word.
  const Token* after = env.at(i + 1);
  if (t.kind == TokenKind::kWord && after && (after->kind == TokenKind::kWord || after->lower == "-") &&
      number_word(t.lower)) {
    if (auto compound = compound_ordinal(env, i)) {
      m.value = make_value(env, ValueKind::kOrdinal, compound->first, i, compound->second);
      m.next = compound->second;
      return m;
    }
  }
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
  if (t.kind != TokenKind::kWord) return std::nullopt;
  if (auto n = ordinal_word(t.lower)) {
    m.value = make_value(env, ValueKind::kOrdinal, *n, i, i + 1);
    m.next = i + 1;
    return m;
  }
  // "twenty-first"
  if (is_tens_word(t.lower) && env.punct(i + 1, "-") && env.adjacent(i + 1) &&
      env.adjacent(i + 2) && env.at(i + 2) && env.tokens[i + 2].kind == TokenKind::kWord) {
    auto n = ordinal_word(env.tokens[i + 2].lower);
    if (n && *n <= 9) {
      m.value = make_value(env, ValueKind::kOrdinal, *number_word(t.lower) + *n, i, i + 3);
      m.next = i + 3;
      return m;
    }
  }
  return std::nullopt;
}

}  // namespace factlint::extract::detail
