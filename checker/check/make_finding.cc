#include "checker/check/make_finding.h"

#include "checker/util/utf8.h"

#include <fmt/format.h>

namespace factlint::check {

namespace {

// The raw bytes as one line: each CR, LF or tab becomes a space, so code points
// are counted the same as in the raw text.
std::string one_line(std::string_view raw) {
  std::string out(raw);
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return out;
}

int code_points(std::string_view s) { return static_cast<int>(util::count_code_points(s, 0, s.size())); }

}  // namespace

std::string article_words(const text::Article& article, std::size_t begin, std::size_t end) {
  return one_line(article.raw_span(begin, end));
}

Finding locate_finding(const text::Article& article, const text::Sentence& sentence,
                       std::size_t begin, std::size_t end) {
  Finding f;
  f.file = article.path;
  text::LineIndex::Position start = article.position(begin);
  text::LineIndex::Position stop = article.position(end);
  f.line = start.line;
  f.column = start.column;
  f.utf16_column = start.utf16_column;
  f.end_line = stop.line;
  f.end_column = stop.column;
  f.found = one_line(article.raw_span(begin, end));
  // A sentence of a hundred thousand words must not be copied into each of
  // its findings: past kMaxSentence bytes, keep kContext bytes either side of
  // the finding, cut at a space, with "..." where text was left out.
  std::size_t from = sentence.begin, to = sentence.end;
  const bool cut = to - from > kMaxSentence;
  if (cut) {
    from = begin > from + kContext ? begin - kContext : from;
    to = end + kContext < to ? end + kContext : to;
    while (from < begin && article.text[from] != ' ') ++from;
    while (to > end && article.text[to - 1] != ' ') --to;
  }
  const std::string lead = cut && from > sentence.begin ? "... " : "";
  f.sentence = lead + one_line(article.raw_span(from, to)) + (cut && to < sentence.end ? " ..." : "");
  f.highlight_begin = code_points(lead) + code_points(article.raw_span(from, begin));
  f.highlight_end = f.highlight_begin + code_points(article.raw_span(begin, end));
  return f;
}

std::string or_list(const std::vector<std::string>& items, std::string_view last) {
  std::string words;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) words += i + 1 == items.size() ? fmt::format(" {} ", last) : std::string(", ");
    words += items[i];
  }
  return words;
}

const std::string& person_name(const rules::CompiledSheet& sheet, const std::string& id) {
  for (const rules::Person& p : sheet.sheet->people)
    if (p.id == id) return p.name;
  return id;
}

}  // namespace factlint::check
