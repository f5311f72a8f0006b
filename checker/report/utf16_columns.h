// Columns in UTF-16 code units, as SARIF consumers (GitHub, CodeQL, VS Code)
// count them. Findings count code points, so a character outside the Basic
// Multilingual Plane (most emoji) before a column moves it by one more.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/findings/finding.h"

namespace factlint::report {

// UTF-16 code units of UTF-8 `text`: 2 for a code point above U+FFFF, else 1
// (a malformed byte counts 1, as the U+FFFD a decoder puts in its place).
int utf16_length(std::string_view text);

// The UTF-16 column (1-based) of code point column `column` in `line`. Past
// the end of the line each missing character counts 1.
int utf16_column(std::string_view line, int column);

struct Utf16Region {
  int column = 0;
  int end_column = 0;
};

// Converts findings' columns. The finding's sentence holds the text before the
// finding back to the start of its line whenever the sentence starts at or
// before that line's start; only when a sentence starts in mid-line is the
// article read (once per file) for the text before it. An unreadable or
// changed file counts that text as 1 unit a character.
class Utf16Columns {
 public:
  Utf16Region convert(const Finding& finding);

 private:
  // Code units of the first `count` code points of line `line` of `file`, or
  // nullopt when the file cannot be read or the line is shorter.
  std::optional<int> line_prefix_units(const std::string& file, int line, int count);

  std::map<std::string, std::optional<std::vector<std::string>>> lines_;  // by file
};

}  // namespace factlint::report
