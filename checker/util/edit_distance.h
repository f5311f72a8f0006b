// Edit distance and "did you mean" suggestions for misspelt keys, ids and
// enum words in user input. Knows nothing about any stage.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace factlint::util {

// Optimal-string-alignment (restricted Damerau-Levenshtein) distance in bytes:
// insertions, deletions, substitutions and swaps of two adjacent characters
// each cost 1, so "expcet" is 1 away from "expect". With a `limit`, a distance
// above it is limit + 1: the work stops once every alignment costs more.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit = SIZE_MAX);

// `text` with A-Z lower-cased; other bytes (UTF-8 letters too) unchanged.
std::string ascii_lower(std::string_view text);

// Which of the letters a-z (either case) `word` holds, bit 0 for 'a'. Each edit
// adds or removes at most one letter from the set and a change does both, so
// two words within k edits differ in at most 2k bits: a test that rules out
// most pairs before edit_distance is asked.
std::uint32_t letter_set(std::string_view word);

// The candidate closest to `word`, ignoring ASCII case, when it is close enough
// to be a plausible typo: at most 1 edit for words of up to 3 characters, 2 up
// to 6, 3 beyond. Ties go to the earlier candidate; nullopt when none is close
// or `word` is itself a candidate. Failing a near miss, a word of 3 or more
// characters that begins exactly one candidate ("warn") suggests it.
std::optional<std::string> closest(std::string_view word,
                                   std::span<const std::string_view> candidates);

}  // namespace factlint::util
