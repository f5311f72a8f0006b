// Paragraph and sentence segmentation of normalised article text. Not fooled
// by abbreviations and initials ("Gen. Qamar Bajwa", "U.S.", "Dr.", "No. 10"),
// decimals ("1.6"), quotes or ellipses.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace factlint::text {

struct Sentence {
  std::size_t begin = 0;  // byte offsets into the text; whitespace trimmed
  std::size_t end = 0;
  int paragraph = 0;      // 0-based index of the paragraph holding the sentence
};

std::vector<Sentence> split_sentences(std::string_view text);

struct Paragraph {
  std::size_t begin = 0;  // its first sentence's begin
  std::size_t end = 0;    // its last sentence's end
};

// The paragraphs the sentences make up, in order.
std::vector<Paragraph> paragraphs_of(const std::vector<Sentence>& sentences);

}  // namespace factlint::text
