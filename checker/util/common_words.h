// Everyday English words, from Debian's word list (wamerican), to tell a
// capitalised word that is also an everyday word ("Homes were destroyed",
// "Will", "Mark") from a name no dictionary has ("Poter", "Sitharman").
#pragma once

#include <span>
#include <string_view>

namespace factlint::util {

// Whether `word` (any case, ASCII letters) is a lower-case word of the list.
// Thread-safe; searches the generated text itself, so nothing is built at start-up.
bool is_common_word(std::string_view word);

// The list itself, sorted: for tests.
std::span<const std::string_view> common_words();

}  // namespace factlint::util
