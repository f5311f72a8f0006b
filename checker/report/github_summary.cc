// The GitHub job summary: Markdown for $GITHUB_STEP_SUMMARY with the counts and
// a table of every finding. GitHub shows only 10 annotations of each level per
// step, so this table is where the whole list lives on the run's page.
#include <fmt/format.h>

#include "checker/report/markdown.h"
#include "checker/report/report.h"

namespace factlint::report {

namespace {

// GitHub drops a step's summary larger than 1 MiB; the table stops short of it.
constexpr std::size_t kMaxTableBytes = 900 * 1024;

std::string counts_line(const Summary& s) {
  std::string line = fmt::format("{} checked: {} ({}, {}, {})", plural(s.articles, "article"),
                                 plural(s.findings, "finding"), plural(s.errors, "error"),
                                 plural(s.warnings, "warning"), plural(s.infos, "info"));
  if (s.skipped > 0) line += fmt::format(", {} skipped", count(s.skipped));
  if (s.suppressed > 0) line += fmt::format(", {} suppressed", count(s.suppressed));
  if (s.baselined > 0) line += fmt::format(", {} accepted by the baseline", count(s.baselined));
  return line + ".";
}

}  // namespace

void write_github_summary(const FindingLog& findings, const Summary& summary, const ReportOptions&,
                          std::ostream& out) {
  out << "## factlint: " << (findings.empty() ? "no findings" : plural(findings.size(), "finding"))
      << "\n\n"
      << counts_line(summary) << "\n";
  if (!findings.empty()) {
    out << "\n| Location | Severity | Rule | Message |\n| --- | --- | --- | --- |\n";
    std::size_t bytes = 0, shown = 0;
    for (const Finding& f : findings) {
      std::string message = f.message;
      if (!f.source.empty()) message += fmt::format(" (source: {})", f.source);
      std::string row = fmt::format("| {} | {} | {} | {} |\n",
                                    markdown_escape(fmt::format("{}:{}:{}", f.file, f.line, f.column)),
                                    severity_name(f.severity), markdown_escape(f.rule), markdown_escape(message));
      if (bytes + row.size() > kMaxTableBytes) break;
      bytes += row.size();
      ++shown;
      out << row;
    }
    if (shown < findings.size()) {
      std::size_t left = findings.size() - shown;
      out << fmt::format(
          "\n{} more finding{} not shown: GitHub keeps at most 1 MiB of summary a step. The text, JSON or SARIF "
          "report lists them all.\n",
          left, left == 1 ? "" : "s");
    }
  }
  if (!summary.skipped_files.empty()) {
    out << "\n**Skipped**\n\n";
    for (const SkippedFile& s : summary.skipped_files)
      out << "- " << markdown_escape(s.file) << ": " << markdown_escape(s.reason) << '\n';
  }
  if (!summary.notices.empty()) {
    out << "\n**Notices**\n\n";
    for (const Notice& n : summary.notices)
      out << "- " << markdown_escape(fmt::format("{}:{}", n.file, n.line)) << ": " << markdown_escape(n.message)
          << '\n';
  }
}

}  // namespace factlint::report
