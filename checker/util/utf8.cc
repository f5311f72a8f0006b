#include "checker/util/utf8.h"

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

namespace {

// How many bytes of text[begin, end) `marked` flags, `marked` giving for
// eight bytes a word with the high bit of each flagged byte set. Eight bytes
// at a time, the flags summed lane by lane (no popcount: the portable build
// targets x86-64 without it, where std::popcount is a library call).
template <class Marked>
std::size_t count_marked(std::string_view text, std::size_t begin, std::size_t end, Marked marked) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  std::size_t count = 0, i = begin;
  while (i + 8 <= end) {
    // Up to 31 words a lane: a lane's sum stays below 32, the eight lanes'
    // below 256, which one multiplication gathers into the top byte.
    std::uint64_t lanes = 0;
    for (int n = 0; n < 31 && i + 8 <= end; ++n, i += 8) {
      std::uint64_t eight = 0;
      std::memcpy(&eight, text.data() + i, 8);
      lanes += marked(eight) >> 7;
    }
    count += static_cast<std::size_t>((lanes * kOnes) >> 56);
  }
  for (; i < end; ++i) {
    std::uint64_t one = static_cast<unsigned char>(text[i]);
    count += static_cast<std::size_t>(marked(one) >> 7 & 1);
  }
  return count;
}

constexpr std::uint64_t kHighs = 0x8080808080808080ULL;

}  // namespace

std::size_t count_code_points(std::string_view text, std::size_t begin, std::size_t end) {
  end = std::min(end, text.size());
  if (begin >= end) return 0;
  // A continuation byte (10xxxxxx) has its high bit set and the next one
  // clear; shifting left by one puts each byte's bit 6 under its bit 7 (what
  // crosses into the next byte is masked).
  return end - begin - count_marked(text, begin, end, [](std::uint64_t w) { return w & ~(w << 1) & kHighs; });
}

std::size_t count_astral(std::string_view text, std::size_t begin, std::size_t end) {
  end = std::min(end, text.size());
  if (begin >= end) return 0;
  // A four-byte lead byte (11110xxx) has bits 7 to 4 set, which shifting left
  // by 1, 2 and 3 brings under bit 7 of the same byte.
  return count_marked(text, begin, end, [](std::uint64_t w) { return w & (w << 1) & (w << 2) & (w << 3) & kHighs; });
}

}  // namespace factlint::util
