// Quotations in normalised article text (curly quotes are already straight):
// which '"' opens, which closes, and quotations that run over paragraphs.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "checker/text/sentences.h"

namespace factlint::attribution {

struct Quotation {
  std::size_t open = 0;   // offset of the opening '"'
  std::size_t close = 0;  // offset of the closing '"'; when !closed, the end of the paragraph
  bool closed = true;     // false: the quote never closes; it is read to the paragraph's end
  // Content is text[open + 1, close).
  bool contains(std::size_t offset) const { return offset > open && offset < close; }
};

// All quotations, sorted, never overlapping. One pass over the text.
//
// How quotes pair up. Inside a paragraph quotes alternate, open then close,
// with two repairs for a quote that is missing its partner: a '"' that can
// only close (a word before it, a space after it) while none is open is a
// stray and ignored; one that can only open (a space before it, a word after
// it) while one is open means the open one never closed, so it ends there
// unclosed. At a paragraph break an open quote carries on when the next
// paragraph starts with '"' (the news convention for a quote over several
// paragraphs: no closing mark at the end of each but the last); otherwise it
// never closed and ends with its paragraph.
std::vector<Quotation> find_quotations(std::string_view text,
                                       const std::vector<text::Sentence>& sentences);

// The quotation containing `offset`, or nullptr. Binary search.
const Quotation* quotation_at(const std::vector<Quotation>& quotes, std::size_t offset);

}  // namespace factlint::attribution
