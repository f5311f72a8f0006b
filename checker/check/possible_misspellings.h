// Possible misspellings: a name in an article that is a near miss of a
// declared person's name and is no spelling the sheet knows ("Nathan Potter"
// for Nathan Porter), reported as a warning with the name it resembles.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "checker/findings/finding.h"
#include "checker/rules/compiled_rules.h"
#include "checker/text/article.h"
#include "checker/text/document.h"
#include "checker/text/names.h"

namespace factlint::check {

using TextSpan = std::pair<std::size_t, std::size_t>;  // [begin, end) in an article's text

// Every spelling the sheets know, for "other declared people never trigger
// it": names, aliases, listed misspellings and `others` of every person of
// every sheet given, lower-cased.
std::vector<std::string> known_spellings(const std::vector<const rules::CompiledSheet*>& sheets);

// A window of a name run (`runs`: text::name_runs of the article's text) is a
// possible misspelling of a person when each of its words is the same as the
// word of one of the person's name forms or a near miss of it, and at least
// one is a near miss: one edit (a letter added, dropped, changed, or two
// swapped) for words of 4 to 7 letters, two from 8 letters. A near miss that
// is an everyday word ("Homes", "Potter") or a short word ("Darr" for Dar)
// counts only beside a word that is the same and no everyday word ("Nathan
// Potter"). A one-word form (an alias "Porter") is matched only by a name of
// one word, after any titles ("Finance Minister Sitharman"), of 5 letters or
// more. Spans in `known` and spans overlapping `taken` (listed misspellings
// already reported) are never reported.
void check_possible_misspellings(const text::Article& article, const rules::CompiledSheet& sheet,
                                 const text::Document& document,
                                 const text::NameRuns& runs,
                                 const std::vector<std::string>& known, const std::vector<TextSpan>& taken,
                                 std::vector<Finding>& findings);

}  // namespace factlint::check
