// Markdown syntax that is not prose (link targets, URLs, heading and quote
// marks, emphasis, code backticks, HTML tags and comments) is blanked out of
// the normalised text of .md files before sentences are split and matched.
#pragma once

#include <string>

namespace factlint::text {

// Replaces the syntax with spaces in place. The length never changes and
// newlines are kept, so offsets into `text` and its origin map stay valid.
// List markers ("- ", "* ", "1. ") are kept: they start paragraphs.
void blank_markdown_syntax(std::string& text);

}  // namespace factlint::text
