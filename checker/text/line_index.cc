#include <algorithm>
#include <cstring>

#include "checker/text/article.h"
#include "checker/util/utf8.h"

namespace factlint::text {

LineIndex::LineIndex(std::string_view content) {
  line_starts_.push_back(0);
  checkpoints_.reserve(content.size() / kStride + 1);
  astral_.reserve(content.size() / kStride + 1);
  // Block by block, in loops simple enough for the compiler to vectorise;
  // line ends found with memchr.
  std::size_t code_points = 0, astral = 0;
  for (std::size_t block = 0; block < content.size(); block += kStride) {
    checkpoints_.push_back(code_points);
    astral_.push_back(astral);
    const std::size_t end = std::min(block + kStride, content.size());
    for (std::size_t i = block; i < end;) {
      // ASCII eight bytes at a time (most prose): a code point each, none astral.
      const std::size_t ascii_end = util::skip_ascii_blocks(content, i, end);
      code_points += ascii_end - i;
      i = ascii_end;
      if (i >= end) break;
      const auto byte = static_cast<unsigned char>(content[i]);
      code_points += (byte & 0xC0) != 0x80;  // not a continuation byte
      astral += byte >= 0xF0;
      ++i;
    }
  }
  const char* const data = content.data();
  const char* const stop = data + content.size();
  for (const char* p = data; p < stop;) {
    p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(stop - p)));
    if (p == nullptr) break;
    ++p;
    line_starts_.push_back(static_cast<std::size_t>(p - data));
  }
}

std::size_t LineIndex::code_points_before(std::string_view content, std::size_t offset) const {
  const std::size_t block = std::min(offset / kStride, checkpoints_.size() - 1);
  return checkpoints_[block] + util::count_code_points(content, block * kStride, offset);
}

std::size_t LineIndex::astral_before(std::string_view content, std::size_t offset) const {
  if (astral_.empty()) return util::count_astral(content, 0, offset);
  const std::size_t block = std::min(offset / kStride, astral_.size() - 1);
  return astral_[block] + util::count_astral(content, block * kStride, offset);
}

LineIndex::Position LineIndex::position(std::string_view content, std::size_t byte_offset) const {
  if (line_starts_.empty()) return {};  // default-constructed index: everything is 1:1
  byte_offset = std::min(byte_offset, content.size());
  // The last line start at or before the offset. In "a\r\nb" the '\r' is still
  // on line 1, one column past the 'a', so offsets there are harmless.
  const auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), byte_offset);
  const std::size_t line = static_cast<std::size_t>(next - line_starts_.begin());  // 1-based
  const std::size_t start = line_starts_[line - 1];
  std::size_t column = checkpoints_.empty() ? util::count_code_points(content, start, byte_offset) + 1
                                            : code_points_before(content, byte_offset) -
                                                  code_points_before(content, start) + 1;
  // An offset inside a multi-byte character names that character, whose lead
  // byte was already counted.
  if (byte_offset < content.size() && column > 1 &&
      util::is_continuation_byte(static_cast<unsigned char>(content[byte_offset])))
    --column;
  // The '\n' of "\r\n" shares the '\r''s column: editors show no character there.
  if (byte_offset < content.size() && byte_offset > start && content[byte_offset] == '\n' &&
      content[byte_offset - 1] == '\r')
    --column;
  // UTF-16: each character above U+FFFF before this one on the line counts twice.
  std::size_t own = byte_offset;  // the first byte of the character at the offset
  while (own > start && own < content.size() && util::is_continuation_byte(static_cast<unsigned char>(content[own])))
    --own;
  const std::size_t astral = astral_before(content, own) - astral_before(content, start);
  return {static_cast<int>(line), static_cast<int>(column), static_cast<int>(column + astral)};
}

}  // namespace factlint::text
