// Checking many articles on worker threads. Each article is read, loaded and
// checked independently; results are merged in path order, so the output is
// the same for any number of jobs.
#pragma once

#include <atomic>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "checker/check/check_document.h"
#include "checker/cli/article_cache.h"
#include "checker/cli/options.h"
#include "checker/findings/finding.h"
#include "checker/rules/compiled_rules.h"
#include "checker/util/diagnostics.h"

namespace factlint::cli {

// A claim a fact selected in one article, for --verbose and `explain --in`.
struct ArticleExplanation {
  std::string path;
  check::Explanation explanation;
};

struct CheckResult {
  // Suppressed ones already dropped; in path order, each article's sorted.
  // Empty when a `deliver` function took them.
  std::vector<Finding> findings;
  std::vector<ArticleExplanation> explanations;  // with `explain`, in path order
  std::vector<SkippedFile> skipped;
  std::vector<Notice> notices;    // unused suppressions and the like, in path order
  std::vector<SkippedFile> uncovered;  // read, but no sheet covers them: file and why, in path order
  int checked = 0;     // articles read and checked
  int suppressed = 0;  // findings dropped by suppression comments or front matter
  int from_cache = 0;  // articles whose outcome the cache gave (their bytes unchanged)
  int unread = 0;      // of those, how many by their stamp, without being read
  int by_blob = 0;     // and how many by git's index, without being read
  // Articles whose bytes told that they name no sheet's story, not made
  // into text (rules/mention_filter.h), and what looked ("hyperscan", "re2"):
  // set with `timed` when the run used the filter, else empty.
  int told_by_bytes = 0;
  std::string_view filter_engine;
  check::StageTimes times;  // with `timed` (--stats): each stage's time, summed over articles
};

// Each article's suppressions (findings/suppress.h) are applied to its own
// findings; `known_rules` (every rule id) lets a misspelt id be reported.
// With `explain`, every claim a fact selected is returned too.
// `provided`: articles whose text is given rather than read from disk (one
// read from standard input, under the name --stdin-path gives it).
// `cache` (--cache): an article whose path and bytes it holds is not checked
// again; every article's outcome is recorded in it for ArticleCache::save.
// `stop`: once it is not zero (set by a signal handler: Ctrl-C), no further
// article is started; the result holds those checked until then.
struct ProvidedText {
  std::string text;    // the bytes, up to one past the size limit
  std::uintmax_t size = 0;  // how many there were
};
using ProvidedArticles = std::map<std::string, ProvidedText>;
// Given to check_articles, takes each finding as it is merged, in path order
// (one at a time: the caller needs no lock), instead of CheckResult::findings.
// Returns false when the findings can go nowhere any more (the report's
// output failed: a closed pipe, a full disk): no further article is then
// started, and the run's result holds the articles checked until then.
using DeliverFinding = std::function<bool(Finding&&)>;

CheckResult check_articles(const std::vector<std::string>& paths, const rules::RuleSet& rules,
                           const std::vector<std::string>& known_rules, unsigned jobs,
                           const ArticleLimit& limit, Diagnostics& diags, bool explain = false,
                           const ProvidedArticles* provided = nullptr, ArticleCache* cache = nullptr,
                           bool timed = false, const DeliverFinding& deliver = nullptr,
                           const std::atomic<int>* stop = nullptr);

}  // namespace factlint::cli
