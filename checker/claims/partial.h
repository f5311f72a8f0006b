// Partial figures: subtotals, increments and superseded figures, which must
// never be compared with a fact's total.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "checker/claims/claim.h"
#include "checker/extract/tokens.h"

namespace factlint::claims {

struct PartOf {
  Part part = Part::kWhole;
  std::size_t marker_begin = 0, marker_end = 0;  // the words that say so (token offsets)
};

// How it works: the words right around the figure decide, looking past hedges
// ("at least", "nearly") and its unit.
//   before it: "another", "a further", "an additional", "extra"     -> increment
//              "including", "among them", "of whom", "of them"       -> subtotal
//              "rose by", "increased by" (a verb of change + "by")   -> increment
//              "won by", "beating the record by" (a margin)           -> increment
//              "from" right after a word of change, or a few words
//              after a verb of change in the past: "rose from 410
//              to 589", "up from 410", "the increase from a toll of
//              410", "climbed to 589 on Wednesday from 410"          -> previous
//              (not "expand trade from US$100 billion to US$500
//              billion by 2030": a target, nothing superseded)
//              "compared with", "compared to", "versus"              -> previous
//   after it:  "of them", "of whom", "of which", "among them"        -> subtotal
//              "others in <place>", "of the dead" (victims, injured,
//              total ...); not "ten others were injured"            -> subtotal
//              "more", "additional", "new" (of counts)               -> increment
//              "faster"; "ahead", "behind", "clear" after a verb of
//              winning or finishing (a margin)                        -> increment
//              "... in Ludian alone"                                  -> subtotal
// and the sentence as a whole: two or more figures each followed by "in"
// or "at" and a capitalised place ("504 in Ludian County and 72 in Qiaojia
// County"), or a sentence opening with "Among", is a breakdown: each figure
// is a subtotal.
//
// `tokens` are the sentence's; `first` and `next` the value's tokens [first,
// next), its unit included. Marker offsets are the tokens' byte offsets. Looks
// at a bounded number of tokens.
// `counted` says the value counts things (a plain number or a count): only
// then is "new" an increment ("17 new cases", not "a $3 billion new deal").
PartOf part_of(const std::vector<extract::Token>& tokens, std::size_t first, std::size_t next, bool counted);

// The breakdown test above, for every value of a sentence at once: true for
// each value (given by its token range) that is one line of a breakdown.
// `quantities` says which values are amounts (not dates or times): only those
// can be lines of a breakdown; empty means all.
std::vector<bool> breakdown(const std::vector<extract::Token>& tokens,
                            const std::vector<std::pair<std::size_t, std::size_t>>& values,
                            const std::vector<bool>& quantities = {});

}  // namespace factlint::claims
