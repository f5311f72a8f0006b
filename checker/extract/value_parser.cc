// find_values and parse_expect: one left-to-right pass over the tokens. At
// each token every matcher proposes a reading; the longest wins ("5 million
// doses" beats "5 million"), and the scan resumes after it. Each matcher looks
// a bounded number of tokens ahead, so the pass is linear in the text.
#include <algorithm>

#include <fmt/format.h>

#include "checker/extract/parser.h"

namespace factlint::extract {
namespace {

using detail::Env;
using detail::Match;
using detail::Token;
using detail::TokenKind;

// Most words start no value; one cheap test spares them every matcher.
bool can_start_value(const Token& t) {
  if (t.kind != TokenKind::kWord) return t.kind != TokenKind::kPunct;
  const std::string& w = t.lower;
  if (t.all_upper && w.size() <= 3) return true;  // "US$", "PKR", "A$"
  if (w == "new" && !t.capitalized) return false;   // only "New Year's Day" starts a value: spare the common word
  return detail::starts_value(w);
}

// The longest reading at token i, or a suppression; nullopt if none.
std::optional<Match> match_at(const Env& env, std::size_t i) {
  if (i >= env.size() || !can_start_value(env.tokens[i])) return std::nullopt;
  // "Covid-19 April": digits glued to a word are never the start of a date.
  const bool glued = env.is_number(i) && env.adjacent(i) &&
                     (env.tokens[i - 1].kind == TokenKind::kWord ||
                      (env.punct(i - 1, "-") && env.adjacent(i - 1) &&
                       env.tokens[i - 2].kind == TokenKind::kWord));
  std::optional<Match> best;
  if (!glued) best = detail::match_date(env, i);
  if (!best && !glued) best = detail::match_elapsed(env, i);
  if (!best && !glued) best = detail::match_time(env, i);
  if (!best && env.is_number(i)) {
    if (auto blocked = detail::blocked_number(env, i)) return blocked;
  }
  auto consider = [&](std::optional<Match> m) {
    if (m && (!best || m->next > best->next)) best = std::move(m);
  };
  consider(detail::match_money_prefix(env, i));
  consider(detail::match_measure_prefix(env, i));
  consider(detail::match_ordinal(env, i));
  consider(detail::match_quantity(env, i));
  return best;
}

bool numeric(ValueKind kind) {
  return kind == ValueKind::kNumber || kind == ValueKind::kPercent || kind == ValueKind::kCount ||
         kind == ValueKind::kMoney || kind == ValueKind::kDuration || kind == ValueKind::kMeasure;
}

// "handed over 500 rifles", "took over 3 firms", "rolled over $2bn": a phrasal
// verb, not "more than".
bool phrasal_over(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {
      "hand", "hands", "handed", "handing", "take", "takes", "took", "taken", "taking", "roll",
      "rolls", "rolled", "rolling", "carry", "carries", "carried", "carrying", "turn", "turns",
      "turned", "turning", "sign", "signs", "signed", "signing", "pass", "passes", "passing",
      "give", "gives", "gave", "given", "giving", "spill", "spilled", "spilt", "spills", "win",
      "won", "wins", "hold", "held", "holds", "paper", "papered", "fork", "forked", "shell",
      "shelled", "tip", "tipped", "knock", "knocked", "boil", "boiled", "spill", "brought",
      "bring", "get", "got", "start", "started", "think", "thought", "mull", "mulled", "look",
      "looked", "go", "went", "gone", "going", "watch", "watched", "fight", "fought", "argue",
      "argued", "clash", "clashed", "dispute", "disputed", "row", "rowed"};
  return std::find(std::begin(kVerbs), std::end(kVerbs), w) != std::end(kVerbs);
}

// A verb of movement before "up to" or "past": "went up to 2,854", "climbs past 2,000".
bool moved(std::string_view w) {
  static constexpr std::string_view kMoved[] = {"go", "goes", "went", "gone", "going", "rose", "rises", "risen",
                                                "rising", "climbs", "climbed", "climbing", "jumped", "jumps",
                                                "increased", "moved", "moves", "shot", "soared", "soars",
                                                "pushed", "edged", "crept", "surged", "grew", "grows"};
  return std::find(std::begin(kMoved), std::end(kMoved), w) != std::end(kMoved);
}

struct HedgeWords {
  Hedge hedge = Hedge::kNone;
  std::size_t words = 0;  // how many tokens before the figure it takes
};

// Hedge words just before token i: "about 50,000", "more than 60,000",
// "nearly 600", "toll nears 400", "just under 600".
HedgeWords hedge_words(const Env& env, std::size_t i) {
  auto word = [&](std::size_t back) -> std::string_view {
    if (i < back) return {};
    const Token& t = env.tokens[i - back];
    return t.kind == TokenKind::kWord ? std::string_view(t.lower) : std::string_view();
  };
  const std::string_view w1 = word(1), w2 = word(2), w3 = word(3), w4 = word(4);
  if (w1 == "than") {
    if (w2 == "more" || w2 == "greater") return {Hedge::kMoreThan, 2};
    if (w2 == "less" || w2 == "fewer") return {Hedge::kLessThan, 2};
  }
  if (w2 == "at" && w1 == "least") return {Hedge::kAtLeast, 2};
  if (w2 == "at" && w1 == "most") return {Hedge::kAtMost, 2};
  // "up to 600", but not "the toll went up to 2,854": a movement, not a bound.
  if (w2 == "up" && w1 == "to" && !moved(w3)) return {Hedge::kAtMost, 2};
  // "climbs past 2,000", "has passed 2,000", "topped 2,000": beyond the figure;
  // but "the bill passed 220 to 207" is a tally.
  const bool tally = env.word(i + 1, "to") && env.is_number(i + 2);
  if ((w1 == "passed" || w1 == "surpassed" || w1 == "crossed" || w1 == "topped" || w1 == "exceeded" ||
       w1 == "tops" || w1 == "exceeds" || w1 == "surpasses" || w1 == "crosses" || (w1 == "past" && moved(w2))) &&
      !tally)
    return {Hedge::kMoreThan, 1};
  if (w2 == "close" && w1 == "to") return {Hedge::kApprox, 2};
  if (w2 == "upwards" && w1 == "of") return {Hedge::kMoreThan, 2};
  if (w3 == "in" && w2 == "excess" && w1 == "of") return {Hedge::kMoreThan, 3};
  if (w3 == "as" && w2 == "many" && w1 == "as") return {Hedge::kAtMost, 3};
  if (w3 == "as" && w2 == "much" && w1 == "as") return {Hedge::kAtMost, 3};
  // "just under 600", "just short of 600", "short of 600": approximate, from below.
  if (w4 == "just" && w3 == "short" && w2 == "of") return {Hedge::kNearly, 3};
  if (w2 == "just" && (w1 == "under" || w1 == "below")) return {Hedge::kNearly, 2};
  if (w2 == "short" && w1 == "of") return {Hedge::kNearly, 2};
  if (w1 == "nearly" || w1 == "almost" || w1 == "nears" || w1 == "nearing" || w1 == "approaching" ||
      w1 == "approach" || w1 == "approaches")
    return {Hedge::kNearly, 1};
  if (w1 == "about" || w1 == "around" || w1 == "roughly" || w1 == "approximately" ||
      w1 == "approx" || w1 == "some" || w1 == "estimated" || w1 == "circa")
    return {Hedge::kApprox, 1};
  if (w2 == "estimated" && w1 == "at") return {Hedge::kApprox, 2};
  if (w1 == "within") return {Hedge::kAtMost, 1};  // "within 90 days"
  if (w1 == "over" && phrasal_over(w2)) return {};
  if (w1 == "over" || w1 == "above" || w1 == "exceeding") return {Hedge::kMoreThan, 1};
  if (w1 == "under" || w1 == "below") return {Hedge::kLessThan, 1};
  return {};
}

bool up_word(std::string_view w) {
  static constexpr std::string_view kUp[] = {
      "rose", "rise", "rises", "risen", "rising", "increased", "increase", "increases",
      "grew", "grow", "grows", "growth", "up", "jumped", "surged", "climbed", "gained",
      "soared", "expanded", "hike", "jump", "surge", "gain", "higher", "raised", "raise",
      "raises", "hiked", "appreciated", "strengthened", "boosted", "doubled", "tripled", "quadrupled", "ballooned", "swelled", "spiked",
      "skyrocketed", "rocketed"};
  return std::find(std::begin(kUp), std::end(kUp), w) != std::end(kUp);
}

bool down_word(std::string_view w) {
  static constexpr std::string_view kDown[] = {
      "fell", "fall", "falls", "fallen", "falling", "dropped", "drop", "drops", "declined",
      "decline", "declines", "decreased", "decrease", "down", "slumped", "plunged", "shrank",
      "shrunk", "contracted", "cut", "reduction", "slid", "tumbled", "lower", "lost", "dip",
      "dipped", "eased", "lowered", "slashed", "trimmed", "reduced", "depreciated", "weakened",
      "sank", "slipped", "plummeted", "shed"};
  return std::find(std::begin(kDown), std::end(kDown), w) != std::end(kDown);
}

// "fell 3 percent", "rose by about 46 percent", "a 46 percent increase". Only
// the verb right before the figure counts (hedges and "by" may stand between),
// so "locked down for over 53 days" has no direction.
bool skippable_before_figure(std::string_view w) {
  return w == "by" || w == "about" || w == "around" || w == "nearly" || w == "almost" ||
         w == "some" || w == "over" || w == "more" || w == "less" || w == "than" ||
         w == "roughly" || w == "approximately" || w == "just" || w == "a" || w == "an" ||
         w == "at" || w == "least" || w == "to" || w == "nearly" || w == "only" || w == "minus" ||
         w == "negative";
}

Direction direction_of(const Env& env, const Value& value, std::size_t first, std::size_t next) {
  for (std::size_t back = 1; back <= 5 && back <= first; ++back) {
    const Token& t = env.tokens[first - back];
    if (t.kind != TokenKind::kWord) break;
    const std::string_view w = t.lower;  // compared by size first, not by strlen and compare
    // "raised $50m" is money collected; "raised by Rs35" or "raised 33 per cent" a rise.
    if ((w == "raised" || w == "raise" || w == "raises" || w == "raising") && value.kind == ValueKind::kMoney)
      break;
    // "made up 12% of the electorate", "takes up 40 percent": a share, not a rise.
    if (w == "up" && back < first) {
      const std::string_view verb = env.tokens[first - back - 1].lower;
      if (verb == "made" || verb == "make" || verb == "makes" || verb == "making" || verb == "take" ||
          verb == "takes" || verb == "took" || verb == "taking" || verb == "taken" || verb == "use" ||
          verb == "uses" || verb == "used" || verb == "using")
        break;
    }
    if (up_word(w)) return Direction::kUp;
    if (down_word(w)) return Direction::kDown;
    if (!skippable_before_figure(w)) break;
  }
  // "raised rates to 4 per cent", "cut its forecast for next year to 0.7 per cent":
  // after "to" or "by", the verb may stand a few words back, before its object.
  // Only verbs count there: "growth forecast" is a noun, not a rise.
  if (first >= 1 && (env.word(first - 1, "to") || env.word(first - 1, "by"))) {
    for (std::size_t back = 2; back <= 8 && back <= first; ++back) {
      const Token& t = env.tokens[first - back];
      if (t.kind == TokenKind::kPunct && t.lower == "-") continue;  // "flood-defence spending"
      if (t.kind != TokenKind::kWord) break;
      const std::string_view w = t.lower;
      const bool verb = w.ends_with("ed") || w == "rose" || w == "fell" || w == "grew" ||
                        w == "cut" || w == "sank" || w == "slid" || w == "shed" || w == "lost";
      if (!verb) continue;
      if (up_word(w)) return Direction::kUp;
      if (down_word(w)) return Direction::kDown;
    }
  }
  // "₹60,000 crore, up from ₹15,000 crore": the figure a rise reached.
  {
    const std::size_t k = env.punct(next, ",") ? next + 1 : next;
    if (env.word(k + 1, "from") && env.word(k, "up")) return Direction::kUp;
    if (env.word(k + 1, "from") && env.word(k, "down")) return Direction::kDown;
  }
  if (const Token* t = env.at(next); t && t->kind == TokenKind::kWord) {
    const std::string_view w = t->lower;
    if (w == "higher") return Direction::kUp;  // "up to 40 percent higher"
    if (w == "lower") return Direction::kDown;
    if (w == "increase" || w == "rise" || w == "growth" || w == "jump" || w == "hike" || w == "surge")
      return Direction::kUp;
    if (w == "decrease" || w == "decline" || w == "drop" || w == "fall" || w == "cut" || w == "reduction" ||
        w == "dip")
      return Direction::kDown;
  }
  return Direction::kNone;
}

// "6-7 April 2021": the first day of a date range takes the month and year
// of the second.
void apply_range(const Env& env, Match& m, std::size_t next) {
  if (m.value.kind != ValueKind::kNumber) return;
  const bool dash = env.punct(next, "-") && env.adjacent(next) && env.adjacent(next + 1);
  const bool joined = dash || env.word(next, "and");  // "6-7 April", "6 and 7 April"
  if (!joined && !env.word(next, "to")) return;
  auto second = match_at(env, next + 1);
  if (!second || second->suppress) return;
  const Value& other = second->value;
  if (other.kind != ValueKind::kDate) return;  // figures: link_ranges, after the scan
  const Date& d = other.date;
  if (!(m.value.number >= 1 && m.value.number <= 31)) return;
  const int day = static_cast<int>(m.value.number);
  if (!joined || d.precision != DatePrecision::kDay || m.value.number != day || day < 1 ||
      day >= d.day)
    return;
  m.value.kind = ValueKind::kDate;
  m.value.date = Date{d.year, d.month, day, DatePrecision::kDay};
  m.value.resolved = other.resolved;
  m.value.unit = other.unit;
  m.value.number = 0;
}

// "minus 5", "-3%", "−3 percent" (the tokenizer reads U+2212 as "-"): a
// negative figure, the sign inside its span. A hyphen glued to a word before it
// ("Covid-19") or with no space before it is no sign.
void apply_sign(const Env& env, Value& v, std::size_t i) {
  if (v.kind == ValueKind::kDuration || i == 0) return;
  // "+3%": a rise, the sign inside the span.
  if (v.kind == ValueKind::kPercent && env.punct(i - 1, "+") && !env.tokens[i].space_before) {
    v.direction = Direction::kUp;
    v.begin = env.tokens[i - 1].begin;
    return;
  }
  if (env.word(i - 1, "minus") || env.word(i - 1, "negative")) {
    v.number = -v.number;
    v.begin = env.tokens[i - 1].begin;
    return;
  }
  if (!env.punct(i - 1, "-") || !env.is_number(i) || env.tokens[i].space_before) return;
  const Token& sign = env.tokens[i - 1];
  if (!sign.space_before && !sign.line_start) return;
  v.direction = Direction::kNone;  // the sign already says which way
  v.number = -v.number;
  v.begin = sign.begin;
}

// "rose 25% to $21.3bn", "rose Rs2,500 per tola to Rs215,000": the figure after
// "to" is where the movement of the figure before it ended, so it moved the same way.
Direction carried_direction(const Env& env, const Value& before, std::size_t i,
                            std::size_t previous_next) {
  if (before.direction == Direction::kNone || i == 0 || !env.word(i - 1, "to")) return Direction::kNone;
  if (previous_next == i - 1) return before.direction;
  if (previous_next + 3 == i && env.word(previous_next, "per")) return before.direction;
  return Direction::kNone;
}

// Not values of their own: "46 flights a day" (a rate: "a day" after a figure)
// and "from a year earlier" (the base of a comparison, not a length of time).
bool rate_or_offset(const Env& env, const Match& m, std::size_t i, std::size_t next,
                    std::size_t previous_next, const std::vector<Value>& values) {
  if (m.value.kind != ValueKind::kDuration) return false;
  if ((env.word(i, "a") || env.word(i, "an")) && previous_next == i && i > 0) return true;
  // "1.2 billion cubic feet of gas a day": the rate's "a day", read with the figure.
  if (env.word(i, "a") && !values.empty() && values.back().kind == ValueKind::kMeasure &&
      values.back().unit.ends_with("/d") && i >= previous_next && i - previous_next <= 3)
    return true;
  return i > 0 && (env.word(i - 1, "from") || env.word(i - 1, "than")) &&
         (env.word(next, "ago") || env.word(next, "earlier"));
}

std::vector<Value> scan(std::string_view text, const std::vector<Token>& tokens, const ParseContext& context,
                        bool expect_mode) {
  const Env env{text, tokens, context.published, expect_mode, context.date_order, &context.currencies};
  std::vector<Value> values;
  std::size_t i = 0;
  std::size_t previous_next = 0;  // the token after the last value kept
  while (i < tokens.size()) {
    std::optional<Match> m = match_at(env, i);
    if (!m) {
      ++i;
      continue;
    }
    const std::size_t next = std::max(m->next, i + 1);
    if (!m->suppress && !rate_or_offset(env, *m, i, next, previous_next, values)) {
      apply_range(env, *m, next);
      Value& v = m->value;
      v.hedge_begin = v.begin;
      if (v.kind == ValueKind::kTime) {  // "around 8 am IST"
        const HedgeWords hedge = hedge_words(env, i);
        if (hedge.hedge == Hedge::kApprox || hedge.hedge == Hedge::kNearly) {
          v.hedge = hedge.hedge;
          v.hedge_begin = tokens[i - hedge.words].begin;
        }
      }
      if (numeric(v.kind)) {
        const HedgeWords hedge = hedge_words(env, i);
        v.hedge = hedge.hedge;
        if (hedge.words > 0) v.hedge_begin = tokens[i - hedge.words].begin;
        if (v.kind == ValueKind::kDuration && v.hedge == Hedge::kMoreThan && env.word(i - 1, "over") &&
            !(i >= 2 && env.tokens[i - 2].kind == TokenKind::kWord &&
              (env.word(i - 2, "for") || env.word(i - 2, "in"))))
          v.hedge = Hedge::kNone, v.hedge_begin = v.begin;  // "cost £3bn over two years": a span of time, not a hedge
        // The verb stands before the hedge: "weakened to just under 100 km/h";
        // "up to 50 cm" is a bound, not a rise.
        if (v.kind != ValueKind::kDuration) v.direction = direction_of(env, v, i - hedge.words, next);
        if (v.direction == Direction::kNone && !values.empty())
          v.direction = carried_direction(env, values.back(), i, previous_next);
        apply_sign(env, v, i);
        v.hedge_begin = std::min(v.hedge_begin, v.begin);
      }
      if (v.figure_end == 0) {
        v.figure_begin = v.begin;
        v.figure_end = v.end;
      }
      values.push_back(std::move(v));
      previous_next = next;
    }
    i = next;
  }
  detail::join_ratios(text, values);
  detail::link_ranges(text, values);
  detail::join_duration_parts(text, values);
  detail::join_relative_years(text, values);
  return values;
}

}  // namespace

std::vector<Value> find_values(std::string_view text, const ParseContext& context) {
  return scan(text, detail::tokenize(text), context, false);
}

std::vector<Value> find_values(std::string_view text, const std::vector<Token>& tokens, const ParseContext& context) {
  return scan(text, tokens, context, false);
}

namespace {

bool digits_at(std::string_view t, std::size_t at, std::size_t count) {
  if (at + count > t.size()) return false;
  for (std::size_t k = at; k < at + count; ++k)
    if (t[k] < '0' || t[k] > '9') return false;
  return true;
}

int number_at(std::string_view t, std::size_t at, std::size_t count) {
  int n = 0;
  for (std::size_t k = at; k < at + count; ++k) n = n * 10 + (t[k] - '0');
  return n;
}

// "2014-08-03T16:30+08:00", "2014-08-03T08:30Z", "2014-08-03T16:30:00": a
// date-time in a fact sheet (ISO 8601), read as a time of day on that date.
std::optional<Value> iso_date_time(std::string_view t) {
  if (t.size() < 16 || t[10] != 'T' || !digits_at(t, 11, 2) || t[13] != ':' || !digits_at(t, 14, 2)) return std::nullopt;
  std::optional<Date> day = parse_iso_date(t.substr(0, 10));
  if (!day) return std::nullopt;
  const int hours = number_at(t, 11, 2), minutes = number_at(t, 14, 2);
  if (hours > 23 || minutes > 59) return std::nullopt;
  std::size_t k = 16;
  if (k < t.size() && t[k] == ':' && digits_at(t, k + 1, 2)) k += 3;
  Value v;
  v.kind = ValueKind::kTime;
  v.number = hours * 60 + minutes;
  v.date = *day;
  v.end = t.size();
  if (k == t.size()) return v;
  if (t.substr(k) == "Z") {
    v.unit = "UTC";
    return v;
  }
  if (t.size() == k + 6 && (t[k] == '+' || t[k] == '-') && digits_at(t, k + 1, 2) && t[k + 3] == ':' &&
      digits_at(t, k + 4, 2)) {
    v.unit = std::string(t.substr(k));
    if (v.unit == "+00:00") v.unit = "UTC";
    return v;
  }
  return std::nullopt;
}

std::string_view trimmed(std::string_view text) {
  std::size_t begin = 0, end = text.size();
  while (begin < end && (text[begin] == ' ' || text[begin] == '\t')) ++begin;
  while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\n' ||
                         text[end - 1] == '\r'))
    --end;
  return text.substr(begin, end - begin);
}

// Why nothing was read in an expect: a currency code or a unit we do not know,
// an ambiguous numeric date.
std::string no_value_reason(std::string_view text) {
  const std::vector<Token> tokens = detail::tokenize(text);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    const bool next_number = i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::kNumber;
    const bool prev_number = i > 0 && tokens[i - 1].kind == TokenKind::kNumber;
    if (t.kind == TokenKind::kWord && t.all_upper && t.lower.size() == 3 && (next_number || prev_number) &&
        !detail::currency_code(t.lower))
      return fmt::format("unknown currency code '{}'", text.substr(t.begin, t.end - t.begin));
    if (t.kind == TokenKind::kWord && prev_number && !t.space_before)
      return fmt::format("unknown unit '{}'", text.substr(t.begin, t.end - t.begin));
    if (t.kind == TokenKind::kNumber && i + 4 < tokens.size() && tokens[i + 1].lower == tokens[i + 3].lower &&
        (tokens[i + 1].lower == "/" || tokens[i + 1].lower == "-" || tokens[i + 1].lower == ".") &&
        tokens[i + 2].kind == TokenKind::kNumber && tokens[i + 4].kind == TokenKind::kNumber)
      return fmt::format("'{}' could be read day first or month first: write it as YYYY-MM-DD, or set "
                         "`values: {{dates: day-first}}` (or month-first) in .factlint.yaml",
                         text.substr(t.begin, tokens[i + 4].end - t.begin));
  }
  return fmt::format("no figure, date or time found in '{}'", text);
}

}  // namespace

std::optional<Value> parse_expect(std::string_view text) { return parse_expect_explained(text).value; }

ExpectParse parse_expect_explained(std::string_view raw, const ParseContext& context) {
  const std::string_view text = trimmed(raw);
  if (auto dt = iso_date_time(text)) return {dt, ""};
  // The whole string is one value, optionally after a hedge ("about 50,000")
  // or a year's preposition ("since 2012").
  ParseContext expect_context;
  expect_context.date_order = context.date_order;
  expect_context.currencies = context.currencies;
  std::vector<Value> all = scan(text, detail::tokenize(text), expect_context, true);
  std::vector<Value> values;
  for (const Value& v : all)
    if (!(v.invalid && v.kind != ValueKind::kDate)) values.push_back(v);
  if (values.empty()) return {std::nullopt, no_value_reason(text)};
  if (values.size() > 1) {
    std::string found;
    for (const Value& v : values)
      found += fmt::format("{}'{}'", found.empty() ? "" : ", ", text.substr(v.begin, v.end - v.begin));
    return {std::nullopt, fmt::format("'{}' holds {} values ({}): write one value per list item", text,
                                      values.size(), found)};
  }
  Value v = values.front();
  const std::string_view shown = text.substr(v.begin, v.end - v.begin);
  if (v.invalid) return {std::nullopt, fmt::format("'{}' is not a date that exists", shown)};
  if (!v.resolved) {
    if (v.unit == "no year")
      return {std::nullopt, fmt::format("'{}' has no year: write it with one, e.g. '{} 2024' or an ISO date", shown, shown)};
    return {std::nullopt, fmt::format("'{}' depends on an article's publication date: write the date itself, "
                                      "e.g. 2021-04-06", shown)};
  }
  const std::size_t begin = 0, end = text.size();
  if (v.end != end)
    return {std::nullopt, fmt::format("'{}' after the value is not understood", text.substr(v.end))};
  if (v.begin == begin) return {v, ""};
  // Allowed lead-ins: a hedge, or "since"/"in" before a year.
  const std::vector<Token> tokens = detail::tokenize(text.substr(0, v.begin));
  std::string lead;
  for (const Token& t : tokens) {
    if (t.kind != TokenKind::kWord)
      return {std::nullopt, fmt::format("'{}' before the value is not understood", text.substr(0, v.begin))};
    lead += lead.empty() ? t.lower : " " + t.lower;
  }
  static constexpr std::string_view kHedges[] = {
      "about", "around", "roughly", "approximately", "nearly", "almost", "some", "over",
      "more than", "at least", "under", "less than", "fewer than", "up to", "at most", "close to",
      "just under", "just below"};
  const bool hedge = std::find(std::begin(kHedges), std::end(kHedges), lead) != std::end(kHedges);
  const bool year_lead = v.kind == ValueKind::kYear &&
                         (lead == "since" || lead == "in" || lead == "by" || lead == "until");
  if (!hedge && !year_lead && tokens.size() == 1 && tokens[0].all_upper && tokens[0].lower.size() == 3)
    return {std::nullopt, fmt::format("unknown currency code '{}'", text.substr(tokens[0].begin, 3))};
  if (!hedge && !year_lead)
    return {std::nullopt, fmt::format("'{}' before the value is not understood (a hedge such as 'about', "
                                      "'more than' or 'up to' may stand there)", text.substr(0, v.begin))};
  return {v, ""};
}

}  // namespace factlint::extract
