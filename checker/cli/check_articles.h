// Checking many articles on worker threads. Each article is read, loaded and
// checked independently; results are merged in path order, so the output is
// the same for any number of jobs.
#pragma once

#include <string>
#include <vector>

#include "checker/findings/finding.h"
#include "checker/rules/compiled_rules.h"
#include "checker/util/diagnostics.h"

namespace factlint::cli {

struct CheckResult {
  std::vector<Finding> findings;  // unsorted
  std::vector<SkippedFile> skipped;
  int checked = 0;  // articles read and checked
};

CheckResult check_articles(const std::vector<std::string>& paths, const rules::RuleSet& rules,
                           unsigned jobs, std::size_t max_file_size, Diagnostics& diags);

}  // namespace factlint::cli
