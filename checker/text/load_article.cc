#include "checker/text/load_article.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <limits>

#include "checker/text/front_matter.h"
#include "checker/text/html_text.h"
#include "checker/text/markdown.h"
#include "checker/text/normalize.h"
#include "checker/util/utf8.h"

namespace factlint::text {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool ends_with_ignoring_case(std::string_view text, std::string_view suffix) {
  if (text.size() < suffix.size()) return false;
  text = text.substr(text.size() - suffix.size());
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

// Normalising maps each output byte to an input byte; `marks` given over the
// input are moved onto the output (a byte-exact map can only grow or shrink
// a mark at characters normalisation rewrote).
void map_marks(const Normalized& normalized, std::uint32_t base, std::vector<Block>& marks) {
  for (Block& b : marks) {
    auto at = [&](std::size_t offset) {
      return normalized.origin.first_at_or_after(static_cast<std::uint32_t>(offset) + base);
    };
    b.begin = at(b.begin);
    b.end = at(b.end);
  }
}

// An HTML page's text, normalised, with the two byte maps composed: text ->
// extracted text -> file.
Normalized normalize_html(std::string_view raw, const LineIndex& lines, const std::string& path,
                          FrontMatter& meta, std::vector<Block>& marks, Diagnostics& diags) {
  HtmlText html = extract_html(raw, lines, path, diags);
  meta = std::move(html.meta);
  Normalized normalized = normalize(html.text, 0);
  marks = std::move(html.marks);
  map_marks(normalized, 0, marks);
  normalized.origin = normalized.origin.composed_with(html.origin);
  return normalized;
}

// The front matter's display fields, each a paragraph, before the body:
// "Toll rises to 589\n\n" + body. Fields stand in file order and before the
// body in the file, so the byte map still never goes backwards.
void prepend_display_fields(const FrontMatter& meta, Normalized& body, std::vector<Block>& marks) {
  if (meta.display.empty()) return;
  Normalized out;
  std::vector<Block> field_marks;
  for (const DisplayField& field : meta.display) {
    Normalized n = normalize(field.value, 0);
    n.origin = n.origin.composed_with(field.origin);
    // A title is one paragraph: its own line breaks are spaces.
    for (char& c : n.text) {
      if (c == '\n' || c == '\r') c = ' ';
    }
    const std::size_t begin = out.text.size();
    out.text += n.text;
    out.origin.append(n.origin, n.origin.size() - 1);
    field_marks.push_back({begin, out.text.size(), field.role});
    // The break maps to the end of the value, so a span ending with the field
    // ends where its words do ("398", not '398"' before a closing quote).
    out.text += "\n\n";
    out.origin.append_same(n.origin.back(), 2);
  }
  const std::size_t shift = out.text.size();
  for (Block& b : marks) {
    b.begin += shift;
    b.end += shift;
  }
  field_marks.insert(field_marks.end(), marks.begin(), marks.end());
  marks = std::move(field_marks);
  out.text += body.text;
  out.origin.append(body.origin, body.origin.size());
  body = std::move(out);
}

bool is_mdx(std::string_view path) { return ends_with_ignoring_case(path, ".mdx"); }

bool is_markdown(std::string_view path) {
  return ends_with_ignoring_case(path, ".md") || ends_with_ignoring_case(path, ".markdown") || is_mdx(path);
}

// Why the bytes cannot be read as text, or an empty string when they can.
// The first problem in the file is the one named.
std::string unreadable_reason(std::string_view raw, const LineIndex& lines) {
  const std::optional<std::size_t> bad = util::first_invalid_utf8(raw);
  const std::size_t nul = raw.find('\0');
  if (!bad && nul == std::string_view::npos) return {};
  if (nul != std::string_view::npos && (!bad || nul < *bad)) {
    const LineIndex::Position p = lines.position(raw, nul);
    return fmt::format("contains a NUL byte at line {}, column {} (binary file?)", p.line, p.column);
  }
  const LineIndex::Position p = lines.position(raw, *bad);
  return fmt::format("not valid UTF-8 (byte 0x{:02x} at line {}, column {})",
                     static_cast<unsigned char>(raw[*bad]), p.line, p.column);
}

}  // namespace

bool is_html(std::string_view path) {
  return ends_with_ignoring_case(path, ".html") || ends_with_ignoring_case(path, ".htm");
}

std::variant<Article, Skipped> load_article(std::string path, std::string raw, Diagnostics& diags,
                                            bool make_text) {
  if (raw.size() >= std::numeric_limits<std::uint32_t>::max())
    return Skipped{std::move(path), fmt::format("too large to check ({} bytes)", raw.size())};
  LineIndex lines(raw);
  if (std::string reason = unreadable_reason(raw, lines); !reason.empty())
    return Skipped{std::move(path), std::move(reason)};

  FrontMatter meta;
  Normalized normalized;
  std::vector<Block> marks;
  if (is_html(path)) {
    if (std::optional<std::string> reason = html_too_deep(raw)) return Skipped{std::move(path), std::move(*reason)};
    normalized = normalize_html(raw, lines, path, meta, marks, diags);
  } else {
    const std::size_t start = std::string_view(raw).starts_with(kBom) ? kBom.size() : 0;
    std::size_t body = start;
    if (const std::optional<FrontMatterBlock> block = find_front_matter(raw, start)) {
      meta = parse_front_matter(raw, *block, lines, path, diags);
      body = block->body_begin;
    } else if (std::optional<std::string> unclosed = unclosed_front_matter(raw, start)) {
      diags.warning({path, 1, 1}, *unclosed, "close it with a line of its own, or remove the opening line");
    }
    if (make_text) {
      normalized = normalize(std::string_view(raw).substr(body), static_cast<std::uint32_t>(body));
      if (is_mdx(path)) blank_mdx_syntax(normalized.text);
      if (is_markdown(path)) marks = blank_markdown_syntax(normalized.text);
      prepend_display_fields(meta, normalized, marks);
    } else {
      normalized.origin.push_back(static_cast<std::uint32_t>(body));
    }
  }
  const bool has_text = make_text || is_html(path);

  Article article;
  article.path = std::move(path);
  article.raw = std::move(raw);
  article.meta = std::move(meta);
  article.text = std::move(normalized.text);
  article.origin = std::move(normalized.origin);
  article.marks = std::move(marks);
  article.lines = std::move(lines);
  article.has_text = has_text;
  return article;
}

}  // namespace factlint::text
