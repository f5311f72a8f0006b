// Article: one file of the corpus after loading. The types here cross every
// later stage: the matcher reads `text`, the reporters turn offsets back into
// line:column on disk through `origin` and `lines`.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "checker/util/date.h"

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
  };
  // `content` is the same text the index was built from.
  Position position(std::string_view content, std::size_t byte_offset) const;

 private:
  std::vector<std::size_t> line_starts_;  // byte offset of each line's first byte
};

struct FrontMatter {
  std::string title;
  std::optional<Date> date;  // publication date; anchors relative dates
  std::string outlet;
  std::string url;
  std::string author;
  std::vector<std::string> ignore;  // factlint: {ignore: [fact-id, ...]}
};

struct Article {
  std::string path;  // as shown in reports (relative to the working directory)
  std::string raw;   // the file's bytes, exactly as on disk
  FrontMatter meta;

  // The body (front matter removed) normalised for matching: straight quotes
  // and apostrophes, plain spaces, plain hyphens. Same length in lines as the
  // body; each byte maps back to the raw byte it came from.
  std::string text;
  std::vector<std::uint32_t> origin;  // text byte -> raw byte; size text.size()+1

  LineIndex lines;  // over raw

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
