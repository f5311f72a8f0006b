#include "checker/report/utf16_columns.h"

#include <catch2/catch.hpp>

namespace factlint::report {
namespace {

const std::string kEmoji = "\xF0\x9F\x98\x80";  // U+1F600, two UTF-16 units
const std::string kEacute = "\xC3\xA9";         // U+00E9, one unit

TEST_CASE("UTF-16 lengths count characters outside the BMP twice", "[report][utf16]") {
  struct Case {
    std::string text;
    int units;
  };
  const std::vector<Case> cases = {
      {"", 0}, {"abc", 3}, {kEacute, 1}, {kEmoji, 2}, {kEmoji + kEmoji + "a", 5}, {"\xE2\x80\x9C", 1}, {"\xff", 1},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(utf16_length(c.text) == c.units);
  }
}

TEST_CASE("a code point column becomes a UTF-16 column of its line", "[report][utf16]") {
  struct Case {
    std::string line;
    int column;
    int utf16;
  };
  const std::vector<Case> cases = {
      {"abc", 1, 1},                  {"abc", 3, 3},
      {kEmoji + " x", 3, 4},          {kEacute + kEmoji + "x", 3, 4},
      {kEmoji + kEmoji + "x", 3, 5},  {"ab", 5, 5},  // past the end: 1 unit a character
      {kEmoji, 2, 3},
  };
  for (const Case& c : cases) {
    CAPTURE(c.line, c.column);
    CHECK(utf16_column(c.line, c.column) == c.utf16);
  }
}

Finding at(int line, int column, int end_line, int end_column, std::string sentence, int begin, int end) {
  Finding f;
  f.file = "no/such/file.md";
  f.line = line;
  f.column = column;
  f.end_line = end_line;
  f.end_column = end_column;
  f.sentence = std::move(sentence);
  f.highlight_begin = begin;
  f.highlight_end = end;
  return f;
}

TEST_CASE("finding columns are converted from the sentence when it covers the line", "[report][utf16]") {
  struct Case {
    std::string what;
    Finding finding;
    int column;
    int end_column;
  };
  const std::vector<Case> cases = {
      {"plain ASCII", at(1, 5, 1, 8, "abc xyz.", 4, 7), 5, 8},
      {"emoji before the finding", at(1, 3, 1, 9, kEmoji + " Lavorv came.", 2, 8), 4, 10},
      {"emoji inside the finding", at(1, 1, 1, 4, "a" + kEmoji + "b c", 0, 3), 1, 5},
      // The sentence began on line 1 ("x😀 y" then a line break): on line 2 the
      // finding is at column 2, after "z", and the emoji is on the line before.
      {"sentence from an earlier line", at(2, 2, 2, 4, "x" + kEmoji + " y z42 end", 6, 8), 2, 4},
      {"emoji on the finding's line", at(2, 3, 2, 5, "first line " + kEmoji + "z42 end", 13, 15), 4, 6},
      {"finding over a line break", at(1, 3, 2, 3, "a " + kEmoji + "b c" + kEmoji + "d e", 2, 7), 3, 4},
  };
    for (const Case& c : cases) {
    CAPTURE(c.what);
    Utf16Region r = utf16_region(c.finding);
    CHECK(r.column == c.column);
    CHECK(r.end_column == c.end_column);
  }
}

TEST_CASE("a sentence that starts in mid-line takes the checker's UTF-16 column", "[report][utf16]") {
  // Line 2 is "😀 Fine. Trade grew 64 percent.": "Trade grew 64 percent."
  // starts at column 9; "64 percent" at 20, UTF-16 column 21 (the emoji).
  Finding f = at(2, 20, 2, 30, "Trade grew 64 percent.", 11, 21);
  f.utf16_column = 21;
  Utf16Region known = utf16_region(f);
  CHECK(known.column == 21);
  CHECK(known.end_column == 31);

  // Without it (no article is read), the text before the sentence counts 1
  // unit a character.
  f.utf16_column = 0;
  Utf16Region guessed = utf16_region(f);
  CHECK(guessed.column == 20);
  CHECK(guessed.end_column == 30);
}

}  // namespace
}  // namespace factlint::report
