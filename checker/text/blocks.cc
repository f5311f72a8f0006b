#include "checker/text/blocks.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

namespace factlint::text {
namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_alpha(char c) { return is_upper(c) || is_lower(c); }
bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }


// Letters and digits only, lower case: "Imran, briefs Lavrov" -> "imranbriefslavrov".
std::string folded(std::string_view text, std::size_t limit) {
  std::string out;
  for (char c : text.substr(0, limit)) {
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80)
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

bool starts_with_word(std::string_view text, std::string_view word) {
  if (text.size() < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != std::tolower(static_cast<unsigned char>(word[i])))
      return false;
  }
  return text.size() == word.size() || !is_alpha(text[word.size()]);
}

int word_count(std::string_view text) {
  int words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool w = !is_space(c);
    if (w && !in_word) ++words;
    in_word = w;
  }
  return words;
}

bool is_caption(std::string_view p) {
  for (std::string_view lead : {"Photo:", "Photos:", "Photograph:", "Picture:", "Image:", "Caption:", "PHOTO:",
                                "Photo credit", "File photo", "(Photo", "[Photo"}) {
    if (p.starts_with(lead) && (p.size() == lead.size() || !is_alpha(p[lead.size()]))) return true;
  }
  return false;
}

// "By Ben Blanchard and Sui-Lee Wee", "Reporting by Asif Shahzad; Editing by ...".
bool is_byline(std::string_view p) {
  if (word_count(p.substr(0, 200)) > 14 || p.size() > 200) return false;
  if (starts_with_word(p, "Reporting") || starts_with_word(p, "Additional reporting") ||
      starts_with_word(p, "Editing"))
    return p.find(" by ") != std::string_view::npos;
  if (!starts_with_word(p, "By")) return false;
  std::size_t i = 2;
  while (i < p.size() && p[i] == ' ') ++i;
  return i < p.size() && is_upper(p[i]) && p.back() != '.';
}

// The dateline at the start of paragraph text `p`, as offsets into `p`.
//   PLACE     words, the first in capitals ("BEIJING", "NEW DELHI", "ISLAMABAD/KARACHI")
//   , extra   optional: ", Aug. 4", ", China", ", 4 August 2014" (no sentence punctuation)
//   (AGENCY)  optional: "(Xinhua)", "(Reuters)", "(AP)"
//   SEPARATOR "-", "--", ":" followed by a space
// Either the place is in capitals or an agency is named, so "Officials said: ..." is no dateline.
std::optional<Dateline> dateline_of(std::string_view p) {
  constexpr std::size_t kMaxLength = 90;
  std::size_t i = 0;
  std::size_t capitals = 0;
  while (i < p.size() && i < kMaxLength && (is_upper(p[i]) || p[i] == ' ' || p[i] == '.' || p[i] == '/' ||
                                            p[i] == '\'' || (p[i] == '-' && i + 1 < p.size() && is_upper(p[i + 1])))) {
    if (is_upper(p[i])) ++capitals;
    ++i;
  }
  // "BEIJING" but not "A " or "US "-style openings of an ordinary sentence.
  bool place_in_capitals = capitals >= 4 && (i >= p.size() || !is_lower(p[i]));
  if (!place_in_capitals) {
    // "Islamabad (Reuters) -": a capitalised place directly followed by an agency.
    i = 0;
    while (i < p.size() && i < 40 && (is_alpha(p[i]) || p[i] == ' ' || p[i] == '.')) ++i;
    if (i == 0 || !is_upper(p[0]) || i >= p.size() || p[i] != '(') return std::nullopt;
  } else {
    while (i > 0 && p[i - 1] == ' ') --i;
  }
  // ", Aug. 4" / ", China": no sentence punctuation, bounded.
  for (int parts = 0; parts < 3 && i < p.size() && p[i] == ','; ++parts) {  // ", Aug. 4, 2014"
    std::size_t k = i + 1;
    while (k < p.size() && k < kMaxLength && p[k] != '(' && p[k] != '-' && p[k] != ':' && p[k] != ';' &&
           p[k] != '"' && p[k] != ',')
      ++k;
    if (k >= p.size() || k >= kMaxLength || word_count(p.substr(i, k - i)) > 5) return std::nullopt;
    i = k;
    while (i > 0 && p[i - 1] == ' ') --i;
  }
  Dateline d;
  std::size_t k = i;
  while (k < p.size() && p[k] == ' ') ++k;
  if (k < p.size() && p[k] == '(') {
    const std::size_t close = p.find(')', k);
    if (close == std::string_view::npos || close - k > 40 || close - k < 2) return std::nullopt;
    d.agency_begin = k + 1;
    d.agency_end = close;
    k = close + 1;
    while (k < p.size() && p[k] == ' ') ++k;
  } else if (!place_in_capitals) {
    return std::nullopt;
  }
  std::size_t dashes = 0;
  while (k < p.size() && p[k] == '-' && dashes < 3) ++k, ++dashes;
  if (dashes == 0) {
    if (k < p.size() && p[k] == ':' && d.agency_end > 0) ++k;  // "KARACHI (APP): ..."
    else return std::nullopt;
  }
  if (k >= p.size() || p[k] != ' ') return std::nullopt;
  while (k < p.size() && p[k] == ' ') ++k;
  d.begin = 0;
  d.end = k;
  return d;
}

// "Key Points", "Highlights:": the heading of a summary box.
bool summary_heading(std::string_view p) {
  const std::string key = folded(p, 64);
  for (std::string_view title : {"keypoints", "highlights", "keyfacts", "ataglance", "inbrief", "whatweknow",
                                 "keytakeaways", "factbox"}) {
    if (key == title) return true;
  }
  return false;
}

// "- At least 381 people dead", "* ...", "• ...", "1. ...": an item of a list.
bool list_item(std::string_view p) {
  std::size_t i = 0;
  while (i < p.size() && p[i] == ' ') ++i;
  if (i + 1 < p.size() && (p[i] == '-' || p[i] == '*' || p[i] == '+') && p[i + 1] == ' ') return true;
  if (p.substr(i).starts_with("\xE2\x80\xA2")) return true;  // U+2022 BULLET
  std::size_t k = i;
  while (k < p.size() && k - i < 3 && p[k] >= '0' && p[k] <= '9') ++k;
  return k > i && k + 1 < p.size() && (p[k] == '.' || p[k] == ')') && p[k + 1] == ' ';
}

}  // namespace

std::string_view role_name(Role role) {
  switch (role) {
    case Role::kBody: return "body";
    case Role::kHeadline: return "headline";
    case Role::kStandfirst: return "standfirst";
    case Role::kCaption: return "caption";
    case Role::kHeading: return "heading";
    case Role::kSummary: return "summary";
    case Role::kByline: return "byline";
    case Role::kDateline: return "dateline";
    case Role::kTable: return "table";
  }
  return "body";
}

Structure find_structure(std::string_view text, const std::vector<Sentence>& sentences,
                         const std::vector<Block>& marks, std::string_view title) {
  Structure out;
  const std::string title_key = folded(title, 400);
  bool first_body = true;  // no body paragraph seen yet
  int body_paragraphs = 0;
  std::size_t m = 0;  // marks are sorted
  bool in_summary = false;  // after a "Key points" heading, until a paragraph that is no list item
  for (const Paragraph& para : paragraphs_of(sentences)) {
    const std::string_view p = text.substr(para.begin, para.end - para.begin);
    while (m < marks.size() && marks[m].end <= para.begin) ++m;
    const bool marked = m < marks.size() && marks[m].begin < para.end;
    if (in_summary && !marked && list_item(p)) {
      out.blocks.push_back({para.begin, para.end, Role::kSummary});
      continue;
    }
    in_summary = summary_heading(p);
    if (marked) {
      // The syntax said what this is: every mark inside the paragraph holds.
      for (; m < marks.size() && marks[m].begin < para.end; ++m) {
        Block b = marks[m];
        b.begin = std::max(b.begin, para.begin);
        b.end = std::min(b.end, para.end);
        if (!out.blocks.empty() && out.blocks.back().end > b.begin) b.begin = out.blocks.back().end;
        if (b.begin < b.end) out.blocks.push_back(b);
      }
      if (m > 0 && marks[m - 1].end > para.end) --m;  // a mark running on into the next paragraph
      continue;
    }
    Role role = Role::kBody;
    if (first_body && !title_key.empty() && p.size() <= title.size() + 16 && folded(p, 600) == title_key) {
      role = Role::kHeadline;
    } else if (is_caption(p)) {
      role = Role::kCaption;
    } else if (is_byline(p)) {
      role = Role::kByline;
    }
    if (role != Role::kBody) {
      out.blocks.push_back({para.begin, para.end, role});
      continue;
    }
    first_body = false;
    // Datelines open one of the first paragraphs of the body.
    if (body_paragraphs++ < 3) {
      if (std::optional<Dateline> d = dateline_of(p)) {
        d->begin += para.begin;
        d->end += para.begin;
        if (d->agency_end > 0) {
          d->agency_begin += para.begin;
          d->agency_end += para.begin;
        }
        out.blocks.push_back({d->begin, d->end, Role::kDateline});
        out.datelines.push_back(*d);
      }
    }
  }
  return out;
}

Role role_at(const Structure& structure, std::size_t offset) {
  const auto& blocks = structure.blocks;
  auto it = std::upper_bound(blocks.begin(), blocks.end(), offset,
                             [](std::size_t o, const Block& b) { return o < b.begin; });
  if (it == blocks.begin()) return Role::kBody;
  --it;
  return offset < it->end ? it->role : Role::kBody;
}

}  // namespace factlint::text
