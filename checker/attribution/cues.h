// Attribution cues: the words that credit a statement to a speaker ("said",
// "according to", "quoted as saying"), kept in one reviewable list (cues.cc)
// and compiled once; a fact sheet's `attribution_cues` add to it.
#pragma once

#include <cstddef>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "checker/rules/compiled_pattern.h"
#include "checker/rules/word_index.h"

namespace factlint::attribution {

// Where a cue's speaker stands. The kind decides where to look for it.
enum class CueKind {
  kSpeech,      // said, added, in a statement: subject before ("Lavrov said"), or
                // just after when the cue opens its clause (", said Lavrov")
  kVerb,        // told, expressed, termed: subject before only ("told Lavrov" is the listener)
  kParticiple,  // saying, adding: after a comma, the subject of the clause before
                // ("Lavrov welcomed the deal, saying ...")
  kSource,      // according to, citing: the speaker follows ("according to Lavrov")
};

struct CueMatch {
  std::size_t begin = 0;  // byte offsets into the searched text
  std::size_t end = 0;
  CueKind kind = CueKind::kSpeech;
  // A strong cue credits the words to somebody even when that somebody is not
  // a person of the fact sheet ("officials said", "according to the ministry").
  // A weak one ("noted", "per", "citing") only counts with a person: "per day"
  // and "had maintained contact" credit nobody.
  bool strong = true;
};

// One group of the built-in list, as reviewed in cues.cc.
struct CueGroup {
  CueKind kind;
  bool strong;
  std::span<const std::string_view> words;  // RE2 fragments, matched as whole words
};

// The built-in list, group by group.
std::span<const CueGroup> builtin_cue_groups();

// Every cue in `text`, sorted by position, overlaps dropped (the longest cue
// at a position wins). `extra` are a sheet's own patterns, taken as strong
// kSpeech cues. Linear in the text: the built-in groups are found by their
// first words (rules/word_index.h), each extra by one RE2 scan.
std::vector<CueMatch> find_cues(std::string_view text,
                                const std::vector<std::unique_ptr<const rules::Pattern>>& extra);

// The same in two steps, so that the built-in cues of an article are found
// once for all its sheets: every match of each built-in group in the text of
// `words` (overlaps not yet dropped), then with a sheet's own.
std::vector<CueMatch> find_builtin_cues(const rules::WordRuns& words);
// The same with the places each group may match found already: `starts[g]`
// for group g, as builtin_cue_index().candidates(words, ...) gives them.
std::vector<CueMatch> find_builtin_cues(const rules::WordRuns& words, std::span<const rules::WordStarts> starts);
// The groups' first words, group g as id g (of builtin_cue_count()).
const rules::FirstWordIndex& builtin_cue_index();
int builtin_cue_count();
std::vector<CueMatch> combine_cues(std::string_view text, std::vector<CueMatch> found,
                                   const std::vector<std::unique_ptr<const rules::Pattern>>& extra);

// Whether every built-in group compiled and is found by first words (a test
// keeps it so: an entry like "says?" would quietly cost a whole-text scan).
bool builtin_cues_indexed();

}  // namespace factlint::attribution
