#include "checker/text/markdown.h"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <optional>
#include <string_view>
#include <vector>

namespace factlint::text {
namespace {

bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}
bool is_space(char c) { return c == ' ' || c == '\n'; }

// Blanks text[begin, end) except newlines, which keep the line structure.
void blank(std::string& text, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end && i < text.size(); ++i)
    if (text[i] != '\n') text[i] = ' ';
}

bool has_headline(const std::vector<Block>& marks) {
  return std::any_of(marks.begin(), marks.end(), [](const Block& b) { return b.role == Role::kHeadline; });
}

std::size_t line_end(const std::string& text, std::size_t from) {
  const std::size_t nl = text.find('\n', from);
  return nl == std::string::npos ? text.size() : nl;
}

// The first byte at or after `from` that is one of `bytes`, or text.size().
// Each pass below acts on a few kinds of byte and passes over the prose
// between them: strcspn (vectorised by the C library) finds the next one many
// bytes at a time. It also stops at a NUL, which a text may hold: step past it.
std::size_t next_of(const std::string& text, std::size_t from, const char* bytes) {
  while (from < text.size()) {
    from += std::strcspn(text.c_str() + from, bytes);
    if (from >= text.size() || text[from] != '\0') return std::min(from, text.size());
    ++from;
  }
  return text.size();
}

// <!-- ... -->; an unterminated comment runs to the end, as browsers read it.
void blank_comments(std::string& text) {
  std::size_t at = 0;
  while ((at = text.find("<!--", at)) != std::string::npos) {
    const std::size_t close = text.find("-->", at + 4);
    const std::size_t end = close == std::string::npos ? text.size() : close + 3;
    blank(text, at, end);
    at = end;
  }
}

// "---", "* * *", "___" (thematic breaks) and "===" (setext underlines).
// Only one mark and spaces, the mark at least three times: the first character
// that is not a space says which mark it must be (a prose line fails at once).
bool is_rule_line(std::string_view rest) {
  if (rest.size() < 3) return false;
  const std::size_t first = rest.find_first_not_of(' ');
  if (first == std::string_view::npos) return false;
  const char mark = rest[first];
  if (mark != '-' && mark != '*' && mark != '_' && mark != '=') return false;
  std::size_t marks = 0;
  for (char c : rest.substr(first)) {
    if (c == mark) {
      ++marks;
    } else if (c != ' ') {
      return false;
    }
  }
  return marks >= 3;
}

// Line-level syntax: code fences, thematic breaks and setext underlines,
// link reference definitions, then the "#" and ">" marks that open a line.
void blank_line_marks(std::string& text) {
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t end = line_end(text, start);
    std::string_view line(text.data() + start, end - start);
    const std::size_t first = line.find_first_not_of(' ');
    if (first != std::string_view::npos) {
      const std::string_view rest = line.substr(first);
      const bool fence = rest.starts_with("```") || rest.starts_with("~~~");
      const std::size_t label_end = rest.find("]:");
      const bool definition = rest.starts_with('[') && label_end != std::string_view::npos &&
                              rest.substr(0, label_end).find(']') == std::string_view::npos;
      if (fence || is_rule_line(rest) || definition) {
        blank(text, start, end);
      } else {
        std::size_t i = start + first;
        while (i < end && text[i] == '>') {  // "> > quoted"
          text[i++] = ' ';
          while (i < end && text[i] == ' ') ++i;
        }
        std::size_t hashes = i;
        while (hashes < end && text[hashes] == '#') ++hashes;
        if (hashes > i && hashes - i <= 6 && (hashes == end || text[hashes] == ' ')) {
          blank(text, i, hashes);
          // An optional closing run: "## Title ##".
          std::size_t tail = end;
          while (tail > hashes && text[tail - 1] == ' ') --tail;
          std::size_t run = tail;
          while (run > hashes && text[run - 1] == '#') --run;
          if (run < tail && run > hashes && text[run - 1] == ' ') blank(text, run, tail);
        }
      }
    }
    start = end + 1;
  }
}

// [text](target), ![alt](src) and [text][ref]: the brackets and target go,
// the link text stays.
void blank_links(std::string& text) {
  std::vector<std::size_t> open;  // unmatched '[' in the current paragraph
  std::size_t no_close_before = 0;  // no ')' ends a target before this offset
  for (std::size_t i = 0; (i = next_of(text, i, "[]\n")) < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      if (i + 1 < text.size() && text[i + 1] == '\n') open.clear();
      continue;
    }
    if (c == '[') {
      open.push_back(i);
      continue;
    }
    if (i + 1 >= text.size()) continue;  // a ']' that ends the text
    const char next = text[i + 1];
    std::size_t close = std::string::npos;
    if ((next == '(' || next == '[') && i + 1 >= no_close_before) {
      const char closer = next == '(' ? ')' : ']';
      int depth = 0;
      for (std::size_t k = i + 1; k < text.size() && text[k] != '\n'; ++k) {
        if (text[k] == next) ++depth;
        if (text[k] == closer && --depth == 0) {
          close = k;
          break;
        }
        no_close_before = k + 1;
      }
    }
    if (close != std::string::npos) {
      blank(text, i, close + 1);
      if (!open.empty()) {
        const std::size_t at = open.back();
        text[at] = ' ';
        if (at > 0 && text[at - 1] == '!') text[at - 1] = ' ';
      }
      i = close;
    }
    if (!open.empty()) open.pop_back();
  }
}

// Bare http(s):// URLs, up to white space; trailing punctuation stays prose
// ("see https://example.org.").
void blank_urls(std::string& text) {
  for (std::string_view scheme : {"http://", "https://"}) {
    // Each scheme's occurrences left to right, found by their rare "://"
    // (searching for "http://" stops at every 'h' of the text).
    const std::string_view name = scheme.substr(0, scheme.size() - 3);
    auto next = [&](std::size_t from) {
      for (std::size_t sep = from + name.size(); (sep = text.find("://", sep)) != std::string::npos; ++sep) {
        if (std::string_view(text).substr(sep - name.size(), name.size()) == name) return sep - name.size();
      }
      return std::string::npos;
    };
    std::size_t at = 0;
    while ((at = next(at)) != std::string::npos) {
      std::size_t end = at;
      while (end < text.size() && !is_space(text[end]) && text[end] != '<' && text[end] != '>' && text[end] != '"') ++end;
      std::size_t stop = end;
      while (stop > at + scheme.size() && std::string_view(".,;:!?)'").find(text[stop - 1]) != std::string_view::npos)
        --stop;
      blank(text, at, stop);
      at = end;
    }
  }
}

// <tag ...>, </tag> and <http://autolinks>; "a < b" is not a tag.
void blank_tags(std::string& text) {
  for (std::size_t i = 0; (i = text.find('<', i)) != std::string::npos && i + 1 < text.size(); ++i) {
    const char next = text[i + 1];
    const bool starts_tag = (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || next == '/' || next == '!';
    if (!starts_tag) continue;
    // The tag runs to its '>', unless a '<' or the end of the paragraph comes first.
    std::size_t k = i + 1;
    while ((k = next_of(text, k, "<>\n")) < text.size() && text[k] == '\n' &&
           !(k + 1 < text.size() && text[k + 1] == '\n'))
      ++k;
    if (k < text.size() && text[k] == '>') {
      blank(text, i, k + 1);
      i = k;
    }
  }
}

bool only_spaces(const std::string& text, std::size_t begin, std::size_t end) {
  return std::all_of(text.begin() + static_cast<std::ptrdiff_t>(begin), text.begin() + static_cast<std::ptrdiff_t>(end),
                     [](char c) { return c == ' '; });
}

// Emphasis runs (*, _, ~~), code backticks and backslash escapes. A '*' that
// opens a list item and a '_' inside a word (snake_case) are kept.
void blank_inline_marks(std::string& text) {
  std::size_t line_begin = 0;  // of the line holding i
  bool marked = false;         // a mark (any byte this pass acts on) came before i on its line
  for (std::size_t i = 0; (i = next_of(text, i, "\n*_`~\\")) < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      line_begin = i + 1;
      marked = false;
      continue;
    }
    const bool first_mark = !marked;
    marked = true;
    if (c == '*') {
      // Only spaces before it on its line (the bytes this pass skipped are
      // as they were), one after: a list item's.
      const bool list_marker =
          first_mark && only_spaces(text, line_begin, i) && i + 1 < text.size() && text[i + 1] == ' ';
      if (!list_marker) text[i] = ' ';
    } else if (c == '_') {
      std::size_t end = i;
      while (end < text.size() && text[end] == '_') ++end;
      const bool inside_word = i > 0 && is_alnum(text[i - 1]) && end < text.size() && is_alnum(text[end]);
      if (!inside_word) blank(text, i, end);
      i = end - 1;
    } else if (c == '`') {
      text[i] = ' ';
    } else if (c == '~' && i + 1 < text.size() && text[i + 1] == '~') {
      text[i] = text[i + 1] = ' ';
      ++i;
    } else if (c == '\\' && i + 1 < text.size() &&
               std::string_view("\\`*_{}[]()#+-.!<>|~\"'").find(text[i + 1]) != std::string_view::npos) {
      text[i] = ' ';
      ++i;  // the escaped character is prose
    }
  }
}

std::string_view trimmed(std::string_view line) {
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
  return line;
}

bool wrapped_in(std::string_view line, std::string_view mark) {
  return line.size() > 2 * mark.size() && line.starts_with(mark) && line.ends_with(mark);
}

int words_in(std::string_view line) {
  int words = 0;
  bool in_word = false;
  for (char c : line) {
    const bool w = c != ' ' && c != '\t';
    if (w && !in_word) ++words;
    in_word = w;
  }
  return words;
}

// Run after comments are blanked, before anything else is.
std::vector<Block> find_marks(const std::string& text) {
  std::vector<Block> marks;
  bool body_seen = false;      // a paragraph of plain body text came before
  bool after_image = false;    // the previous non-blank line was an image
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t end = line_end(text, start);
    const std::string_view raw_line(text.data() + start, end - start);
    const std::string_view line = trimmed(raw_line);
    const std::size_t first = start + static_cast<std::size_t>(line.data() - raw_line.data());
    const Block whole{first, first + line.size(), Role::kBody};
    std::optional<Role> role;
    if (line.empty()) {
      start = end + 1;
      continue;
    }
    std::size_t hashes = 0;
    while (hashes < line.size() && line[hashes] == '#') ++hashes;
    if (line.starts_with("|")) {
      role = Role::kTable;  // a table row: cells, not a sentence
    } else if (line.starts_with("![") || line.starts_with("[![")) {
      role = Role::kCaption;
    } else if (after_image && (wrapped_in(line, "*") || wrapped_in(line, "_"))) {
      role = Role::kCaption;  // the caption set in italics under its image
    } else if (hashes > 0 && hashes <= 6 && (hashes == line.size() || line[hashes] == ' ')) {
      role = body_seen ? Role::kHeading : (hashes == 1 && !has_headline(marks) ? Role::kHeadline : Role::kHeading);
    } else if (wrapped_in(line, "**") || wrapped_in(line, "__")) {
      if (!body_seen) role = Role::kStandfirst;
      else if (words_in(line) <= 12) role = Role::kHeading;
    }
    after_image = line.starts_with("![") || line.starts_with("[![");
    if (role) {
      Block b = whole;
      b.role = *role;
      marks.push_back(b);
    } else {
      body_seen = true;
    }
    start = end + 1;
  }
  return marks;
}

bool starts_fence(std::string_view line) {
  while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  return line.starts_with("```") || line.starts_with("~~~");
}

// From the "{" at `open`: just after its matching "}", skipping JavaScript
// strings; or, when the paragraph ends first, where the search stopped, as
// the negative of that offset minus one (so a caller never scans it twice).
std::ptrdiff_t expression_end(const std::string& text, std::size_t open) {
  int depth = 0;
  char quote = 0;
  for (std::size_t i = open; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n' && i + 1 < text.size() && text[i + 1] == '\n') return -static_cast<std::ptrdiff_t>(i) - 1;
    if (quote) {
      if (c == '\\')
        ++i;
      else if (c == quote)
        quote = 0;
    } else if (c == '/' && i + 1 < text.size() && text[i + 1] == '*') {  // a comment: {/* it's */}
      const std::size_t close = text.find("*/", i + 2);
      if (close == std::string::npos) return -static_cast<std::ptrdiff_t>(text.size()) - 1;
      i = close + 1;
    } else if (c == '"' || c == '\'' || c == '`') {
      quote = c;
    } else if (c == '{') {
      ++depth;
    } else if (c == '}' && --depth == 0) {
      return static_cast<std::ptrdiff_t>(i + 1);
    }
  }
  return -static_cast<std::ptrdiff_t>(text.size()) - 1;
}

}  // namespace

void blank_mdx_syntax(std::string& text) {
  bool in_fence = false, paragraph_start = true;
  std::size_t prose_until = 0;  // an unclosed "{" makes the rest of its paragraph prose
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t end = line_end(text, i);
    const std::string_view line(text.data() + i, end - i);
    if (starts_fence(line)) {
      in_fence = !in_fence;
    } else if (!in_fence && paragraph_start && (line.starts_with("import ") || line.starts_with("export "))) {
      std::size_t stop = end;  // the block runs to the next blank line
      while (stop < text.size() && !(text[stop] == '\n' && stop + 1 < text.size() && text[stop + 1] == '\n')) ++stop;
      blank(text, i, stop);
      i = stop;
      paragraph_start = false;
      continue;
    } else if (!in_fence) {
      for (std::size_t k = i; k < end; ++k) {
        if (text[k] == '`') {  // a code span: to the next backtick on the line
          const std::size_t close = text.find('`', k + 1);
          if (close == std::string::npos || close >= end) break;
          k = close;
        } else if (text[k] == '{' && k >= prose_until) {
          const std::ptrdiff_t stop = expression_end(text, k);
          if (stop < 0) {  // never closes in its paragraph: prose
            prose_until = static_cast<std::size_t>(-stop - 1);
            continue;
          }
          blank(text, k, static_cast<std::size_t>(stop));
          if (static_cast<std::size_t>(stop) > end) {  // an expression over several lines
            i = static_cast<std::size_t>(stop);
            break;
          }
          k = static_cast<std::size_t>(stop) - 1;
        }
      }
      if (i > end) {
        paragraph_start = false;
        continue;
      }
    }
    const bool blank_line = line.find_first_not_of(' ') == std::string_view::npos;
    paragraph_start = blank_line;
    i = end + 1;
  }
}

std::vector<Block> blank_markdown_syntax(std::string& text) {
  blank_comments(text);
  std::vector<Block> marks = find_marks(text);
  blank_line_marks(text);
  blank_links(text);
  blank_tags(text);  // before URLs, so "<https://x.org>" goes as a whole
  blank_urls(text);
  blank_inline_marks(text);
  return marks;
}

}  // namespace factlint::text
