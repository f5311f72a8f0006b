// Attribution findings: a claim of a fact with `said_by` that credits its
// figure to nobody (missing-attribution) or to another person or source of the
// sheet (misattribution).
#pragma once

#include <optional>

#include "checker/attribution/attribute.h"
#include "checker/claims/claim.h"
#include "checker/findings/finding.h"
#include "checker/rules/compiled_rules.h"
#include "checker/text/document.h"

namespace factlint::check {

// The finding for `claim`, or nothing when the fact has no `said_by`, the
// figure is credited to one of its people, or to a source outside the sheet
// ("officials said": attributed, though not to a person factlint knows).
//
// Where the credit must stand is the fact's `attribution` policy, else the
// sheet's: `within: sentence` (the default) asks the figure's sentence or the
// quotation it stands in; `paragraph` and `article` also accept a credit to
// one of `said_by` (or to an unnamed source) anywhere in the paragraph or the
// article. Display text (headline, standfirst, caption, crosshead) is never
// asked for a credit unless the policy says `display: true`; crediting the
// wrong person there is still a misattribution. A wire dateline credits its
// agency when the sheet declares it, which satisfies `said_by` when the
// agency is in it and otherwise counts as no credit at all.
std::optional<Finding> attribution_finding(const text::Document& document, const claims::Claim& claim,
                                           const rules::CompiledSheet& sheet, const rules::CompiledFact& fact,
                                           const attribution::Attributor& attributor);

}  // namespace factlint::check
