// The checkstyle XML report, as reviewdog (-f=checkstyle) and CI plug-ins read
// it: one <file> per article, every one checked, each finding an <error> with
// its line, column (code points), severity, message and source. The source is
// "factlint.<kind>.<rule>" because Jenkins' Warnings NG splits it at its dots:
// the type is what follows the last dot (the rule, so issues group by rule) and
// the category the part before it (the kind). Dots inside a rule id
// ("people.lavrov", a sheet id "budget.2023") are written as colons to keep
// the rule whole: "factlint.misspelling.visit/people:lavrov".
#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include <fmt/format.h>

#include "checker/report/report.h"
#include "checker/report/xml_writer.h"

namespace factlint::report {

std::string checkstyle_source(const Finding& f) {
  std::string rule = f.rule;
  std::replace(rule.begin(), rule.end(), '.', ':');
  return fmt::format("factlint.{}.{}", kind_name(f.kind), rule);
}

void write_checkstyle(const FindingLog& findings, const Summary& summary, const ReportOptions& options,
                      std::ostream& out) {
  // Every file: the articles, those skipped and any a finding names, sorted.
  std::set<std::string> files(options.articles.begin(), options.articles.end());
  std::map<std::string, const std::string*> skipped;  // file -> reason
  for (const SkippedFile& s : summary.skipped_files) {
    files.insert(s.file);
    skipped[s.file] = &s.reason;
  }
  std::optional<std::string> last;  // the findings come file by file: one insert a file
  for (const Finding& f : findings) {
    if (last == f.file) continue;
    last = f.file;
    files.insert(f.file);
  }

  // The findings are read in turn, file by file (they are sorted by file,
  // and may be read back from a file), never held all at once.
  auto it = findings.begin();
  const auto end = findings.end();
  XmlWriter xml(out);
  xml.open("checkstyle", {{"version", "4.3"}});
  for (const std::string& file : files) {
    auto reason = skipped.find(file);
    const bool has_findings = it != end && it->file == file;
    if (!has_findings && reason == skipped.end()) {
      xml.empty("file", {{"name", file}});
      continue;
    }
    xml.open("file", {{"name", file}});
    // Not checked: a file-level warning (no line), so it is not lost.
    if (reason != skipped.end())
      xml.empty("error",
                {{"severity", "warning"}, {"message", "skipped: " + *reason->second}, {"source", "factlint.notice.skipped"}});
    for (; it != end && it->file == file; ++it) {
      const Finding& f = *it;
      std::string message = f.message;
      if (!f.source.empty()) message += fmt::format(" (source: {})", f.source);
      std::string line = std::to_string(f.line), column = std::to_string(f.column);
      xml.empty("error", {{"line", line},
                          {"column", column},
                          {"severity", severity_name(f.severity)},
                          {"message", message},
                          {"source", checkstyle_source(f)}});
    }
    xml.close();
  }
  xml.close();
}

}  // namespace factlint::report
