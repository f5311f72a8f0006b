#include "checker/text/sentences.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
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

// Words that end with a '.' but almost never end a sentence, in byte order
// for a binary search.
constexpr std::string_view kAbbreviations[] = {
    "Adm", "Apr", "Art", "Aug", "Brig", "Capt", "Co", "Col", "Corp", "Dec", "Dr", "Feb", "Fri", "Gen",
    "Gov", "Hon", "Inc", "Jan", "Jr", "Jul", "Jun", "Lt", "Ltd", "Maj", "Mar", "Mon", "Mr", "Mrs", "Ms",
    "No", "Nos", "Nov", "Oct", "Pres", "Prof", "Rep", "Rs", "Sat", "Sec", "Sen", "Sep", "Sept", "Sgt",
    "Sr", "St", "Sun", "Thu", "Thur", "Thurs", "Tue", "Tues", "Vol", "Wed", "approx", "etc", "vs"};
static_assert(std::ranges::is_sorted(kAbbreviations));

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_letter(char c) { return is_lower(c) || is_upper(c); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_terminator(char c) { return c == '.' || c == '!' || c == '?'; }
bool is_closer(char c) { return c == '"' || c == '\'' || c == ')' || c == ']'; }
bool is_opener(char c) { return c == '"' || c == '\'' || c == '(' || c == '['; }

// A word of up to 7 bytes as one number: its bytes, and its size in the top
// byte (so "No" and "No\0" differ).
constexpr std::uint64_t packed(std::string_view word) {
  std::uint64_t value = std::uint64_t{word.size()} << 56;
  for (std::size_t i = 0; i < word.size(); ++i) value |= std::uint64_t{static_cast<unsigned char>(word[i])} << (8 * i);
  return value;
}

constexpr std::size_t kLongestAbbreviation = std::ranges::max(kAbbreviations, {}, &std::string_view::size).size();
static_assert(kLongestAbbreviation < 8);

// The abbreviations packed, sorted as numbers: a search compares integers.
constexpr auto kPackedAbbreviations = [] {
  std::array<std::uint64_t, std::size(kAbbreviations)> out{};
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = packed(kAbbreviations[i]);
  std::ranges::sort(out);
  return out;
}();

bool is_abbreviation(std::string_view word) {
  // Most words before a full stop are longer than any abbreviation, or begin
  // with no letter: turned away before the search.
  if (word.empty() || word.size() > kLongestAbbreviation || !is_letter(word[0])) return false;
  return std::binary_search(kPackedAbbreviations.begin(), kPackedAbbreviations.end(), packed(word));
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

  if (run.end - run.begin != 1 || text[run.begin] != '.') return true;  // "?", "!", "?!", "..." followed by a capital
  if (is_digit(first)) return false;  // "No. 10", "Jan. 6"

  // The word before the '.', without opening quotes or brackets.
  std::size_t word_begin = run.begin;
  while (word_begin > 0 && !is_space(text[word_begin - 1]) && run.begin - word_begin < 32) --word_begin;
  while (word_begin < run.begin && is_opener(text[word_begin])) ++word_begin;
  const std::string_view word = text.substr(word_begin, run.begin - word_begin);
  return !is_abbreviation(word) && !is_initialism(word);
}

// The terminators of one paragraph, left to right. Prose has one in tens of
// bytes, and '!' and '?' are rarer still: each of the three is found with
// memchr, and where it next stands is kept until the scan passes it, so no
// byte is searched twice.
class Terminators {
 public:
  Terminators(std::string_view text, Range paragraph) : text_(text), end_(paragraph.end) {
    for (std::size_t k = 0; k < kBytes.size(); ++k) next_[k] = find(kBytes[k], paragraph.begin);
  }

  // The first terminator at or after `from`, or the paragraph's end. `from`
  // never goes back.
  std::size_t next(std::size_t from) {
    std::size_t first = end_;
    for (std::size_t k = 0; k < kBytes.size(); ++k) {
      if (next_[k] < from) next_[k] = find(kBytes[k], from);
      first = std::min(first, next_[k]);
    }
    return first;
  }

 private:
  static constexpr std::array<char, 3> kBytes = {'.', '!', '?'};

  std::size_t find(char c, std::size_t from) const {
    if (from >= end_) return end_;
    const void* at = std::memchr(text_.data() + from, c, end_ - from);
    return at ? static_cast<std::size_t>(static_cast<const char*>(at) - text_.data()) : end_;
  }

  std::string_view text_;
  std::size_t end_;
  std::array<std::size_t, 3> next_{};
};

void split_paragraph(std::string_view text, Range paragraph, int index, std::vector<Sentence>& out) {
  const auto emit = [&](std::size_t begin, std::size_t end) {
    while (begin < end && is_space(text[begin])) ++begin;
    while (end > begin && is_space(text[end - 1])) --end;
    if (begin < end) out.push_back({begin, end, index});
  };
  Terminators terminators(text, paragraph);
  std::size_t start = paragraph.begin;
  std::size_t i = paragraph.begin;
  while ((i = terminators.next(i)) < paragraph.end) {
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

// More than kWireLineLength code points, counted only as far as it takes: a
// prose line of news wire is settled by its first bytes.
bool is_wire_line(std::string_view text, const Line& line) {
  std::size_t count = 0;
  for (std::size_t at = line.first; at < line.end && count <= kWireLineLength; at += kWireLineLength + 1)
    count += util::count_code_points(text, at, std::min(line.end, at + kWireLineLength + 1));
  return count > kWireLineLength;
}

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
    const bool wire =
        std::any_of(block.begin(), block.end(), [&](const Line& line) { return is_wire_line(text, line); });
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
