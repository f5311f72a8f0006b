// Pattern: the one door to RE2 for fact-sheet patterns. Compiles quietly and
// reports errors as located diagnostics; matching is linear in the text.
#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "checker/util/diagnostics.h"

#include <re2/re2.h>  // RE2::Set is a nested class: it cannot be declared ahead

namespace factlint::rules {

class PatternCache;

class Pattern {
 public:
  struct Options {
    bool ignore_case = true;  // editors' patterns ignore case unless they say (?-i)
    bool literal = false;     // match `source` as plain text
  };
  struct Match {
    std::size_t begin = 0;
    std::size_t end = 0;
  };

  // nullptr (and an error at `source.where`) when the pattern does not compile.
  // With a `cache`, a regex it holds with the same options is not compiled again.
  static std::unique_ptr<const Pattern> compile(const Located<std::string>& source,
                                                Diagnostics& diags, Options options,
                                                PatternCache* cache = nullptr);
  static std::unique_ptr<const Pattern> compile(const Located<std::string>& source,
                                                Diagnostics& diags) {
    return compile(source, diags, Options{});
  }

  // As compile, but matches `regex`, which the caller built from what the
  // editor wrote (`shown`, e.g. one side of a {value} pattern); an error reads
  // "invalid regex '<shown>'<context>: <RE2's error>" at `shown.where`.
  // A pattern written in double quotes ("\bboard\b") reaches factlint with
  // YAML's escapes applied: a backspace where a word boundary was meant. False,
  // with a located error and the fix, when `source` holds such a control character.
  static bool free_of_control_characters(const Located<std::string>& source, Diagnostics& diags);

  static std::unique_ptr<const Pattern> compile_derived(std::string regex,
                                                        const Located<std::string>& shown,
                                                        std::string_view context,
                                                        Diagnostics& diags, Options options,
                                                        PatternCache* cache = nullptr);

  // As compile_derived, for a regex built from plain text by factlint
  // (quote_meta'd names): compiled when first matched instead of now, so a
  // sheet whose people no article names costs nothing to compile (one
  // article's start-up). Only a regex that cannot fail is deferred: valid
  // UTF-8, no longer than kDeferredBytes (far below RE2's memory limit; a
  // unit test compiles the worst case); anything else is compiled now, its
  // errors reported as compile_derived reports them. Safe to match from
  // several threads: the first compiles, the others wait for it.
  static constexpr std::size_t kDeferredBytes = 4096;
  static std::unique_ptr<const Pattern> compile_on_first_use(std::string regex,
                                                             const Located<std::string>& shown,
                                                             std::string_view context, Diagnostics& diags,
                                                             Options options);
  // Whether the regex is compiled yet (tests).
  bool compiled() const;

  ~Pattern();
  Pattern(const Pattern&) = delete;
  Pattern& operator=(const Pattern&) = delete;

  bool search(std::string_view text) const;
  // Leftmost match starting at or after `from`.
  std::optional<Match> find(std::string_view text, std::size_t from = 0) const;
  // The match beginning exactly at `at`, the text around it seen as context
  // (\b there looks at the byte before `at`).
  std::optional<Match> match_at(std::string_view text, std::size_t at) const;
  // All non-overlapping matches, left to right (empty matches skipped).
  std::vector<Match> find_all(std::string_view text) const;
  // True when the whole of `text` matches.
  bool full_match(std::string_view text) const;

  const std::string& source() const { return source_; }

 private:
  Pattern(std::shared_ptr<const re2::RE2> re, std::string source);
  Pattern(std::string source, Options options);  // deferred
  const re2::RE2& re() const {
    if (deferred_) std::call_once(once_, [this] { compile_now(); });
    return *re_;
  }
  void compile_now() const;

  mutable std::shared_ptr<const re2::RE2> re_;  // shared through a PatternCache; set once when deferred
  std::string source_;
  bool deferred_ = false;
  Options options_;
  mutable std::once_flag once_;
};

// The regexes compiled so far, by their text and options, so that none is
// compiled twice: a sheet's patterns are compiled when it is loaded (to report
// the bad ones with its other errors) and again by compile_rules, and facts
// share cues ('\btrade\b'). Only a regex that compiled is kept, so a cached
// pattern reports exactly what a fresh one would. Filled and read on one
// thread; the compiled regexes it hands out are then shared (RE2 is safe for
// concurrent use).
class PatternCache {
 public:
  PatternCache();
  ~PatternCache();
  PatternCache(const PatternCache&) = delete;
  PatternCache& operator=(const PatternCache&) = delete;

 private:
  friend class Pattern;
  std::unordered_map<std::string, std::shared_ptr<const re2::RE2>> compiled_;
  std::unordered_set<const re2::RE2*> not_empty_;  // of those, the ones Pattern::compile found not to match ""
};

// Many patterns matched in one pass (RE2::Set): which of them match a text,
// not where. A prefilter: the checker asks it once per sentence which cues
// occur at all, then finds the places of only those, so the cost of a
// sentence does not grow with the number of facts and sheets.
class PatternSet {
 public:
  // `regexes` were each compiled on their own first (Pattern::compile), so
  // none is bad; nullptr if RE2 still refuses the set.
  static std::unique_ptr<const PatternSet> compile(const std::vector<std::string>& regexes,
                                                   Pattern::Options options);
  ~PatternSet();
  PatternSet(const PatternSet&) = delete;
  PatternSet& operator=(const PatternSet&) = delete;

  // The indices (into `regexes`) of the patterns matching somewhere in
  // `text`, sorted. Should RE2 run out of memory on a huge set, every index
  // is returned: the caller then tries each pattern, slower but never wrong.
  std::vector<int> match(std::string_view text) const;

 private:
  explicit PatternSet(std::unique_ptr<re2::RE2::Set> set, int size);
  std::unique_ptr<re2::RE2::Set> set_;
  int size_ = 0;
};

// The RE2 options a Pattern with `options` is compiled with.
re2::RE2::Options re2_options(Pattern::Options options);

// RE2 syntax for `text` matched literally.
std::string quote_meta(std::string_view text);

}  // namespace factlint::rules
