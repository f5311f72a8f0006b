// Article loading: bytes on disk -> Article (front matter, normalised body,
// exact map back to line:column). Pure: takes the bytes, not the path on disk.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "checker/text/article.h"
#include "checker/util/diagnostics.h"

namespace factlint::text {

// Why a file was not checked. Reported as a warning notice and counted in the
// summary's "skipped"; never silently dropped.
struct Skipped {
  std::string path;
  std::string reason;  // e.g. "not valid UTF-8 (byte 0xff at line 3, column 7)"
};

// Whether the file at `path` is read as an HTML page (.html, .htm, any case).
bool is_html(std::string_view path);

// `path` is only used for messages. Problems in the front matter that still
// leave the article checkable (e.g. an unparsable date) go to `diags` as
// warnings with file:line:col.
// `make_text` false: the caller knows from the bytes that nothing will be
// looked for in the text (rules::MentionFilter), so the body is not made into
// text: `text` is empty and `has_text` false; the checks of the bytes, the
// front matter and its warnings are as always. An HTML page is always made
// into text.
std::variant<Article, Skipped> load_article(std::string path, std::string raw,
                                            Diagnostics& diags, bool make_text = true);

}  // namespace factlint::text
