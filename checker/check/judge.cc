#include "checker/check/judge.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace factlint::check {
using extract::Hedge;
using extract::Value;
using extract::ValueKind;

namespace {

bool is_yearish(const Value& v) {
  return v.kind == ValueKind::kYear ||
         (v.kind == ValueKind::kDate && v.date.precision == DatePrecision::kYear);
}

int year_of(const Value& v) {
  return v.kind == ValueKind::kYear ? static_cast<int>(v.number) : v.date.year;
}

// Durations in a common base: days for seconds to weeks, months for months/years.
struct DurationBase {
  int family = -1;  // 0 = days, 1 = months, -1 = unknown unit
  double factor = 1;
};

DurationBase duration_base(std::string_view unit) {
  std::string u = extract::singular_unit(unit);
  if (u == "day") return {0, 1};
  if (u == "week") return {0, 7};
  if (u == "hour") return {0, 1.0 / 24};
  if (u == "minute") return {0, 1.0 / (24 * 60)};
  if (u == "second") return {0, 1.0 / (24 * 60 * 60)};
  if (u == "month") return {1, 1};
  if (u == "year") return {1, 12};
  if (u == "decade") return {1, 120};
  return {};
}

struct Interval {
  double low, high;
  bool low_open = false, high_open = false;
};

// How far a figure given as approximate may be from the truth: half the
// rounding step of the figure as written, at most 10% of it. "about 600"
// spans 550 to 650 and "nearly 600" 550 to 600, "about $3 billion" $2.7 to
// $3.3 billion, "about 398" 397.5 to 398.5: a precise figure stays precise.
double rounding_slack(double n) {
  const double a = std::abs(n);
  if (a == 0 || !std::isfinite(a)) return 0;
  double step = std::pow(10.0, std::floor(std::log10(a)));
  for (int i = 0; i < 24; ++i) {  // the place of the last significant digit
    const double q = a / step;
    if (std::abs(q - std::round(q)) <= 1e-9 * std::max(q, 1.0)) break;
    step /= 10;
  }
  return std::min(step / 2, 0.1 * a);
}

// `n` as a hedge states it; `slack` widens an exact or approximate figure.
Interval interval_of(double n, Hedge hedge, double slack, double approximation) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  switch (hedge) {
    case Hedge::kMoreThan: return {n, kInf, true, false};
    case Hedge::kAtLeast: return {n, kInf, false, false};
    case Hedge::kLessThan: return {-kInf, n, false, true};
    case Hedge::kAtMost: return {-kInf, n, false, false};
    case Hedge::kApprox: return {n - slack - approximation, n + slack + approximation};
    case Hedge::kNearly: return {n - slack - approximation, n + slack};
    case Hedge::kNone: break;
  }
  return {n - slack, n + slack};
}

// Equal up to floating-point noise from parsing ("1.6 billion" vs "1,600 million").
bool same(double a, double b) {
  if (std::isinf(a) || std::isinf(b)) return a == b;
  return std::abs(a - b) <= 1e-9 * std::max({std::abs(a), std::abs(b), 1.0});
}

bool meet(const Interval& a, const Interval& b) {
  // Overlap unless one ends before the other starts (open ends touching do not meet).
  auto before = [](const Interval& x, const Interval& y) {
    if (same(x.high, y.low)) return x.high_open || y.low_open;
    return x.high < y.low;
  };
  return !before(a, b) && !before(b, a);
}

// A figure with the sign its words give it: "fell 3 percent" is -3, "rose 3
// percent" and "+3%" are +3, "minus 3" is -3; a bare "3 percent" says no sign.
struct Signed {
  double number = 0;
  bool known = false;
};

Signed signed_of(const Value& v) {
  if (v.number < 0) return {v.number, true};
  if (v.direction == extract::Direction::kDown) return {-v.number, true};
  if (v.direction == extract::Direction::kUp) return {v.number, true};
  return {v.number, false};
}

// `scale` turns both figures into a common unit (durations); the claimed
// figure's rounding is read in its own unit ("nearly two weeks").
bool numbers_agree(const Value& claimed, const Value& expected, double claimed_scale, double expected_scale,
                   const std::optional<rules::Tolerance>& tolerance) {
  Signed a = signed_of(claimed), b = signed_of(expected);
  if (!(a.known && b.known)) {  // one side gives no sign: compare sizes
    a.number = std::abs(a.number);
    b.number = std::abs(b.number);
  }
  const double claimed_n = a.number * claimed_scale, expected_n = b.number * expected_scale;
  double slack = 0;
  if (tolerance) slack = tolerance->relative ? std::abs(expected_n) * tolerance->amount : tolerance->amount;
  if (meet(interval_of(claimed_n, claimed.hedge, 0, rounding_slack(a.number) * claimed_scale),
           interval_of(expected_n, expected.hedge, slack, rounding_slack(b.number) * expected_scale)))
    return true;
  // "more than 47,000 runners" where the sheet says 47,000: a round figure in a
  // sheet is itself rounded, so its own bound is no contradiction. A precise
  // one stays precise: "over 53 days" still contradicts 53 days.
  const bool strict = claimed.hedge == Hedge::kMoreThan || claimed.hedge == Hedge::kLessThan;
  return strict && expected.hedge == Hedge::kNone && same(claimed_n, expected_n) && rounding_slack(b.number) > 0.5;
}

// "6 miles" for `expect: 10 km`: the expected value in the claim's unit. A
// figure written in another unit is a conversion, so it is read as rounded at
// its last digit ("6 miles" is 5.5 to 6.5 miles): "10 km (6 miles)" agrees,
// "12 km" does not.
bool measures_agree(const Value& claimed, const Value& expected, const std::optional<rules::Tolerance>& tolerance) {
  const auto a = extract::measure_unit(claimed.unit), b = extract::measure_unit(expected.unit);
  if (!a || !b) return false;
  Value converted = expected;
  converted.number = ((expected.number * b->factor + b->offset) - a->offset) / a->factor;
  converted.unit = claimed.unit;
  std::optional<rules::Tolerance> scaled = tolerance;
  if (scaled && !scaled->relative) scaled->amount = scaled->amount * b->factor / a->factor;
  Value rounded = claimed;
  if (rounded.hedge == Hedge::kNone) rounded.hedge = Hedge::kApprox;
  return numbers_agree(rounded, converted, 1, 1, scaled);
}

// Two times of day agree when their clocks do, once both are in UTC where
// both zones are known ("0830 GMT" and "16:30 Beijing time"); "local time" or
// no zone is taken to be the expected value's zone. "about 4:30 pm" allows 15 minutes.
bool times_agree(const Value& claimed, const Value& expected, const std::optional<rules::Tolerance>& tolerance) {
  double a = claimed.number, b = expected.number;
  const auto za = extract::zone_offset_minutes(claimed.unit), zb = extract::zone_offset_minutes(expected.unit);
  if (za && zb) {
    a -= *za;
    b -= *zb;
  }
  double d = std::fmod(std::abs(a - b), 1440.0);
  d = std::min(d, 1440.0 - d);
  double slack = tolerance && !tolerance->relative ? tolerance->amount : 0;
  if (claimed.hedge == Hedge::kApprox || claimed.hedge == Hedge::kNearly) slack += 15;
  return d <= slack + 1e-9;
}

// "homes" and "houses" when the sheet says `units: ['houses = homes']`.
bool same_unit(const std::string& a, const std::string& b, const std::vector<std::vector<std::string>>& synonyms) {
  if (a == b) return true;
  for (const auto& group : synonyms) {
    if (std::find(group.begin(), group.end(), a) != group.end() && std::find(group.begin(), group.end(), b) != group.end())
      return true;
  }
  return false;
}

}  // namespace

bool comparable(const Value& claimed, const Value& expected, const std::vector<std::vector<std::string>>& synonyms) {
  if (is_yearish(claimed) && is_yearish(expected)) return true;
  if (claimed.kind == ValueKind::kDate && expected.kind == ValueKind::kDate) return true;
  switch (expected.kind) {
    case ValueKind::kNumber:
      // A plain expected number ("150,000") agrees or disagrees with any count or
      // measure of it ("6.5-magnitude", "75 km" for `expect: 72`): the sheet gave
      // no unit. With a unit (`expect: 72 km`) only a length compares.
      // A multiple ("three times the official rate") is not the figure it multiplies.
      return claimed.kind == ValueKind::kNumber || (claimed.kind == ValueKind::kCount && claimed.unit != "times") ||
             claimed.kind == ValueKind::kMeasure;
    case ValueKind::kMeasure: {
      if (claimed.kind != ValueKind::kMeasure) return false;
      const auto a = extract::measure_unit(claimed.unit), b = extract::measure_unit(expected.unit);
      return a && b && a->dimension == b->dimension;
    }
    case ValueKind::kTime:
      return claimed.kind == ValueKind::kTime;
    case ValueKind::kCount:
      // A bare figure may be the count ("Tinubu polled 8,794,726"); select.cc
      // takes one only when a cue binds it in its own clause.
      // Not a share: "a quarter of the votes cast" counts nothing.
      if (claimed.kind == ValueKind::kNumber) return claimed.number >= 1 && claimed.number == std::floor(claimed.number);
      if (claimed.kind != ValueKind::kCount) return false;
      // The same unit as written has the same singular: no need to make it.
      return claimed.unit == expected.unit ||
             same_unit(extract::singular_unit(claimed.unit), extract::singular_unit(expected.unit), synonyms);
    case ValueKind::kMoney:
      return claimed.kind == ValueKind::kMoney && claimed.unit == expected.unit;
    case ValueKind::kDuration: {
      if (claimed.kind != ValueKind::kDuration) return false;
      DurationBase a = duration_base(claimed.unit), b = duration_base(expected.unit);
      return a.family >= 0 && a.family == b.family;
    }
    case ValueKind::kPercent:
    case ValueKind::kOrdinal:
    case ValueKind::kYear:
    case ValueKind::kDate:
      return claimed.kind == expected.kind;
  }
  return false;
}

bool consistent(const Value& claimed, const Value& expected,
                const std::optional<rules::Tolerance>& tolerance) {
  if (is_yearish(claimed) && is_yearish(expected)) {
    Value a = claimed, b = expected;
    a.number = year_of(claimed);
    b.number = year_of(expected);
    a.direction = b.direction = extract::Direction::kNone;
    return numbers_agree(a, b, 1, 1, tolerance);
  }
  if (claimed.kind == ValueKind::kDate || expected.kind == ValueKind::kDate) {
    if (!claimed.resolved || !expected.resolved) return true;
    if (claimed.kind == ValueKind::kYear) return year_of(claimed) == expected.date.year;
    if (expected.kind == ValueKind::kYear) return claimed.date.year == year_of(expected);
    return factlint::consistent(claimed.date, expected.date);
  }
  if (claimed.kind == ValueKind::kDuration && expected.kind == ValueKind::kDuration) {
    DurationBase a = duration_base(claimed.unit), b = duration_base(expected.unit);
    return numbers_agree(claimed, expected, a.factor, b.factor, tolerance);
  }
  if (claimed.kind == ValueKind::kMeasure && expected.kind == ValueKind::kMeasure && claimed.unit != expected.unit)
    return measures_agree(claimed, expected, tolerance);
  if (claimed.kind == ValueKind::kTime && expected.kind == ValueKind::kTime) return times_agree(claimed, expected, tolerance);
  return numbers_agree(claimed, expected, 1, 1, tolerance);
}

// How far a claimed value is from an expected one, for choosing which expected
// value to name when none agrees: numbers by ratio, dates by days.
double distance(const Value& claimed, const Value& expected) {
  if (claimed.kind == ValueKind::kDate && expected.kind == ValueKind::kDate && claimed.resolved &&
      expected.resolved && claimed.date.precision == DatePrecision::kDay &&
      expected.date.precision == DatePrecision::kDay)
    return std::abs(static_cast<double>(days_from_civil(claimed.date.year, claimed.date.month, claimed.date.day) -
                                        days_from_civil(expected.date.year, expected.date.month, expected.date.day)));
  const double a = std::abs(claimed.number), b = std::abs(expected.number);
  if (a == 0 || b == 0) return std::abs(a - b);
  return std::max(a, b) / std::min(a, b);
}

Verdict judge(const Value& claimed, const rules::Fact& fact) {
  Verdict verdict;
  double best = std::numeric_limits<double>::infinity();
  for (std::size_t i = 0; i < fact.expect.size(); ++i) {
    const Value& expected = fact.expect[i];
    if (!comparable(claimed, expected, fact.unit_synonyms)) continue;
    if (consistent(claimed, expected, fact.tolerance)) return {Verdict::Result::kAgrees, i};
    const double d = distance(claimed, expected);
    if (verdict.result == Verdict::Result::kIncomparable || d < best) {
      verdict = {Verdict::Result::kContradicts, i};
      best = d;
    }
  }
  return verdict;
}

namespace {

// Timelines (added after v1). ExpectEntry::until is when an entry stopped
// being the figure of its line: the latest its successor (or its withdrawal)
// may have come, or never.

// Past the last entry of Fact::by_start given by `moment` (UTC minutes).
std::vector<std::size_t>::const_iterator given_by(const rules::Fact& fact, long long moment) {
  return std::upper_bound(fact.by_start.begin(), fact.by_start.end(), moment,
                          [&](long long t, std::size_t i) { return t < fact.entries[i].start.earliest; });
}

// The entries of the line of entry `of` that were the figure when the article
// appeared: going back in time from the last entry given by then, up to the
// first entry of that line already replaced (those before it were too).
std::vector<std::size_t> current_at(const rules::Fact& fact, const Span& appeared, std::size_t of) {
  std::vector<std::size_t> out;
  for (auto end = given_by(fact, appeared.latest); end != fact.by_start.begin();) {
    const std::size_t i = *--end;
    const rules::ExpectEntry& e = fact.entries[i];
    if (!rules::same_line(e, fact.entries[of]) || !rules::same_quantity(fact.expect[i], fact.expect[of])) continue;
    if (fact.entries[i].until < appeared.earliest) break;
    out.push_back(i);
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool is_bound(Hedge h) { return h == Hedge::kAtLeast || h == Hedge::kMoreThan || h == Hedge::kAtMost || h == Hedge::kLessThan; }

// Whether `figure`, rounded to one or two significant digits (down for a lower
// bound, up for an upper one), is `bound`: how copy bounds a figure it knows
// ("more than 200" for 217, "over 3,000" for 3,338, "fewer than 100" for 94).
bool rounds_to(double figure, double bound, Hedge h) {
  if (!(figure > 0) || !(bound > 0) || std::isinf(figure)) return false;
  const bool lower = h == Hedge::kAtLeast || h == Hedge::kMoreThan;
  for (int digits = 1; digits <= 2; ++digits) {
    const double scale = std::pow(10.0, std::floor(std::log10(figure)) - (digits - 1));
    const double r = (lower ? std::floor(figure / scale + 1e-9) : std::ceil(figure / scale - 1e-9)) * scale;
    if (std::fabs(r - bound) < 1e-6 * std::max(1.0, bound)) return true;
  }
  return false;
}

// The common case, found without looking at the whole timeline: the claim
// agrees with a figure that held when the article appeared. Looks back from the
// last entry given by then, at most kLook entries; returns the latest that
// agrees (of the credited source's line when `own` is set), or nothing, and
// then judge looks at every candidate.
std::optional<std::size_t> agrees_with_current(const Value& claimed, const rules::Fact& fact, const Span& appeared,
                                               const std::string& own) {
  constexpr int kLook = 64;
  auto end = given_by(fact, appeared.latest);
  for (int looked = 0; end != fact.by_start.begin() && looked < kLook; ++looked) {
    const std::size_t i = *--end;
    const rules::ExpectEntry& e = fact.entries[i];
    if (!own.empty() && e.said_by != own && !e.said_by.empty()) continue;
    if (fact.entries[i].until < appeared.earliest) continue;
    if (comparable(claimed, fact.expect[i], fact.unit_synonyms) && consistent(claimed, fact.expect[i], fact.tolerance))
      return i;
  }
  return std::nullopt;
}

// The entries worth comparing with `claimed`. All of them, unless the fact's
// values are plain figures in order (Fact::by_number): then those whose figure
// is in reach of the claim's (its interval, widened by the tolerance, and by
// the 10% an approximate expected figure may span when there is one; a bound
// taken only as far as its nearest figures), and a few on either side for the
// nearest that disagree.
std::vector<std::size_t> candidates(const Value& claimed, const rules::Fact& fact) {
  const auto& order = fact.by_number;
  const bool plain = claimed.kind == ValueKind::kNumber || claimed.kind == ValueKind::kCount ||
                     claimed.kind == ValueKind::kMoney || claimed.kind == ValueKind::kPercent ||
                     claimed.kind == ValueKind::kYear;
  if (order.empty() || !plain || claimed.number < 0 || claimed.direction != extract::Direction::kNone) {
    std::vector<std::size_t> all(fact.expect.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
    return all;
  }
  const double rel = fact.tolerance && fact.tolerance->relative ? fact.tolerance->amount : 0;
  const double abs = fact.tolerance && !fact.tolerance->relative ? fact.tolerance->amount : 0;
  const Interval c = interval_of(claimed.number, claimed.hedge, 0, rounding_slack(claimed.number));
  // An exact expected figure b spans b ± its tolerance; "about b" up to 10% more.
  const double spread = 1 + rel + (fact.approximate_entries ? 0.1 : 0);
  double low = (c.low - abs) / spread;
  double high = std::isinf(c.high) ? c.high
                                    : (c.high + abs) / std::max(1 - rel - (fact.approximate_entries ? 0.1 : 0), 1e-9);
  auto number = [&](std::size_t i) { return fact.expect[i].number; };
  // A bound reaches to infinity on one side; only its nearest figures matter
  // (judge keeps those): up to the first figure past its own, which agrees.
  if (std::isinf(high) && !std::isinf(low)) {
    auto past = std::lower_bound(order.begin(), order.end(), c.low, [&](std::size_t i, double v) { return number(i) < v; });
    high = past == order.end() ? c.low : number(*past);
  }
  if (std::isinf(low) && !std::isinf(high)) {
    auto past = std::upper_bound(order.begin(), order.end(), c.high, [&](double v, std::size_t i) { return v < number(i); });
    low = past == order.begin() ? c.high : number(*(past - 1));
  }
  auto first = std::lower_bound(order.begin(), order.end(), low, [&](std::size_t i, double v) { return number(i) < v; });
  auto last = std::upper_bound(order.begin(), order.end(), high, [&](double v, std::size_t i) { return v < number(i); });
  constexpr std::ptrdiff_t kNeighbours = 8;
  first -= std::min(kNeighbours, first - order.begin());
  last += std::min(kNeighbours, order.end() - last);
  return {first, last};
}

}  // namespace

TimedVerdict judge(const Value& claimed, const rules::Fact& fact, const Circumstances& when) {
  TimedVerdict out;
  if (fact.entries.empty()) {
    const Verdict v = judge(claimed, fact);
    out.result = v.result == Verdict::Result::kAgrees        ? TimedVerdict::Result::kAgrees
                 : v.result == Verdict::Result::kContradicts ? TimedVerdict::Result::kContradicts
                                                              : TimedVerdict::Result::kIncomparable;
    out.entry = v.closest;
    return out;
  }
  const bool credited_has_own = !when.credited.empty() && std::binary_search(fact.bound_sources.begin(),
                                                                             fact.bound_sources.end(), when.credited);
  // The comparable entries that agree, and the closest that do not, among
  // `own` (the credited source's) and the others.
  std::vector<std::size_t> agree_own, agree_other;
  std::optional<std::size_t> near_own, near_other;
  double best_own = std::numeric_limits<double>::infinity(), best_other = best_own;
  if (fact.timeline && when.appeared && !is_bound(claimed.hedge)) {
    if (auto held = agrees_with_current(claimed, fact, *when.appeared, credited_has_own ? when.credited : "")) {
      out.result = TimedVerdict::Result::kAgrees;
      out.entry = *held;
      return out;
    }
  }
  std::vector<std::size_t> looked_at = candidates(claimed, fact);
  std::sort(looked_at.begin(), looked_at.end());  // in the sheet's order, as without the index
  for (std::size_t i : looked_at) {
    const Value& expected = fact.expect[i];
    if (!comparable(claimed, expected, fact.unit_synonyms)) continue;
    // The story's figures (no said_by) count as the credited source's own.
    const bool own = !credited_has_own || fact.entries[i].said_by == when.credited || fact.entries[i].said_by.empty();
    if (consistent(claimed, expected, fact.tolerance)) {
      (own ? agree_own : agree_other).push_back(i);
      continue;
    }
    const double d = distance(claimed, expected);
    if (own && d < best_own) {
      best_own = d;
      near_own = i;
    } else if (!own && d < best_other) {
      best_other = d;
      near_other = i;
    }
  }
  if (agree_own.empty() && agree_other.empty() && !near_own && !near_other) return out;  // incomparable
  if (agree_own.empty()) {
    if (!agree_other.empty() && near_own) {
      out.result = TimedVerdict::Result::kMisattributed;
      out.entry = agree_other.front();
      out.own = *near_own;
    } else {
      out.result = TimedVerdict::Result::kContradicts;
      out.entry = near_own ? *near_own : *near_other;
    }
    if (fact.timeline && when.appeared) out.current = current_at(fact, *when.appeared, out.entry);
    return out;
  }
  out.result = TimedVerdict::Result::kAgrees;
  out.entry = agree_own.front();
  if (!fact.timeline || !when.appeared) return out;
  // Of the entries it agrees with: one current when the article appeared, else
  // the one nearest in time (replaced least long before, or given least long after).
  const Span& appeared = *when.appeared;
  // "At least 6 dead" agrees with every later toll, but states the toll of 6:
  // a bound is judged at the entries nearest its figure.
  // Unless it is the current figure rounded the way copy rounds a figure it
  // bounds: "more than 200" when the toll is 217, "over 3,000" at 3,338.
  if (is_bound(claimed.hedge)) {
    std::vector<std::size_t> rounded;
    for (std::size_t i : agree_own) {
      const rules::ExpectEntry& e = fact.entries[i];
      const bool current = e.start.earliest <= appeared.latest && e.until >= appeared.earliest;
      if (current && rounds_to(fact.expect[i].number, claimed.number, claimed.hedge)) rounded.push_back(i);
    }
    if (!rounded.empty()) agree_own = std::move(rounded);
  }
  if (is_bound(claimed.hedge) && agree_own.size() > 1) {
    double closest = std::numeric_limits<double>::infinity();
    for (std::size_t i : agree_own) closest = std::min(closest, distance(claimed, fact.expect[i]));
    std::erase_if(agree_own, [&](std::size_t i) { return distance(claimed, fact.expect[i]) > closest; });
  }
  long long nearest = std::numeric_limits<long long>::max();
  TimedVerdict::Result why = TimedVerdict::Result::kAgrees;
  for (std::size_t i : agree_own) {
    const rules::ExpectEntry& e = fact.entries[i];
    long long gap = 0;
    TimedVerdict::Result result = TimedVerdict::Result::kAgrees;
    if (e.start.earliest > appeared.latest) {
      gap = e.start.earliest - appeared.latest;
      result = TimedVerdict::Result::kPremature;
    } else if (fact.entries[i].until < appeared.earliest && !when.earlier) {
      gap = appeared.earliest - fact.entries[i].until;
      result = TimedVerdict::Result::kOutdated;
    }
    // The nearest in time; of several that held, the one given last.
    const bool later = gap == 0 && nearest == 0 &&
                       std::pair(e.start.earliest, i) > std::pair(fact.entries[out.entry].start.earliest, out.entry);
    if (gap < nearest || later) {
      nearest = gap;
      why = result;
      out.entry = i;
    }
  }
  out.result = why;
  if (why != TimedVerdict::Result::kAgrees) out.current = current_at(fact, appeared, out.entry);
  return out;
}

}  // namespace factlint::check
