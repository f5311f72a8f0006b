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

// "first", "tenth", "twenty-second", "thirty-first": a day of the month in
// words, and the token after it.
std::optional<std::pair<int, std::size_t>> ordinal_day_words(const Env& env, std::size_t i) {
  auto ordinal = ordinal_words(env, i);
  if (!ordinal || ordinal->first > 31) return std::nullopt;
  return ordinal;
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
  // "Sep-23-2020"
  if (j == i + 1 && (env.punct(j, "-") || env.punct(j, "/")) && env.adjacent(j) && day_number(env.at(j + 1)) &&
      env.adjacent(j + 1) && env.punct(j + 2, env.tokens[j].lower) && env.adjacent(j + 2) &&
      year_number(env.at(j + 3)) && env.adjacent(j + 3))
    return full_date(env, static_cast<int>(env.tokens[j + 3].number), month->first,
                     static_cast<int>(env.tokens[j + 1].number), i, j + 4);
  // "March first", "June twenty-second, 2017"
  if (auto ordinal = ordinal_day_words(env, j)) {
    std::size_t k = ordinal->second;
    std::size_t y = env.punct(k, ",") ? k + 1 : k;
    if (year_number(env.at(y)))
      return full_date(env, static_cast<int>(env.tokens[y].number), month->first, ordinal->first, i, y + 1);
    return month_day(env, month->first, ordinal->first, i, k);
  }
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
  int day = 0;
  std::size_t j = 0;
  if (day_number(d)) {
    day = static_cast<int>(d->number);
    j = after_day(env, i);
  } else if (auto ordinal = ordinal_day_words(env, i); ordinal && env.word(ordinal->second, "of")) {
    day = ordinal->first;  // "the tenth of September": only with "of"
    j = ordinal->second;
  } else {
    return std::nullopt;
  }
  const bool of = env.word(j, "of");
  if (of) ++j;
  // "the 12th of next month", "the 3rd of this month"
  if (of && (env.word(j, "next") || env.word(j, "this") || env.word(j, "last")) && env.word(j + 1, "month")) {
    if (!env.published || env.published->month == 0) {
      Match m = date_match(env, Date{}, false, i, j + 2);
      m.value.unit = "of " + env.tokens[j].lower + " month";
      return m;
    }
    const int step = env.word(j, "next") ? 1 : env.word(j, "last") ? -1 : 0;
    const int index = env.published->year * 12 + (env.published->month - 1) + step;
    return full_date(env, index / 12, index % 12 + 1, day, i, j + 2);
  }
  auto month = month_at(env, j);
  if (!month) return std::nullopt;
  std::size_t y = env.punct(month->second, ",") ? month->second + 1 : month->second;
  if (year_number(env.at(y)))
    return full_date(env, static_cast<int>(env.tokens[y].number), month->first, day, i, y + 1);
  return month_day(env, month->first, day, i, month->second);
}

// "2021-04-06", "2019-06" (a month; "2019-20" is a fiscal year, read elsewhere).
std::optional<Match> iso(const Env& env, std::size_t i) {
  if (!year_number(env.at(i)) || !env.punct(i + 1, "-") || !env.adjacent(i + 1)) return std::nullopt;
  const Token* m = env.at(i + 2);
  if (!m || m->kind != TokenKind::kNumber || !env.adjacent(i + 2) || m->digits > 2 ||
      m->decimal)
    return std::nullopt;
  const int year = static_cast<int>(env.tokens[i].number);
  const int month = static_cast<int>(m->number);
  // "2021-04-06", "2015-3-3"
  if (env.punct(i + 3, "-") && env.adjacent(i + 3) && env.is_number(i + 4) &&
      env.adjacent(i + 4) && env.tokens[i + 4].digits <= 2 && !env.tokens[i + 4].decimal)
    return full_date(env, year, month, static_cast<int>(env.tokens[i + 4].number), i, i + 5);
  if (m->digits != 2) return std::nullopt;
  if ((m->leading_zero || env.expect_mode) && month >= 1 && month <= 12)
    return date_match(env, Date{year, month, 0, DatePrecision::kMonth}, true, i, i + 3);
  return std::nullopt;
}

// Day and month from two numbers of a numeric date: the one above 12 is the
// day; when both could be the month, the newsroom's `dates:` setting decides,
// and without one the date is not read (never guessed).
std::optional<Match> day_month(const Env& env, int x, int y, int year, std::size_t first, std::size_t next) {
  if (x > 12 && y <= 12) return full_date(env, year, y, x, first, next);
  if (y > 12 && x <= 12) return full_date(env, year, x, y, first, next);
  if (x == y) return full_date(env, year, x, y, first, next);
  if (env.date_order == DateOrder::kDayFirst) return full_date(env, year, y, x, first, next);
  if (env.date_order == DateOrder::kMonthFirst) return full_date(env, year, x, y, first, next);
  return suppress(next);
}

bool date_separator(const Env& env, std::size_t k) {
  return env.punct(k, "/") || env.punct(k, "-") || env.punct(k, ".");
}

// "21/04/2016", "21-04-2016", "13.5.2015", "05-Aug-2016", "23/Sep/2020": day,
// month and year joined by one separator, no spaces.
std::optional<Match> numeric_date(const Env& env, std::size_t i) {
  const Token& t = env.tokens[i];
  if (t.dotted) {
    // "13.5.2015", "7.4.2021": one token to the tokenizer.
    const std::string_view raw = env.text.substr(t.begin, t.end - t.begin);
    const std::size_t d1 = raw.find('.'), d2 = raw.find('.', d1 + 1);
    if (d2 == std::string_view::npos || raw.find('.', d2 + 1) != std::string_view::npos) return std::nullopt;
    const std::string_view a = raw.substr(0, d1), b = raw.substr(d1 + 1, d2 - d1 - 1), c = raw.substr(d2 + 1);
    if (a.empty() || a.size() > 2 || b.empty() || b.size() > 2 || c.size() != 4) return std::nullopt;
    const int x = std::atoi(std::string(a).c_str()), y = std::atoi(std::string(b).c_str());
    const int year = std::atoi(std::string(c).c_str());
    if (x < 1 || y < 1 || x > 31 || y > 31 || year < 1900 || year > 2100) return std::nullopt;
    return day_month(env, x, y, year, i, i + 1);
  }
  if (!date_separator(env, i + 1) || !env.adjacent(i + 1) || !env.adjacent(i + 2)) return std::nullopt;
  const std::string& sep = env.tokens[i + 1].lower;
  if (!env.punct(i + 3, sep) || !env.adjacent(i + 3) || !env.adjacent(i + 4)) return std::nullopt;
  const Token* a = env.at(i);
  if (!day_number(a) || !year_number(env.at(i + 4))) return std::nullopt;
  const int year = static_cast<int>(env.tokens[i + 4].number);
  // "05-Aug-2016", "23/Sep/2020"
  if (const Token* m = env.at(i + 2); m && m->kind == TokenKind::kWord) {
    auto month = month_word(m->lower);
    if (!month) return std::nullopt;
    return full_date(env, year, *month, static_cast<int>(a->number), i, i + 5);
  }
  const Token* b = env.at(i + 2);
  if (!day_number(b)) return std::nullopt;
  return day_month(env, static_cast<int>(a->number), static_cast<int>(b->number), year, i, i + 5);
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
    // "Thu.", "Tues.": an abbreviation only with its period.
    const bool abbreviated = t.lower.size() <= 4;
    if (abbreviated && !(env.punct(i + 1, ".") && env.adjacent(i + 1))) return std::nullopt;
    std::optional<Date> date;
    if (day_anchor) {
      date = future_context(env, i) ? shift_days(*p, (*wd - weekday(*p) + 7) % 7)
                                    : shift_days(*p, -((weekday(*p) - *wd + 7) % 7));
    }
    return relative(env, i, abbreviated ? i + 2 : i + 1, t.lower, date);
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
  if (auto wd = weekday_word(w->lower); wd && w->capitalized && w->lower.size() > 4) {
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

// "mid-July", "early July", "late July 2023", "the end of July", "the
// beginning of 2024", "mid-2023", "late 2022": a part of a month or year.
std::optional<Match> part_of_period(const Env& env, std::size_t i) {
  const Token& t = env.tokens[i];
  if (t.lower.empty() || !(t.lower[0] == 'e' || t.lower[0] == 'm' || t.lower[0] == 'l' || t.lower[0] == 'b' ||
                           t.lower[0] == 's'))
    return std::nullopt;
  int part = 0;
  std::size_t j = i + 1;
  if (t.lower == "early") part = 1;
  else if (t.lower == "mid") part = 2;
  else if (t.lower == "late") part = 3;
  else if ((t.lower == "end" || t.lower == "beginning" || t.lower == "start") && env.word(i + 1, "of")) {
    part = t.lower == "end" ? 3 : 1;
    j = env.word(i + 2, "the") ? i + 3 : i + 2;
  } else if (t.lower == "end" && env.punct(i + 1, "-") && env.adjacent(i + 1) && env.adjacent(i + 2)) {
    part = 3;  // "end-2019", "end-March"
  } else {
    return std::nullopt;
  }
  if (part != 0 && j == i + 1 && env.punct(j, "-") && env.adjacent(j) && env.adjacent(j + 1)) ++j;
  else if (t.lower == "mid" && j == i + 1) return std::nullopt;  // "mid" needs its hyphen
  // "late last year", "early this month", "the end of next year"
  if ((env.word(j, "last") || env.word(j, "this") || env.word(j, "next")) &&
      (env.word(j + 1, "year") || env.word(j + 1, "month"))) {
    auto whole = relative_date(env, j);
    if (!whole || whole->suppress) return std::nullopt;
    whole->value.begin = t.begin;
    if (whole->value.resolved) whole->value.date.part = part;
    return whole;
  }
  if (year_number(env.at(j)) && !env.punct(j + 1, "-") && !env.punct(j + 1, "/")) {
    // "late 2022", "mid-2023", "the end of 2023"; not "late 2021-22" (a fiscal year).
    Match m = date_match(env, Date{static_cast<int>(env.tokens[j].number), 0, 0, DatePrecision::kYear}, true, i, j + 1);
    m.value.date.part = part;
    return m;
  }
  auto month = month_at(env, j);
  if (!month) return std::nullopt;
  std::optional<Match> m;
  std::size_t y = env.word(month->second, "of") || env.punct(month->second, ",") ? month->second + 1 : month->second;
  if (year_number(env.at(y)))
    m = date_match(env, Date{static_cast<int>(env.tokens[y].number), month->first, 0, DatePrecision::kMonth}, true, i, y + 1);
  else
    m = nearest_month(env, month->first, i, month->second);
  if (!m || m->suppress) return m;
  m->value.date.part = part;
  return m;
}

// "Tuesday the 19th", "on Friday the 9th": the day of the month with its
// weekday, the nearest such date to the article (behind it unless the
// sentence looks ahead).
std::optional<Match> weekday_the_nth(const Env& env, std::size_t i, int wd) {
  std::size_t j = i + 1;
  if (!env.word(j, "the")) return std::nullopt;
  ++j;
  int day = 0;
  std::size_t next = 0;
  if (day_number(env.at(j)) && after_day(env, j) == j + 2) {
    day = static_cast<int>(env.tokens[j].number);
    next = j + 2;
  } else if (auto words = ordinal_day_words(env, j)) {
    day = words->first;
    next = words->second;
  } else {
    return std::nullopt;
  }
  if (month_at(env, next) || env.word(next, "of")) return std::nullopt;  // "Tuesday the 19th of May": day_first
  if (!env.published || env.published->precision != DatePrecision::kDay) {
    Match m = date_match(env, Date{}, false, i, next);
    m.value.unit = "weekday and day of month";
    return m;
  }
  const Date& p = *env.published;
  const bool ahead = future_context(env, i);
  const long anchor = days_from_civil(p.year, p.month, p.day);
  for (long offset = 0; offset <= 400; ++offset) {
    const long d = ahead ? anchor + offset : anchor - offset;
    const Date c = civil_from_days(d);
    if (c.day == day && weekday(c) == wd) return date_match(env, Date{c.year, c.month, c.day, DatePrecision::kDay}, true, i, next);
  }
  return std::nullopt;
}

}  // namespace

// "New Year's Day", "Christmas Eve", "Boxing Day": a fixed day of the year,
// read as its month and day ("January 1"), with a year when one follows.
std::optional<Match> holiday(const Env& env, std::size_t i) {
  const Token& t = env.tokens[i];
  if (!t.capitalized && !env.expect_mode) return std::nullopt;
  int month = 0, day = 0;
  std::size_t next = i + 1;
  auto capital_word = [&](std::size_t k, std::string_view w) {
    return env.word(k, w) && (env.tokens[k].capitalized || env.expect_mode);
  };
  if (t.lower == "christmas" && (capital_word(i + 1, "day") || capital_word(i + 1, "eve"))) {
    month = 12;
    day = env.word(i + 1, "day") ? 25 : 24;
    next = i + 2;
  } else if (t.lower == "boxing" && capital_word(i + 1, "day")) {
    month = 12, day = 26, next = i + 2;
  } else if (t.lower == "new" && capital_word(i + 1, "year") && env.adjacent(i + 2) && env.adjacent(i + 3) &&
             (env.punct(i + 2, "'") || env.punct(i + 2, "\xE2\x80\x99")) && env.word(i + 3, "s") &&
             (capital_word(i + 4, "day") || capital_word(i + 4, "eve"))) {
    const bool eve = env.word(i + 4, "eve");
    month = eve ? 12 : 1, day = eve ? 31 : 1, next = i + 5;
  } else {
    return std::nullopt;
  }
  const std::size_t y = env.punct(next, ",") ? next + 1 : next;
  if (year_number(env.at(y))) return full_date(env, static_cast<int>(env.tokens[y].number), month, day, i, y + 1);
  return month_day(env, month, day, i, next);
}

std::optional<Match> match_date(const Env& env, std::size_t i) {
  const Token& t = env.tokens[i];
  if (t.kind == TokenKind::kNumber) {
    if (auto m = iso(env, i)) return m;
    if (auto m = numeric_date(env, i)) return m;
    return day_first(env, i);
  }
  if (t.kind != TokenKind::kWord) return std::nullopt;
  // "Tuesday 6 April 2021", "Tuesday, April 6": the weekday belongs to the date.
  if (weekday_word(t.lower) && t.capitalized && (t.lower.size() > 4 || env.punct(i + 1, "."))) {
    const std::size_t dot = t.lower.size() > 4 ? i : i + 1;  // "Thu.": the abbreviation's period
    const std::size_t j = env.punct(dot + 1, ",") ? dot + 2 : dot + 1;
    std::optional<Match> explicit_date = month_first(env, j);
    if (!explicit_date && j < env.size()) explicit_date = day_first(env, j);
    if (explicit_date && !explicit_date->suppress) {
      explicit_date->value.begin = t.begin;
      return explicit_date;
    }
    if (auto nth = weekday_the_nth(env, dot, *weekday_word(t.lower))) {
      nth->value.begin = t.begin;
      return nth;
    }
  }
  // "tenth of September", "twenty-second of June 2017"
  const auto ordinal_like = [](std::string_view w) {  // "tenth", "first", "second", "third"
    return w.size() > 4 && (w.ends_with("th") || w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd"));
  };
  if ((ordinal_like(t.lower) && ordinal_word(t.lower)) || t.lower == "twenty" || t.lower == "thirty") {
    if (auto m = day_first(env, i)) return m;
  }
  if (auto m = part_of_period(env, i)) return m;
  if (auto m = month_first(env, i)) return m;
  if (auto m = holiday(env, i)) return m;
  if (t.lower == "the" || t.lower == "on") return std::nullopt;
  return relative_date(env, i);
}

namespace {

// "last year", "this year", "next year", as written (any case).
bool relative_year_words(std::string_view words) {
  std::string lower(words);
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return lower == "last year" || lower == "this year" || lower == "next year";
}

// A date written without its year: no four digits in a row.
bool no_year_written(std::string_view words) {
  int run = 0;
  for (char c : words) {
    run = c >= '0' && c <= '9' ? run + 1 : 0;
    if (run == 4) return false;
  }
  return true;
}

}  // namespace

void join_relative_years(std::string_view text, std::vector<Value>& values) {
  join_neighbours(text, values, [text](Value& a, const Value& b, std::string_view between) {
    const bool possessive = b.end < text.size() && (text[b.end] == '\'' || text.substr(b.end, 3) == "\xE2\x80\x99");
    const bool joins = a.kind == ValueKind::kDate && b.kind == ValueKind::kDate &&
                       (between.empty() || between == "of") &&
                       (a.date.precision == DatePrecision::kMonth || a.date.precision == DatePrecision::kDay) &&
                       b.date.precision == DatePrecision::kYear && !possessive &&
                       relative_year_words(text.substr(b.begin, b.end - b.begin)) &&
                       no_year_written(text.substr(a.begin, a.end - a.begin));
    if (!joins) return false;
    a.date.year = b.date.year;
    a.resolved = a.resolved && b.resolved;
    // "February 29 last year": no such day; kept invalid and unresolved, as invalid_date keeps it.
    if (a.resolved && a.date.precision == DatePrecision::kDay && !is_valid_date(a.date.year, a.date.month, a.date.day))
      a.invalid = true;
    if (a.invalid) a.resolved = false;
    a.end = b.end;
    a.figure_end = b.figure_end;
    return true;
  });
}

}  // namespace factlint::extract::detail
