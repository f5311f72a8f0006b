// Clause segmentation of one sentence: where the statements of a sentence
// begin and end, so that a figure is bound to the words of its own statement.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "checker/claims/claim.h"
#include "checker/extract/tokens.h"

namespace factlint::claims {

// How it works. A sentence is cut at every comma, semicolon, colon, bracket,
// spaced dash, quotation mark and at the words "and", "or", "but", "while",
// "whereas", "although", "though", "yet". Most cuts are weak: the statement
// goes on ("The quake, which struck on Sunday, killed 398" is one statement in
// three segments). A cut is strong when another statement starts:
//   - a semicolon, or a quotation mark opening or closing;
//   - a comma before "and", "but", "or", "yet", "while", "whereas", "although"
//     or "though", or one of the last five alone, when the words after it are
//     not a figure or a verb ("..., and heavy rain on Tuesday added to ..."
//     is another statement; "..., and injured 1,891" is not).
// A segment that opens with "which", "who", "whom", "whose" or "where" is a
// relative clause, about the last words of the segment before it. "to" and a
// verb ("to begin", "to report") open an infinitive clause. A comma between
// two capitalised words ("Bryan, Texas", "On Tuesday, Pakistan received")
// cuts nothing.
// A segment opens with a noun phrase of its own when, after its connective
// ("and", "with", "while", ...), it starts with a determiner, a pronoun or a
// capitalised name: "with the Board meeting scheduled for July 12".
//
// `tokens` are the sentence's tokens (extract/tokens.h), `base` is added to
// every offset (the sentence's place in the article). Linear in the tokens.
std::vector<Segment> split_segments(std::string_view sentence, const std::vector<extract::Token>& tokens,
                                    std::size_t base);

// The segment holding byte `offset` (absolute): the last one beginning at or before it.
std::size_t segment_at(const std::vector<Segment>& segments, std::size_t offset);

// Verb forms: "killed", "injuring", "left", "rose". A rough test, used to
// tell a coordinated predicate ("and injured 1,891") from a new subject.
bool verb_like(std::string_view lower_word);

}  // namespace factlint::claims
