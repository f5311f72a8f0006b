// Article: one file of the corpus after loading. The types here cross every
// later stage: the matcher reads `text`, the reporters turn offsets back into
// line:column on disk through `origin` and `lines`.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "checker/text/blocks.h"
#include "checker/text/origin_map.h"
#include "checker/util/date.h"
#include "checker/util/moment.h"

namespace factlint::text {

// Maps a byte offset in a file to its 1-based line and column, the column
// counted in Unicode code points (as the spec and editors count).
class LineIndex {
 public:
  LineIndex() = default;
  explicit LineIndex(std::string_view content);

  struct Position {
    int line = 1;
    int column = 1;
    int utf16_column = 1;  // the column in UTF-16 code units (SARIF's): astral characters count 2
  };
  // `content` is the same text the index was built from. Constant time but for
  // counting the code points of at most kStride bytes.
  Position position(std::string_view content, std::size_t byte_offset) const;

 private:
  // Code points counted every kStride bytes, so a column in a line of a
  // megabyte (one-line files exist) is found without counting from the line's start.
  static constexpr std::size_t kStride = 256;
  std::size_t code_points_before(std::string_view content, std::size_t offset) const;
  std::size_t astral_before(std::string_view content, std::size_t offset) const;

  std::vector<std::size_t> line_starts_;  // byte offset of each line's first byte
  std::vector<std::size_t> checkpoints_;  // code points before byte k * kStride
  std::vector<std::size_t> astral_;       // characters above U+FFFF before byte k * kStride
};

// A front-matter field that is part of what readers see (the title, the
// byline, the standfirst), with the raw bytes each byte of its value was read from, so
// findings in it point at the exact line and column inside the front matter.
struct DisplayField {
  Role role = Role::kHeadline;
  std::string value;                  // as YAML reads it
  OriginMap origin;  // value byte -> raw byte; size value.size()+1
};

struct FrontMatter {
  std::string title;
  std::optional<Date> date;  // publication date; anchors relative dates
  // Added after v1: the publication's time of day and its UTC offset, when the
  // date gives them ("2014-08-03T21:00:00-04:00"): minutes after midnight and
  // minutes east of UTC. With them, relative dates can be read in the zone of
  // the events the article reports (check_document).
  std::optional<int> time_minutes;
  std::optional<int> utc_offset_minutes;
  // Added after v1: when the article was last updated, if it says
  // (`updated:`, `lastmod:`, `last_modified_at:`, `modified:`, `dateModified:`;
  // HTML <meta property="article:modified_time">). Timelines judge an article
  // against the figures current from its publication to this.
  std::optional<DateTime> updated;
  std::string outlet;
  std::string url;
  std::string author;
  std::vector<std::string> ignore;  // factlint: {ignore: [fact-id, ...]}
  // `title`, `author`, and `description`, `summary`, `subtitle`, `dek` or
  // `standfirst`, in the order they stand in the file.
  std::vector<DisplayField> display;
};

// The publication date with its time and zone, when the front matter gives a
// day; a zone without a time is dropped ("2014-08-05" alone is a day).
inline std::optional<DateTime> published_at(const FrontMatter& meta) {
  if (!meta.date) return std::nullopt;
  return DateTime{*meta.date, meta.time_minutes, meta.time_minutes ? meta.utc_offset_minutes : std::nullopt};
}

struct Article {
  std::string path;  // as shown in reports (relative to the working directory)
  std::string raw;   // the file's bytes, exactly as on disk
  FrontMatter meta;

  // What readers see, normalised for matching (straight quotes and
  // apostrophes, plain spaces, plain hyphens): the front matter's display
  // fields, each a paragraph of its own, then the body (front matter removed),
  // line for line. Each byte maps back to the raw byte it came from, and the
  // map never goes backwards.
  std::string text;
  OriginMap origin;  // text byte -> raw byte; size text.size()+1
  // What the file's syntax says about its structure: display fields, Markdown
  // images and headings, HTML <h1> and <figcaption>; sorted. text/blocks.h
  // reads the rest from the text.
  std::vector<Block> marks;

  LineIndex lines;  // over raw
  // False when the article was loaded without its text (load_article's
  // `make_text`: no sheet's mentions can occur in it): `text` is then empty.
  bool has_text = true;

  // Position on disk of byte `offset` of `text`.
  LineIndex::Position position(std::size_t text_offset) const {
    return lines.position(raw, origin[text_offset]);
  }
  // The raw bytes behind text[begin, end): the article's own words.
  std::string_view raw_span(std::size_t begin, std::size_t end) const {
    return std::string_view(raw).substr(origin[begin], origin[end] - origin[begin]);
  }
};

}  // namespace factlint::text
