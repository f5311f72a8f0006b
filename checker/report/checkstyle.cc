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

#include <fmt/format.h>

#include "checker/report/report.h"
#include "checker/report/xml_writer.h"

namespace factlint::report {

std::string checkstyle_source(const Finding& f) {
  std::string rule = f.rule;
  std::replace(rule.begin(), rule.end(), '.', ':');
  return fmt::format("factlint.{}.{}", kind_name(f.kind), rule);
}

void write_checkstyle(const std::vector<Finding>& findings, const Summary& summary, const ReportOptions& options,
                      std::ostream& out) {
  std::map<std::string, std::vector<const Finding*>> files;
  for (const std::string& a : options.articles) files[a];
  for (const Finding& f : findings) files[f.file].push_back(&f);
  std::map<std::string, const std::string*> skipped;  // file -> reason
  for (const SkippedFile& s : summary.skipped_files) {
    files[s.file];
    skipped[s.file] = &s.reason;
  }

  XmlWriter xml(out);
  xml.open("checkstyle", {{"version", "4.3"}});
  for (const auto& [file, list] : files) {
    auto reason = skipped.find(file);
    if (list.empty() && reason == skipped.end()) {
      xml.empty("file", {{"name", file}});
      continue;
    }
    xml.open("file", {{"name", file}});
    // Not checked: a file-level warning (no line), so it is not lost.
    if (reason != skipped.end())
      xml.empty("error",
                {{"severity", "warning"}, {"message", "skipped: " + *reason->second}, {"source", "factlint.notice.skipped"}});
    for (const Finding* f : list) {
      std::string message = f->message;
      if (!f->source.empty()) message += fmt::format(" (source: {})", f->source);
      std::string line = std::to_string(f->line), column = std::to_string(f->column);
      xml.empty("error", {{"line", line},
                          {"column", column},
                          {"severity", severity_name(f->severity)},
                          {"message", message},
                          {"source", checkstyle_source(*f)}});
    }
    xml.close();
  }
  xml.close();
}

}  // namespace factlint::report
