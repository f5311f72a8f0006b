// Markdown syntax that is not prose (link targets, URLs, heading and quote
// marks, emphasis, code backticks, HTML tags and comments) is blanked out of
// the normalised text of .md files before sentences are split and matched.
#pragma once

#include <string>
#include <vector>

#include "checker/text/blocks.h"

namespace factlint::text {

// Replaces the syntax with spaces in place. The length never changes and
// newlines are kept, so offsets into `text` and its origin map stay valid.
// List markers ("- ", "* ", "1. ") are kept: they start paragraphs.
//
// Returns what the syntax said about the structure, before it was blanked:
//   "![Rescuers in Longtoushan](p.jpg)"  a caption (and an italic line right under it)
//   "# Toll rises to 589"               a headline when nothing but display text
//                                       stands before it, else a crosshead
//   "**Officials say ...**"             a standfirst when it opens the body, a
//                                       crosshead further down when it is short
std::vector<Block> blank_markdown_syntax(std::string& text);

// MDX (Markdown with JSX): blanks what is code, not prose, before the Markdown
// pass: `import`/`export` blocks at the start of a paragraph and `{...}`
// expressions (comments `{/* ... */}` among them), outside code fences and code
// spans. JSX tags (`<Chart data={...} />`) then go as HTML tags do. An
// expression that does not close within its paragraph is left as prose. Linear.
void blank_mdx_syntax(std::string& text);

}  // namespace factlint::text
