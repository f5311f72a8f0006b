// Suppressions: an editor's "this finding is known and fine" written in the
// article itself, as HTML comments or in the front matter. Parsed from the raw
// file (the normalised text has comments blanked), applied per article before
// the reporters see anything; one that silences nothing becomes a Notice.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "checker/findings/finding.h"

namespace factlint::findings {

// One id named by a suppression, with where it is written.
struct SuppressedId {
  std::string id;  // "trade-growth", "people.lavrov" or "lavrov-pakistan-2021/trade-growth"
  int line = 0;
  int column = 0;
};

struct Suppression {
  enum class Scope {
    kNextLine,     // <!-- factlint-disable-next-line ids -->: the next non-blank line
    kRegion,       // <!-- factlint-disable ids --> ... <!-- factlint-enable -->
    kFrontMatter,  // factlint: {ignore: [ids]}: the whole article
  };
  Scope scope = Scope::kNextLine;
  std::vector<SuppressedId> ids;  // empty: every rule
  int line = 0;  // where the directive is written (for notices)
  int column = 0;
  // The positions covered, [begin, end) as (line, column); end line 0 = end of file.
  int begin_line = 0;
  int begin_column = 0;
  int end_line = 0;
  int end_column = 0;
};

struct ParsedSuppressions {
  std::vector<Suppression> suppressions;
  std::vector<Notice> notices;  // unknown directives, an enable without a disable
};

// The suppressions of one article. `raw` is the file as on disk; bytes before
// `body_begin` are the front matter, where the ids of `ignore` (the front
// matter's factlint.ignore) are located. Comments inside fenced code blocks
// are text, not directives.
ParsedSuppressions parse_suppressions(std::string_view file, std::string_view raw, std::size_t body_begin,
                                      const std::vector<std::string>& ignore);

// Whether suppression id `id` names `rule` ("sheet/fact" or "sheet/people.x"):
// the full rule, or the part after the sheet id.
bool id_matches(std::string_view id, std::string_view rule);

struct SuppressResult {
  std::vector<Finding> kept;
  int suppressed = 0;
  std::vector<Notice> notices;  // unused suppressions and ids that name no rule
};

// Drops the findings a suppression covers. Every id (or id-less directive)
// that covered nothing is reported, as is an id that names no rule in
// `known_rules` (full rule ids; empty skips that check).
SuppressResult apply_suppressions(std::vector<Finding> findings, const ParsedSuppressions& parsed,
                                  std::string_view file, std::span<const std::string> known_rules);

}  // namespace factlint::findings
