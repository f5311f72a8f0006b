// Attribution findings: a mention of a fact with `said_by` that credits its
// figure to nobody (missing-attribution) or to another person of the sheet
// (misattribution).
#pragma once

#include <optional>

#include "checker/attribution/attribute.h"
#include "checker/findings/finding.h"
#include "checker/rules/compiled_rules.h"
#include "checker/text/article.h"
#include "checker/text/sentences.h"

namespace factlint::check {

// The finding for the claimed value at text[begin, end) of sentences[index],
// or nothing when the fact has no `said_by`, the figure is credited to one of
// its people, or to a source outside the sheet ("officials said": attributed,
// though not to a person factlint knows).
std::optional<Finding> attribution_finding(const text::Article& article,
                                           const std::vector<text::Sentence>& sentences,
                                           std::size_t index, std::size_t begin, std::size_t end,
                                           const rules::CompiledSheet& sheet,
                                           const rules::CompiledFact& fact,
                                           const attribution::Attributor& attributor);

}  // namespace factlint::check
