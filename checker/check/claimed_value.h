// The claimed value of a mention: which of the values in a sentence is the one
// the fact is about.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "checker/extract/value.h"
#include "checker/rules/compiled_rules.h"
#include "checker/rules/compiled_pattern.h"

namespace factlint::check {

// How it works. Values the parser flags invalid ("February 30") and relative
// dates it cannot resolve (no publication date) are never claimed. Only values comparable with one of the fact's `expect` values
// are candidates: for "trade grew 46 percent" expecting 46%, the percent, not
// a year elsewhere in the sentence; for 50,000 doses, a count bound to the unit
// word "doses". With a `pattern`, the claimed value is the first candidate that
// stands at its {value} slot. Otherwise it is the candidate nearest to a cue
// match (distance in bytes between the spans, 0 when they touch or overlap;
// ties go to the earlier value). Example, cues ['\bprovided\b'] expecting
// 50,000 doses:
//   "We have provided 50,000 doses ... and intend to provide 150,000 more"
//            ^^^^^^^^ cue  ^^^^^^^^^^^^ count(doses), distance 1 -> claimed
// "150,000 more" is a number, not a count of doses, so never a candidate.
//
// `sentence` is the sentence text, `values` the values found in it (offsets
// relative to the sentence), `cue_matches` every cue match in it.
std::optional<extract::Value> claimed_value(std::string_view sentence,
                                            const std::vector<extract::Value>& values,
                                            const std::vector<rules::Pattern::Match>& cue_matches,
                                            const rules::CompiledFact& fact);

}  // namespace factlint::check
