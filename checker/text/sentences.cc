#include "checker/text/sentences.h"

#include <algorithm>
#include <iterator>

#include "checker/util/utf8.h"

// Paragraphs come first, sentences inside them.
//
// Paragraphs. Blank lines always separate them. Inside a block of non-blank
// lines we must tell two layouts apart:
//   news wire: one paragraph per line, lines hundreds of characters long;
//   hard-wrapped prose: many short lines make one paragraph.
// A block with any line longer than kWireLineLength is read as news wire
// (every line break ends a paragraph), except where a line plainly runs on
// into the next: it ends in a lowercase letter, digit or comma and the next
// starts with a lowercase letter or digit ("a 64 percent\nincrease in trade").
// Otherwise single newlines are spaces.
// Either way a line that opens with a list marker ("- ", "* ", "+ ", "1. ",
// or "-Word" as in wire bullet lists) or a heading ("# Title") starts a new
// paragraph; a heading is a paragraph of its own, while a list item keeps the
// wrapped lines that follow it.
//
// Sentences. A sentence ends at a run of '.', '!' or '?' (plus any closing
// quotes or brackets) that is followed by white space, unless the words
// around it say otherwise:
//   "Gen. Qamar Bajwa"      title or abbreviation before a single '.'
//   "J. Bajwa", "U.S. Army" single letters joined by dots (initials)
//   "1.6", "U.S.-backed"    no white space after the '.'
//   "No. 10", "e.g. the"    a '.' followed by a digit or a lowercase word
//   "issues ... including"  an ellipsis followed by a lowercase word
//   "\"Why?\" he asked"     '?' or '!' followed by a lowercase word
// Every step looks only at the characters next to a candidate, so the whole
// split is linear in the text.

namespace factlint::text {
namespace {

constexpr std::size_t kWireLineLength = 100;  // characters (code points)

// Words that end with a '.' but almost never end a sentence.
constexpr std::string_view kAbbreviations[] = {
    "Mr",   "Mrs",  "Ms",   "Dr",   "Gen",  "Lt",   "Col",  "Maj",  "Capt", "Sgt",  "Prof", "Sen",
    "Rep",  "Gov",  "Pres", "St",   "Jr",   "Sr",   "No",   "Nos",  "Vol",  "Art",  "Sec",  "vs",
    "etc",  "Inc",  "Ltd",  "Co",   "Corp", "Jan",  "Feb",  "Mar",  "Apr",  "Jun",  "Jul",  "Aug",
    "Sep",  "Sept", "Oct",  "Nov",  "Dec",  "Mon",  "Tue",  "Tues", "Wed",  "Thu",  "Thur", "Thurs",
    "Fri",  "Sat",  "Sun",  "Rs",   "Adm",  "Brig", "Hon",  "approx"};

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_letter(char c) { return is_lower(c) || is_upper(c); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_terminator(char c) { return c == '.' || c == '!' || c == '?'; }
bool is_closer(char c) { return c == '"' || c == '\'' || c == ')' || c == ']'; }
bool is_opener(char c) { return c == '"' || c == '\'' || c == '(' || c == '['; }

bool is_abbreviation(std::string_view word) {
  return std::find(std::begin(kAbbreviations), std::end(kAbbreviations), word) != std::end(kAbbreviations);
}

// "J", "U.S", "e.g", "i.e": single letters joined by dots.
bool is_initialism(std::string_view word) {
  if (word.empty()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const bool letter_slot = i % 2 == 0;
    if (letter_slot ? !is_letter(word[i]) : word[i] != '.') return false;
  }
  return word.size() % 2 == 1;
}

struct Range {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Does the run of terminators text[run] end a sentence? `after` is the first
// byte after the run and any closing quotes, `limit` the paragraph end.
bool ends_sentence(std::string_view text, Range run, std::size_t after, std::size_t limit) {
  if (after < limit && !is_space(text[after])) return false;  // "1.6", "U.S.-backed", "e.g.,"
  std::size_t next = after;
  while (next < limit && is_space(text[next])) ++next;
  if (next == limit) return true;
  while (next < limit && is_opener(text[next])) ++next;
  const char first = next < limit ? text[next] : ' ';
  if (is_lower(first)) return false;  // "... including", "?\" he asked", "e.g. the"

  const std::string_view marks = text.substr(run.begin, run.end - run.begin);
  if (marks != ".") return true;  // "?", "!", "?!", "..." followed by a capital
  if (is_digit(first)) return false;  // "No. 10", "Jan. 6"

  // The word before the '.', without opening quotes or brackets.
  std::size_t word_begin = run.begin;
  while (word_begin > 0 && !is_space(text[word_begin - 1]) && run.begin - word_begin < 32) --word_begin;
  while (word_begin < run.begin && is_opener(text[word_begin])) ++word_begin;
  const std::string_view word = text.substr(word_begin, run.begin - word_begin);
  return !is_abbreviation(word) && !is_initialism(word);
}

void split_paragraph(std::string_view text, Range paragraph, int index, std::vector<Sentence>& out) {
  const auto emit = [&](std::size_t begin, std::size_t end) {
    while (begin < end && is_space(text[begin])) ++begin;
    while (end > begin && is_space(text[end - 1])) --end;
    if (begin < end) out.push_back({begin, end, index});
  };
  std::size_t start = paragraph.begin;
  std::size_t i = paragraph.begin;
  while (i < paragraph.end) {
    if (!is_terminator(text[i])) {
      ++i;
      continue;
    }
    Range run{i, i};
    while (run.end < paragraph.end && is_terminator(text[run.end])) ++run.end;
    std::size_t after = run.end;
    while (after < paragraph.end && is_closer(text[after])) ++after;
    if (ends_sentence(text, run, after, paragraph.end)) {
      emit(start, after);
      start = after;
    }
    i = after;
  }
  emit(start, paragraph.end);
}

struct Line {
  std::size_t begin = 0;
  std::size_t end = 0;  // before the '\n'
  std::size_t first = 0;  // first non-space byte; == end for a blank line
  bool blank() const { return first == end; }
};

bool opens_list_item(std::string_view text, const Line& line) {
  const std::size_t i = line.first;
  const char c = text[i];
  const char next = i + 1 < line.end ? text[i + 1] : '\n';
  if (c == '-' || c == '*' || c == '+') return next == ' ' || (c == '-' && is_upper(next));  // "-Offers support"
  std::size_t k = i;
  while (k < line.end && is_digit(text[k])) ++k;
  if (k == i || k - i > 3 || k >= line.end || (text[k] != '.' && text[k] != ')')) return false;
  return k + 1 == line.end || text[k + 1] == ' ';
}

// "# Title", "### Title"; "#EconomicDiplomacy" is a hashtag, not a heading.
bool is_heading(std::string_view text, const Line& line) {
  std::size_t k = line.first;
  while (k < line.end && text[k] == '#') ++k;
  return k > line.first && k - line.first <= 6 && (k == line.end || text[k] == ' ');
}

// "over a 64 percent" + "increase in trade": a sentence wrapped mid-way.
bool runs_on(std::string_view text, const Line& line, const Line& next) {
  std::size_t last = line.end;
  while (last > line.first && is_space(text[last - 1])) --last;
  if (last == line.first) return false;
  const char end = text[last - 1];
  const char start = text[next.first];
  const bool open_end = (end >= 'a' && end <= 'z') || is_digit(end) || end == ',';
  return open_end && ((start >= 'a' && start <= 'z') || is_digit(start));
}

}  // namespace

std::vector<Paragraph> paragraphs_of(const std::vector<Sentence>& sentences) {
  std::vector<Paragraph> out;
  int current = -1;
  for (const Sentence& s : sentences) {
    if (out.empty() || s.paragraph != current) {
      out.push_back({s.begin, s.end});
      current = s.paragraph;
    } else {
      out.back().end = s.end;
    }
  }
  return out;
}

std::vector<Sentence> split_sentences(std::string_view text) {
  std::vector<Sentence> sentences;
  int paragraph = 0;
  std::vector<Line> block;  // the non-blank lines since the last blank line
  const auto flush_block = [&] {
    bool wire = false;
    for (const Line& line : block)
      wire = wire || util::count_code_points(text, line.first, line.end) > kWireLineLength;
    std::size_t begin = 0;  // of the paragraph being built, in `block`
    for (std::size_t k = 0; k < block.size(); ++k) {
      const bool wire_break = wire && !(k > 0 && runs_on(text, block[k - 1], block[k]));
      const bool starts_new = wire_break || opens_list_item(text, block[k]) || is_heading(text, block[k]) ||
                              (k > 0 && is_heading(text, block[k - 1]));
      if (starts_new && k > begin) {
        split_paragraph(text, {block[begin].first, block[k - 1].end}, paragraph++, sentences);
        begin = k;
      }
    }
    if (begin < block.size()) split_paragraph(text, {block[begin].first, block.back().end}, paragraph++, sentences);
    block.clear();
  };
  std::size_t at = 0;
  while (at <= text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    Line line{at, end, at};
    while (line.first < end && is_space(text[line.first])) ++line.first;
    if (line.blank())
      flush_block();
    else
      block.push_back(line);
    at = end + 1;
  }
  flush_block();
  return sentences;
}

}  // namespace factlint::text
