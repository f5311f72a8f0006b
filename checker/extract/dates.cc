// Dates: ISO ("2021-04-06", "2019-06"), written out ("April 6", "6th of April
// 2021", "June 13, 2019", "June 2019"), unambiguous slashes ("13/04/2021"), and
// relative to the publication date ("on Tuesday", "yesterday", "last month").
// Without a publication date a relative date is kept with resolved=false.
#include <algorithm>
#include <cstdlib>

#include "checker/extract/parser.h"

namespace factlint::extract::detail {
namespace {

Match suppress(std::size_t next) {
  Match m;
  m.suppress = true;
  m.next = next;
  return m;
}

bool day_number(const Token* t) {
  return t && t->kind == TokenKind::kNumber && !t->grouped && !t->decimal && !t->overflow &&
         t->digits <= 2 && t->number >= 1 && t->number <= 31;
}

bool year_number(const Token* t) {
  return t && t->kind == TokenKind::kNumber && !t->grouped && !t->decimal && t->digits == 4 &&
         !t->leading_zero && t->number >= 1000 && t->number <= 2999;
}

// A month name at i ("April", "Apr.", "Sept"); capitalised unless parsing `expect`.
// Returns the month and the token after it.
std::optional<std::pair<int, std::size_t>> month_at(const Env& env, std::size_t i) {
  const Token* t = env.at(i);
  if (!t || t->kind != TokenKind::kWord || (!t->capitalized && !env.expect_mode))
    return std::nullopt;
  auto m = month_word(t->lower);
  if (!m) return std::nullopt;
  std::size_t next = i + 1;
  if (t->lower.size() <= 4 && t->lower != "june" && t->lower != "july" && t->lower != "may" &&
      env.punct(next, ".") && env.adjacent(next))
    ++next;
  return std::make_pair(*m, next);
}

// "45th": a two-digit ordinal beyond any month's length, read as an invalid day.
bool impossible_ordinal_day(const Env& env, std::size_t i) {
  const Token* t = env.at(i);
  if (!t || t->kind != TokenKind::kNumber || t->grouped || t->decimal || t->leading_zero ||
      t->digits > 2 || t->number <= 31)
    return false;
  const Token* s = env.at(i + 1);
  return s && env.adjacent(i + 1) && s->kind == TokenKind::kWord &&
         (s->lower == "st" || s->lower == "nd" || s->lower == "rd" || s->lower == "th");
}

// The token after an ordinal suffix glued to a day number ("6th"), else i + 1.
std::size_t after_day(const Env& env, std::size_t i) {
  const Token* s = env.at(i + 1);
  if (s && env.adjacent(i + 1) && s->kind == TokenKind::kWord &&
      (s->lower == "st" || s->lower == "nd" || s->lower == "rd" || s->lower == "th"))
    return i + 2;
  return i + 1;
}

Match date_match(const Env& env, Date date, bool resolved, std::size_t first, std::size_t next) {
  Match m;
  m.value = make_value(env, ValueKind::kDate, 0, first, next);
  m.value.date = date;
  m.value.resolved = resolved;
  m.next = next;
  return m;
}

// "February 30", "the 45th of March": kept, flagged invalid and unresolved, so
// it is shown by `factlint values` but never compared (issue 3, bad input).
Match invalid_date(const Env& env, int year, int month, int day, std::size_t first,
                   std::size_t next) {
  Match m = date_match(env, Date{year, month, day, DatePrecision::kDay}, false, first, next);
  m.value.invalid = true;
  return m;
}

// Words before a month or day that say the text looks ahead ("will be held on
// Nov. 5"): a date without a year is then the next one on or after the article.
bool future_context(const Env& env, std::size_t i) {
  for (std::size_t back = 1; back <= 12 && back <= i; ++back) {
    const Token& t = env.tokens[i - back];
    if (t.kind == TokenKind::kPunct && (t.lower == "." || t.lower == ";" || t.lower == "?"))
      return false;
    if (t.kind != TokenKind::kWord) continue;
    const std::string& w = t.lower;
    if (w == "will" || w == "shall" || w == "scheduled" || w == "due" || w == "upcoming" ||
        w == "expected" || w == "planned" || w == "plans" || w == "ll" || w == "until" || w == "till")
      return true;
  }
  return false;
}

// Words before a month that say the text looks back ("was found guilty in
// January", "convicted Holmes, 38, in January"): a past-tense verb a few words
// before, with no infinitive ("ordered to surrender in May") or future marker
// in between.
bool past_context(const Env& env, std::size_t i) {
  static constexpr std::string_view kPast[] = {"was", "were", "had", "did", "been", "found", "won",
                                               "lost", "held", "took", "came", "went", "fell", "rose",
                                               "began", "struck", "hit", "met", "made", "said"};
  for (std::size_t back = 1; back <= 8 && back <= i; ++back) {
    const Token& t = env.tokens[i - back];
    if (t.kind == TokenKind::kPunct && (t.lower == "." || t.lower == ";" || t.lower == ":" || t.lower == "?"))
      return false;
    if (t.kind != TokenKind::kWord) continue;
    const std::string& w = t.lower;
    if (w == "to" || w == "will" || w == "shall" || w == "next" || w == "scheduled" || w == "due") return false;
    if (std::find(std::begin(kPast), std::end(kPast), w) != std::end(kPast)) return true;
    if (w.size() >= 5 && w.ends_with("ed") && w != "need" && w != "indeed") return true;
  }
  return false;
}

// A month and day with no year: the year that puts it nearest the publication
// date, unless that is more than a month ahead with no word looking ahead.
std::optional<Match> month_day(const Env& env, int month, int day, std::size_t first,
                               std::size_t next) {
  if (!env.published) {
    if (!is_valid_date(2000, month, day)) return invalid_date(env, 0, month, day, first, next);
    Match m = date_match(env, Date{0, month, day, DatePrecision::kDay}, false, first, next);
    m.value.unit = "no year";
    return m;
  }
  const Date& p = *env.published;
  const long anchor = days_from_civil(p.year, p.month, p.day == 0 ? 1 : p.day);
  const bool ahead = future_context(env, first);
  std::optional<Date> best;
  long best_distance = 0;
  for (int year = p.year - 1; year <= p.year + 1; ++year) {
    if (!is_valid_date(year, month, day)) continue;
    const long offset = days_from_civil(year, month, day) - anchor;
    if (ahead && offset < 0) continue;
    const long distance = std::labs(offset);
    if (!best || distance < best_distance) {
      best = Date{year, month, day, DatePrecision::kDay};
      best_distance = distance;
    }
  }
  // "In this photo from Jan. 3", in a November article: more than a month
  // ahead with no word looking ahead, it is the one behind.
  if (best && !ahead && days_from_civil(best->year, best->month, best->day) - anchor > 31 &&
      is_valid_date(best->year - 1, month, day) &&
      anchor - days_from_civil(best->year - 1, month, day) <= 366)
    best = Date{best->year - 1, month, day, DatePrecision::kDay};
  // "February 30"; a 29 February far from any leap year is invalid too.
  if (!best) return invalid_date(env, p.year, month, day, first, next);
  return date_match(env, *best, true, first, next);
}

// A month with no year: the year that puts it nearest the publication date.
std::optional<Match> nearest_month(const Env& env, int month, std::size_t first,
                                   std::size_t next) {
  if (!env.published) {
    Match m = date_match(env, Date{0, month, 0, DatePrecision::kMonth}, false, first, next);
    m.value.unit = "no year";
    return m;
  }
  const Date& p = *env.published;
  const int anchor = p.year * 12 + (p.month > 0 ? p.month - 1 : 0);
  const bool ahead = future_context(env, first);
  // "was found guilty in January", in a November article: last January, not the next.
  const bool behind = !ahead && past_context(env, first);
  int best_year = ahead ? p.year + 1 : p.year;
  for (int year = p.year + 1; year >= p.year - 1; --year) {  // ties go to the earlier year
    if (ahead && year * 12 + month - 1 < anchor) continue;
    if (behind && year * 12 + month - 1 > anchor) continue;
    if (behind && best_year * 12 + month - 1 > anchor) best_year = year;
    if (std::abs(year * 12 + month - 1 - anchor) <= std::abs(best_year * 12 + month - 1 - anchor))
      best_year = year;
  }
  return date_match(env, Date{best_year, month, 0, DatePrecision::kMonth}, true, first, next);
}

std::optional<Match> full_date(const Env& env, int year, int month, int day, std::size_t first,
                               std::size_t next) {
  if (!is_valid_date(year, month, day)) {
    if (month >= 1 && month <= 12 && day >= 1 && day <= 99 && year >= 1)
      return invalid_date(env, year, month, day, first, next);
    return suppress(next);
  }
  return date_match(env, Date{year, month, day, DatePrecision::kDay}, true, first, next);
}

// "April 6", "Apr. 6th, 2021", "June 2019", "June of 2019".
std::optional<Match> month_first(const Env& env, std::size_t i) {
  auto month = month_at(env, i);
  if (!month) return std::nullopt;
  std::size_t j = month->second;
  const Token* d = env.at(j);
  if (impossible_ordinal_day(env, j)) {
    const int year = env.published ? env.published->year : 0;
    return invalid_date(env, year, month->first, static_cast<int>(d->number), i, j + 2);
  }
  if (day_number(d) && !(d->digits == 4)) {
    const int day = static_cast<int>(d->number);
    std::size_t k = after_day(env, j);
    // "April 6, 2021" / "April 6 2021"
    std::size_t y = env.punct(k, ",") ? k + 1 : k;
    if (year_number(env.at(y))) return full_date(env, static_cast<int>(env.tokens[y].number),
                                                 month->first, day, i, y + 1);
    return month_day(env, month->first, day, i, k);
  }
  std::size_t y = j;
  if (env.word(y, "of") || env.punct(y, ",")) ++y;
  if (year_number(env.at(y))) {
    Date date{static_cast<int>(env.tokens[y].number), month->first, 0, DatePrecision::kMonth};
    return date_match(env, date, true, i, y + 1);
  }
  // "in March", "since January", "early May": a month of the year nearest the
  // article. Bare month names ("March on", "May God") are not dates.
  if (i == 0 || env.tokens[i - 1].kind != TokenKind::kWord) return std::nullopt;
  const std::string& before = env.tokens[i - 1].lower;
  if (before != "in" && before != "since" && before != "until" && before != "till" &&
      before != "during" && before != "early" && before != "late" && before != "mid" &&
      before != "last" && before != "this" && before != "next" && before != "from" &&
      before != "through")
    return std::nullopt;
  return nearest_month(env, month->first, i, month->second);
}

// "6 April", "6th of April 2021", "27 Sep, 2019".
std::optional<Match> day_first(const Env& env, std::size_t i) {
  const Token* d = env.at(i);
  if (impossible_ordinal_day(env, i)) {
    std::size_t j = i + 2;
    if (env.word(j, "of")) ++j;
    auto month = month_at(env, j);
    if (!month) return std::nullopt;
    const int year = env.published ? env.published->year : 0;
    return invalid_date(env, year, month->first, static_cast<int>(d->number), i, month->second);
  }
  if (!day_number(d)) return std::nullopt;
  std::size_t j = after_day(env, i);
  if (env.word(j, "of")) ++j;
  auto month = month_at(env, j);
  if (!month) return std::nullopt;
  const int day = static_cast<int>(d->number);
  std::size_t y = env.punct(month->second, ",") ? month->second + 1 : month->second;
  if (year_number(env.at(y)))
    return full_date(env, static_cast<int>(env.tokens[y].number), month->first, day, i, y + 1);
  return month_day(env, month->first, day, i, month->second);
}

// "2021-04-06", "2019-06" (a month; "2019-20" is a fiscal year, read elsewhere).
std::optional<Match> iso(const Env& env, std::size_t i) {
  if (!year_number(env.at(i)) || !env.punct(i + 1, "-") || !env.adjacent(i + 1)) return std::nullopt;
  const Token* m = env.at(i + 2);
  if (!m || m->kind != TokenKind::kNumber || !env.adjacent(i + 2) || m->digits != 2 ||
      m->decimal)
    return std::nullopt;
  const int year = static_cast<int>(env.tokens[i].number);
  const int month = static_cast<int>(m->number);
  if (env.punct(i + 3, "-") && env.adjacent(i + 3) && env.is_number(i + 4) &&
      env.adjacent(i + 4) && env.tokens[i + 4].digits == 2)
    return full_date(env, year, month, static_cast<int>(env.tokens[i + 4].number), i, i + 5);
  if ((m->leading_zero || env.expect_mode) && month >= 1 && month <= 12)
    return date_match(env, Date{year, month, 0, DatePrecision::kMonth}, true, i, i + 3);
  return std::nullopt;
}

// "13/04/2021" only when the day cannot be read as the month: ambiguous ones are dropped.
std::optional<Match> slashed(const Env& env, std::size_t i) {
  if (!env.punct(i + 1, "/") || !env.punct(i + 3, "/")) return std::nullopt;
  for (std::size_t k = i + 1; k <= i + 4; ++k)
    if (!env.adjacent(k)) return std::nullopt;
  const Token* a = env.at(i);
  const Token* b = env.at(i + 2);
  if (!day_number(a) || !day_number(b) || !year_number(env.at(i + 4))) return std::nullopt;
  const int x = static_cast<int>(a->number), y = static_cast<int>(b->number);
  const int year = static_cast<int>(env.tokens[i + 4].number);
  if (x > 12 && y <= 12) return full_date(env, year, y, x, i, i + 5);
  if (y > 12 && x <= 12) return full_date(env, year, x, y, i, i + 5);
  if (x == y) return full_date(env, year, x, y, i, i + 5);
  return suppress(i + 5);
}

Date shift_days(const Date& d, long days) {
  return civil_from_days(days_from_civil(d.year, d.month, d.day) + days);
}

Match relative(const Env& env, std::size_t first, std::size_t next, const std::string& phrase,
               const std::optional<Date>& date) {
  if (!date) {
    Match m = date_match(env, Date{}, false, first, next);
    m.value.unit = phrase;
    return m;
  }
  return date_match(env, *date, true, first, next);
}

// "on Tuesday", "yesterday", "last month", "this year", "next Friday".
std::optional<Match> relative_date(const Env& env, std::size_t i) {
  const Token& t = env.tokens[i];
  if (t.kind != TokenKind::kWord) return std::nullopt;
  const std::optional<Date>& p = env.published;
  const bool day_anchor = p && p->precision == DatePrecision::kDay;
  auto from_pub = [&](long days) -> std::optional<Date> {
    if (!day_anchor) return std::nullopt;
    return shift_days(*p, days);
  };
  if (t.lower == "today" || t.lower == "tonight") return relative(env, i, i + 1, t.lower, from_pub(0));
  if (t.lower == "yesterday") return relative(env, i, i + 1, t.lower, from_pub(-1));
  if (t.lower == "tomorrow") return relative(env, i, i + 1, t.lower, from_pub(1));
  // Weekdays: "on Tuesday" is the most recent Tuesday on or before the article
  // date; "will meet on Friday", "is scheduled to be sentenced on Friday" the
  // next Friday on or after it.
  if (auto wd = weekday_word(t.lower); wd && t.capitalized) {
    std::optional<Date> date;
    if (day_anchor) {
      date = future_context(env, i) ? shift_days(*p, (*wd - weekday(*p) + 7) % 7)
                                    : shift_days(*p, -((weekday(*p) - *wd + 7) % 7));
    }
    return relative(env, i, i + 1, t.lower, date);
  }
  // "earlier this week", "later this month": the period of "this ...".
  const bool within = (t.lower == "earlier" || t.lower == "later") && env.word(i + 1, "this");
  const std::size_t lead = within ? i + 1 : i;
  const std::string& head = env.tokens[lead].lower;
  const bool last = head == "last", next = head == "next", self = head == "this";
  if (!last && !next && !self) return std::nullopt;
  const Token* w = env.at(lead + 1);
  if (!w || w->kind != TokenKind::kWord) return std::nullopt;
  const std::string phrase = (within ? t.lower + " " : std::string()) + head + " " + w->lower;
  const int step = last ? -1 : next ? 1 : 0;
  // "last week", "earlier this week": the ISO week (Monday to Sunday) before,
  // of or after the article's, at week precision.
  if (w->lower == "week") {
    std::optional<Date> date;
    if (day_anchor) date = week_of(shift_days(*p, 7L * step));
    return relative(env, i, lead + 2, phrase, date);
  }
  if (within && w->lower != "month" && w->lower != "year") return std::nullopt;
  if (w->lower == "year") {
    std::optional<Date> date;
    if (p) date = Date{p->year + step, 0, 0, DatePrecision::kYear};
    return relative(env, i, lead + 2, phrase, date);
  }
  if (w->lower == "month") {
    std::optional<Date> date;
    if (p && p->month > 0) {
      const int index = p->year * 12 + (p->month - 1) + step;
      date = Date{index / 12, index % 12 + 1, 0, DatePrecision::kMonth};
    }
    return relative(env, i, lead + 2, phrase, date);
  }
  if (within) return std::nullopt;
  if (auto wd = weekday_word(w->lower); wd && w->capitalized) {
    std::optional<Date> date;
    if (day_anchor) {
      const int back = (weekday(*p) - *wd + 7) % 7;
      // "this Friday": the Friday of the article's week (Monday to Sunday),
      // ahead of a Monday article, behind a Saturday one.
      if (last) date = shift_days(*p, -(back == 0 ? 7 : back));
      else if (next) date = shift_days(*p, (*wd - weekday(*p) + 7) % 7 == 0 ? 7 : (*wd - weekday(*p) + 7) % 7);
      else date = shift_days(*p, *wd - weekday(*p));
    }
    return relative(env, i, i + 2, phrase, date);
  }
  return std::nullopt;
}

}  // namespace

std::optional<Match> match_date(const Env& env, std::size_t i) {
  const Token& t = env.tokens[i];
  if (t.kind == TokenKind::kNumber) {
    if (auto m = iso(env, i)) return m;
    if (auto m = slashed(env, i)) return m;
    return day_first(env, i);
  }
  if (t.kind != TokenKind::kWord) return std::nullopt;
  // "Tuesday 6 April 2021", "Tuesday, April 6": the weekday belongs to the date.
  if (weekday_word(t.lower) && t.capitalized) {
    const std::size_t j = env.punct(i + 1, ",") ? i + 2 : i + 1;
    std::optional<Match> explicit_date = month_first(env, j);
    if (!explicit_date && j < env.size()) explicit_date = day_first(env, j);
    if (explicit_date && !explicit_date->suppress) {
      explicit_date->value.begin = t.begin;
      return explicit_date;
    }
  }
  if (auto m = month_first(env, i)) return m;
  if (t.lower == "the" || t.lower == "on") return std::nullopt;
  return relative_date(env, i);
}

}  // namespace factlint::extract::detail
