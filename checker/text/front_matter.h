// Front matter at the top of an article, in the three forms static-site
// generators write: YAML ("---" ... "---"; Jekyll, Hugo, Eleventy, Astro),
// TOML ("+++" ... "+++"; Hugo) and JSON ("{" ... "}"; Hugo). Where it is, and
// the few keys factlint reads from it (title, date, updated, outlet, url,
// author, factlint.ignore). Other keys belong to other tools and are left alone.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "checker/text/article.h"
#include "checker/util/diagnostics.h"

namespace factlint::text {

enum class FrontMatterFormat { kYaml, kToml, kJson };

// Byte offsets into the file of a front matter block.
struct FrontMatterBlock {
  FrontMatterFormat format = FrontMatterFormat::kYaml;
  std::size_t yaml_begin = 0;  // first byte of the keys: after the opening "---"/"+++" line; JSON's "{"
  std::size_t yaml_end = 0;    // the closing "---", "..." or "+++" line; after JSON's closing "}"
  std::size_t body_begin = 0;  // first byte after the closing line
};

// Finds a block at byte `start` of `raw` (after any BOM): a "---" line closed
// by a "---" or "..." line, a "+++" line closed by a "+++" line, or a JSON
// object opening with "{" at the start of the file. nullopt when the file
// starts with none of them or the block is never closed (see unclosed_front_matter).
std::optional<FrontMatterBlock> find_front_matter(std::string_view raw, std::size_t start = 0);

// When the file opens a front matter block that never closes: a sentence
// saying so, for a warning at the file's first line. nullopt otherwise.
std::optional<std::string> unclosed_front_matter(std::string_view raw, std::size_t start = 0);

// Where an article's body starts: after any byte-order mark and front matter.
std::size_t body_begin(std::string_view raw);

// Reads the block's keys. Every problem is a warning at its place on disk
// (`lines` indexes `raw`); the keys that did parse are still returned.
FrontMatter parse_front_matter(std::string_view raw, const FrontMatterBlock& block,
                               const LineIndex& lines, const std::string& path, Diagnostics& diags);

// The date part of a publication date: "2021-04-07" or "2021-04-07T10:30:00+05:00"
// (also with a space for the 'T'). nullopt unless it names one valid day.
std::optional<Date> parse_publication_date(std::string_view text);

// The time of day and UTC offset of a publication date-time
// ("2014-08-03T21:00:00-04:00" -> 21:00, -240 minutes; "...Z" -> offset 0;
// no zone -> offset unset). Both unset for a date alone.
struct PublicationTime {
  std::optional<int> minutes;
  std::optional<int> utc_offset_minutes;
};
PublicationTime parse_publication_time(std::string_view text);

}  // namespace factlint::text
