// The checkstyle XML report, as reviewdog (-f=checkstyle) and CI plug-ins read
// it: one <file> per article, every one checked, each finding an <error> with
// its line, column (code points), severity, message and rule as source.
#include <map>

#include <fmt/format.h>

#include "checker/report/report.h"
#include "checker/report/xml_writer.h"

namespace factlint::report {

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
      xml.empty("error", {{"severity", "warning"}, {"message", "skipped: " + *reason->second}, {"source", "factlint/skipped"}});
    for (const Finding* f : list) {
      std::string message = f->message;
      if (!f->source.empty()) message += fmt::format(" (source: {})", f->source);
      std::string line = std::to_string(f->line), column = std::to_string(f->column);
      xml.empty("error", {{"line", line},
                          {"column", column},
                          {"severity", severity_name(f->severity)},
                          {"message", message},
                          {"source", f->rule}});
    }
    xml.close();
  }
  xml.close();
}

}  // namespace factlint::report
