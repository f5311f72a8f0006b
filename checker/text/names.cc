#include "checker/text/names.h"

#include "checker/util/common_words.h"

#include <algorithm>
#include <cstring>
#include <cstdint>
#include <array>
#include <utility>

namespace factlint::text {
namespace {

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Letters, UTF-8 bytes of non-ASCII letters, and an apostrophe or hyphen
// inside a word (O'Brien, Al-Sisi).
bool is_word_byte(char c) { return is_ascii_letter(c) || static_cast<unsigned char>(c) >= 0x80; }

constexpr std::array<std::string_view, 19> kParticles = {"de", "da", "do", "dos", "das", "del", "della",
                                                         "di", "du", "van", "von", "der", "den", "la",
                                                         "le", "bin", "bint", "ibn", "al"};

// Sorted, so that the titles of each first letter stand together.
constexpr std::array<std::string_view, 58> kTitles = {
    "acting", "bishop", "capt", "captain", "cardinal", "chancellor", "chief", "coach", "col", "colonel",
    "commander", "congressman", "congresswoman", "dame", "defence", "defense", "deputy", "dr", "emir",
    "finance", "foreign", "former", "gen", "general", "governor", "health", "interior", "judge", "justice",
    "king", "lady", "lord", "mayor", "minister", "ministers", "miss", "mr", "mrs", "ms", "pope", "premier",
    "president", "presidents", "prime", "prince", "princess", "prof", "professor", "queen", "rep",
    "representative", "rev", "secretary", "sen", "senator", "sheikh", "sir", "vice"};
static_assert(std::ranges::is_sorted(kTitles));

// For each letter a-z, the titles that start with it: [first, last) in kTitles.
constexpr std::array<std::pair<std::size_t, std::size_t>, 26> kTitlesByLetter = [] {
  std::array<std::pair<std::size_t, std::size_t>, 26> ranges{};
  for (std::size_t i = kTitles.size(); i-- > 0;) {
    auto& [first, last] = ranges[static_cast<std::size_t>(kTitles[i][0] - 'a')];
    if (last == 0) last = i + 1;
    first = i;
  }
  return ranges;
}();

bool equals_lower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

// Whether a word starts at `i`: a word byte that does not continue the word,
// name ("O'Brien") or compound ("Al-Sisi") before it.
bool starts_word(std::string_view text, std::size_t i) {
  if (!is_word_byte(text[i])) return false;
  if (i == 0) return true;
  const char before = text[i - 1];
  return !is_word_byte(before) && before != '\'' && before != '-';
}

// The first bytes of the capitals is_capitalised knows: 'A' to 'Z', and 0xC3
// to 0xC5, which open the two-byte letters U+00C0..U+017F.
constexpr std::array<bool, 256> kCapitalLead = [] {
  std::array<bool, 256> table{};
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = true;
  for (int c = 0xC3; c <= 0xC5; ++c) table[c] = true;
  return table;
}();

// From `i`, past every eight bytes at once that hold no byte kCapitalLead
// takes (no 'A'..'Z', no byte with its high bit set: the classic "has a
// byte between" test on one 64-bit word); the byte where the search must go
// on one at a time, or the end.
std::size_t next_capital_lead(std::string_view text, std::size_t i) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kLow7 = kOnes * 127, kHigh = kOnes * 128;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t x;
    std::memcpy(&x, text.data() + i, 8);
    if ((x & kHigh) != 0) break;
    // A byte strictly between '@' and '[': 'A'..'Z'.
    const std::uint64_t low = x & kLow7;
    if ((((kOnes * (127 + '[')) - low) & ~x & (low + kOnes * (127 - '@')) & kHigh) != 0) break;
  }
  return i;
}

bool is_particle(std::string_view word) {
  return std::any_of(kParticles.begin(), kParticles.end(), [&](std::string_view p) { return word == p; });
}

// The word at `at` (which starts one): its end, and where a possessive starts.
struct Scanned {
  std::size_t end = 0;       // after the word and any possessive
  std::size_t name_end = 0;  // after the word proper
};

Scanned scan_word(std::string_view text, std::size_t at) {
  std::size_t k = at;
  while (k < text.size()) {
    if (is_word_byte(text[k])) {
      ++k;
    } else if ((text[k] == '\'' || text[k] == '-') && k + 1 < text.size() && is_word_byte(text[k + 1]) &&
               !(text[k] == '\'' && (text[k + 1] == 's' || text[k + 1] == 'S') &&
                 (k + 2 >= text.size() || !is_word_byte(text[k + 2])))) {
      ++k;  // O'Brien, Al-Sisi; not the "'s" of a possessive
    } else {
      break;
    }
  }
  Scanned out{k, k};
  if (k < text.size() && text[k] == '\'') {
    if (k + 1 < text.size() && (text[k + 1] == 's' || text[k + 1] == 'S') &&
        (k + 2 >= text.size() || !is_word_byte(text[k + 2])))
      out.end = k + 2;
    else if (k > at && (text[k - 1] == 's' || text[k - 1] == 'S'))
      out.end = k + 1;  // "Reeves'"
  }
  return out;
}

}  // namespace

bool is_capitalised(std::string_view word) {
  if (word.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(word[0]);
  if (c >= 'A' && c <= 'Z') return true;
  // U+00C0..U+00DE (À..Þ, not ×) are two bytes: 0xC3 0x80..0x9E.
  if (c == 0xC3 && word.size() > 1) {
    const unsigned char d = static_cast<unsigned char>(word[1]);
    return d >= 0x80 && d <= 0x9E && d != 0x97;
  }
  // Latin Extended-A (U+0100..U+017F): capitals at even code points.
  if ((c == 0xC4 || c == 0xC5) && word.size() > 1) {
    const unsigned code = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(word[1]) & 0x3Fu);
    return code >= 0x100 && code <= 0x17F && code % 2 == 0;
  }
  return false;
}

bool is_acronym(std::string_view word) {
  return word.size() >= 2 && std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool is_title_word(std::string_view word) {
  if (is_acronym(word)) return true;
  std::string_view bare = word;
  if (!bare.empty() && bare.back() == '.') bare.remove_suffix(1);
  // Only the titles with the word's first letter (a handful of the 58).
  if (bare.empty()) return false;
  const char first = bare[0] >= 'A' && bare[0] <= 'Z' ? static_cast<char>(bare[0] - 'A' + 'a') : bare[0];
  if (first < 'a' || first > 'z') return false;
  const auto [from, to] = kTitlesByLetter[static_cast<std::size_t>(first - 'a')];
  return std::any_of(kTitles.begin() + from, kTitles.begin() + to,
                     [&](std::string_view t) { return equals_lower(bare, t); });
}

NameRuns name_runs(std::string_view text) {
  NameRuns runs;
  std::size_t run_begin = 0;        // the open run is runs.words[run_begin, end)
  std::vector<NameWord> particles;  // lower-case particles waiting for a capitalised word
  const auto run_open = [&] { return runs.words.size() > run_begin; };
  const auto close = [&] {
    if (run_open()) runs.ends.push_back(runs.words.size());
    run_begin = runs.words.size();
    particles.clear();
  };
  std::size_t i = 0;
  while (i < text.size()) {
    if (!run_open()) {
      // No run is open, so only a capitalised word can change anything: what
      // ends a run has none to end, and a lower-case word (a particle too)
      // cannot start one. Skip to the next byte that can start a capital, and
      // on while it stands inside a word ("McDonald", "e-Mail"): most of the
      // text is passed over at a table look-up a byte.
      while (i < text.size()) {
        i = next_capital_lead(text, i);
        if (i >= text.size() || (kCapitalLead[static_cast<unsigned char>(text[i])] && starts_word(text, i))) break;
        ++i;
      }
      if (i >= text.size()) break;
    }
    if (!starts_word(text, i)) {
      // Not the start of a word. Anything but one space between two words ends a run.
      if (text[i] != ' ' || (i + 1 < text.size() && !is_word_byte(text[i + 1]))) {
        if (!is_word_byte(text[i])) close();
      }
      ++i;
      continue;
    }
    const Scanned w = scan_word(text, i);
    const std::string_view word = text.substr(i, w.name_end - i);
    const bool possessive = w.end != w.name_end;
    if (is_capitalised(word)) {
      if (run_open()) runs.words.insert(runs.words.end(), particles.begin(), particles.end());
      particles.clear();
      runs.words.push_back({i, w.name_end});
      if (possessive) close();
    } else if (run_open() && is_particle(word) && !possessive) {
      particles.push_back({i, w.name_end});
    } else {
      close();
    }
    i = w.end;
  }
  close();
  return runs;
}

std::vector<std::string_view> proper_name_words(std::string_view name) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && name[i] == ' ') ++i;
    std::size_t end = i;
    while (end < name.size() && name[end] != ' ') ++end;
    if (end > i) words.push_back(name.substr(i, end - i));
    i = end;
  }
  std::vector<std::string_view> out;
  for (std::size_t k = words.size(); k-- > 0;) {
    const std::string_view w = words[k];
    if (is_capitalised(w) && !is_title_word(w)) {
      out.push_back(w);
    } else if (!out.empty() && is_particle(w)) {
      out.push_back(w);
    } else {
      break;
    }
  }
  while (!out.empty() && is_particle(out.back())) out.pop_back();
  std::reverse(out.begin(), out.end());
  return out;
}

bool preceded_by_other_name(std::string_view text, std::size_t begin, const std::vector<std::string_view>& own) {
  if (begin < 2 || text[begin - 1] != ' ') return false;
  std::size_t end = begin - 1;
  std::size_t start = end;
  while (start > 0 && (is_word_byte(text[start - 1]) || text[start - 1] == '-' || text[start - 1] == '\'')) --start;
  const std::string_view word = text.substr(start, end - start);
  if (word.ends_with("'s") || word.ends_with("'S") || word.ends_with('\'')) return false;  // "Pakistan's Sharif"
  if (!is_capitalised(word) || is_title_word(word) || util::is_common_word(word)) return false;
  // "On Thursday Kishida pledged": a day or a month is no first name.
  static constexpr std::string_view kCalendar[] = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
      "march", "april", "june", "july", "august", "september", "october", "november", "december"};
  const auto same_word = [&](std::string_view o) {
    return o.size() == word.size() &&
           std::equal(o.begin(), o.end(), word.begin(), [](char a, char b) { return (a | 0x20) == (b | 0x20); });
  };
  if (std::any_of(std::begin(kCalendar), std::end(kCalendar), same_word)) return false;
  return std::none_of(own.begin(), own.end(), same_word);
}

}  // namespace factlint::text
