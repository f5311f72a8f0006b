#include <algorithm>

#include "checker/text/article.h"
#include "checker/util/utf8.h"

namespace factlint::text {

LineIndex::LineIndex(std::string_view content) {
  line_starts_.push_back(0);
  checkpoints_.reserve(content.size() / kStride + 1);
  std::size_t code_points = 0;
  for (std::size_t i = 0; i < content.size(); ++i) {
    if (i % kStride == 0) checkpoints_.push_back(code_points);
    if (content[i] == '\n') line_starts_.push_back(i + 1);
    if (!util::is_continuation_byte(static_cast<unsigned char>(content[i]))) ++code_points;
  }
}

std::size_t LineIndex::code_points_before(std::string_view content, std::size_t offset) const {
  const std::size_t block = std::min(offset / kStride, checkpoints_.size() - 1);
  return checkpoints_[block] + util::count_code_points(content, block * kStride, offset);
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
  return {static_cast<int>(line), static_cast<int>(column)};
}

}  // namespace factlint::text
