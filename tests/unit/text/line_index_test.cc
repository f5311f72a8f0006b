#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "checker/text/article.h"

using factlint::text::LineIndex;

TEST_CASE("LineIndex gives 1-based lines and columns in code points", "[text][line_index]") {
  // Line 2 holds "é—x": two bytes, three bytes, one byte.
  const std::string_view content = "ab\n\xC3\xA9\xE2\x80\x94x\r\nlast";
  const LineIndex index(content);
  struct Row {
    std::size_t offset;
    int line, column;
  };
  const Row rows[] = {
      {0, 1, 1},  {1, 1, 2},
      {2, 1, 3},             // the '\n' itself
      {3, 2, 1},  {4, 2, 1},  // the second byte of 'é' is still column 1
      {5, 2, 2},  {6, 2, 2},  {7, 2, 2},
      {8, 2, 3},             // 'x'
      {9, 2, 4},             // the '\r' of "\r\n": no crash, one past 'x'
      {10, 2, 4},            // the '\n' of "\r\n": the '\r' is no column
      {11, 3, 1}, {14, 3, 4},
      {15, 3, 5},            // end of file
      {99, 3, 5},            // past the end clamps
  };
  for (const Row& row : rows) {
    CAPTURE(row.offset);
    const LineIndex::Position p = index.position(content, row.offset);
    CHECK(p.line == row.line);
    CHECK(p.column == row.column);
  }
}

TEST_CASE("LineIndex handles empty content and a final newline", "[text][line_index]") {
  const LineIndex empty{std::string_view()};
  CHECK(empty.position("", 0).line == 1);
  CHECK(empty.position("", 0).column == 1);
  const std::string_view content = "a\n";
  const LineIndex index(content);
  CHECK(index.position(content, 2).line == 2);
  CHECK(index.position(content, 2).column == 1);
  const LineIndex unbuilt;
  CHECK(unbuilt.position(content, 1).line == 1);
}

TEST_CASE("LineIndex gives UTF-16 columns: a character above U+FFFF counts twice", "[text][line_index]") {
  // Line 2: "😀x😀y" (4 + 1 + 4 + 1 bytes); line 3 is long, so checkpoints are used.
  const std::string emoji = "\xF0\x9F\x98\x80";
  const std::string content = "ab\n" + emoji + "x" + emoji + "y\n" + emoji + std::string(600, 'a') + emoji + "z";
  const LineIndex index(content);
  struct Row {
    std::size_t offset;
    int column, utf16;
  };
  const Row rows[] = {
      {0, 1, 1},    {3, 1, 1},   // line 2 starts with the emoji
      {5, 1, 1},                 // inside it: the emoji itself, not after it
      {7, 2, 3},                 // 'x'
      {8, 3, 4},    {12, 4, 6},  // the second emoji, 'y'
      {14 + 4 + 300, 302, 303},  // line 3, in its 'a's
      {14 + 4 + 600 + 4, 603, 605},  // 'z', after two emoji
  };
  for (const Row& row : rows) {
    CAPTURE(row.offset);
    const LineIndex::Position p = index.position(content, row.offset);
    CHECK(p.column == row.column);
    CHECK(p.utf16_column == row.utf16);
  }
}

TEST_CASE("LineIndex columns on a long mixed line match a count from the line's start", "[text][line_index]") {
  // Long enough to cross several checkpoints; astral characters count twice in UTF-16.
  const std::string_view pieces[] = {"ab", "\xC3\xA9", "\xE2\x80\x94", "\xF0\x9F\x98\x80", " "};
  std::string content = "first line\n";
  for (int i = 0; i < 400; ++i) content += pieces[(i * 3 + i / 7) % 5];
  const LineIndex index(content);
  const std::size_t start = content.find('\n') + 1;
  int column = 0, utf16 = 0;
  for (std::size_t offset = start; offset < content.size(); ++offset) {
    const auto byte = static_cast<unsigned char>(content[offset]);
    if ((byte & 0xC0) == 0x80) continue;  // inside a character: checked at its lead byte
    ++column;
    ++utf16;
    const auto p = index.position(content, offset);
    REQUIRE(p.line == 2);
    REQUIRE(p.column == column);
    REQUIRE(p.utf16_column == utf16);
    if (byte >= 0xF0) ++utf16;
  }
}
