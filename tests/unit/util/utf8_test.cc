#include "checker/util/utf8.h"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <string_view>

using factlint::util::count_code_points;
using factlint::util::decode_utf8;
using factlint::util::first_invalid_utf8;

TEST_CASE("first_invalid_utf8 points at the first ill-formed sequence", "[util][utf8]") {
  struct Row {
    std::string_view text;
    std::optional<std::size_t> bad;
  };
  const Row rows[] = {
      {"", std::nullopt},
      {"plain ASCII", std::nullopt},
      {"Pakistan\xE2\x80\x99s", std::nullopt},         // U+2019
      {"caf\xC3\xA9", std::nullopt},                   // é
      {"\xF0\x9F\x87\xB5\xF0\x9F\x87\xB0", std::nullopt},  // flag emoji, two code points
      {"\xEF\xBB\xBF" "bom", std::nullopt},
      {"ab\xFF" "cd", 2},                              // never valid
      {"ab\xC3", 2},                                   // truncated at the end
      {"ab\xC3x", 2},                                  // lead byte without continuation
      {"\x80", 0},                                     // lone continuation byte
      {"a\xC0\xAF", 1},                                // overlong '/'
      {"a\xE0\x80\xAF", 1},                            // overlong, three bytes
      {"a\xED\xA0\x80", 1},                            // UTF-16 surrogate
      {"a\xF4\x90\x80\x80", 1},                        // past U+10FFFF
      {"ok\xE2\x80\x99 then \xFE", 11},
      // Runs of eight ASCII bytes are skipped at once: bad bytes at and past them.
      {"12345678\xFF", 8},
      {"0123456789abcdef\x80xyz", 16},
      {"1234567\xC3\xA9" "12345678\xC3", 17},  // é across an eight-byte boundary
      {"1234567\xC3\xA9" "12345678", std::nullopt},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(first_invalid_utf8(row.text) == row.bad);
  }
}

TEST_CASE("decode_utf8 reads one code point and its length", "[util][utf8]") {
  struct Row {
    std::string_view text;
    std::size_t offset;
    char32_t code_point;
    std::size_t length;
  };
  const Row rows[] = {
      {"A", 0, U'A', 1},
      {"x\xC3\xA9", 1, 0xE9, 2},
      {"\xE2\x80\x9C", 0, 0x201C, 3},
      {"\xF0\x9F\x98\x80", 0, 0x1F600, 4},
      {"\xFF", 0, 0xFFFD, 1},
      {"\xE2\x80", 0, 0xFFFD, 1},  // truncated
      {"ab", 5, 0xFFFD, 1},        // past the end
  };
  for (const Row& row : rows) {
    CAPTURE(row.text, row.offset);
    const auto d = decode_utf8(row.text, row.offset);
    CHECK(d.code_point == row.code_point);
    CHECK(d.length == row.length);
  }
}

TEST_CASE("count_code_points counts characters and not bytes", "[util][utf8]") {
  const std::string_view text = "a\xC3\xA9\xE2\x80\x94\xF0\x9F\x98\x80z";  // a é — 😀 z
  CHECK(count_code_points(text, 0, text.size()) == 5);
  CHECK(count_code_points(text, 1, 3) == 1);
  CHECK(count_code_points(text, 3, 6) == 1);
  CHECK(count_code_points(text, 0, 100) == 5);  // end clamps to the text
  CHECK(count_code_points(text, 4, 4) == 0);
}

TEST_CASE("count_code_points and count_astral agree with a byte-by-byte count over long mixed text", "[util][utf8]") {
  // Eight bytes at a time inside; every start and end, so words straddle
  // characters of each length and both ends fall in every place of a word.
  const std::string_view pieces[] = {"a", "\xC3\xA9", "\xE2\x80\x94", "\xF0\x9F\x98\x80", " ", "\xC2\xA0"};
  std::string text;
  for (int i = 0; i < 200; ++i) text += pieces[(i * 7 + i / 5) % 6];
  for (std::size_t begin = 0; begin <= text.size(); ++begin) {
    std::size_t expected = 0, astral = 0;
    for (std::size_t end = begin; end <= text.size(); ++end) {
      const auto last = end > begin ? static_cast<unsigned char>(text[end - 1]) : 0;
      if (end > begin && (last & 0xC0) != 0x80) ++expected;
      if (last >= 0xF0) ++astral;
      REQUIRE(count_code_points(text, begin, end) == expected);
      REQUIRE(factlint::util::count_astral(text, begin, end) == astral);
    }
  }
}

namespace factlint::util {
namespace {

TEST_CASE("byte_of_code_point finds the n-th character of UTF-8 text", "[util][utf8]") {
  const std::string_view text = "a\xE2\x80\x9C" "b\xF0\x9F\x87\xB5z";  // a, left quote, b, flag half, z
  struct Row {
    std::size_t n;
    std::size_t byte;
  };
  for (const Row& row : {Row{0, 0}, Row{1, 1}, Row{2, 4}, Row{3, 5}, Row{4, 9}, Row{5, 10}, Row{99, 10}}) {
    CAPTURE(row.n);
    CHECK(byte_of_code_point(text, row.n) == row.byte);
  }
  CHECK(byte_of_code_point("", 0) == 0);
}

TEST_CASE("skip_ascii_blocks passes whole blocks of eight ASCII bytes and stops before any other", "[util][utf8]") {
  const std::string ascii(20, 'a');
  CHECK(skip_ascii_blocks(ascii, 0, ascii.size()) == 16);  // four bytes left: the caller's
  CHECK(skip_ascii_blocks(ascii, 3, ascii.size()) == 19);
  CHECK(skip_ascii_blocks(ascii, 0, 7) == 0);
  CHECK(skip_ascii_blocks(ascii, 0, 99) == 16);  // never past the text
  const std::string mixed = std::string(10, 'a') + "\xC3\xA9" + std::string(10, 'b');
  CHECK(skip_ascii_blocks(mixed, 0, mixed.size()) == 8);  // the block holding the 'é'
  CHECK(skip_ascii_blocks(mixed, 12, mixed.size()) == 20);
  CHECK(skip_ascii_blocks("", 0, 0) == 0);
}

}  // namespace
}  // namespace factlint::util
