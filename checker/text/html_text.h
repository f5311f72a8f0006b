// HTML articles: the visible text of a page (tags, scripts and styles removed,
// entities decoded), block elements as paragraphs, with every byte of the text
// mapped back to the byte of the file it came from; and the title and
// publication date from the page's metadata.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/text/article.h"
#include "checker/util/diagnostics.h"

namespace factlint::text {

struct HtmlText {
  std::string text;                   // paragraphs separated by blank lines
  OriginMap origin;  // text byte -> raw byte; size text.size()+1
  FrontMatter meta;                   // title and date, when the page gives them
  // <h1> headlines, <h2>-<h6> crossheads, <figcaption> captions, and elements
  // whose class names a dek, standfirst, subtitle, caption or byline; sorted.
  std::vector<Block> marks;
};

// Why a page cannot be checked safely, or nullopt. gumbo's tree builder takes
// time quadratic in the nesting depth of block elements (100,000 nested <div>s
// take minutes), so a page nested deeper than kMaxHtmlDepth is skipped and
// reported rather than parsed. Real news pages nest a few dozen deep.
inline constexpr int kMaxHtmlDepth = 2000;
std::optional<std::string> html_too_deep(std::string_view raw);

// The publication date comes from <meta property="article:published_time">,
// else the first <time datetime>, else <meta name="date">; one that cannot be
// read is a warning at its line and column. `raw` must be valid UTF-8.
HtmlText extract_html(std::string_view raw, const LineIndex& lines, const std::string& path,
                      Diagnostics& diags);

}  // namespace factlint::text
