// The checker's core: every finding in one article. A pure function of
// (article, compiled rules), so articles are checked in parallel and the
// findings merged afterwards; `check`, `rules test` and the fuzzers all call it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "checker/check/stage_times.h"
#include "checker/findings/finding.h"
#include "checker/rules/compiled_rules.h"
#include "checker/text/article.h"

namespace factlint::check {

// One claim a fact selected, and what became of it: for --verbose and
// `explain --in`. Sorted by position, then rule.
struct Explanation {
  int line = 0, column = 0;  // of the claim, on disk
  std::string rule;          // "<sheet-id>/<fact-id>"
  // "claim '398' (count, people; whole) bound by cue 'killed' among its own
  // words, clause '...': agrees with 398; attributed to ... (cue 'said')"
  std::string text;
  // The sentence as in the file and the claim within it, in code points, as
  // in Finding.
  std::string sentence;
  int highlight_begin = 0, highlight_end = 0;
};

struct DocumentResult {
  std::vector<Finding> findings;
  std::vector<Explanation> explanations;  // filled only when asked for
  int sheets = 0;  // sheets whose scope covers the article
  // The article's scope::mention_hits, or the mentions the filter said may
  // occur (`may_mention`; nullopt when each sheet searched for itself): what
  // explains an uncovered article searches no more than this.
  std::optional<std::vector<int>> mention_hits;
  // Facts with a timeline that judged a claim of this article, which has no
  // publication date: any entry agreed ("<sheet-id>/<fact-id>", may repeat).
  std::vector<std::string> undated_timelines;
};

// Runs every sheet whose scope covers the article: its facts select the
// article's claims (select.h) and judge them (judge.h), facts with `said_by`
// ask who is credited (attribution/), and names are checked for misspellings.
// `times` (check --stats): each stage's time is added to it.
// `may_mention`: the mentions (by id in RuleSet::mentions, sorted) that may
// occur in the article, every one that does among them, when the mention
// filter read its bytes (rules/mention_filter.h); its mention hits are then
// those, each sheet confirming its own (scope.h), and the article's words are
// not looked up for them.
DocumentResult check_document(const text::Article& article, const rules::RuleSet& rules, bool explain = false,
                              StageTimes* times = nullptr, const std::vector<int>* may_mention = nullptr);

// A sentence that states a value of a fact's kind and nearly mentions the
// fact, for `explain --in`: some but not all of its cues, every cue but an
// `unless`, every cue but values in another unit, or every cue but none bound
// to the figure. What an edit to the cues would gain or lose.
struct NearMiss {
  int line = 0, column = 0;  // of the value shown, on disk
  std::string why;           // "cue '\btrade\b' matched; '\b(?:grew|rose)\b' did not: '46 percent' (percent)"
  std::string sentence;      // as in Explanation
  int highlight_begin = 0, highlight_end = 0;
};

// Every near miss of `fact` (of `sheet`) in the article, in text order; none
// when the sheet does not cover the article.
std::vector<NearMiss> near_misses(const text::Article& article, const rules::RuleSet& rules,
                                  const rules::CompiledSheet& sheet, const rules::CompiledFact& fact);

// The day "on Monday", "yesterday" and "last week" count from: the publication
// date, or, when the article gives its publication time and zone and times its
// events in another named zone ("16:30 Beijing time"), the date in that zone
// when it appeared (a New York article of Sunday 21:00 about China: Monday).
std::optional<Date> relative_date_anchor(const text::Article& article);

}  // namespace factlint::check
