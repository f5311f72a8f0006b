#include "checker/text/normalize.h"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

using factlint::text::normalize;

TEST_CASE("normalize maps typographic characters to ASCII", "[text][normalize]") {
  struct Row {
    std::string_view input;
    std::string_view text;
  };
  const Row rows[] = {
      {"Pakistan\xE2\x80\x99s", "Pakistan's"},                            // ’
      {"\xE2\x80\x98quoted\xE2\x80\x99", "'quoted'"},                     // ‘ ’
      {"\xE2\x80\x9A\xE2\x80\x9B\xE2\x80\xB2\xC2\xB4", "''''"},           // ‚ ‛ ′ ´
      {"don`t", "don't"},                                                 // grave as apostrophe
      {"`code`", "`code`"},                                               // but not around code
      {"\xE2\x80\x9CPakistan Stream\xE2\x80\x9D", "\"Pakistan Stream\""}, // “ ”
      {"\xE2\x80\x9E\xE2\x80\x9F\xE2\x80\xB3\xC2\xAB\xC2\xBB", "\"\"\"\"\""},
      {"50\xC2\xA0" "000", "50 000"},                                     // NBSP
      {"a\xE2\x80\x80" "b\xE2\x80\x8A" "c\xE2\x80\xAF" "d\xE2\x81\x9F" "e\xE3\x80\x80" "f\tg", "a b c d e f g"},
      {"Taliban \xE2\x80\x94 which", "Taliban - which"},                  // em dash
      {"\xE2\x80\x90\xE2\x80\x91\xE2\x80\x92\xE2\x80\x93\xE2\x80\x95\xE2\x88\x92" "5", "------5"},
      {"issues \xE2\x80\xA6 including", "issues ... including"},
      {"zero\xE2\x80\x8B" "width\xE2\x80\x8C\xE2\x80\x8D\xEF\xBB\xBF", "zerowidth"},
      {"one\r\ntwo\r\n", "one\ntwo\n"},
      {"lone\rcarriage", "lone carriage"},
      {"caf\xC3\xA9 \xF0\x9F\x98\x80", "caf\xC3\xA9 \xF0\x9F\x98\x80"},  // copied unchanged
      {"", ""},
  };
  for (const Row& row : rows) {
    CAPTURE(row.input);
    const auto n = normalize(row.input);
    CHECK(n.text == row.text);
    CHECK(n.origin.size() == n.text.size() + 1);
    CHECK(n.origin.back() == row.input.size());
  }
}

TEST_CASE("normalize maps every output byte to the input character it came from", "[text][normalize]") {
  // "a’b…c\r\nd€" with the ellipsis's three dots all pointing at its first byte.
  const std::string_view input = "a\xE2\x80\x99" "b\xE2\x80\xA6" "c\r\nd\xE2\x82\xAC";
  const auto n = normalize(input, 100);
  CHECK(n.text == "a'b...c\nd\xE2\x82\xAC");
  const std::vector<std::uint32_t> expected = {100, 101, 104, 105, 105, 105, 108, 110, 111, 112, 113, 114, 115};
  CHECK(n.origin.to_vector() == expected);
}

TEST_CASE("normalize copies invalid bytes instead of failing", "[text][normalize]") {
  const auto n = normalize("a\xFF" "b");
  CHECK(n.text == "a\xFF" "b");
  CHECK(n.origin.to_vector() == std::vector<std::uint32_t>{0, 1, 2, 3});
}

TEST_CASE("normalize finds a byte to rewrite wherever it stands in the eight-byte words it tests",
          "[text][normalize]") {
  // Runs of plain ASCII are tested eight bytes at a time: each byte that is
  // not plain, at every offset of a word and at the text's end.
  struct Row {
    std::string_view special;
    std::string_view replaced;  // what it becomes
  };
  const std::string_view letters = "abcdefghijklmnopqrst";
  for (const Row& row : {Row{"\t", " "}, Row{"\r", " "}, Row{"`", "'"}, Row{"\xC3\xA9", "\xC3\xA9"},
                         Row{"\xE2\x80\x99", "'"}, Row{"\r\n", "\n"}}) {
    for (std::size_t at = 0; at <= letters.size(); ++at) {
      const std::string input = std::string(letters.substr(0, at)) + std::string(row.special) +
                                std::string(letters.substr(at));
      CAPTURE(input);
      const auto n = normalize(input);
      // A grave accent is an apostrophe only between two letters.
      const bool apostrophe = row.special != "`" || (at > 0 && at < letters.size());
      const std::string_view replaced = apostrophe ? row.replaced : row.special;
      CHECK(n.text == std::string(letters.substr(0, at)) + std::string(replaced) + std::string(letters.substr(at)));
      REQUIRE(n.origin.size() == n.text.size() + 1);
      for (std::size_t k = 0; k < at; ++k) CHECK(n.origin[k] == k);
      for (std::size_t k = at + replaced.size(); k < n.text.size(); ++k)
        CHECK(n.origin[k] == k - replaced.size() + row.special.size());
      CHECK(n.origin.back() == input.size());
    }
  }
}
