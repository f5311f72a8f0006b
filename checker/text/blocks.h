// Article structure: which parts of an article are display text (headline,
// standfirst, photo captions, crossheads), credits (byline, dateline) and body.
// Display text is checked for contradictions and misspellings but carries no
// attribution; a dateline's agency can credit the whole article.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "checker/text/sentences.h"

namespace factlint::text {

enum class Role {
  kBody,
  kHeadline,    // front-matter `title`, a first "# " heading, HTML <h1>, a first line equal to the title
  kStandfirst,  // front-matter description/summary/subtitle/dek/standfirst, a first line in bold, a dek element
  kCaption,     // Markdown image text, <figcaption>, "Photo: ..." lines
  kHeading,     // a crosshead inside the body ("## Meeting with army chief", <h2>)
  kSummary,     // the items of a "Key points" or "Highlights" box
  kByline,      // front-matter `author`, "By Ben Blanchard", "Reporting by ..."
  kDateline,    // "BEIJING, Aug. 4 (Xinhua) --", "ISLAMABAD (Reuters) -": the opening words of a paragraph
  kTable,       // a Markdown table row ("| Fiscal deficit | 17.87 | 17.55 | 1.8% |"): data, not sentences
};

std::string_view role_name(Role role);  // "body", "headline", "standfirst", ...

// Display text states figures without crediting anyone: headlines, standfirsts,
// captions and crossheads.
inline bool is_display(Role role) {
  return role == Role::kHeadline || role == Role::kStandfirst || role == Role::kCaption ||
         role == Role::kHeading || role == Role::kSummary;
}

struct Block {
  std::size_t begin = 0;  // byte offsets into Article::text
  std::size_t end = 0;
  Role role = Role::kBody;
};

// A wire dateline and the agency it names, if any: "(Xinhua)" in
// "BEIJING, Aug. 4 (Xinhua) --".
struct Dateline {
  std::size_t begin = 0, end = 0;                // the whole dateline
  std::size_t agency_begin = 0, agency_end = 0;  // empty when it names none
};

struct Structure {
  std::vector<Block> blocks;  // non-body parts, sorted, not overlapping
  std::vector<Dateline> datelines;
};

// How it works. The format readers mark what their syntax says (`marks`: the
// front matter's display fields, Markdown images, headings and bold lines, HTML
// <h1>, <figcaption> and dek elements). The rest is read from the text, a
// paragraph at a time:
//   - the first paragraph, when it repeats the title (case and punctuation aside),
//     is a headline: "Russian foreign minister meets Pakistani premier";
//   - a paragraph that opens with "Photo:", "Photograph:", "Picture:", "Image:",
//     "Caption:", "File photo" or "(Photo" is a caption;
//   - a short paragraph "By <Name>..." or "Reporting by ..." is a byline;
//   - the list items under a crosshead "Key points", "Highlights", "Key facts",
//     "At a glance", "In brief" or "What we know" are a summary box;
//   - a body paragraph that opens with a place in capitals, an optional date and
//     an agency in brackets, then a dash or colon, starts with a dateline:
//     "ISLAMABAD (Reuters) - ", "BEIJING, Aug. 4 (Xinhua) -- ", "KUNMING, China (AP) - ".
// Each test looks at a bounded number of characters per paragraph: linear.
Structure find_structure(std::string_view text, const std::vector<Sentence>& sentences,
                         const std::vector<Block>& marks, std::string_view title);

// The role of the text at `offset`: the block holding it, else body.
Role role_at(const Structure& structure, std::size_t offset);

}  // namespace factlint::text
