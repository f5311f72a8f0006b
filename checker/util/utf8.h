// UTF-8 helpers shared by the loaders and reporters: validation with the
// offset of the first bad byte, decoding one code point, counting code points.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace factlint::util {

// Offset of the first byte that does not start or continue a well-formed
// UTF-8 sequence (overlong forms, surrogates and code points past U+10FFFF
// are ill-formed); nullopt when `text` is valid.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);

inline bool is_valid_utf8(std::string_view text) { return !first_invalid_utf8(text); }

// From `begin`, past every eight bytes at once that are all ASCII (one
// 64-bit test each), never past `end`: where a caller must go on a byte at a
// time (eight bytes holding one of 0x80 or more, or fewer than eight left).
// Most of an English article is passed over so.
std::size_t skip_ascii_blocks(std::string_view text, std::size_t begin, std::size_t end);

struct Decoded {
  char32_t code_point = 0;  // U+FFFD when the sequence is ill-formed
  std::size_t length = 1;   // bytes consumed; at least 1 so scanning always advances
};

// Decodes the code point starting at `offset` (< text.size()). An ill-formed
// or truncated sequence yields U+FFFD and length 1.
Decoded decode_utf8(std::string_view text, std::size_t offset);

// Number of code points in text[begin, end); continuation bytes are not counted,
// so a range that starts or ends inside a character still gives a sane answer.
std::size_t count_code_points(std::string_view text, std::size_t begin, std::size_t end);
// The characters above U+FFFF (two UTF-16 code units each) in text[begin, end),
// counted by their lead bytes; `end` clamps to the text.
std::size_t count_astral(std::string_view text, std::size_t begin, std::size_t end);

inline bool is_continuation_byte(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Byte offset of code point `n` (0-based) of `text`, counted as count_code_points
// counts; text.size() when `text` has n code points or fewer.
std::size_t byte_of_code_point(std::string_view text, std::size_t n);

}  // namespace factlint::util
