#include "checker/text/normalize.h"

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

}  // namespace

Normalized normalize(std::string_view input, std::uint32_t base) {
  Normalized out;
  out.text.reserve(input.size());
  out.origin.reserve(input.size() + 1);
  const auto emit = [&](std::string_view bytes, std::size_t from) {
    for (char c : bytes) {
      out.text.push_back(c);
      out.origin.push_back(static_cast<std::uint32_t>(from) + base);
    }
  };
  // ASCII other than tab, carriage return and '`' is copied as it is: a run
  // of it at a time.
  const auto plain = [](char c) { return static_cast<unsigned char>(c) < 0x80 && c != '\t' && c != '\r' && c != '`'; };
  std::size_t i = 0;
  while (i < input.size()) {
    std::size_t run = i;
    while (run < input.size() && plain(input[run])) ++run;
    if (run > i) {
      out.text.append(input.data() + i, run - i);
      const std::size_t at = out.origin.size();
      out.origin.resize(at + (run - i));
      for (std::size_t k = i; k < run; ++k) out.origin[at + (k - i)] = static_cast<std::uint32_t>(k) + base;
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
      for (std::size_t k = 0; k < d.length; ++k) emit(std::string_view(&input[i + k], 1), i + k);
    }
    i += d.length;
  }
  out.origin.push_back(static_cast<std::uint32_t>(input.size()) + base);
  return out;
}

}  // namespace factlint::text
