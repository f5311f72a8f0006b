// The judge: the one place where a value an article states meets the values a
// fact sheet expects. Which values can be compared at all (a count of doses is
// not a count of people), and whether they agree: kind, unit, hedges and
// intervals, tolerance, sign and direction, date precision.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "checker/extract/value.h"
#include "checker/rules/sheet.h"

namespace factlint::check {

// True when `claimed` states the same kind of thing as `expected`, so that
// comparing them means something: same kind (a year and a year-precision date
// count as the same), same unit for counts (singular or plural) and money,
// durations in units that convert (days/weeks, months/years).
// `synonyms`: the sheet's `units:` groups ("houses = homes").
bool comparable(const extract::Value& claimed, const extract::Value& expected,
                const std::vector<std::vector<std::string>>& synonyms = {});

// How it works: each value is an interval. "50,000" is [50,000 - t, 50,000 + t]
// with t the fact's tolerance (0 by default, `1%` relative to the expected
// value); "more than 60,000" is (60,000, inf); "at least" [n, inf); "less than"
// (-inf, n); "up to" (-inf, n]. An approximate figure also spans half its
// rounding step, at most 10%: "about 600" [550, 650], "nearly 600" and "close
// to 600"'s cousin "just under 600" [550, 600], "about 398" [397.5, 398.5].
// The two agree when the intervals meet, so "nearly 600" agrees with 589 and
// "more than 60,000" does not with 50,000. A sign counts when both sides give
// one: "fell 3 percent" agrees with `-3%` and contradicts `+3%`; an unsigned
// `3%` only fixes the size. Dates agree at the coarser precision ("June
// 2019" agrees with 2019-06-13). An unresolved relative date agrees with
// anything: without a publication date it states nothing checkable.
bool consistent(const extract::Value& claimed, const extract::Value& expected,
                const std::optional<rules::Tolerance>& tolerance);

struct Verdict {
  enum class Result {
    kAgrees,        // agrees with one of the expected values
    kContradicts,   // comparable with some expected value, agrees with none
    kIncomparable,  // states nothing the fact's values can be compared with
  };
  Result result = Result::kIncomparable;
  // The expected value it agrees with, or the comparable one it misses by the
  // least; an index into Fact::expect. Meaningless when kIncomparable.
  std::size_t closest = 0;
};

Verdict judge(const extract::Value& claimed, const rules::Fact& fact);

// Added after v1: judging against a fact whose `expect` entries carry `as_of`
// (a timeline) or `said_by` (figures that belong to a source).
struct Circumstances {
  // When the article appeared, from its publication to its last update, in
  // UTC minutes (a date alone is a whole day in the timeline's zone); nullopt
  // without a publication date: then any entry of a timeline agrees.
  std::optional<Span> appeared;
  // The id of the person or source the article credits the figure to; empty
  // for nobody, or someone the sheet does not declare.
  std::string credited;
  // The claim is a figure the sentence itself says was replaced ("up from
  // 410"): an earlier entry is what it should be, so it is never outdated.
  bool earlier = false;
};

struct TimedVerdict {
  enum class Result {
    kAgrees,         // agrees with an entry current when the article appeared (or one without as_of)
    kContradicts,    // agrees with no entry (of the credited source's, when it has its own)
    kIncomparable,
    kOutdated,       // agrees only with entries replaced before the article appeared
    kPremature,      // agrees only with entries given after the article appeared (and its update)
    kMisattributed,  // the credited source's own figures disagree; another source's agrees
  };
  Result result = Result::kIncomparable;
  std::size_t entry = 0;  // the entry it agrees with, or the closest one (an index into Fact::expect)
  // kMisattributed: the credited source's entry closest to the claim.
  std::size_t own = 0;
  // The entries that were the figure when the article appeared (those of the
  // line of `entry`: the same said_by), for messages; empty without a timeline.
  std::vector<std::size_t> current;
};

TimedVerdict judge(const extract::Value& claimed, const rules::Fact& fact, const Circumstances& when);

}  // namespace factlint::check
