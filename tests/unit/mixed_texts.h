// Generated texts for tests that hold the word index (rules/word_index.h) to
// whole-text scans: pieces joined by separators, the same texts every run.
#pragma once

#include <cctype>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "checker/rules/word_index.h"

namespace factlint::testing {

struct MixedTexts {
  int count = 3000;
  int max_pieces = 40;        // each text has fewer pieces than this
  int capitals_one_in = 4;    // a piece in capitals one time in this many
  // A separator holding a letter that folds to ASCII (ſ, K) is kept one time
  // in this many, a space put instead otherwise: most texts take the index,
  // some are scanned whole.
  int folding_one_in = 8;
  std::uint32_t seed = 1;
};

inline std::vector<std::string> mixed_texts(const std::vector<std::string>& pieces,
                                            const std::vector<std::string>& separators, const MixedTexts& how) {
  std::mt19937 random(how.seed);
  std::vector<std::string> texts;
  for (int t = 0; t < how.count; ++t) {
    std::string text;
    const int n = static_cast<int>(random() % static_cast<unsigned>(how.max_pieces));
    for (int i = 0; i < n; ++i) {
      std::string piece = pieces[random() % pieces.size()];
      if (random() % static_cast<unsigned>(how.capitals_one_in) == 0) {
        for (char& c : piece) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      }
      text += piece;
      const std::string& sep = separators[random() % separators.size()];
      const bool keep = !rules::has_folding_letters(sep) || random() % static_cast<unsigned>(how.folding_one_in) == 0;
      text += keep ? sep : std::string(" ");
    }
    texts.push_back(std::move(text));
  }
  return texts;
}

}  // namespace factlint::testing
