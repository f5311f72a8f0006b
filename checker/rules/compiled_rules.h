// RuleSet: every fact sheet with its patterns compiled. Built once by
// compile_rules, never changed after, and shared by const& between worker
// threads (RE2 is safe for concurrent use).
#pragma once

#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#include "checker/extract/value.h"

#include "checker/rules/compiled_pattern.h"
#include "checker/rules/glob.h"
#include "checker/rules/mention_filter.h"
#include "checker/rules/sheet.h"
#include "checker/rules/word_index.h"
#include "checker/util/diagnostics.h"

namespace factlint::rules {

struct CompiledPerson {
  const Person* person = nullptr;  // into CompiledSheet::sheet
  // `name` and every `also`, as whole words ignoring case and runs of spaces.
  std::unique_ptr<const Pattern> names;
  // One per misspelling: whole words, exactly as written.
  std::vector<std::unique_ptr<const Pattern>> misspellings;
  // For possible misspellings (check/possible_misspellings): the proper-name
  // words of `name` and each `also` ("Prime Minister Shehbaz Sharif" ->
  // {"Shehbaz", "Sharif"}), each form once; and every spelling that is never
  // one: names, aliases, listed misspellings (reported as such) and `others`,
  // lower-cased.
  struct FormWord {
    std::string lower;     // "porter"
    bool acronym = false;  // "IMF": compared exactly
    bool common = false;   // an everyday word ("porter"): a same word that anchors nothing
    std::uint32_t letters = 0;  // which of a-z it holds, bit 0 for 'a': a quick "too far" test
  };
  std::vector<std::vector<FormWord>> forms;
  std::vector<std::string> accepted;
  // Every word of the name and aliases, for "Nawaz Sharif" is not "Sharif".
  std::vector<std::string> own_words;
};

struct CompiledFact {
  const Fact* fact = nullptr;  // into CompiledSheet::sheet
  std::vector<std::unique_ptr<const Pattern>> cues;
  std::vector<std::unique_ptr<const Pattern>> unless;
  // A `pattern` split at its {value} slot: `before` matches text ending where
  // the value starts ("(?:in|since) " -> "(?:(?:in|since) )$"), `after` text
  // starting where it ends. Both null when the fact has no pattern.
  std::unique_ptr<const Pattern> before_value;
  std::unique_ptr<const Pattern> after_value;
  // Each cue's index in RuleSet::cue_set, in the order of `cues`. Cues
  // written alike, in any fact of any sheet, share one index.
  std::vector<int> cue_ids;
};

struct CompiledSheet {
  std::unique_ptr<const Sheet> sheet;  // stable address for the pointers above
  std::vector<std::unique_ptr<const Pattern>> scope_mentions;
  std::vector<int> mention_ids;  // each scope_mentions pattern's index in RuleSet::mention_set
  std::vector<std::unique_ptr<const Pattern>> scope_paths;  // globs as patterns
  std::vector<CompiledPerson> people;
  // The first word of every name of every person, by person index: where an
  // article can name them (attribution/references.cc).
  FirstWordIndex name_index;
  std::vector<CompiledFact> facts;
  // (first cue id in RuleSet::cue_set, fact index), sorted: the facts a
  // sentence's cue hits can select, looked up by hit instead of every fact
  // of the sheet asked in turn (1,000 facts cost about what 10 do).
  std::vector<std::pair<int, int>> facts_by_first_cue;
  std::vector<int> facts_without_cues;  // looked at in every sentence
  std::vector<std::unique_ptr<const Pattern>> attribution_cues;  // the sheet's own, if any
  std::vector<std::unique_ptr<const Pattern>> partial;           // the sheet's partial markers
};

struct RuleSet {
  std::vector<CompiledSheet> sheets;
  // Every cue of every fact of every sheet, matched in one pass per sentence:
  // a fact whose cues are not all among the hits needs no look of its own.
  // Null when there is no cue (or RE2 refused the set): then every fact looks.
  std::unique_ptr<const PatternSet> cue_set;
  // Most cues begin with a word ("\bevacuat(?:ed|ion)", rules::leading_word):
  // those words, so that a sentence in which no word begins with one of
  // them is known to hold none of those cues without the set.
  // The other cues (`other_cue_ids`, ascending) have a set of their own for
  // such sentences. Used only when `cue_prefilter` (every set compiled).
  // The words are kept by cue id: a cue's places in a sentence are then
  // looked for only at the words that begin so (check_document.cc, mentions).
  WordStartFilter cue_starts;
  // By cue id: the size of the word when the cue is that whole word and
  // nothing else ("\bhouses\b"): a word run of that size is then its match.
  std::vector<std::uint32_t> cue_word_size;
  std::vector<int> other_cue_ids;
  std::unique_ptr<const PatternSet> other_cue_set;  // null when there are no other cues
  bool cue_prefilter = false;
  // Every sheet's `mentions` patterns, matched in one pass per article: with
  // hundreds of sheets, each article is searched once, not once per sheet.
  // Null when fewer than 4 sheets have mentions (their own searches, which
  // stop at the first mention, are cheaper then) or RE2 refused the set.
  std::unique_ptr<const PatternSet> mention_set;
  // The mentions that begin with a word (leading_word), by their id in
  // mention_set's numbering: an article's word runs tell where each can
  // match, so it is tried there only (check/scope.cc). `mentions` holds each
  // id's pattern; `other_mention_ids` (ascending) cannot be found by word.
  WordStartFilter mention_starts;
  std::vector<const Pattern*> mentions;
  std::vector<int> other_mention_ids;
  // By mention id, the sheet (index into `sheets`) whose scope names it; and
  // the sheets whose scope names none (paths and dates alone), ascending.
  // Given an article's mention hits, only those sheets can cover it: a
  // newsroom's thousand sheets cost an article what its few stories' do.
  std::vector<int> mention_sheet;
  std::vector<int> sheets_without_mentions;
  // Tells, from a file's bytes, that no mention can occur in its text, so
  // that an article about another story is not made into text at all
  // (rules/mention_filter.h). Null unless some sheet has `mentions` and every
  // other has `paths` (a sheet with neither covers articles whatever they say;
  // one with paths alone, those under its paths:
  // check::covered_without_mentions); usable() when each pattern can be
  // ruled out by the literal pieces it needs (worked out on first use).
  std::unique_ptr<const MentionFilter> mention_filter;
  // How articles' values are read: `values:` in .factlint.yaml (numeric date
  // order, what "rupees" or "dinars" mean). The publication date is per article.
  extract::ParseContext values;
};

// Compiles every pattern of every sheet; reports each bad pattern and each
// sheet id used twice. Sheets with errors are left out of the result. A regex
// already in `cache` (load_sheet put the sheets' own there) is not compiled again.
RuleSet compile_rules(std::vector<Sheet> sheets, Diagnostics& diags, PatternCache* cache = nullptr);

// compile_rules in two steps, so that sheets can be compiled at once on
// several threads (cli/load_rules.cc): each sheet's patterns and name forms
// alone, what compiling it reported kept beside it...
struct SheetCompilation {
  CompiledSheet sheet;
  Diagnostics diags;
};
CompiledSheet compile_sheet(Sheet sheet, Diagnostics& diags, PatternCache& cache);

// ...then, in the sheets' order, the rule set of those, with what compiling
// each reported: a sheet whose id an earlier one took is left out with that
// error instead, and one whose compiling found an error is left out.
RuleSet link_rules(std::vector<SheetCompilation> compiled, Diagnostics& diags);


}  // namespace factlint::rules
