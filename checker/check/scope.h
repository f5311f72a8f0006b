// Scope: does a fact sheet cover an article? All the keys a sheet gives must
// hold: at least one `mentions` pattern matches, the publication date is in the
// `published` window, the path matches one of `paths`.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "checker/rules/compiled_rules.h"
#include "checker/text/article.h"

namespace factlint::check {

// An article with no publication date is outside a sheet that gives a
// `published` window: which story it belongs to cannot be told.
// `hits`, when given, are the article's mention_hits: only the sheets whose
// mentions are among them search the article themselves (to confirm).
bool in_scope(const rules::CompiledSheet& sheet, const text::Article& article,
              const std::vector<int>* hits = nullptr);

// Which `mentions` patterns of any sheet occur in the article: sorted ids, a
// superset of the true ones. With the article's word runs (`words`, of its
// text), each mention that begins with a word is tried only where a word
// begins so (rules::RuleSet::mention_starts), and the others are listed;
// without them, or when they cannot be trusted, in one pass of
// rules::RuleSet::mention_set. Nullopt when neither applies (then every sheet
// searches for itself).
std::optional<std::vector<int>> mention_hits(const rules::RuleSet& rules, const text::Article& article,
                                             const rules::WordRuns* words = nullptr);

// Why a sheet does not cover an article, so that the user is told (never
// silently): kNoDate when the sheet has a `published` window and the article
// gives no day, kOutsideWindow when its date is outside the window, each while
// its paths and mentions match; kNotNamed when they do not. Unlike in_scope it
// searches the mentions even when the date already rules the sheet out: call
// it to explain an article no sheet covered, not to decide. `hits` as for
// in_scope: the article's mention_hits, when known.
// Only a sheet whose window excludes the article (window_excludes) can miss
// it for its date: ask scope_miss of those alone, and an article outside
// every sheet's story costs no search of any sheet's mentions.
enum class ScopeMiss { kCovered, kNoDate, kOutsideWindow, kNotNamed };
ScopeMiss scope_miss(const rules::CompiledSheet& sheet, const text::Article& article,
                     const std::vector<int>* hits = nullptr);

// Whether a sheet without `mentions` may cover the article at `path`: its
// `paths` match it, or it gives none. Only when none may can an article be
// judged from its mentions alone (rules::MentionFilter).
bool covered_without_mentions(const rules::RuleSet& rules, std::string_view path);

// Whether the sheet gives a `published` window and the article has no day of
// publication or one outside it.
bool window_excludes(const rules::CompiledSheet& sheet, const text::Article& article);

}  // namespace factlint::check
