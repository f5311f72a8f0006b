// Whole-word patterns found by their first word. The attribution cues ("said",
// "according to"), the pronouns ("he", "the minister") and a sheet's names
// ("Shah Mahmood Qureshi") are alternations whose every branch begins with a
// word spelled out in letters, inside RE2's \b. Such a match can only start
// where a word starts, and only at one of those first words: looking each
// word of an article up in a table, then running the pattern anchored at the
// few words found, gives exactly the matches of a scan of the whole text
// (Pattern::find_all) for a fraction of the cost — the scans were a third of
// all the work on a 20,000-article corpus (docs/performance.md).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "checker/rules/compiled_pattern.h"

namespace factlint::rules {

// Whether RE2's \b counts `c` as a word character: [0-9A-Za-z_]. The one
// definition both the index and the names' \b patterns (compile_rules.cc) use.
bool is_word_byte(char c);

// A maximal run of ASCII word characters ([0-9A-Za-z_]): what RE2's \b
// separates, whatever else the text holds.
struct WordRun {
  std::uint32_t begin = 0;
  std::uint32_t size = 0;
  std::uint32_t hash = 0;  // word_hash of its bytes
};

// The word runs of one text, found once and looked up by every index that
// needs them (built-in cues, pronouns, each sheet's names).
struct WordRuns {
  std::string_view text;
  std::vector<WordRun> runs;  // left to right
  // True when a match could start at no run: the text holds a letter that
  // folds to ASCII (has_folding_letters) or is past 32-bit offsets. Every
  // pattern then scans the whole text.
  bool scan_whole = false;
  // False when the runs were found without their hashes (each 0): enough for
  // a WordStartFilter, which compares letters; hash_runs adds them.
  bool hashed = true;
};

// `hash` false: leave the runs' hashes out, for a text that may need nothing
// but its sheets' mentions (an article about another story), then hash_runs
// if it needs more.
WordRuns word_runs(std::string_view text, bool hash = true);
void hash_runs(WordRuns& words);

// A hash of `word`, a run of word characters, ignoring ASCII case (eight
// bytes at a time, each OR-ed with 0x20), computed once per word of an
// article and shared by every lookup. Other bytes may make words collide:
// lookups compare the letters too.
std::uint32_t word_hash(std::string_view word);

// True when `text` holds a character that a pattern ignoring case matches as
// an ASCII letter: the long s 'ſ' (U+017F, an 's') and the Kelvin sign 'K'
// (U+212A, a 'k'); RE2 folds no other. A match could then start at a word
// that is not spelled with the letters looked up: search the whole text.
bool has_folding_letters(std::string_view text);

// The word a branch of a pattern begins with, lower-cased; `plain` when the
// branch is that word and nothing more. `tail`: when the branch is whole
// words with spaces between and nothing else ("in\s+a\s+statement",
// "Amina Kowalski"), the words after the first, lower-cased: its matches are
// then told from the word runs alone, with no need to ask RE2.
struct FirstWord {
  std::string word;
  bool plain = false;
  std::vector<std::string> tail;
  bool operator==(const FirstWord&) const = default;
};

// `fragments` as one whole-word alternation: "\b(?:f1|f2|...)\b".
std::string whole_word_alternation(std::span<const std::string_view> fragments);

// The first word of each branch of `fragments`, RE2 fragments joined as
// "\b(?:f1|f2|...)\b" (attribution/cues.cc), or nullopt when a branch does
// not begin with a word of ASCII letters followed by its end or by `\s`
// (then its matches cannot be found by first word).
std::optional<std::vector<FirstWord>> first_words_of_fragments(std::span<const std::string_view> fragments);

// The first word of a name matched by Pattern as \bName (rules/compile_rules.cc,
// whole_words): the run of ASCII word characters it begins with; nullopt
// when it begins with anything else ("Éric", "'Abd"), which gets no \b.
std::optional<FirstWord> first_word_of_name(std::string_view name);

// Where a match of a pattern may begin: a word run of the text. `plain` is
// the match's size when the index could tell it without RE2: the pattern's
// only branch beginning with that word is the word itself ("said", "he",
// "Kowalski"), or words with spaces between that the runs from here spell
// ("in a statement"); the match is then that text.
struct WordStart {
  std::uint32_t begin = 0;
  std::uint32_t plain = 0;
};
using WordStarts = std::optional<std::vector<WordStart>>;

// Which patterns may match at which words: pattern ids 0..N-1 and, for each,
// the first words its matches begin with.
class FirstWordIndex {
 public:
  // Pattern `id` has a branch beginning with the whole word `word` (ASCII
  // word characters, lower case); `plain` when that branch is the word alone,
  // `tail` the words after it when the branch is words and spaces only
  // (FirstWord). Where two branches begin with the same word RE2 chooses
  // between them, unless both are words and spaces and neither's words begin
  // the other's (then at most one can match at a place).
  void add(int id, std::string_view word, bool plain = false, const std::vector<std::string>& tail = {});
  // Pattern `id` cannot be found by first word: candidates() says so.
  void add_unindexed(int id);
  // Every pattern of `other` as pattern id + `offset` of this index, which
  // must have no id of its own in that range: indexes built apart (the
  // built-in cues, the pronouns) looked up in one walk of an article's words.
  void add_index(const FirstWordIndex& other, int offset);
  // Pattern `id` is the whole-word alternation of `fragments`
  // (whole_word_alternation): each branch's first word, or unindexed when a
  // branch has none (first_words_of_fragments).
  void add_fragments(int id, std::span<const std::string_view> fragments);
  // Whether every id below `patterns` is found by first words (tests keep
  // the built-in lists so).
  bool all_indexed(int patterns) const;

  // For each id below `patterns`: the word runs its matches can begin at, in
  // text order; nullopt for an unindexed id, and for every id when
  // `words.scan_whole` (the patterns indexed ignore case).
  std::vector<WordStarts> candidates(const WordRuns& words, int patterns) const;

 private:
  struct Entry {
    int id = 0;
    bool plain = false;                           // the word alone
    std::vector<std::vector<std::string>> tails;  // words after it, spaces between
    bool judged = false;                          // RE2 decides whether and how far it matches
  };
  // Where the words of `tail` end, spelled by the runs after runs[r] with
  // only spaces (RE2's \s) between; nullopt when they do not.
  static std::optional<std::uint32_t> tail_end(const WordRuns& words, std::size_t r,
                                               const std::vector<std::string>& tail);
  struct Word {
    std::string text;
    std::uint32_t hash = 0;  // word_hash(text)
    std::vector<Entry> entries;
  };
  // The word of `run` (of `text`), or null: an open-addressed table of
  // indices into words_, probed from the hash (an article's every word is
  // looked up; std::unordered_map's division and buckets cost more).
  const Word* find(std::string_view text, const WordRun& run) const;
  Word& word_entry(const std::string& word);  // found, or added (lower case)
  void place(std::size_t w);  // words_[w] into the first free slot from its hash
  std::vector<Word> words_;
  std::vector<std::int32_t> slots_;  // size a power of two, -1 when empty, at most half full
  // Bit (hash % 16384) set for every word indexed: one test turns away most
  // of an article's words before any lookup.
  std::array<std::uint64_t, 256> filter_{};
  std::vector<int> unindexed_;
};

// The word every match of an editor's `regex` begins with, when the regex
// says so plainly: "\bevacuat(?:ed|ion)s?\b" -> "evacuat": \b, then ASCII
// word characters written out (a last one a quantifier makes optional is
// left off), and no '|' outside parentheses ("\bfoo|bar" can match "bar"
// anywhere). Lower-cased. Nullopt for anything else ("(?:a|b)", "(?i)x",
// "\Q...", a word shorter than three characters): such a regex's matches
// can begin anywhere as far as the index knows.
std::optional<std::string> leading_word(std::string_view regex);

// The words some patterns begin with (leading_word), by pattern id: which
// of them a word run of a text begins with, ignoring case. A bit per
// possible three-character start turns most runs away; the words sharing a
// start are then compared.
class WordStartFilter {
 public:
  // Pattern `id` begins with `word` (at least three word characters).
  void add(std::string_view word, int id = 0);
  bool empty() const { return words_.empty(); }
  // Whether `run` (a word run of `text`) begins with some word added.
  bool may_begin(std::string_view text, const WordRun& run) const {
    return any_of(text, run, [](const std::vector<int>&) { return true; });
  }
  // Calls `found(id)` for each pattern whose word `run` begins with.
  template <class Found>
  void each_begun(std::string_view text, const WordRun& run, Found found) const {
    each_word_begun(text, run, [&](const std::vector<int>& ids) {
      for (const int id : ids) found(id);
    });
  }
  // Calls `found(ids)` for each word `run` begins with: the ids (ascending)
  // of the patterns that begin with it. Many patterns may share a word (the
  // same cue in a hundred sheets): it is compared once.
  template <class Found>
  void each_word_begun(std::string_view text, const WordRun& run, Found found) const {
    any_of(text, run, [&](const std::vector<int>& ids) {
      found(ids);
      return false;
    });
  }

 private:
  struct Entry {
    std::string word;
    std::vector<int> ids;  // ascending when added so
  };
  // The words of one start, sorted, and their sizes, each once, ascending.
  struct Start {
    std::vector<Entry> entries;
    std::vector<std::uint32_t> sizes;
  };
  // The run's start as a code when some word added has it, else -1. Every
  // byte of a run is a word byte: three table lookups and a bit.
  int quick(std::string_view text, const WordRun& run) const {
    if (run.size < 3) return -1;
    const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + run.begin;
    const int code = (kCode[p[0]] * 37 + kCode[p[1]]) * 37 + kCode[p[2]];
    return (bits_[static_cast<std::size_t>(code) / 64] >> (code % 64) & 1) != 0 ? code : -1;
  }
  // [0-9a-z_] (either case) as 0..36; 0 for other bytes, which no run holds.
  static constexpr std::array<unsigned char, 256> kCode = [] {
    std::array<unsigned char, 256> table{};
    for (int c = '0'; c <= '9'; ++c) table[c] = static_cast<unsigned char>(c - '0');
    for (int c = 'a'; c <= 'z'; ++c) {
      table[c] = static_cast<unsigned char>(10 + c - 'a');
      table[c - 'a' + 'A'] = static_cast<unsigned char>(10 + c - 'a');
    }
    table['_'] = 36;
    return table;
  }();
  // Whether `stop(ids)` said true for a word the run begins with.
  template <class Stop>
  bool any_of(std::string_view text, const WordRun& run, Stop stop) const {
    const int code = quick(text, run);
    if (code < 0) return false;
    const auto found = words_.find(code);
    if (found == words_.end()) return false;
    if (found->second.entries.size() > kFewWords) return any_of_many(text, run, found->second, stop);
    for (const Entry& entry : found->second.entries) {
      if (begins_with(text, run, entry.word) && stop(entry.ids)) return true;
    }
    return false;
  }
  // The same where many words share the run's start: a run begins with at
  // most one word of each size, found by binary search. A thousand sheets
  // whose mentions share a start ("Operation0001", "Operation0002", ...)
  // cost a run a search per size, not a comparison per word.
  template <class Stop>
  static bool any_of_many(std::string_view text, const WordRun& run, const Start& start, Stop stop) {
    for (const std::uint32_t size : start.sizes) {
      if (size > run.size) break;
      const Entry* entry = spelled(start.entries, text.substr(run.begin, size));
      if (entry && stop(entry->ids)) return true;
    }
    return false;
  }
  // Up to this many words of one start are compared one by one.
  static constexpr std::size_t kFewWords = 8;
  static bool begins_with(std::string_view text, const WordRun& run, const std::string& word);
  // The entry of `entries` (sorted) whose word `prefix` spells, ignoring ASCII case.
  static const Entry* spelled(const std::vector<Entry>& entries, std::string_view prefix);

  static constexpr std::size_t kStarts = 37 * 37 * 37;  // [0-9a-z_] three times
  std::array<std::uint64_t, (kStarts + 63) / 64> bits_{};
  std::unordered_map<int, Start> words_;  // by their start's code
};

// What pattern.find_all(text) returns, when each of its matches can only
// begin at one of `starts`: the pattern is tried anchored at each start not
// inside the previous match (a plain start is its own match); nullopt
// `starts`, or starts too dense for anchored matches to pay, scan the whole
// text (the same matches, so never much slower than a scan).
std::vector<Pattern::Match> find_all_at(const Pattern& pattern, std::string_view text, const WordStarts& starts);

}  // namespace factlint::rules
