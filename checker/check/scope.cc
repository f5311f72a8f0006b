#include "checker/check/scope.h"

#include <algorithm>

#include "checker/util/glob_path.h"

namespace factlint::check {

namespace {

bool before(const Date& a, const Date& b) {
  return days_from_civil(a.year, a.month, a.day) < days_from_civil(b.year, b.month, b.day);
}

bool matches_paths(const rules::CompiledSheet& compiled, std::string_view path) {
  if (compiled.scope_paths.empty()) return true;
  // From the repository root, as the globs are written: an absolute path (an
  // editor's), or a name that is not UTF-8, read as util::path_for_globs does.
  const std::string_view from_root = util::glob_view(path);
  return std::any_of(compiled.scope_paths.begin(), compiled.scope_paths.end(),
                     [&](const auto& glob) { return glob->full_match(from_root); });
}

// The scope's paths and mentions, without its published window.
bool matches_paths_and_mentions(const rules::CompiledSheet& compiled, const text::Article& article,
                                const std::vector<int>* hits) {
  if (compiled.scope_mentions.empty()) return matches_paths(compiled, article.path);
  // The set's hits rule mentions out (a set that ran out of memory reports
  // every one). Asked before the paths: with many sheets, most name a story
  // the article does not, and are ruled out without matching a glob.
  const auto candidate = [&](std::size_t i) {
    return hits == nullptr || i >= compiled.mention_ids.size() ||
           std::binary_search(hits->begin(), hits->end(), compiled.mention_ids[i]);
  };
  bool any = false;
  for (std::size_t i = 0; i < compiled.scope_mentions.size() && !any; ++i) any = candidate(i);
  if (!any || !matches_paths(compiled, article.path)) return false;
  // One candidate is confirmed in the text.
  for (std::size_t i = 0; i < compiled.scope_mentions.size(); ++i) {
    if (candidate(i) && compiled.scope_mentions[i]->search(article.text)) return true;
  }
  return false;
}

bool dated(const text::Article& article) {
  return article.meta.date && article.meta.date->precision == DatePrecision::kDay;
}

}  // namespace

std::optional<std::vector<int>> mention_hits(const rules::RuleSet& rules, const text::Article& article,
                                             const rules::WordRuns* words) {
  if (words && !words->scan_whole && !rules.mention_starts.empty()) {
    // A match of such a mention starts at a word run beginning with its word:
    // tried there, anchored, it is found or ruled out exactly.
    std::vector<int> hits = rules.other_mention_ids;
    std::vector<char> tried(rules.mentions.size(), 0);
    for (const rules::WordRun& run : words->runs) {
      rules.mention_starts.each_begun(article.text, run, [&](int id) {
        auto& done = tried[static_cast<std::size_t>(id)];
        if (!done && rules.mentions[static_cast<std::size_t>(id)]->match_at(article.text, run.begin)) {
          done = 1;
          hits.push_back(id);
        }
      });
    }
    std::sort(hits.begin(), hits.end());
    return hits;
  }
  if (!rules.mention_set) return std::nullopt;
  return rules.mention_set->match(article.text);
}

bool covered_without_mentions(const rules::RuleSet& rules, std::string_view path) {
  return std::any_of(rules.sheets.begin(), rules.sheets.end(), [&](const rules::CompiledSheet& s) {
    return s.scope_mentions.empty() && matches_paths(s, path);
  });
}

bool window_excludes(const rules::CompiledSheet& compiled, const text::Article& article) {
  const rules::Scope& scope = compiled.sheet->scope;
  if (!(scope.published_from || scope.published_to)) return false;
  return !dated(article) || (scope.published_from && before(*article.meta.date, *scope.published_from)) ||
         (scope.published_to && before(*scope.published_to, *article.meta.date));
}

bool in_scope(const rules::CompiledSheet& compiled, const text::Article& article, const std::vector<int>* hits) {
  return !window_excludes(compiled, article) && matches_paths_and_mentions(compiled, article, hits);
}

ScopeMiss scope_miss(const rules::CompiledSheet& compiled, const text::Article& article,
                     const std::vector<int>* hits) {
  if (!matches_paths_and_mentions(compiled, article, hits)) return ScopeMiss::kNotNamed;
  if (!window_excludes(compiled, article)) return ScopeMiss::kCovered;
  return dated(article) ? ScopeMiss::kOutsideWindow : ScopeMiss::kNoDate;
}

}  // namespace factlint::check
