#include "checker/extract/tokens.h"
#include "checker/extract/value.h"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

using factlint::extract::Token;
using factlint::extract::TokenKind;
using factlint::extract::tokenize;

TEST_CASE("tokenize reads words with their case and lower-cases only ASCII letters", "[extract][tokens]") {
  struct Row {
    std::string_view text;
    std::string_view lower;
    bool capitalized;
    bool all_upper;
    std::size_t end;  // the word's end: where the word bytes stop
  };
  const Row rows[] = {
      {"trade", "trade", false, false, 5},
      {"Trade grew", "trade", true, false, 5},
      {"PKR 5", "pkr", true, true, 3},
      {"IMF's", "imf", true, true, 3},
      {"\xC3\x96zel said", "\xC3\x96zel", false, false, 5},             // a non-ASCII letter is kept as written
      {"Erdo\xC4\x9F" "an", "erdo\xC4\x9F" "an", true, false, 8},
      {"caf\xC3\xA9\xE2\x80\x99s", "caf\xC3\xA9", false, false, 5},     // up to a curly apostrophe
      {"a\xC2\xA0" "b", "a", false, false, 1},                          // up to a no-break space
      {"x\xE2\x82\xAC", "x", false, false, 1},                          // up to a currency symbol
      {"ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz", true, true, 26},  // longer than a short string
      {"MiXeD", "mixed", true, false, 5},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    const std::vector<Token> tokens = tokenize(row.text);
    REQUIRE(!tokens.empty());
    CHECK(tokens[0].kind == TokenKind::kWord);
    CHECK(tokens[0].lower == row.lower);
    CHECK(tokens[0].capitalized == row.capitalized);
    CHECK(tokens[0].all_upper == row.all_upper);
    CHECK(tokens[0].begin == 0);
    CHECK(tokens[0].end == row.end);
  }
}

TEST_CASE("tokenize gives each token its kind and span and the space before it", "[extract][tokens]") {
  const std::string_view text = "US$5 \xE2\x88\x92" "3%\n\xE2\x82\xAC" "1,000 rose";
  struct Expected {
    TokenKind kind;
    std::string_view lower;
    std::size_t begin, end;
    bool space_before, line_start;
  };
  const std::vector<Expected> expected = {
      {TokenKind::kWord, "us", 0, 2, false, true},      {TokenKind::kSymbol, "$", 2, 3, false, false},
      {TokenKind::kNumber, "", 3, 4, false, false},     {TokenKind::kPunct, "-", 5, 8, true, false},
      {TokenKind::kNumber, "", 8, 9, false, false},     {TokenKind::kPunct, "%", 9, 10, false, false},
      {TokenKind::kSymbol, "\xE2\x82\xAC", 11, 14, true, true}, {TokenKind::kNumber, "", 14, 19, false, false},
      {TokenKind::kWord, "rose", 20, 24, true, false},
  };
  const std::vector<Token> tokens = tokenize(text);
  REQUIRE(tokens.size() == expected.size());
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    CAPTURE(k);
    CHECK(tokens[k].kind == expected[k].kind);
    CHECK(tokens[k].lower == expected[k].lower);
    CHECK(tokens[k].begin == expected[k].begin);
    CHECK(tokens[k].end == expected[k].end);
    CHECK(tokens[k].space_before == expected[k].space_before);
    CHECK(tokens[k].line_start == expected[k].line_start);
  }
  CHECK(tokens[2].number == 5);
  CHECK(tokens[7].number == 1000);
  CHECK(tokens[7].grouped);
  CHECK(tokenize("").empty());
  CHECK(tokenize(" \n\t").empty());
}

TEST_CASE("find_values gives the same values with the tokens made already as with the text alone", "[extract][tokens]") {
  // extract_claims tokenizes a sentence once for its words and hands the
  // tokens on; the values must be those find_values finds from the text.
  const std::string_view texts[] = {
      "Trade grew 46 percent to $1.6 billion since 2012, officials said on Tuesday.",
      "About 50,000 doses, up from 12 000 a day earlier, reached 1,50,000 people by 6 April 2021.",
      "The toll rose to 589 \xE2\x80\x93 more than 2 days after the quake of magnitude 6.8 at 8 am IST.",
      "",
      "no figures here at all",
  };
  factlint::extract::ParseContext context;
  context.published = factlint::Date{2021, 4, 6};
  for (const std::string_view text : texts) {
    CAPTURE(text);
    const auto alone = factlint::extract::find_values(text, context);
    const auto given = factlint::extract::find_values(text, tokenize(text), context);
    REQUIRE(alone.size() == given.size());
    for (std::size_t i = 0; i < alone.size(); ++i) {
      CHECK(given[i].begin == alone[i].begin);
      CHECK(given[i].end == alone[i].end);
      CHECK(factlint::extract::describe(given[i]) == factlint::extract::describe(alone[i]));
    }
    if (!text.empty() && text != "no figures here at all") CHECK(!alone.empty());
  }
}
