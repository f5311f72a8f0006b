#include "checker/attribution/subject_gap.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace factlint::attribution {

namespace {

// Most words allowed between a subject and its verb outside commas:
// "Lavrov on Wednesday also said", "Qureshi had earlier told".
constexpr int kMaxPlainWords = 5;
// Most words in a clause between commas: "Lavrov, who is in Islamabad on a
// two-day visit, said".
constexpr int kMaxInsertWords = 25;

// Words that start another noun phrase or clause: the subject of the verb is
// then somebody else ("Lavrov's spokesman", "Lavrov met the ministers and
// their aides said").
constexpr std::array<std::string_view, 23> kBlockers = {
    "the",  "a",     "an",   "this", "that", "these", "those", "its",
    "their", "our",  "his",  "her",  "my",   "your",  "i",     "we",
    "you",  "it",    "when", "while", "because", "if",  "whose"};

constexpr std::array<std::string_view, 3> kConjunctions = {"and", "but", "or"};

std::string lower(std::string_view word) {
  std::string out(word);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '\'' ||
         static_cast<unsigned char>(c) >= 0x80;
}

template <typename F>
void for_each_word(std::string_view text, F&& f) {
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !is_word_char(text[i])) ++i;
    std::size_t end = i;
    while (end < text.size() && is_word_char(text[end])) ++end;
    if (end > i) f(text.substr(i, end - i));
    i = end;
  }
}

bool contains(const auto& list, const std::string& word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

Gap judge_gap(std::string_view gap) {
  if (gap.size() > kMaxGap) return Gap::kBlocked;
  if (!gap.empty() && gap.front() == '\'') return Gap::kBlocked;  // "Lavrov's aide said"
  if (gap.find_first_of("\";:") != std::string_view::npos) return Gap::kBlocked;
  std::string_view plain = trim(gap);
  if (!plain.empty() && plain.front() == ',') {
    // A clause between commas; the words after its closing comma must still
    // be plain ("Lavrov, however, also said").
    const std::size_t last = plain.rfind(',');
    int words = 0;
    for_each_word(plain.substr(0, last), [&](std::string_view) { ++words; });
    if (words > kMaxInsertWords) return Gap::kBlocked;
    plain = plain.substr(last + 1);
  } else if (plain.find(',') != std::string_view::npos) {
    return Gap::kBlocked;
  }
  int words = 0;
  bool coordinated = false;
  bool blocked = false;
  for_each_word(plain, [&](std::string_view word) {
    ++words;
    const std::string w = lower(word);
    if (contains(kBlockers, w)) blocked = true;
    if (contains(kConjunctions, w)) coordinated = true;
  });
  if (blocked || words > kMaxPlainWords) return Gap::kBlocked;
  return coordinated ? Gap::kCoordinated : Gap::kSubject;
}

bool adjacent(std::string_view between) {
  if (between.size() > 16) return false;
  bool seen_the = false;
  bool ok = true;
  for_each_word(between, [&](std::string_view word) {
    if (!seen_the && lower(word) == "the") {
      seen_the = true;
    } else {
      ok = false;
    }
  });
  return ok && between.find_first_of("\";:.") == std::string_view::npos;
}

}  // namespace factlint::attribution
