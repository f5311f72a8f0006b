#include "checker/text/normalize.h"

#include <cstring>

#include "checker/util/utf8.h"

namespace factlint::text {
namespace {

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// What a non-ASCII code point becomes: a replacement string (possibly empty,
// for zero-width characters), or nullptr to copy the character unchanged.
const char* replacement(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
      return "\"";
    case 0x00A0: case 0x202F: case 0x205F: case 0x3000:
      return " ";
    case 0x2212:
      return "-";
    case 0x2026:
      return "...";
    case 0x200B: case 0x200C: case 0x200D: case 0xFEFF:
      return "";
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return " ";
  if (cp >= 0x2010 && cp <= 0x2015) return "-";
  return nullptr;
}

// ASCII other than tab, carriage return and '`' is copied as it is.
bool is_plain(char c) { return static_cast<unsigned char>(c) < 0x80 && c != '\t' && c != '\r' && c != '`'; }

// Where the run of plain bytes from `i` ends. Prose is mostly plain, so the
// bytes are tested eight at a time, in one 64-bit word, until a word holds a
// byte that is not: one with its high bit set, or one equal to '\t', '\r'
// or '`' (a byte of `word ^ (c * kOnes)` is then zero, which the classic
// "has a zero byte" test finds).
std::size_t plain_run_end(std::string_view s, std::size_t i) {
  constexpr std::uint64_t kOnes = 0x0101010101010101, kHighs = 0x8080808080808080;
  const auto has_zero_byte = [](std::uint64_t x) { return ((x - kOnes) & ~x & kHighs) != 0; };
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, s.data() + i, 8);
    if ((word & kHighs) != 0 || has_zero_byte(word ^ (kOnes * '\t')) || has_zero_byte(word ^ (kOnes * '\r')) ||
        has_zero_byte(word ^ (kOnes * '`')))
      break;
  }
  while (i < s.size() && is_plain(s[i])) ++i;
  return i;
}

}  // namespace

Normalized normalize(std::string_view input, std::uint32_t base) {
  // No replacement is longer than what it replaces ("\u2026" -> "..." is as
  // long, "\r\n" -> "\n" shorter).
  Normalized out;
  out.text.reserve(input.size());
  const auto emit = [&](std::string_view bytes, std::size_t from) {
    out.origin.append_same(static_cast<std::uint32_t>(from) + base, bytes.size());
    out.text.append(bytes);
  };
  std::size_t i = 0;
  while (i < input.size()) {
    const std::size_t run = plain_run_end(input, i);
    if (run > i) {
      out.origin.append_copy(static_cast<std::uint32_t>(i) + base, run - i);
      out.text.append(input.data() + i, run - i);
      i = run;
      continue;
    }
    const char c = input[i];
    if (static_cast<unsigned char>(c) < 0x80) {
      if (c == '\t') {
        emit(" ", i);
      } else if (c == '\r') {
        // "\r\n" is one line end; a lone '\r' is not a line end on disk
        // (LineIndex counts '\n' only), so it becomes a space.
        if (i + 1 >= input.size() || input[i + 1] != '\n') emit(" ", i);
      } else if (c == '`' && i > 0 && i + 1 < input.size() && is_ascii_letter(input[i - 1]) &&
                 is_ascii_letter(input[i + 1])) {
        emit("'", i);  // "Pakistan`s": an apostrophe typed as a grave accent
      } else {
        emit(std::string_view(&input[i], 1), i);
      }
      ++i;
      continue;
    }
    const util::Decoded d = util::decode_utf8(input, i);
    if (const char* r = replacement(d.code_point)) {
      emit(r, i);
    } else {
      // Copied unchanged, each byte pointing at itself so a span that ends
      // inside the character still maps to a byte of it.
      out.origin.append_copy(static_cast<std::uint32_t>(i) + base, d.length);
      out.text.append(input.substr(i, d.length));
    }
    i += d.length;
  }
  out.origin.push_back(static_cast<std::uint32_t>(input.size()) + base);
  return out;
}

}  // namespace factlint::text
