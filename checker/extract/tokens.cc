#include "checker/extract/tokens.h"

#include <cstdlib>

namespace factlint::extract::detail {
namespace {

// A figure with more integer digits than this is not something a reporter
// states; it is dropped rather than rounded into a wrong value.
constexpr int kMaxDigits = 18;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Length of a white-space sequence at `i` (ASCII, NBSP, thin and narrow
// no-break spaces), 0 if none.
std::size_t space_length(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
    const auto c2 = static_cast<unsigned char>(s[i + 2]);
    if ((c2 >= 0x80 && c2 <= 0x8A) || c2 == 0xAF) return 3;  // U+2000..U+200A, U+202F
  }
  return 0;
}

// Currency symbols other than '$' (UTF-8 byte length, 0 if none): € £ ₹ ¥.
std::size_t symbol_length(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == 0xC2 && i + 1 < s.size()) {
    const auto c1 = static_cast<unsigned char>(s[i + 1]);
    if (c1 == 0xA3 || c1 == 0xA5) return 2;
  }
  // U+20A0..U+20C0, the currency symbols block: € ₹ ₦ ₱ ₩ ₺ ₽ ₴ ₫ ₨ ₵ ₸ ...
  if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x82) {
    const auto c2 = static_cast<unsigned char>(s[i + 2]);
    if (c2 >= 0xA0 && c2 <= 0xC0) return 3;
  }
  // U+09F3 BENGALI RUPEE SIGN (৳, the taka).
  if (c == 0xE0 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA7 &&
      static_cast<unsigned char>(s[i + 2]) == 0xB3)
    return 3;
  return 0;
}

// Other punctuation from U+2000..U+206F (dashes, quotes, ellipsis) is one token.
std::size_t wide_punct_length(std::string_view s, std::size_t i) {
  if (static_cast<unsigned char>(s[i]) == 0xE2 && i + 2 < s.size() &&
      static_cast<unsigned char>(s[i + 1]) == 0x80)
    return 3;
  return 0;
}

// U+2212 MINUS SIGN ("−3 percent").
bool minus_sign(std::string_view s, std::size_t i) {
  return i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
         static_cast<unsigned char>(s[i + 1]) == 0x88 && static_cast<unsigned char>(s[i + 2]) == 0x92;
}

bool word_byte(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (is_alpha(s[i])) return true;
  return c >= 0x80 && space_length(s, i) == 0 && symbol_length(s, i) == 0 &&
         wide_punct_length(s, i) == 0 && !minus_sign(s, i);
}

// Exactly three digits at `i`, not followed by another digit.
bool three_digits(std::string_view s, std::size_t i) {
  return i + 3 <= s.size() && is_digit(s[i]) && is_digit(s[i + 1]) && is_digit(s[i + 2]) &&
         (i + 3 == s.size() || !is_digit(s[i + 3]));
}

// Scans a digit number at `i`; returns the end offset and fills `token`.
std::size_t scan_number(std::string_view s, std::size_t i, Token& token) {
  std::string clean;
  std::size_t j = i;
  while (j < s.size() && is_digit(s[j])) clean.push_back(s[j++]);
  const std::size_t first_run = j - i;
  token.leading_zero = first_run > 1 && s[i] == '0';
  // South Asian grouping: "1,50,000" (1.5 lakh), "2,50,00,000" (2.5 crore).
  if (first_run <= 2 && !token.leading_zero) {
    std::size_t k = j;
    std::string groups;
    while (k + 3 < s.size() && s[k] == ',' && is_digit(s[k + 1]) && is_digit(s[k + 2]) &&
           s[k + 3] == ',') {
      groups.append(s.substr(k + 1, 2));
      k += 3;
    }
    if (!groups.empty() && k < s.size() && s[k] == ',' && three_digits(s, k + 1)) {
      clean += groups;
      clean.append(s.substr(k + 1, 3));
      j = k + 4;
      token.grouped = true;
    }
  }
  if (first_run <= 3 && !token.leading_zero && !token.grouped) {
    // "50,000,000" or "50 000": groups of exactly three digits.
    for (;;) {
      std::size_t sep = 0;
      if (j < s.size() && s[j] == ',') sep = 1;
      else if (j < s.size() && s[j] == ' ') sep = 1;
      else if (j < s.size()) {
        const std::size_t sp = space_length(s, j);
        if (sp > 1) sep = sp;
      }
      if (sep == 0 || !three_digits(s, j + sep)) break;
      // A space group must not be a new figure after a comma-less list:
      // "50 000" groups, "5 100-metre" does not (the group is followed by '-').
      if (s[j] != ',' && j + sep + 3 < s.size() && !(space_length(s, j + sep + 3) ||
                                                     s[j + sep + 3] == ',' ||
                                                     s[j + sep + 3] == '.' ||
                                                     s[j + sep + 3] == ';' ||
                                                     s[j + sep + 3] == ')'))
        break;
      clean.append(s.substr(j + sep, 3));
      j += sep + 3;
      token.grouped = true;
    }
  }
  // Separators typed wrong, as copy written in a hurry has them:
  //   "6, 984, 520 votes", "6,101, 533 votes", "93, 469, 008,": groups after
  //   ", ", two of them before a word or the end of a clause, or one after a
  //   comma group before a word ("4, 100 and 200" stays two numbers);
  //   "24,966218": a separator left out between two groups.
  if (first_run <= 3 && !token.leading_zero && j < s.size() && s[j] == ',') {
    std::size_t k = j;
    std::string extra;
    while (k + 2 < s.size() && s[k] == ',' && s[k + 1] == ' ' && three_digits(s, k + 2)) {
      extra.append(s.substr(k + 2, 3));
      k += 5;
    }
    const bool word_after = k + 1 < s.size() && s[k] == ' ' && is_alpha(s[k + 1]);
    const bool ends_clause = k >= s.size() || s[k] == ',' || s[k] == '.' || s[k] == ';' || s[k] == ')';
    if ((word_after && (extra.size() >= 6 || (token.grouped && extra.size() == 3))) ||
        (ends_clause && extra.size() >= 6)) {
      clean += extra;
      j = k;
      token.grouped = true;
    } else if (!token.grouped && j + 6 < s.size() + 1 && is_digit(s[j + 1]) && s.size() >= j + 7 &&
               three_digits(s, j + 4) && is_digit(s[j + 2]) && is_digit(s[j + 3]) &&
               (j + 7 == s.size() || !is_digit(s[j + 7]))) {
      clean.append(s.substr(j + 1, 6));
      j += 7;
      token.grouped = true;
    }
  }
  token.digits = static_cast<int>(clean.size());
  if (j + 1 < s.size() && s[j] == '.' && is_digit(s[j + 1])) {
    token.decimal = true;
    clean.push_back('.');
    ++j;
    while (j < s.size() && is_digit(s[j])) clean.push_back(s[j++]);
    // "1.2.3": a section or version number.
    while (j + 1 < s.size() && s[j] == '.' && is_digit(s[j + 1])) {
      token.dotted = true;
      ++j;
      while (j < s.size() && is_digit(s[j])) ++j;
    }
  }
  std::size_t significant = 0;
  for (char c : clean) significant += is_digit(c) ? 1 : 0;
  if (token.digits > kMaxDigits || significant > 40) {
    token.overflow = true;
  } else {
    token.number = std::strtod(clean.c_str(), nullptr);
  }
  return j;
}

}  // namespace

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> tokens;
  tokens.reserve(s.size() / 5 + 4);
  std::size_t i = 0;
  bool space = false;
  bool line_start = true;
  while (i < s.size()) {
    if (const std::size_t sp = space_length(s, i)) {
      space = true;
      if (s[i] == '\n') line_start = true;
      i += sp;
      continue;
    }
    Token& token = tokens.emplace_back();  // filled in place
    token.begin = i;
    token.space_before = space;
    token.line_start = line_start;
    space = false;
    line_start = false;
    if (is_digit(s[i])) {
      token.kind = TokenKind::kNumber;
      i = scan_number(s, i, token);
    } else if (s[i] == '.' && i + 1 < s.size() && is_digit(s[i + 1]) && (token.space_before || i == 0)) {
      // ".08": a decimal written without its leading zero, after a space.
      token.kind = TokenKind::kNumber;
      std::string clean = "0.";
      std::size_t j = i + 1;
      while (j < s.size() && is_digit(s[j]) && clean.size() < 24) clean.push_back(s[j++]);
      while (j < s.size() && is_digit(s[j])) ++j;
      token.decimal = true;
      token.digits = 1;
      token.leading_zero = false;
      token.number = std::strtod(clean.c_str(), nullptr);
      i = j;
    } else if (word_byte(s, i)) {
      token.kind = TokenKind::kWord;
      token.capitalized = s[i] >= 'A' && s[i] <= 'Z';
      bool upper = true;
      const std::size_t begin = i;
      for (; i < s.size(); ++i) {
        const char c = s[i];
        // ASCII letters, the common case, without word_byte's checks for spaces and symbols.
        if (c >= 'a' && c <= 'z') {
          upper = false;
        } else if (!(c >= 'A' && c <= 'Z') && !word_byte(s, i)) {
          break;
        }
      }
      token.all_upper = upper;
      // Copied once its end is known, then lower-cased in place (ASCII only).
      token.lower = s.substr(begin, i - begin);
      for (char& c : token.lower) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      }
    } else if (const std::size_t sym = symbol_length(s, i)) {
      token.kind = TokenKind::kSymbol;
      token.lower.assign(s.substr(i, sym));
      i += sym;
    } else if (s[i] == '$') {
      token.kind = TokenKind::kSymbol;
      token.lower = '$';
      ++i;
    } else if (minus_sign(s, i)) {
      token.kind = TokenKind::kPunct;
      token.lower = '-';  // U+2212 MINUS SIGN reads as a hyphen-minus
      i += 3;
    } else {
      token.kind = TokenKind::kPunct;
      const std::size_t len = wide_punct_length(s, i) ? 3 : 1;
      token.lower.assign(s.substr(i, len));
      i += len;
    }
    token.end = i;
  }
  return tokens;
}

}  // namespace factlint::extract::detail
