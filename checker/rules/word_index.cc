#include "checker/rules/word_index.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "checker/util/edit_distance.h"  // util::ascii_lower

namespace factlint::rules {

namespace {

// Longest first word looked up; a longer one (no word of English, but a
// sheet may name anything) makes its pattern unindexed.
constexpr std::size_t kLongestWord = 64;

constexpr std::array<bool, 256> kWordByte = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c)
    table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  return table;
}();

// A word byte lower-cased; 0 for a byte that is no word byte.
constexpr std::array<unsigned char, 256> kLowerWordByte = [] {
  std::array<unsigned char, 256> table{};
  for (int c = 0; c < 256; ++c) {
    if (kWordByte[c]) table[c] = static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return table;
}();

bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

constexpr std::uint32_t kFnvBasis = 2166136261U;
constexpr std::uint32_t kFnvPrime = 16777619U;

}  // namespace

bool is_word_byte(char c) { return kWordByte[static_cast<unsigned char>(c)]; }

std::uint32_t word_hash(std::string_view word) {
  std::uint32_t hash = kFnvBasis;
  for (const char c : word) hash = (hash ^ static_cast<unsigned char>(lower(c))) * kFnvPrime;
  return hash;
}

WordRuns word_runs(std::string_view text) {
  WordRuns words{text, {}, text.size() > UINT32_MAX || has_folding_letters(text)};
  if (words.scan_whole) return words;
  std::vector<WordRun>& runs = words.runs;
  runs.reserve(text.size() / 6);
  const std::size_t n = text.size();
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  for (std::size_t i = 0; i < n;) {
    unsigned char c = kLowerWordByte[bytes[i]];
    if (c == 0) {
      ++i;
      continue;
    }
    const std::size_t begin = i;
    std::uint32_t hash = kFnvBasis;
    do {
      hash = (hash ^ c) * kFnvPrime;
      ++i;
    } while (i < n && (c = kLowerWordByte[bytes[i]]) != 0);
    runs.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(i - begin), hash});
  }
  return words;
}

bool has_folding_letters(std::string_view text) {
  return text.find("\xC5\xBF") != std::string_view::npos ||     // U+017F LATIN SMALL LETTER LONG S
         text.find("\xE2\x84\xAA") != std::string_view::npos;  // U+212A KELVIN SIGN
}

std::string whole_word_alternation(std::span<const std::string_view> fragments) {
  std::string regex = "\\b(?:";
  for (std::size_t i = 0; i < fragments.size(); ++i) {
    if (i > 0) regex += '|';
    regex += fragments[i];
  }
  return regex + ")\\b";
}

std::optional<std::vector<FirstWord>> first_words_of_fragments(std::span<const std::string_view> fragments) {
  std::vector<FirstWord> words;
  for (std::string_view fragment : fragments) {
    std::size_t i = 0;
    while (i < fragment.size() && ascii_letter(fragment[i])) ++i;
    const std::string_view rest = fragment.substr(i);
    // The word must end where the fragment's first word ends in the text: at
    // the end of the branch (a \b follows) or at a space. "says?" or "loss(?:es)?"
    // could end a letter earlier or later: not indexable.
    if (i == 0 || !(rest.empty() || rest.starts_with("\\s"))) return std::nullopt;
    words.push_back({util::ascii_lower(fragment.substr(0, i)), rest.empty()});
  }
  return words;
}

std::optional<FirstWord> first_word_of_name(std::string_view name) {
  const std::size_t first = name.find_first_not_of(" \t\n");
  if (first == std::string_view::npos || !is_word_byte(name[first])) return std::nullopt;
  std::size_t end = first;
  while (end < name.size() && is_word_byte(name[end])) ++end;
  // "Kowalski" is plain (its pattern is \bKowalski\b); "Dr. Kowalski" and
  // "Amina Kowalski" go on past their first word.
  const bool plain = name.find_first_not_of(" \t\n", end) == std::string_view::npos;
  return FirstWord{util::ascii_lower(name.substr(first, end - first)), plain};
}

void FirstWordIndex::add(int id, std::string_view written, bool plain) {
  if (written.empty() || written.size() > kLongestWord) {
    add_unindexed(id);
    return;
  }
  const std::string word = util::ascii_lower(written);
  const std::uint32_t hash = word_hash(word);
  std::vector<Word>& same_hash = words_[hash];
  auto found = std::find_if(same_hash.begin(), same_hash.end(), [&](const Word& w) { return w.text == word; });
  if (found == same_hash.end()) {
    same_hash.push_back({word, {}});
    found = same_hash.end() - 1;
    filter_[(hash >> 6) % filter_.size()] |= std::uint64_t{1} << (hash & 63);
  }
  std::vector<Entry>& entries = found->entries;
  const auto same = std::find_if(entries.begin(), entries.end(), [&](const Entry& e) { return e.id == id; });
  if (same == entries.end()) {
    entries.push_back({id, plain});
  } else {
    same->plain = false;  // two branches begin with this word: RE2 chooses between them
  }
}

void FirstWordIndex::add_unindexed(int id) { unindexed_.push_back(id); }

std::vector<WordStarts> FirstWordIndex::candidates(const WordRuns& words, int patterns) const {
  std::vector<WordStarts> out(static_cast<std::size_t>(patterns));
  if (words.scan_whole) return out;  // all nullopt
  const std::string_view text = words.text;
  for (auto& c : out) c.emplace();
  for (int id : unindexed_) {
    if (id >= 0 && id < patterns) out[static_cast<std::size_t>(id)].reset();
  }
  const auto same_word = [&](const WordRun& run, const std::string& word) {
    if (word.size() != run.size) return false;
    for (std::uint32_t i = 0; i < run.size; ++i) {
      if (lower(text[run.begin + i]) != word[i]) return false;
    }
    return true;
  };
  for (const WordRun& run : words.runs) {
    if ((filter_[(run.hash >> 6) % filter_.size()] >> (run.hash & 63) & 1) == 0) continue;
    const auto found = words_.find(run.hash);
    if (found == words_.end()) continue;
    for (const Word& word : found->second) {
      if (!same_word(run, word.text)) continue;
      for (const Entry& entry : word.entries) {
        if (entry.id < 0 || entry.id >= patterns) continue;
        if (auto& list = out[static_cast<std::size_t>(entry.id)]) list->push_back({run.begin, entry.plain ? run.size : 0});
      }
    }
  }
  return out;
}

std::optional<std::string> leading_word(std::string_view regex) {
  if (!regex.starts_with("\\b")) return std::nullopt;
  // No '|' outside parentheses, and nothing quoted with \Q...\E (its
  // parentheses and bars are plain text, which this reading cannot tell).
  int depth = 0;
  for (std::size_t i = 0; i < regex.size(); ++i) {
    const char c = regex[i];
    if (c == '\\') {
      if (i + 1 < regex.size() && regex[i + 1] == 'Q') return std::nullopt;
      ++i;  // the escaped character is no bar or parenthesis
    } else if (c == '[') {
      // A class: up to its closing ']' (one first, or after '^', is a
      // member), with escapes and [:alpha:] inside.
      std::size_t j = i + 1;
      if (j < regex.size() && regex[j] == '^') ++j;
      if (j < regex.size() && regex[j] == ']') ++j;
      for (; j < regex.size() && regex[j] != ']'; ++j) {
        if (regex[j] == '\\') {
          ++j;
        } else if (regex[j] == '[' && j + 1 < regex.size() && regex[j + 1] == ':') {
          const std::size_t close = regex.find(":]", j + 2);
          if (close == std::string_view::npos) return std::nullopt;
          j = close + 1;
        }
      }
      if (j >= regex.size()) return std::nullopt;  // unclosed: not for this reading
      i = j;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      if (--depth < 0) return std::nullopt;
    } else if (c == '|' && depth == 0) {
      return std::nullopt;
    }
  }
  std::size_t end = 2;
  while (end < regex.size() && is_word_byte(regex[end])) ++end;
  // "doses?", "x*", "ab{0,2}": the last character may not be there.
  if (end < regex.size() && end > 2 && (regex[end] == '?' || regex[end] == '*' || regex[end] == '{')) --end;
  if (end - 2 < 3) return std::nullopt;
  return util::ascii_lower(regex.substr(2, end - 2));
}

void WordStartFilter::add(std::string_view word, int id) {
  if (word.size() < 3 || !is_word_byte(word[0]) || !is_word_byte(word[1]) || !is_word_byte(word[2])) return;
  const auto* p = reinterpret_cast<const unsigned char*>(word.data());
  const int code = (kCode[p[0]] * 37 + kCode[p[1]]) * 37 + kCode[p[2]];
  bits_[static_cast<std::size_t>(code) / 64] |= std::uint64_t{1} << (code % 64);
  words_[code].push_back({util::ascii_lower(word), id});
}

bool WordStartFilter::begins_with(std::string_view text, const WordRun& run, const std::string& word) {
  if (word.size() > run.size) return false;
  std::size_t i = 3;  // the start is the same
  while (i < word.size() && lower(text[run.begin + i]) == word[i]) ++i;
  return i == word.size();
}

std::vector<Pattern::Match> find_all_at(const Pattern& pattern, std::string_view text, const WordStarts& starts) {
  if (!starts) return pattern.find_all(text);
  // An anchored match costs about as much as a scan of 60 bytes (callgrind:
  // ~900 instructions against ~15 a byte). Where the starts RE2 must judge
  // are denser than that ("the the the ..."), one scan of the whole text is
  // cheaper, and finds the same matches.
  const auto judged = std::count_if(starts->begin(), starts->end(), [](const WordStart& s) { return s.plain == 0; });
  if (static_cast<std::size_t>(judged) * 60 > text.size()) return pattern.find_all(text);
  std::vector<Pattern::Match> matches;
  std::size_t from = 0;
  for (const WordStart& start : *starts) {
    if (start.begin < from) continue;  // inside the match before: find_all would not look there
    if (start.plain > 0) {
      matches.push_back({start.begin, start.begin + start.plain});
      from = start.begin + start.plain;
      continue;
    }
    const std::optional<Pattern::Match> match = pattern.match_at(text, start.begin);
    if (!match || match->end == match->begin) continue;
    matches.push_back(*match);
    from = match->end;
  }
  return matches;
}

}  // namespace factlint::rules
