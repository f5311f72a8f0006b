#include "checker/rules/word_index.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Bit i set for each word byte among the first min(n, 64) of `bytes`. Sixteen
// bytes at a time where the machine has SSE2 (every x86-64 does): a word byte
// is a letter once OR-ed with 0x20, a digit or '_'.
std::uint64_t word_byte_mask(const unsigned char* bytes, std::size_t n) {
#if defined(__SSE2__)
  if (n >= 64) {
    const __m128i case_bit = _mm_set1_epi8(0x20);
    std::uint64_t mask = 0;
    for (int k = 0; k < 4; ++k) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + 16 * k));
      const __m128i folded = _mm_or_si128(v, case_bit);
      // Signed compares: bytes from 0x80 up are negative, below every bound.
      const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)),
                                           _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
      const __m128i digit =
          _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
      const __m128i underscore = _mm_cmpeq_epi8(v, _mm_set1_epi8('_'));
      const auto bits = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letter, digit), underscore)));
      mask |= std::uint64_t{bits} << (16 * k);
    }
    return mask;
  }
#endif
  std::uint64_t mask = 0;
  for (std::size_t i = 0; i < std::min<std::size_t>(n, 64); ++i) {
    if (kWordByte[bytes[i]]) mask |= std::uint64_t{1} << i;
  }
  return mask;
}

// Eight bytes as a little-endian number, whatever the machine's order.
std::uint64_t load64(const unsigned char* p) {
  std::uint64_t w = 0;
  std::memcpy(&w, p, sizeof w);
  if constexpr (std::endian::native == std::endian::big) w = __builtin_bswap64(w);
  return w;
}

// The hash of `size` word bytes at `p`, `readable` bytes being there to read
// from `p` (at least `size`). Eight bytes at a time, each OR-ed with 0x20:
// that lower-cases a letter and leaves digits and '_' distinct, so a word
// hashes alike in any case. (Other bytes may collide; lookups compare the
// letters after the hash.)
std::uint32_t hash_word_bytes(const unsigned char* p, std::size_t size, std::size_t readable) {
  constexpr std::uint64_t kCase = 0x2020202020202020ULL;
  constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ULL;
  std::uint64_t h = size;
  std::size_t k = 0;
  for (; k + 8 <= size; k += 8) h = (h ^ (load64(p + k) | kCase)) * kMultiplier;
  if (const std::size_t rest = size - k; rest > 0) {
    std::uint64_t w = 0;
    if (readable - k >= 8) {
      w = load64(p + k);
    } else {
      unsigned char tail[8] = {};
      std::memcpy(tail, p + k, rest);
      w = load64(tail);
    }
    w = (w | kCase) & (~std::uint64_t{0} >> (64 - 8 * rest));
    h = (h ^ w) * kMultiplier;
  }
  return static_cast<std::uint32_t>(h >> 32);  // a product's high bits are its best mixed
}

// Whether `run` (of `text`) is `word` (lower case), ignoring case.
bool spells(std::string_view text, const WordRun& run, std::string_view word) {
  if (run.size != word.size()) return false;
  for (std::uint32_t i = 0; i < run.size; ++i) {
    if (lower(text[run.begin + i]) != word[i]) return false;
  }
  return true;
}

}  // namespace

bool is_word_byte(char c) { return kWordByte[static_cast<unsigned char>(c)]; }

std::uint32_t word_hash(std::string_view word) {
  return hash_word_bytes(reinterpret_cast<const unsigned char*>(word.data()), word.size(), word.size());
}

WordRuns word_runs(std::string_view text, bool hash) {
  WordRuns words{text, {}, text.size() > UINT32_MAX || has_folding_letters(text), hash};
  if (words.scan_whole) return words;
  std::vector<WordRun>& runs = words.runs;
  runs.reserve(text.size() / 6);
  const std::size_t n = text.size();
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  // Sixty-four bytes at a time: a bit per word byte, and a run begins or
  // ends wherever a bit differs from the one before it.
  bool open = false;  // a run goes on from the bytes before
  std::size_t begin = 0;
  const auto close = [&](std::size_t end) {
    runs.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end - begin),
                    hash ? hash_word_bytes(bytes + begin, end - begin, n - begin) : 0});
  };
  for (std::size_t base = 0; base < n; base += 64) {
    const std::uint64_t mask = word_byte_mask(bytes + base, n - base);
    std::uint64_t edges = mask ^ (mask << 1 | (open ? 1 : 0));
    while (edges != 0) {
      const std::size_t at = base + static_cast<std::size_t>(std::countr_zero(edges));
      edges &= edges - 1;
      if (open) close(at); else begin = at;
      open = !open;
    }
  }
  if (open) close(n);
  return words;
}

void hash_runs(WordRuns& words) {
  if (words.hashed) return;
  const auto* bytes = reinterpret_cast<const unsigned char*>(words.text.data());
  const std::size_t n = words.text.size();
  for (WordRun& run : words.runs) run.hash = hash_word_bytes(bytes + run.begin, run.size, n - run.begin);
  words.hashed = true;
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

namespace {

// "\s+a\s+statement" -> {"a", "statement"}: the words of a fragment's rest
// when it is nothing but "\s+" and a word of letters, in turn; empty for
// anything else ("\s+(?:the\s+)?figure"), which RE2 must then judge.
std::vector<std::string> words_after(std::string_view rest) {
  std::vector<std::string> words;
  while (!rest.empty()) {
    if (!rest.starts_with("\\s+")) return {};
    rest.remove_prefix(3);
    std::size_t i = 0;
    while (i < rest.size() && ascii_letter(rest[i])) ++i;
    if (i == 0) return {};
    words.push_back(util::ascii_lower(rest.substr(0, i)));
    rest.remove_prefix(i);
  }
  return words;
}

}  // namespace

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
    words.push_back({util::ascii_lower(fragment.substr(0, i)), rest.empty(), words_after(rest)});
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
  FirstWord out{util::ascii_lower(name.substr(first, end - first)), plain, {}};
  // "Amina Kowalski": whole words with spaces between (compile_rules'
  // whole_words joins them with \s+), so the runs spell its matches.
  std::vector<std::string> tail;
  std::size_t i = end;
  while (!plain && i < name.size()) {
    const std::size_t word = name.find_first_not_of(" \t\n", i);
    if (word == i) return out;  // the first word goes on in other characters ("O'Brien")
    if (word == std::string_view::npos) break;
    std::size_t word_end = word;
    while (word_end < name.size() && is_word_byte(name[word_end])) ++word_end;
    if (word_end == word || (word_end < name.size() && name.find_first_of(" \t\n", word_end) != word_end))
      return out;  // a word with other characters in it ("Dr.", "Zoë")
    tail.push_back(util::ascii_lower(name.substr(word, word_end - word)));
    i = word_end;
  }
  out.tail = std::move(tail);
  return out;
}

FirstWordIndex::Word& FirstWordIndex::word_entry(const std::string& word) {
  const std::uint32_t hash = word_hash(word);
  if (!slots_.empty()) {  // the word already indexed, found by its hash
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask; slots_[i] >= 0; i = (i + 1) & mask) {
      if (words_[static_cast<std::size_t>(slots_[i])].text == word) return words_[static_cast<std::size_t>(slots_[i])];
    }
  }
  words_.push_back({word, hash, {}});
  filter_[(hash >> 6) % filter_.size()] |= std::uint64_t{1} << (hash & 63);
  if (slots_.size() < 2 * words_.size()) {  // grow, and place every word again
    slots_.assign(std::max<std::size_t>(16, std::bit_ceil(4 * words_.size())), -1);
    for (std::size_t w = 0; w < words_.size(); ++w) place(w);
  } else {
    place(words_.size() - 1);
  }
  return words_.back();
}

void FirstWordIndex::add(int id, std::string_view written, bool plain, const std::vector<std::string>& tail) {
  if (written.empty() || written.size() > kLongestWord) {
    add_unindexed(id);
    return;
  }
  std::vector<Entry>& entries = word_entry(util::ascii_lower(written)).entries;
  const auto same = std::find_if(entries.begin(), entries.end(), [&](const Entry& e) { return e.id == id; });
  if (same == entries.end()) {
    Entry entry{id, plain, {}, !plain && tail.empty()};
    if (!tail.empty()) entry.tails.push_back(tail);
    entries.push_back(std::move(entry));
    return;
  }
  // Two branches begin with this word. Words and spaces both, neither's words
  // beginning the other's: at most one matches at a place, the runs tell which.
  const auto begins = [](const std::vector<std::string>& a, const std::vector<std::string>& b) {
    return a.size() <= b.size() && std::equal(a.begin(), a.end(), b.begin());
  };
  const bool apart = !same->judged && !same->plain && !plain && !tail.empty() &&
                     std::none_of(same->tails.begin(), same->tails.end(), [&](const std::vector<std::string>& t) {
                       return begins(t, tail) || begins(tail, t);
                     });
  if (apart) {
    same->tails.push_back(tail);
  } else {
    same->plain = false;  // RE2 chooses between them
    same->tails.clear();
    same->judged = true;
  }
}

void FirstWordIndex::place(std::size_t w) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = words_[w].hash & mask;
  while (slots_[i] >= 0) i = (i + 1) & mask;
  slots_[i] = static_cast<std::int32_t>(w);
}

void FirstWordIndex::add_fragments(int id, std::span<const std::string_view> fragments) {
  if (const auto words = first_words_of_fragments(fragments)) {
    for (const FirstWord& first : *words) add(id, first.word, first.plain, first.tail);
  } else {
    add_unindexed(id);
  }
}

bool FirstWordIndex::all_indexed(int patterns) const {
  return std::none_of(unindexed_.begin(), unindexed_.end(), [&](int id) { return id >= 0 && id < patterns; });
}

std::optional<std::uint32_t> FirstWordIndex::tail_end(const WordRuns& words, std::size_t r,
                                                      const std::vector<std::string>& tail) {
  const std::string_view text = words.text;
  for (const std::string& word : tail) {
    if (r + 1 >= words.runs.size()) return std::nullopt;
    const WordRun& before = words.runs[r];
    const WordRun& run = words.runs[++r];
    // Only RE2's \s between: [\t\n\f\r ].
    for (std::size_t i = before.begin + before.size; i < run.begin; ++i) {
      const char c = text[i];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r') return std::nullopt;
    }
    if (!spells(text, run, word)) return std::nullopt;
  }
  return words.runs[r].begin + words.runs[r].size;
}

void FirstWordIndex::add_unindexed(int id) { unindexed_.push_back(id); }

void FirstWordIndex::add_index(const FirstWordIndex& other, int offset) {
  for (const Word& word : other.words_) {
    Word& here = word_entry(word.text);
    for (Entry entry : word.entries) {
      entry.id += offset;
      here.entries.push_back(std::move(entry));
    }
  }
  for (const int id : other.unindexed_) unindexed_.push_back(id + offset);
}

std::vector<WordStarts> FirstWordIndex::candidates(const WordRuns& words, int patterns) const {
  std::vector<WordStarts> out(static_cast<std::size_t>(patterns));
  if (words.scan_whole) return out;  // all nullopt
  const std::string_view text = words.text;
  for (auto& c : out) c.emplace();
  for (int id : unindexed_) {
    if (id >= 0 && id < patterns) out[static_cast<std::size_t>(id)].reset();
  }
  for (std::size_t r = 0; r < words.runs.size(); ++r) {
    const WordRun& run = words.runs[r];
    if ((filter_[(run.hash >> 6) % filter_.size()] >> (run.hash & 63) & 1) == 0) continue;
    if (const Word* word = find(text, run)) {
      for (const Entry& entry : word->entries) {
        if (entry.id < 0 || entry.id >= patterns) continue;
        auto& list = out[static_cast<std::size_t>(entry.id)];
        if (!list) continue;
        if (entry.judged) {
          list->push_back({run.begin, 0});
        } else if (entry.plain) {
          list->push_back({run.begin, run.size});
        } else {
          for (const std::vector<std::string>& tail : entry.tails) {
            if (const std::optional<std::uint32_t> end = tail_end(words, r, tail)) {
              list->push_back({run.begin, *end - run.begin});
              break;
            }
          }
        }
      }
    }
  }
  return out;
}

const FirstWordIndex::Word* FirstWordIndex::find(std::string_view text, const WordRun& run) const {
  if (slots_.empty()) return nullptr;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = run.hash & mask; slots_[i] >= 0; i = (i + 1) & mask) {
    const Word& word = words_[static_cast<std::size_t>(slots_[i])];
    if (word.hash == run.hash && spells(text, run, word.text)) return &word;
  }
  return nullptr;
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
  Start& start = words_[code];
  std::vector<Entry>& same_start = start.entries;
  const std::string lower_word = util::ascii_lower(word);
  const auto at = std::lower_bound(same_start.begin(), same_start.end(), lower_word,
                                   [](const Entry& e, const std::string& w) { return e.word < w; });
  if (at == same_start.end() || at->word != lower_word) {
    same_start.insert(at, {lower_word, {id}});
    std::vector<std::uint32_t>& sizes = start.sizes;
    const auto size = static_cast<std::uint32_t>(lower_word.size());
    const auto place = std::lower_bound(sizes.begin(), sizes.end(), size);
    if (place == sizes.end() || *place != size) sizes.insert(place, size);
  } else if (std::find(at->ids.begin(), at->ids.end(), id) == at->ids.end()) {
    at->ids.insert(std::upper_bound(at->ids.begin(), at->ids.end(), id), id);
  }
}

bool WordStartFilter::begins_with(std::string_view text, const WordRun& run, const std::string& word) {
  if (word.size() > run.size) return false;
  std::size_t i = 3;  // the start is the same
  while (i < word.size() && lower(text[run.begin + i]) == word[i]) ++i;
  return i == word.size();
}

const WordStartFilter::Entry* WordStartFilter::spelled(const std::vector<Entry>& entries, std::string_view prefix) {
  // Compared as the lower-cased prefix would be, byte by byte (the words
  // are lower case, sorted as std::string sorts).
  const auto less = [](std::string_view lower_word, std::string_view written) {
    const std::size_t n = std::min(lower_word.size(), written.size());
    for (std::size_t i = 0; i < n; ++i) {
      const auto a = static_cast<unsigned char>(lower_word[i]);
      const auto b = static_cast<unsigned char>(lower(written[i]));
      if (a != b) return a < b;
    }
    return lower_word.size() < written.size();
  };
  const auto at = std::lower_bound(entries.begin(), entries.end(), prefix,
                                   [&](const Entry& e, std::string_view p) { return less(e.word, p); });
  if (at == entries.end() || at->word.size() != prefix.size()) return nullptr;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (lower(prefix[i]) != at->word[i]) return nullptr;
  }
  return &*at;
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
