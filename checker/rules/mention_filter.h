// Articles about other stories, told from their bytes. In a newsroom's archive
// most articles are about stories no sheet covers; each was still made into
// text (front matter, Markdown, normalising) only to find that no sheet's
// `mentions` occur in it. This filter says so from the file's bytes, before
// any of that, for the files where it can be sure.
//
// How it can be sure. RE2's FilteredRE2 gives, for every mention pattern, the
// strings ("atoms") that any match must contain, lower-cased, joined by AND
// and OR ("International Monetary Fund" needs "international monetary fund";
// `\bT[üu]rkiye\b` needs "türkiye" or "turkiye"). Each atom's runs of ASCII
// word characters ([a-z0-9_], at least 3) are its "pieces" ("international",
// "monetary", "fund"; "rkiye"). Making a Markdown or plain-text file into text
// never creates a word character and never joins two runs of them: Markdown
// syntax is replaced by spaces in place (text/markdown.h), and normalising
// turns quotes, dashes and odd spaces into ASCII punctuation and spaces
// (text/normalize.h). So a piece that occurs in the text occurs in the file's
// bytes, ignoring ASCII case — except where the bytes hold
//   - a zero-width character (U+200B..U+200D, U+FEFF after the first byte),
//     which normalising deletes, joining the letters on either side;
//   - a character RE2 matches as an ASCII letter when ignoring case (the long
//     s U+017F, the Kelvin sign U+212A) or whose lower case is ASCII (U+0130);
//   - a backslash in the front matter, whose escapes ("\x4C", "\u0041") make
//     the letters of a title;
// and HTML pages, whose entities and tags make and join words (gumbo). Such
// files are made into text as always. Otherwise an atom can occur in the text
// only if every one of its pieces occurs in the bytes; FilteredRE2's tree then
// says which patterns could match with those atoms, and when none can, the
// file is ruled out. The filter is usable only when no pattern can match
// with no piece at all (an atom without one, like "un" or "東京", is taken as
// always there).
//
// The pieces, and those characters, are looked for in one pass over the bytes
// (stopping at a character): by Hyperscan (Vectorscan on other machines)
// where factlint was built with it, literals being what it is made for; by an
// RE2 set otherwise, which finds the same and costs about what it saves. The
// patterns are read, and the pieces compiled, when first asked, so a run that
// never asks pays nothing.
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class FilteredRE2;
}

namespace factlint::rules {

class MentionFilter {
 public:
  // `mentions`: every sheet's `mentions` patterns, as written, each compiled
  // ignoring case unless it says (?-i). Null when there are none. Nothing is
  // read or compiled until a run asks (usable, rules_out): a check of one
  // article pays nothing for it.
  // `engine`: kRe2 for RE2 even where Hyperscan is built in (tests compare them).
  enum class Engine { kBest, kRe2 };
  static std::unique_ptr<const MentionFilter> build(std::vector<std::string> mentions,
                                                    Engine engine = Engine::kBest);

  // False when some pattern cannot be ruled out by literal pieces (`\b\d+\b`,
  // a pattern of two letters, one spelled only in other scripts), or RE2
  // refuses one: then rules_out rules nothing out.
  bool usable() const { return analysis().usable; }
  ~MentionFilter();
  MentionFilter(const MentionFilter&) = delete;
  MentionFilter& operator=(const MentionFilter&) = delete;

  // True when no mention pattern can match the text made from the file at
  // `path` whose bytes are `raw`. False when it may, and for every file the
  // filter cannot be sure of (above).
  // `may_match_out`, when given, gets for a file the filter read and did not
  // rule out the mention patterns that may match its text, by index in
  // `mentions`, sorted: every one that matches is among them (as it is for the
  // file as a whole, so for each pattern). Left unset when the filter could
  // not tell (HTML, escapes, a hidden character).
  bool rules_out(std::string_view path, std::string_view raw,
                 std::optional<std::vector<int>>* may_match_out = nullptr) const;

  // Whether a run over `articles` files gains by the filter: compiling it
  // costs about what it saves on 20 articles per piece (Hyperscan: 5 ms for
  // 100 pieces, 114 ms for 1,000; an article about another story saves about
  // 5 microseconds), so a run over a few articles goes without.
  // Counted by the patterns (a pattern gives a piece or two), so that asking
  // costs nothing.
  bool worth_it(std::size_t articles) const { return articles >= kArticlesPerPiece * mentions_.size(); }
  static constexpr std::size_t kArticlesPerPiece = 20;

  // The pieces looked for, sorted (tests).
  const std::vector<std::string>& pieces() const { return analysis().pieces; }
  // "hyperscan" or "re2": what looks for them, once compiled (tests, --stats).
  std::string_view engine() const;

 private:
  struct Compiled;
  // What the patterns need: made on first use.
  struct Analysis {
    bool usable = false;
    std::unique_ptr<re2::FilteredRE2> patterns;
    std::vector<std::string> pieces;
    std::vector<std::vector<int>> atom_pieces;  // by atom id: its pieces' ids (none: always taken as there)
    ~Analysis();
  };
  MentionFilter(std::vector<std::string> mentions, Engine engine);
  const Analysis& analysis() const;
  const Compiled& compiled() const;
  // Whether a pattern can match given the pieces found (by piece id).
  // `potential_out`, when given, gets those patterns' indexes, sorted.
  bool may_match(const Analysis& a, const std::vector<char>& found,
                 std::optional<std::vector<int>>* potential_out = nullptr) const;
  std::vector<std::string> mentions_;
  Engine engine_;
  mutable std::once_flag analysed_;
  mutable std::unique_ptr<Analysis> analysis_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<Compiled> compiled_;
};

// The runs of ASCII word characters in `atom` at least 3 long, in order:
// what is looked for in a file's bytes.
std::vector<std::string> atom_pieces(std::string_view atom);

}  // namespace factlint::rules
