// The checker's core: every finding in one article. A pure function of
// (article, compiled rules), so articles are checked in parallel and the
// findings merged afterwards.
#pragma once

#include <vector>

#include "checker/findings/finding.h"
#include "checker/rules/compiled_rules.h"
#include "checker/text/article.h"

namespace factlint::check {

std::vector<Finding> check_article(const text::Article& article, const rules::RuleSet& rules);

}  // namespace factlint::check
