// Quantities: digit numbers with scales ("5bn", "1.6 billion") and numbers in
// words ("one hundred and fifty thousand", "half a million"), plus the digit
// tokens that are not quantities at all ("Covid-19", "1980s", "10:30").
#include <cmath>

#include "checker/extract/parser.h"

namespace factlint::extract::detail {
namespace {

// Above this a figure is absurd ("999999999999999999999 trillion"): dropped.
constexpr double kMaxQuantity = 1e18;

bool is_ordinal_suffix(std::string_view w) {
  return w == "st" || w == "nd" || w == "rd" || w == "th";
}

// Units written straight after digits: "50km", "100mg", "2hr 22min 55sec".
bool is_attached_unit(std::string_view w) {
  return w == "km" || w == "kg" || w == "mg" || w == "ml" || w == "mw" || w == "gw" ||
         w == "kw" || w == "cm" || w == "mm" || w == "ft" || w == "mt" || w == "kv" ||
         w == "mph" || w == "kmh" || w == "sqkm" || w == "mb" || w == "gb" || w == "tb" ||
         w == "mil" || w == "hr" || w == "hrs" || w == "min" || w == "mins" || w == "sec" || w == "secs" ||
         (w.size() >= 2 && measure_unit(w).has_value());
}

bool is_time_word(std::string_view w) {
  return w == "am" || w == "pm" || w == "hrs" || w == "gmt" || w == "pst" || w == "pkt" ||
         w == "ist" || w == "utc" || w == "est" || w == "edt" || w == "bst" || w == "cet";
}

// End of the run of tokens glued to token i without spaces ("F-16s", "Covid-19").
std::size_t glued_end(const Env& env, std::size_t i) {
  std::size_t j = i + 1;
  while (j < env.size() && env.adjacent(j) && env.tokens[j].kind != TokenKind::kSymbol) {
    const Token& t = env.tokens[j];
    if (t.kind == TokenKind::kPunct) {
      if (t.lower != "-" || !env.adjacent(j + 1) || !env.at(j + 1) ||
          env.tokens[j + 1].kind == TokenKind::kPunct)
        break;
    }
    ++j;
  }
  return j;
}

Match suppress(std::size_t next) {
  Match m;
  m.suppress = true;
  m.next = next;
  return m;
}

bool is_currency_prefix_word(const Token& t) {
  return t.lower == "rs" || t.lower == "us" || (t.all_upper && currency_code(t.lower));
}

// "3/4", "1/2": a fraction in digits with a small denominator and no third
// part ("3/4/2021" is a date), numerator below the denominator ("24/7", "9/11" are not).
std::optional<std::pair<double, std::size_t>> digit_fraction(const Env& env, std::size_t i) {
  const Token& a = env.tokens[i];
  if (a.kind != TokenKind::kNumber || a.grouped || a.decimal || a.leading_zero || a.digits > 2) return std::nullopt;
  if (!env.punct(i + 1, "/") || !env.adjacent(i + 1) || !env.is_number(i + 2) || !env.adjacent(i + 2))
    return std::nullopt;
  const Token& b = env.tokens[i + 2];
  if (b.grouped || b.decimal || b.leading_zero || b.digits > 2) return std::nullopt;  // no int cast past INT_MAX
  const int den = static_cast<int>(b.number);
  if (!(den == 2 || den == 3 || den == 4 || den == 5 || den == 8 || den == 10) || a.number >= den || a.number < 1)
    return std::nullopt;
  if (env.punct(i + 3, "/") || env.punct(i + 3, "-")) return std::nullopt;
  return std::make_pair(a.number / den, i + 3);
}

// "a third of", "two-thirds of", "three quarters of": a fraction, read only
// before "of" so that "the third round" stays an ordinal.
std::optional<Quantity> parse_fraction(const Env& env, std::size_t i) {
  const Token& t = env.tokens[i];
  const bool one = t.lower == "a" || t.lower == "one";
  const std::optional<int> count = one ? std::optional<int>(1) : number_word(t.lower);
  if (!count || *count < 1 || *count > 9) return std::nullopt;
  std::size_t j = i + 1;
  if (env.punct(j, "-") && env.adjacent(j) && env.adjacent(j + 1)) ++j;
  const Token* w = env.at(j);
  if (!w || w->kind != TokenKind::kWord || !env.word(j + 1, "of")) return std::nullopt;
  std::string word = w->lower;
  const bool plural_form = !word.empty() && word.back() == 's';
  if (plural_form != (*count > 1)) return std::nullopt;
  if (plural_form) word.pop_back();
  int denominator = 0;
  if (word == "quarter") denominator = 4;
  else if (word == "third") denominator = 3;
  else if (auto n = ordinal_word(word); n && *n >= 5 && *n <= 10) denominator = *n;
  if (denominator == 0 || *count >= denominator) return std::nullopt;
  Quantity q;
  q.number = static_cast<double>(*count) / denominator;
  q.next = j + 1;
  // "a quarter of a million", "two-thirds of a billion": a fraction of a scale.
  if ((env.word(j + 2, "a") || env.word(j + 2, "one")) && env.at(j + 3) && env.tokens[j + 3].kind == TokenKind::kWord) {
    if (auto scale = scale_word(env.tokens[j + 3].lower); scale && *scale >= 1000) {
      q.number *= *scale;
      q.has_scale = true;
      q.next = j + 4;
    }
  }
  return q;
}

// Label words that mark a number even in lower case: "platform 1", "room 4".
bool lower_case_label_word(std::string_view w) {
  return w == "article" || w == "articles" || w == "section" || w == "sections" ||
         w == "clause" || w == "chapter" || w == "para" || w == "paragraph" || w == "platform" ||
         w == "room" || w == "gate" || w == "junction" || w == "junctions" || w == "flight" ||
         w == "route" || w == "page" || w == "pages" || w == "verse" || w == "annexure" ||
         w == "appendix";
}

// After a label, "10 and 11", "10, 11 and 12" or "10-11" are labels too.
std::size_t label_list_end(const Env& env, std::size_t i) {
  std::size_t next = i + 1;
  for (int more = 0; more < 8; ++more) {
    const bool joined = env.word(next, "and") || env.word(next, "to") || env.word(next, "or") ||
                        env.punct(next, ",") || env.punct(next, "-");
    if (!joined || !env.is_number(next + 1) || env.tokens[next + 1].decimal) break;
    next += 2;
  }
  return next;
}

// The bare number at i (digits only, no separators) names a model: the word
// before it has a capital ("Boeing", "iPhone", "PS") and is no month, weekday,
// currency, hedge or the first word of the sentence ("In 2019", "About 40").
bool names_a_model(const Env& env, std::size_t i) {
  const Token& t = env.tokens[i];
  if (t.grouped || t.decimal || t.leading_zero || t.digits > 4) return false;
  const Token& prev = env.tokens[i - 1];
  const std::string_view raw = env.text.substr(prev.begin, prev.end - prev.begin);
  bool capital = false;
  for (char c : raw) capital = capital || (c >= 'A' && c <= 'Z');
  if (!capital || prev.line_start || i < 2) return false;
  const Token& before = env.tokens[i - 2];
  if (before.kind == TokenKind::kPunct &&
      (before.lower == "." || before.lower == "\"" || before.lower == "!" || before.lower == "?" ||
       before.lower == ":" || before.lower == "(" || before.lower == "'"))
    return false;
  const std::string& w = prev.lower;
  if (month_word(w) || weekday_word(w) || currency_code(w) || currency_word(w) || w == "rs" ||
      w == "us" || number_word(w) || scale_word(w))
    return false;
  // A figure with a unit or a percent after it is a quantity: "PTI 50 seats" is rare,
  // "Karachi 50 percent" never a model; keep those.
  const Token* after = env.at(i + 1);
  if (after && after->kind == TokenKind::kPunct && after->lower == "%") return false;
  if (after && after->kind == TokenKind::kWord &&
      (after->lower == "percent" || after->lower == "per" || after->lower == "pc" ||
       scale_word(after->lower) || duration_unit(after->lower) ||  // "After 9 Years"
       currency_word(after->lower) || measure_unit(after->lower)))   // "Iraq 10 dinars", "Marrakesh 72 km"
    return false;
  return true;
}

// "7 Lok Kalyan Marg", "10 Downing Street": capitalised words ending in a street word.
bool street_address(const Env& env, std::size_t i) {
  const Token& t = env.tokens[i];
  if (t.grouped || t.decimal || t.digits > 4) return false;
  for (std::size_t k = i + 1; k <= i + 3 && k < env.size(); ++k) {
    const Token& w = env.tokens[k];
    if (w.kind != TokenKind::kWord || !w.capitalized) return false;
    if (w.lower == "marg" || w.lower == "street" || w.lower == "road" || w.lower == "avenue" ||
        w.lower == "lane" || w.lower == "boulevard" || w.lower == "downing")
      return true;
  }
  return false;
}

// "3-1", "220-207": two bare numbers joined by a hyphen with no unit, percent or
// date after them. Returns the token after the score, or 0.
std::size_t score_end(const Env& env, std::size_t i) {
  const Token& a = env.tokens[i];
  if (a.grouped || a.decimal || a.leading_zero || a.digits > 3) return 0;
  if (!env.punct(i + 1, "-") || !env.adjacent(i + 1) || !env.is_number(i + 2) ||
      !env.adjacent(i + 2))
    return 0;
  const Token& b = env.tokens[i + 2];
  if (b.grouped || b.decimal || b.leading_zero || b.digits > 3) return 0;
  const Token* after = env.at(i + 3);
  if (after == nullptr || after->kind == TokenKind::kPunct) return after && after->lower == "%" ? 0 : i + 3;
  if (after->kind != TokenKind::kWord) return 0;
  static constexpr std::string_view kAfter[] = {"to", "draw", "win", "victory", "defeat", "loss",
                                                "lead", "vote", "verdict", "majority", "in",
                                                "at", "on", "with", "against", "over", "and",
                                                "after", "scoreline", "margin", "result"};
  for (std::string_view w : kAfter)
    if (after->lower == w) return i + 3;
  return 0;
}

}  // namespace

std::optional<Match> blocked_number(const Env& env, std::size_t i) {
  const Token& t = env.tokens[i];
  if (t.overflow || t.dotted) {
    std::size_t next = glued_end(env, i);
    if (const Token* s = env.at(next); s && s->kind == TokenKind::kWord && scale_word(s->lower))
      ++next;
    return suppress(next);
  }
  const Token* prev = i > 0 ? &env.tokens[i - 1] : nullptr;
  // "F16", "G20": letters glued to digits (but "Rs5" is money, read elsewhere).
  if (prev && env.adjacent(i) && prev->kind == TokenKind::kWord && !is_currency_prefix_word(*prev))
    return suppress(glued_end(env, i));
  // "Covid-19", "D-8", "G-20", "F-16"; not "mid-2019".
  if (prev && env.adjacent(i) && prev->lower == "-" && i >= 2 && env.adjacent(i - 1) &&
      env.tokens[i - 2].kind == TokenKind::kWord) {
    const std::string& w = env.tokens[i - 2].lower;
    if (w != "mid" && w != "pre" && w != "post" && w != "early" && w != "late")
      return suppress(glued_end(env, i));
  }
  // "+92 51 ...", "#3"; but "+3%" is a rise of 3 percent.
  const bool percent_after = env.punct(i + 1, "%") || env.word(i + 1, "percent") || env.word(i + 1, "per");
  if (prev && env.adjacent(i) && (prev->lower == "#" || (prev->lower == "+" && !percent_after)))
    return suppress(glued_end(env, i));
  // "Article 370", "Section 144", "No. 5", "platform 1", "junctions 10 and 11".
  if (prev && prev->kind == TokenKind::kWord && label_word(prev->lower) &&
      (prev->capitalized || lower_case_label_word(prev->lower)))
    return suppress(label_list_end(env, i));
  // "beat Australia 3-1", "a 2-2 draw", "voted 220-207": a score or a tally.
  if (const std::size_t end = score_end(env, i)) return suppress(end);
  // "Boeing 737", "iPhone 15": a bare number after a name is a model or a label.
  if (prev && prev->kind == TokenKind::kWord && !env.adjacent(i) && names_a_model(env, i))
    return suppress(i + 1);
  // "7 Lok Kalyan Marg", "10 Downing Street": a house number.
  if (street_address(env, i)) return suppress(i + 1);
  if (prev && prev->lower == "." && i >= 2 && label_word(env.tokens[i - 2].lower) &&
      env.tokens[i - 2].capitalized)  // "No. 10", "Vol. 3"
    return suppress(i + 1);
  // Times of day: "10:30", "5 pm", "5pm", "5 p.m.", "5 o'clock".
  if (env.punct(i + 1, ":") && env.adjacent(i + 1) && env.is_number(i + 2) && env.adjacent(i + 2)) {
    std::size_t next = i + 3;
    if (const Token* w = env.at(next); w && w->kind == TokenKind::kWord && is_time_word(w->lower))
      ++next;
    return suppress(next);
  }
  if (const Token* w = env.at(i + 1); w && w->kind == TokenKind::kWord) {
    // "1630 hrs" is a time of day; "2 hrs" a length of time, read as a duration.
    if (is_time_word(w->lower) && !(w->lower == "hrs" && t.digits <= 2)) return suppress(i + 2);
    if ((w->lower == "a" || w->lower == "p") && env.punct(i + 2, ".") && env.adjacent(i + 2) &&
        env.word(i + 3, "m") && env.adjacent(i + 3))
      return suppress(env.punct(i + 4, ".") ? i + 5 : i + 4);
    if (w->lower == "o" && env.punct(i + 2, "'") && env.word(i + 3, "clock")) return suppress(i + 4);
    // "1980s", "5G", "3D": letters glued after digits that are no scale, unit or ordinal.
    const bool temperature = (w->lower == "c" || w->lower == "f") && w->all_upper;  // "40.3C"
    if (env.adjacent(i + 1) && !scale_suffix(w->lower) && !is_ordinal_suffix(w->lower) &&
        !is_attached_unit(w->lower) && w->lower != "pc" && w->lower != "pct" &&
        w->lower != "percent" && !temperature)
      return suppress(glued_end(env, i));
  }
  // Heading numbering at line start: "1. Introduction", "2) Trade".
  if (t.line_start && t.digits <= 3 && !t.decimal && !t.grouped &&
      (env.punct(i + 1, ".") || env.punct(i + 1, ")")) && env.adjacent(i + 1) &&
      (i + 2 >= env.size() || env.tokens[i + 2].space_before))
    return suppress(i + 2);
  // Phone numbers: "0300 1234567", "051-9207000", "920-7000".
  if (t.leading_zero && !t.decimal) {
    std::size_t next = glued_end(env, i);
    for (int parts = 0; parts < 3 && env.is_number(next); ++parts) next = glued_end(env, next);
    return suppress(next);
  }
  if (env.punct(i + 1, "-") && env.adjacent(i + 1) && env.is_number(i + 2) && env.adjacent(i + 2)) {
    const Token& n2 = env.tokens[i + 2];
    const bool iso_like = t.digits == 4 && n2.digits <= 2;
    // "5,000-6,000 people": thousands separators make a range, never a phone number.
    if (!iso_like && !t.grouped && !n2.grouped && t.digits + n2.digits >= 7) return suppress(glued_end(env, i));
  }
  return std::nullopt;
}

std::optional<Quantity> parse_quantity(const Env& env, std::size_t i) {
  const Token* t = env.at(i);
  if (!t) return std::nullopt;
  Quantity q;
  if (t->kind == TokenKind::kNumber) {
    if (t->overflow || t->dotted) return std::nullopt;
    q.number = t->number;
    q.from_digits = true;
    q.plain_integer = !t->grouped && !t->decimal && !t->leading_zero;
    std::size_t j = i + 1;
    // "3/4 of the city", "1 1/2 cups": a fraction that states a quantity.
    if (auto fraction = digit_fraction(env, i)) {
      q.number = fraction->first;
      q.plain_integer = false;
      q.next = fraction->second;
      return q;
    }
    if (q.plain_integer && env.is_number(j) && !env.adjacent(j)) {
      if (auto fraction = digit_fraction(env, j)) {
        q.number += fraction->first;
        q.plain_integer = false;
        q.next = fraction->second;
        return q;
      }
    }
    const Token* s = env.at(j);
    if (s && s->kind == TokenKind::kWord) {
      std::optional<double> scale;
      if (env.adjacent(j) && s->lower == "mm" && s->all_upper) scale = 1e6;  // "1MM": a million, as finance writes it
      else if (env.adjacent(j)) scale = scale_suffix(s->lower);
      else if (s->lower == "hundred") scale = 100;
      else if (s->lower == "dozen") scale = 12;
      else scale = scale_word(s->lower);
      if (scale) {
        q.number *= *scale;
        q.has_scale = true;
        q.plain_integer = false;
        ++j;
        // "10 lakh crore", "5 thousand crore": a scale of a larger scale.
        if (const Token* s2 = env.at(j); s2 && s2->kind == TokenKind::kWord) {
          if (auto outer = scale_word(s2->lower); outer && *outer > *scale) {
            q.number *= *outer;
            *scale *= *outer;
            ++j;
          }
        }
        // "3 million and a half": half the scale more.
        if (env.word(j, "and") && env.word(j + 1, "a") && env.word(j + 2, "half") && *scale >= 1000) {
          q.number += *scale / 2;
          j += 3;
        }
        // "4 thousand 3 hundred and 21": smaller parts after a scale, each a
        // figure before a smaller scale, or after "and".
        double current_scale = *scale;
        for (int parts = 0; parts < 4; ++parts) {
          const bool and_before = env.word(j, "and");
          const std::size_t n = and_before ? j + 1 : j;
          const Token* part = env.at(n);
          if (!part || part->kind != TokenKind::kNumber || part->grouped || part->decimal || part->leading_zero ||
              part->number >= current_scale)
            break;
          const Token* unit = env.at(n + 1);
          double part_scale = 1;
          if (unit && unit->kind == TokenKind::kWord && !env.adjacent(n + 1)) {
            if (unit->lower == "hundred") part_scale = 100;
            else if (auto sw = scale_word(unit->lower); sw && *sw < current_scale) part_scale = *sw;
          }
          // "3 hundred and 21"; not "42 billion and 42 more" (two figures).
          if (part_scale == 1 && !(and_before && current_scale == 100)) break;
          if (part_scale > 1 && part->number * part_scale >= current_scale) break;
          q.number += part->number * part_scale;
          j = part_scale > 1 ? n + 2 : n + 1;
          if (part_scale == 1) break;
          current_scale = part_scale;
        }
      }
    }
    q.next = j;
    q.absurd = !std::isfinite(q.number) || q.number > kMaxQuantity;
    return q;
  }
  if (t->kind != TokenKind::kWord) return std::nullopt;

  // Words: "fifty thousand", "one hundred and fifty thousand", "one and a half million",
  // "half a million", "a dozen", "forty-six".
  enum class Last { kNone, kSmall, kHundred, kScale, kAnd };
  double total = 0, current = 0;
  bool last_tens = false;  // the last word was "twenty".."ninety" on its own
  Last last = Last::kNone;
  std::size_t j = i;
  std::size_t words = 0;
  if (auto fraction = parse_fraction(env, i)) return fraction;
  const bool article = t->lower == "a" || t->lower == "an";
  if (article) {
    const Token* s = env.at(i + 1);
    if (!s || s->kind != TokenKind::kWord) return std::nullopt;
    if (s->lower == "hundred" || s->lower == "dozen" || scale_word(s->lower)) {
      current = 1;
      last = Last::kSmall;
      j = i + 1;
    } else {
      q.number = 1;
      q.article = true;
      q.next = i + 1;
      return q;  // "a week", "a decade": only a duration may use it
    }
  } else if (t->lower == "half" && env.at(i + 1) && env.tokens[i + 1].kind == TokenKind::kWord &&
             scale_word(env.tokens[i + 1].lower).value_or(0) >= 1000) {
    // "half million"
    q.number = *scale_word(env.tokens[i + 1].lower) / 2;
    q.has_scale = true;
    q.next = i + 2;
    return q;
  } else if (t->lower == "half" && (env.word(i + 1, "a") || env.word(i + 1, "an"))) {
    const Token* s = env.at(i + 2);
    if (!s || s->kind != TokenKind::kWord) return std::nullopt;
    // "half a day", "half an hour": half of one, for a duration.
    if (duration_unit(s->lower) && duration_unit(s->lower)->factor == 1) {
      q.number = 0.5;
      q.next = i + 2;
      return q;
    }
    const double scale = s->lower == "dozen" ? 12 : scale_word(s->lower).value_or(0);
    if (scale == 0) return std::nullopt;
    q.number = scale / 2;
    q.has_scale = true;
    q.next = i + 3;
    return q;
  }
  while (j < env.size()) {
    const Token& w = env.tokens[j];
    if (w.kind != TokenKind::kWord) break;
    // "fifty two": a tens word and a unit word without the hyphen.
    if (auto n = number_word(w.lower); n && *n >= 1 && *n <= 9 && last == Last::kSmall && last_tens) {
      current += *n;
      last_tens = false;
      ++j;
      ++words;
      continue;
    }
    last_tens = false;
    if (auto n = number_word(w.lower);
        n && (last == Last::kNone || last == Last::kHundred || last == Last::kScale ||
              last == Last::kAnd)) {
      last_tens = is_tens_word(w.lower) && !(env.punct(j + 1, "-") && env.adjacent(j + 1));
      double value = *n;
      std::size_t after = j + 1;
      // "forty-six"
      if (is_tens_word(w.lower) && env.punct(j + 1, "-") && env.adjacent(j + 1) &&
          env.adjacent(j + 2) && env.at(j + 2) && env.tokens[j + 2].kind == TokenKind::kWord) {
        if (auto unit = number_word(env.tokens[j + 2].lower); unit && *unit >= 1 && *unit <= 9) {
          value += *unit;
          after = j + 3;
        }
      }
      current += value;
      last = Last::kSmall;
      j = after;
      ++words;
      continue;
    }
    if (w.lower == "hundred" && last == Last::kSmall && current > 0 && current < 100) {
      current *= 100;
      last = Last::kHundred;
      ++j;
      continue;
    }
    if (w.lower == "dozen" && last == Last::kSmall) {
      current *= 12;
      last = Last::kHundred;
      q.has_scale = true;
      ++j;
      continue;
    }
    if (auto scale = scale_word(w.lower);
        scale && (last == Last::kSmall || last == Last::kHundred) && *scale >= 1000) {
      total += current * *scale;
      current = 0;
      last = Last::kScale;
      q.has_scale = true;
      ++j;
      continue;
    }
    if (w.lower == "and" && last == Last::kSmall && env.word(j + 1, "a") && env.word(j + 2, "half")) {
      // "one and a half million"
      current += 0.5;
      j += 3;
      last = Last::kHundred;  // a scale may follow, another small number may not
      continue;
    }
    if (w.lower == "and" && (last == Last::kHundred || last == Last::kScale) &&
        env.at(j + 1) && number_word(env.tokens[j + 1].lower)) {
      last = Last::kAnd;
      ++j;
      continue;
    }
    break;
  }
  if (last == Last::kNone || last == Last::kAnd) return std::nullopt;
  q.number = total + current;
  q.next = j;
  q.word_one = words == 1 && q.number == 1 && j == i + 1;
  return q;
}

}  // namespace factlint::extract::detail
