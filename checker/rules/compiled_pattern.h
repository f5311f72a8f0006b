// Pattern: the one door to RE2 for fact-sheet patterns. Compiles quietly and
// reports errors as located diagnostics; matching is linear in the text.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/util/diagnostics.h"

namespace re2 {
class RE2;
}

namespace factlint::rules {

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
  static std::unique_ptr<const Pattern> compile(const Located<std::string>& source,
                                                Diagnostics& diags, Options options);
  static std::unique_ptr<const Pattern> compile(const Located<std::string>& source,
                                                Diagnostics& diags) {
    return compile(source, diags, Options{});
  }

  // As compile, but matches `regex`, which the caller built from what the
  // editor wrote (`shown`, e.g. one side of a {value} pattern); an error reads
  // "invalid regex '<shown>'<context>: <RE2's error>" at `shown.where`.
  static std::unique_ptr<const Pattern> compile_derived(std::string regex,
                                                        const Located<std::string>& shown,
                                                        std::string_view context,
                                                        Diagnostics& diags, Options options);

  ~Pattern();
  Pattern(const Pattern&) = delete;
  Pattern& operator=(const Pattern&) = delete;

  bool search(std::string_view text) const;
  // Leftmost match starting at or after `from`.
  std::optional<Match> find(std::string_view text, std::size_t from = 0) const;
  // All non-overlapping matches, left to right (empty matches skipped).
  std::vector<Match> find_all(std::string_view text) const;
  // True when the whole of `text` matches.
  bool full_match(std::string_view text) const;

  const std::string& source() const { return source_; }

 private:
  Pattern(std::unique_ptr<re2::RE2> re, std::string source);
  std::unique_ptr<re2::RE2> re_;
  std::string source_;
};

// RE2 syntax for `text` matched literally.
std::string quote_meta(std::string_view text);

}  // namespace factlint::rules
