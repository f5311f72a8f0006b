// Finding: one place where an article disagrees with a fact sheet. Findings are
// data for the reporters and decide exit code 1; they never go to the logger.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "checker/util/diagnostics.h"

namespace factlint {

// kOutdated and kPremature were added after v1, for timelines (a fact's
// `expect` entries with `as_of`): a figure replaced before the article
// appeared, and one given only after it.
// kPossibleMisspelling (issue 11): a name close to a declared one that the
// sheet does not list, a warning by default.
enum class FindingKind {
  kContradiction,
  kMissingAttribution,
  kMisattribution,
  kMisspelling,
  kOutdated,
  kPremature,
  kPossibleMisspelling
};
inline constexpr std::array<FindingKind, 7> kFindingKinds = {
    FindingKind::kContradiction, FindingKind::kMissingAttribution, FindingKind::kMisattribution,
    FindingKind::kMisspelling,   FindingKind::kOutdated,           FindingKind::kPremature,
    FindingKind::kPossibleMisspelling};

std::string_view kind_name(FindingKind kind);  // "contradiction", "missing-attribution", ...

struct Finding {
  std::string file;
  int line = 0;  // 1-based, on disk; columns in code points; end column exclusive
  int column = 0;
  int end_line = 0;
  int end_column = 0;
  Severity severity = Severity::kError;
  FindingKind kind = FindingKind::kContradiction;
  std::string rule;      // "<sheet-id>/<fact-id>" or "<sheet-id>/people.<person-id>"
  std::string message;
  std::string found;     // the article's words at the location
  std::string expected;  // the sheet's words
  std::string source;    // the fact's source
  std::string sentence;  // the whole sentence as in the file, line breaks as spaces
  // The finding's span within `sentence`, in code points, for the caret underline.
  int highlight_begin = 0;
  int highlight_end = 0;
  // `column` in UTF-16 code units, as SARIF counts (a character above U+FFFF
  // counts 2), worked out where the article is at hand so that no report
  // reads it again; 0 when not known.
  int utf16_column = 0;
  // How the checker reached the finding, shown with --verbose
  // ("attributed to Sergey Lavrov via 'he' -> 'the Russian FM', line 18").
  std::string detail;
};

// An article that was not checked, and why.
struct SkippedFile {
  std::string file;
  std::string reason;
};

// Something the user should tidy up that is neither a finding nor an error,
// e.g. "unused suppression for 'trade-growth'". Reported with severity info;
// never affects the exit code.
struct Notice {
  std::string file;
  int line = 0;  // 1-based; columns in code points
  int column = 0;
  std::string message;
};

struct Summary {
  int articles = 0;  // articles checked (not counting skipped)
  int findings = 0;  // reported findings: suppressed and baselined ones not counted
  int errors = 0;
  int warnings = 0;
  int infos = 0;
  int skipped = 0;
  int suppressed = 0;  // findings silenced by a comment or front matter `factlint: {ignore}`
  int baselined = 0;   // findings accepted by --baseline
  std::vector<SkippedFile> skipped_files;
  std::vector<Notice> notices;  // sorted by file, line, column
  // Added after v1: articles read but covered by no sheet, with why ("no
  // publication date", "published outside every sheet's window", "names no
  // sheet's story"), by file. Counted among `articles`.
  std::vector<SkippedFile> uncovered;
};

// By file, line, column, rule, then kind and message: the same order for any --jobs.
bool finding_before(const Finding& a, const Finding& b);
void sort_findings(std::vector<Finding>& findings);

}  // namespace factlint
