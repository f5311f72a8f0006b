// The judge: the one place where a value an article states meets the values a
// fact sheet expects. Which values can be compared at all (a count of doses is
// not a count of people), and whether they agree: kind, unit, hedges and
// intervals, tolerance, sign and direction, date precision.
#pragma once

#include <cstddef>
#include <optional>
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

}  // namespace factlint::check
