#include "checker/util/utf8.h"

#include <bit>
#include <cstdint>
#include <cstring>

#include <algorithm>

namespace factlint::util {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Length of a well-formed sequence at `offset`, or 0. Follows the table of
// well-formed byte sequences in the Unicode standard (chapter 3, table 3-7).
std::size_t sequence_length(std::string_view text, std::size_t offset) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[offset + i]); };
  const std::size_t left = text.size() - offset;
  const unsigned char b0 = byte(0);
  if (b0 < 0x80) return 1;
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    length = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    length = 3;
    if (b0 == 0xE0) low = 0xA0;   // no overlong forms
    if (b0 == 0xED) high = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    length = 4;
    if (b0 == 0xF0) low = 0x90;   // no overlong forms
    if (b0 == 0xF4) high = 0x8F;  // nothing past U+10FFFF
  } else {
    return 0;
  }
  if (left < length) return 0;
  if (byte(1) < low || byte(1) > high) return 0;
  for (std::size_t i = 2; i < length; ++i)
    if (!is_continuation_byte(byte(i))) return 0;
  return length;
}

}  // namespace

std::size_t skip_ascii_blocks(std::string_view text, std::size_t begin, std::size_t end) {
  end = std::min(end, text.size());
  for (std::size_t i = begin; i + 8 <= end; i += 8) {
    std::uint64_t eight = 0;
    std::memcpy(&eight, text.data() + i, 8);
    if ((eight & 0x8080808080808080ULL) != 0) return i;
  }
  return begin + (end > begin ? (end - begin) / 8 * 8 : 0);
}

std::optional<std::size_t> first_invalid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    i = skip_ascii_blocks(text, i, text.size());
    if (i >= text.size()) break;
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t length = sequence_length(text, i);
    // A broken sequence is reported at its lead byte: that is where an
    // editor shows the replacement character.
    if (length == 0) return i;
    i += length;
  }
  return std::nullopt;
}

Decoded decode_utf8(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return {kReplacement, 1};
  const std::size_t length = sequence_length(text, offset);
  if (length == 0) return {kReplacement, 1};
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[offset + i]); };
  char32_t cp = 0;
  switch (length) {
    case 1: cp = byte(0); break;
    case 2: cp = (char32_t{byte(0)} & 0x1F) << 6 | (byte(1) & 0x3F); break;
    case 3: cp = (char32_t{byte(0)} & 0x0F) << 12 | (char32_t{byte(1)} & 0x3F) << 6 | (byte(2) & 0x3F); break;
    default:
      cp = (char32_t{byte(0)} & 0x07) << 18 | (char32_t{byte(1)} & 0x3F) << 12 |
           (char32_t{byte(2)} & 0x3F) << 6 | (byte(3) & 0x3F);
  }
  return {cp, length};
}

std::size_t byte_of_code_point(std::string_view text, std::size_t n) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (is_continuation_byte(static_cast<unsigned char>(text[i]))) continue;
    if (seen == n) return i;
    ++seen;
  }
  return text.size();
}

std::size_t count_code_points(std::string_view text, std::size_t begin, std::size_t end) {
  end = std::min(end, text.size());
  // Eight bytes at a time: a continuation byte (10xxxxxx) has its high bit
  // set and the next one clear; shifting the word left by one puts each
  // byte's bit 6 under its bit 7 (what crosses into the next byte is masked).
  constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
  std::size_t count = 0, i = begin;
  for (; i + 8 <= end; i += 8) {
    std::uint64_t eight = 0;
    std::memcpy(&eight, text.data() + i, 8);
    count += 8 - static_cast<std::size_t>(std::popcount(eight & ~(eight << 1) & kHighs));
  }
  for (; i < end; ++i)
    if (!is_continuation_byte(static_cast<unsigned char>(text[i]))) ++count;
  return count;
}

}  // namespace factlint::util
