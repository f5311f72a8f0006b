// Names as articles write them: runs of capitalised words ("Prime Minister
// Shehbaz Sharif", "Alexandre de Moraes"), for the possible-misspelling check
// and for telling "Nawaz Sharif" from a declared "Sharif".
#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

namespace factlint::text {

// One capitalised word of a run: [begin, end) in the text, a possessive "'s"
// or "'" left out ("Porter's" -> "Porter").
struct NameWord {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// The name runs of a text, their words run after run in one vector (an
// article has thousands of runs, most of one word: "The", "In").
struct NameRuns {
  std::vector<NameWord> words;
  std::vector<std::size_t> ends;  // run k is words[k == 0 ? 0 : ends[k - 1], ends[k])

  std::size_t size() const { return ends.size(); }
  std::span<const NameWord> operator[](std::size_t k) const {
    const std::size_t begin = k == 0 ? 0 : ends[k - 1];
    return std::span<const NameWord>(words).subspan(begin, ends[k] - begin);
  }
};

// Capitalised words standing next to each other, one space apart on one line,
// with the lower-case particles of names between them ("de", "van", "bin",
// "al"). A word with a possessive ends its run. Linear in the text.
NameRuns name_runs(std::string_view text);

// Whether a word starts with a capital letter (ASCII, or Latin-1 letters
// such as "Ö" and "É").
bool is_capitalised(std::string_view word);

// Two or more capital letters and nothing else ("IMF", "PM"): compared as
// written, never as a near miss.
bool is_acronym(std::string_view word);

// A title or office before a name ("President", "Minister", "Mr", "Dr",
// "Senator", "Chief"), or an acronym ("PM", "IMF", "FM"): words that say who
// someone is without being part of their name.
bool is_title_word(std::string_view word);

// The words of a declared name that are its name proper: the last run of
// capitalised words and particles, with titles before it left out
// ("IMF mission chief Nathan Porter" -> "Nathan Porter", "Prime Minister
// Shehbaz Sharif" -> "Shehbaz Sharif"); empty when the name ends in a title or
// a lower-case word ("Russian Foreign Minister", "top Russian diplomat").
std::vector<std::string_view> proper_name_words(std::string_view name);

// Whether the word right before `begin` (one space before, same line) is a
// capitalised word that is not a title, an everyday word or one of `own`:
// another name's first word, so a declared surname at `begin` is part of
// another name ("Nawaz Sharif" for a declared "Sharif").
bool preceded_by_other_name(std::string_view text, std::size_t begin, const std::vector<std::string_view>& own);

}  // namespace factlint::text
