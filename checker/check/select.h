// Selection: which claims of a sentence a fact is about. A fact's cues must
// bind to a claim, not merely occur somewhere in its sentence.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

#include "checker/claims/claim.h"
#include "checker/rules/compiled_pattern.h"
#include "checker/rules/compiled_rules.h"
#include "checker/text/sentences.h"

namespace factlint::check {

// How closely a fact's cues bind one claim. Lower is closer:
//   0            a cue is among the claim's own words ("398 people were killed",
//                "killing 398", "a death toll of 398")
//   1 + bytes    a cue in the claim's segment, that many bytes away
//   kHop x hops  a cue in another segment of the same statement, plus the bytes
//                between; a fact's score is its worst cue's.
inline constexpr long kHop = 1'000'000;

struct Binding {
  std::size_t claim = 0;  // index into SentenceClaims::claims
  long score = 0;
  std::size_t cue_begin = 0, cue_end = 0;  // the cue match that decided the score
};

// The cue matches of one fact in one sentence: one list per cue pattern, in
// text order, offsets into the article text.
using CueMatches = std::vector<std::vector<rules::Pattern::Match>>;

// How it works. The candidates are the sentence's claims the fact can judge:
// comparable with one of its `expect` values, checkable (a valid date, a
// resolved relative date), and whole figures (a fact with `part: true` also
// takes subtotals and increments, and so does a fact whose cue names the
// change itself, "increased" in "reserves increased by $4.2 billion"; a
// superseded "from 410" is never taken).
// Each cue match binds the one candidate it is closest to of the two nearest
// it, one on each side, so a cue never reaches past a figure to another one.
// It cannot bind across a strong boundary (another statement: a quotation, a
// semicolon, ", and heavy rain on Tuesday ...") nor into another segment that
// opens with a noun phrase of its own ("with the Board meeting scheduled for
// July 12"). A candidate is selected when every cue pattern has a match that
// binds it. Example, a fact on deaths with cue 'killed|dead' and one on
// injuries with cue 'injured', in
//   "398 people were reported dead and 1,891 injured"
// 'dead' is among the own words of 398 (score 0) and 'injured' of 1,891: each
// fact selects its own figure. With a `pattern`, the candidates are the values
// at its {value} slot, and the one nearest a cue is selected, as the editor
// said where the value stands.
//
//
// A sheet's `partial` patterns make a whole figure in a clause they match a
// subtotal for its facts: `partial` is partial_segments() of the sentence for
// the fact's sheet. `text` is the article text the claims index.
std::vector<Binding> select_claims(const claims::SentenceClaims& claims, std::string_view text,
                                   const text::Sentence& sentence, const CueMatches& cues,
                                   const std::vector<bool>& partial, const rules::CompiledFact& fact);

// Which segments of the sentence one of the sheet's `partial` patterns
// matches (empty when the sheet has none): searched once per sentence and
// sheet, for all its facts.
std::vector<bool> partial_segments(const claims::SentenceClaims& claims, std::string_view text,
                                   const rules::CompiledSheet& sheet);

// A claim selected by several facts of one sheet is judged by the one whose
// cues bind it most closely (the earlier fact on a tie), unless that fact's
// closest cue is only the claim's unit: "seats" in "the KMT won 52 seats"
// binds it for every fact counting seats, so it says nothing about which one.
// Then a fact the claim agrees with takes it, when one does (the KMT's 52
// seats, not a wrong size of the 113-seat house). `selected[f]` holds fact
// f's bindings; `agrees(f, claim)` says whether the claim agrees with fact f.
// Returns the bindings with the claims each fact lost removed.
std::vector<std::vector<Binding>> settle(std::vector<std::vector<Binding>> selected,
                                         const claims::SentenceClaims& claims,
                                         const std::function<bool(std::size_t, std::size_t)>& agrees);

}  // namespace factlint::check
