#include "checker/report/utf16_columns.h"

#include <algorithm>

#include "checker/util/utf8.h"

namespace factlint::report {

namespace {

// Byte offset of code point `n` in `s` (s.size() when past the end).
std::size_t byte_of(std::string_view s, int n) { return util::byte_of_code_point(s, static_cast<std::size_t>(std::max(0, n))); }

int code_points(std::string_view s) { return static_cast<int>(util::count_code_points(s, 0, s.size())); }

// Code units of the `count` code points that end at code point `end` of `s`.
int units_before(std::string_view s, int end, int count) {
  std::size_t e = byte_of(s, end), b = byte_of(s, std::max(0, end - count));
  return utf16_length(s.substr(b, e - b));
}

}  // namespace

int utf16_length(std::string_view text) {
  int units = 0;
  for (std::size_t i = 0; i < text.size();) {
    util::Decoded d = util::decode_utf8(text, i);
    units += d.code_point > 0xFFFF ? 2 : 1;
    i += d.length;
  }
  return units;
}

int utf16_column(std::string_view line, int column) {
  if (column < 1) return column;
  int have = code_points(line);
  int before = column - 1;
  return 1 + utf16_length(line.substr(0, byte_of(line, before))) + std::max(0, before - have);
}

Utf16Region utf16_region(const Finding& f) {
  std::string_view sentence = f.sentence;
  int begin = std::clamp(f.highlight_begin, 0, code_points(sentence));
  int end = std::clamp(f.highlight_end, begin, code_points(sentence));
  Utf16Region region;
  int before = f.column - 1;  // code points on the line before the finding
  if (before < 0) return {f.column, f.end_column};
  if (f.utf16_column > 0) {  // worked out by the checker, which had the line
    region.column = f.utf16_column;
  } else if (before <= begin) {
    region.column = 1 + units_before(sentence, begin, before);
  } else {  // the text before the sentence is unknown: 1 unit a character
    region.column = 1 + (before - begin) + units_before(sentence, begin, begin);
  }
  if (f.end_line == f.line) {
    std::size_t b = byte_of(sentence, begin), e = byte_of(sentence, end);
    int width = f.end_column - f.column;  // code points; the highlight should agree
    int highlight = end - begin;
    region.end_column = region.column + utf16_length(sentence.substr(b, e - b)) + (width - highlight);
  } else {
    int end_before = f.end_column - 1;
    region.end_column = 1 + units_before(sentence, end, end_before) + std::max(0, end_before - end);
  }
  return region;
}

}  // namespace factlint::report
