// Small word tests shared by the claims stage's readers of tokens. Internal.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

#include "checker/extract/tokens.h"

namespace factlint::claims::detail {

template <std::size_t N>
bool one_of(std::string_view w, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// The lower-case word at token i, or "" for punctuation, a figure or past the end.
inline std::string_view word(const std::vector<extract::Token>& tokens, std::size_t i) {
  return i < tokens.size() && tokens[i].kind == extract::TokenKind::kWord ? std::string_view(tokens[i].lower)
                                                                           : std::string_view();
}

// Hedges between a figure and the words around it: "another nearly 200",
// "killing at least 398". "to" of "up to" is left out: "rose to 589" links.
inline constexpr std::array<std::string_view, 19> kHedgeWords = {
    "at", "least", "more", "than", "about", "nearly", "some", "over", "almost", "around",
    "up", "roughly", "approximately", "just", "only", "as", "many", "much", "close"};

// The first token before the figure at `first` once up to four hedge words are
// stepped over: the token after "killing" in "killing at least 398".
inline std::size_t skip_hedges_back(const std::vector<extract::Token>& tokens, std::size_t first) {
  std::size_t k = first;
  while (k > 0 && first - k < 4 && one_of(word(tokens, k - 1), kHedgeWords)) --k;
  return k;
}

}  // namespace factlint::claims::detail
