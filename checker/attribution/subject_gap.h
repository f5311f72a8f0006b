// Whether the words between a person and a verb of saying leave the person as
// the verb's subject: "Lavrov on Wednesday said" yes, "Lavrov's spokesman
// said" and "Lavrov met the ministers, who said" no.
#pragma once

#include <cstddef>
#include <string_view>

namespace factlint::attribution {

enum class Gap {
  kSubject,      // the person is the subject: nothing but a few adverbs, or a
                 // clause between commas ("Lavrov, who is on a visit, said")
  kCoordinated,  // "Qureshi and said": the subject is earlier in the clause
  kBlocked,      // another noun phrase, a possessive, a quote, a clause break
};

// Longest gap looked at, in bytes; anything longer is kBlocked.
inline constexpr std::size_t kMaxGap = 240;

// `gap` is the text from the end of the person's words to the cue.
Gap judge_gap(std::string_view gap);

// True when `between` holds nothing but spaces, commas and an optional
// "the": the person follows a cue directly ("said the Russian FM",
// "according to Lavrov").
bool adjacent(std::string_view between);

}  // namespace factlint::attribution
