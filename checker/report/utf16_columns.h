// Columns in UTF-16 code units, as SARIF consumers (GitHub, CodeQL, VS Code)
// count them. Findings count code points, so a character outside the Basic
// Multilingual Plane (most emoji) before a column moves it by one more.
#pragma once

#include <string_view>

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

// A finding's columns in UTF-16 code units. The start is the checker's
// (Finding::utf16_column), worked out while it had the article: no article is
// read again. Without it (0), the sentence gives the text before the finding
// when it starts at or before the line's start, and any text before the
// sentence counts 1 unit a character. The end follows from the start and the
// sentence's highlight.
Utf16Region utf16_region(const Finding& finding);

}  // namespace factlint::report
