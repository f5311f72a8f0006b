// What a quantity is: a percent ("46 per cent"), percentage points, money
// written after the amount, a duration, a count bound to its unit word
// ("5 million doses", "10 more Kashmiris"), a year ("since 2012") or a plain number.
#include <algorithm>

#include "checker/extract/parser.h"

namespace factlint::extract::detail {
namespace {

// Multi-word units kept whole: "1.6 billion cubic feet".
std::optional<std::pair<std::string, std::size_t>> multi_word_unit(const Env& env, std::size_t k) {
  const Token* a = env.at(k);
  const Token* b = env.at(k + 1);
  if (!a || !b || a->kind != TokenKind::kWord || b->kind != TokenKind::kWord) return std::nullopt;
  static constexpr std::string_view kFirst[] = {"cubic", "square", "metric", "sq", "light",
                                               "basis", "percentage"};
  for (std::string_view f : kFirst) {
    if (a->lower != f) continue;
    if (unit_stop_word(b->lower)) return std::nullopt;
    return std::make_pair(a->lower + " " + b->lower, k + 2);
  }
  return std::nullopt;
}

// A word that can be a count's unit: "doses", "Kashmiris", not "of", "said" or "quickly".
bool noun_like(const Token& t) {
  if (t.kind != TokenKind::kWord || t.lower.size() < 2) return false;
  const std::string& w = t.lower;
  if (unit_stop_word(w) || number_word(w) || scale_word(w) || month_word(w) || weekday_word(w) ||
      ordinal_word(w) || w == "hundred")
    return false;
  auto ends = [&](std::string_view s) {
    return w.size() > s.size() + 1 && w.compare(w.size() - s.size(), s.size(), s) == 0;
  };
  if (ends("ly") || ends("ed") || ends("ing")) return false;
  for (unsigned char c : w)
    if (c < 0x80 && !(c >= 'a' && c <= 'z')) return false;
  return true;
}

bool plural(const std::string& w) {
  if (w == "people" || w == "personnel" || w == "police" || w == "cattle" || w == "staff" ||
      w == "feet" || w == "men" || w == "women" || w == "children" || w == "livestock" ||
      w == "aircraft" || w == "crew" || w == "troops")
    return true;
  if (w.size() > 4 && w.ends_with("men")) return true;  // "fishermen", "policemen"
  return w.size() > 2 && w.back() == 's' && w[w.size() - 2] != 's';
}

// The unit bound to a quantity ending before token j, and the token after it.
std::optional<std::pair<std::string, std::size_t>> bound_unit(const Env& env, std::size_t j,
                                                              bool one) {
  std::size_t k = j;
  for (int fillers = 0; fillers < 2 && env.at(k) && env.tokens[k].kind == TokenKind::kWord &&
                        unit_filler_word(env.tokens[k].lower);
       ++fillers)
    ++k;
  if (auto multi = multi_word_unit(env, k)) return multi;
  // Skip up to two capitalised singular words before a lower-case noun:
  // "50,000 Sputnik V doses", "5 Pakistani soldiers".
  std::size_t m = k;
  for (int skipped = 0; skipped < 3 && env.at(m); ++skipped) {
    const Token& t = env.tokens[m];
    const bool letter = t.lower.size() == 1 && t.all_upper;  // "Sputnik V"
    if (t.kind != TokenKind::kWord || !t.capitalized || plural(t.lower) ||
        !(noun_like(t) || letter))
      break;
    ++m;
    if (env.punct(m, "-") && env.adjacent(m) && env.adjacent(m + 1) && env.at(m + 1) &&
        env.tokens[m + 1].kind == TokenKind::kWord)
      m += 2;
  }
  if (m != k && env.at(m) && !env.tokens[m].capitalized && noun_like(env.tokens[m]) &&
      plural(env.tokens[m].lower))
    return std::make_pair(env.tokens[m].lower, m + 1);
  const Token* u = env.at(k);
  // A participle before a plural noun: "1.5 million registered voters", "polling stations".
  if (u && u->kind == TokenKind::kWord && !u->capitalized && !unit_stop_word(u->lower) &&
      u->lower.size() > 4 &&
      (u->lower.ends_with("ed") || u->lower.ends_with("ing"))) {
    const Token* n = env.at(k + 1);
    if (n && n->kind == TokenKind::kWord && !n->capitalized && noun_like(*n) && plural(n->lower))
      return std::make_pair(n->lower, k + 2);
  }
  if (!u || !noun_like(*u)) return std::nullopt;
  // An adjective before a plural noun: "two foreign ministers", "50,000 vaccine doses".
  if (!plural(u->lower) && !u->capitalized) {
    const Token* n = env.at(k + 1);
    if (n && n->kind == TokenKind::kWord && !n->capitalized && noun_like(*n) && plural(n->lower))
      return std::make_pair(n->lower, k + 2);
  }
  // "two crew pilots", "three staff writers": the collective is the plural
  // noun's modifier ("21 crew members" stays a count of crew).
  if ((u->lower == "crew" || u->lower == "staff") && !u->capitalized) {
    const Token* n = env.at(k + 1);
    if (n && n->kind == TokenKind::kWord && !n->capitalized && noun_like(*n) && plural(n->lower) &&
        n->lower != "members")
      return std::make_pair(n->lower, k + 2);
  }
  // A capitalised singular word after a number is a name, not a unit ("10 Downing").
  if (u->capitalized && !plural(u->lower) && !u->all_upper) return std::nullopt;
  if (u->all_upper && u->lower.size() <= 3) return std::nullopt;  // "5 PM", "10 AM"
  // A singular noun after a figure other than one modifies what follows:
  // "a $6 billion package", "a 10 point plan". Glued units ("50km") are exempt.
  if (!plural(u->lower) && !one && !(k == j && env.adjacent(k))) return std::nullopt;
  return std::make_pair(u->lower, k + 1);
}

// "%", "percent", "per cent", "pc", "per-cent": the token after, or 0.
std::size_t percent_end(const Env& env, std::size_t j) {
  if (env.punct(j, "%")) return j + 1;
  if (env.word(j, "percent") || env.word(j, "pc") || env.word(j, "pct")) return j + 1;
  if (env.word(j, "per") && env.word(j + 1, "cent")) return j + 2;
  if (env.word(j, "per") && env.punct(j + 1, "-") && env.word(j + 2, "cent")) return j + 3;
  return 0;
}

}  // namespace

Value make_value(const Env& env, ValueKind kind, double number, std::size_t first,
                 std::size_t next) {
  Value v;
  v.kind = kind;
  v.number = number;
  v.begin = env.tokens[first].begin;
  v.end = env.tokens[next - 1].end;
  return v;
}

std::optional<Match> match_quantity(const Env& env, std::size_t i) {
  auto q = parse_quantity(env, i);
  if (!q) return std::nullopt;
  Match m;
  if (q->absurd) {
    m.suppress = true;
    m.next = q->next;
    return m;
  }
  const std::size_t j = q->next;
  if (auto money = match_money_suffix(env, *q, i)) return money;  // "a dollar" too
  if (q->article) return match_duration(env, *q, i);
  if (const std::size_t p = percent_end(env, j)) {
    m.value = make_value(env, ValueKind::kPercent, q->number, i, p);
    m.next = p;
    return m;
  }
  if (env.word(j, "percentage") && (env.word(j + 1, "points") || env.word(j + 1, "point"))) {
    m.value = make_value(env, ValueKind::kCount, q->number, i, j + 2);
    m.value.unit = "percentage points";
    m.next = j + 2;
    return m;
  }
  if (auto duration = match_duration(env, *q, i)) return duration;
  // "three times the official rate", "10 times more": a multiple, a count of
  // "times" that only a fact expecting one (`expect: 3 times`) compares with.
  if (env.word(j, "times") && !q->article) {
    static constexpr std::string_view kCompared[] = {"the", "as", "more", "higher", "larger", "bigger", "greater",
                                                     "that", "what", "less", "lower", "smaller", "faster", "its",
                                                     "their", "his", "her", "over"};
    const Token* after = env.at(j + 1);
    if (after && after->kind == TokenKind::kWord &&
        std::find(std::begin(kCompared), std::end(kCompared), after->lower) != std::end(kCompared)) {
      m.value = make_value(env, ValueKind::kCount, q->number, i, j + 1);
      m.value.unit = "times";
      m.next = j + 1;
      return m;
    }
  }
  // "a British man aged 71": an age, as "71-year-old" is, not a count.
  if (i > 0 && env.word(i - 1, "aged") && q->plain_integer && q->number > 0 && q->number <= 130) {
    if (const auto years = duration_unit("years")) {
      m.value = make_value(env, ValueKind::kDuration, q->number * years->factor, i, j);
      m.value.unit = std::string(years->unit);
      m.next = j;
      return m;
    }
  }
  if (auto measure = match_measure_suffix(env, *q, i)) return measure;
  // "2-star general", "5-member team": a compound adjective, not a figure.
  if (env.punct(j, "-") && env.adjacent(j) && env.adjacent(j + 1) && env.at(j + 1) &&
      env.tokens[j + 1].kind == TokenKind::kWord) {
    m.suppress = true;
    m.next = j + 2;
    return m;
  }
  const Token& first = env.tokens[i];
  const bool year_like = q->plain_integer && first.digits == 4 && q->number >= 1900 &&
                         q->number <= 2100;
  const bool year_context = i > 0 && env.tokens[i - 1].kind == TokenKind::kWord &&
                            year_context_word(env.tokens[i - 1].lower);
  if (!(year_like && year_context)) {
    if (auto unit = bound_unit(env, j, q->number == 1)) {
      if (!year_like || plural(unit->first)) {
        m.value = make_value(env, ValueKind::kCount, q->number, i, unit->second);
        m.value.unit = unit->first;
        m.next = unit->second;
        return m;
      }
    }
  }
  if (year_like) {
    m.value = make_value(env, ValueKind::kYear, q->number, i, j);
    m.next = j;
    // "2019-20", "2023/24": a fiscal year; the second half is not a number of its own.
    if ((env.punct(j, "-") || env.punct(j, "/")) && env.adjacent(j) && env.is_number(j + 1) && env.adjacent(j + 1) &&
        env.tokens[j + 1].digits == 2 && !env.tokens[j + 1].leading_zero) {
      m.value.end = env.tokens[j + 1].end;
      m.next = j + 2;
    }
    return m;
  }
  if (q->word_one) return std::nullopt;  // "one of the", "no one"
  m.value = make_value(env, ValueKind::kNumber, q->number, i, j);
  m.next = j;
  return m;
}

}  // namespace factlint::extract::detail
