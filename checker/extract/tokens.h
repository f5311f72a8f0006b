// The value parser's tokenizer: one linear pass that turns text into words,
// digit numbers (separators and decimals folded in), punctuation and currency
// symbols, each with its byte span. claims/ reads the same tokens.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace factlint::extract::detail {

enum class TokenKind { kWord, kNumber, kPunct, kSymbol };

struct Token {
  TokenKind kind = TokenKind::kWord;
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string lower;           // word: ASCII-lower-cased text; punct/symbol: the text
  bool capitalized = false;    // word: first letter upper case ("March", "US")
  bool all_upper = false;      // word: every letter upper case ("PKR")
  bool space_before = false;   // white space separates it from the previous token
  bool line_start = false;     // first token of the text or of a line
  // kNumber only.
  double number = 0;
  int digits = 0;              // digits before the decimal point, separators excluded
  bool grouped = false;        // "50,000", "50 000"
  bool decimal = false;        // "1.6"
  bool dotted = false;         // "1.2.3": a section number, never a quantity
  bool leading_zero = false;   // "06", "0300"
  bool overflow = false;       // too many digits to be a figure anyone states
};

// Tokens of `text` in order. Linear in text.size().
std::vector<Token> tokenize(std::string_view text);

}  // namespace factlint::extract::detail

namespace factlint::extract {
// The same words and figures the value parser sees, for the stages that read
// the words around a value (claims/: clauses, predicates, partial figures).
using detail::Token;
using detail::TokenKind;
using detail::tokenize;
}  // namespace factlint::extract
