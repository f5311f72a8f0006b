// Markdown escaping for report text shown by GitHub (job summary, SARIF help):
// article text must render as the words it is, never as markup or a broken table.
#pragma once

#include <string>
#include <string_view>

namespace factlint::report {

// `text` on one line (CR, LF and tab as spaces) with every ASCII character
// that inline Markdown or a table cell would read as syntax backslash-escaped
// (\ ` * _ [ ] < > | ~ & $; GitHub renders $...$ as maths), so it renders
// literally. Not for text at the start of a line ("# ", "1. ", "- ").
std::string markdown_escape(std::string_view text);

}  // namespace factlint::report
