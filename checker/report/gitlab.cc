// The GitLab Code Quality report: a JSON array of issues, which GitLab shows in
// the merge request widget and diff. Severities: error -> critical,
// warning -> minor, info -> info. No byte-order mark (GitLab rejects one).
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "checker/findings/fingerprint.h"
#include "checker/report/json_stream.h"
#include "checker/report/report.h"

namespace factlint::report {

namespace {

std::string_view gitlab_severity(Severity s) {
  switch (s) {
    case Severity::kError: return "critical";
    case Severity::kWarning: return "minor";
    case Severity::kInfo: return "info";
  }
  return "minor";
}

}  // namespace

void write_gitlab(const FindingLog& findings, const Summary&, const ReportOptions&, std::ostream& out) {
  // Written as it goes (json_stream.h); paths on disk need not be UTF-8: bad
  // bytes are replaced rather than thrown at.
  JsonStream json(out);
  json.begin_array();
  std::map<std::string, int> seen;  // fingerprint -> occurrences so far
  for (const Finding& f : findings) {
    // GitLab keeps one issue per fingerprint. Two findings with the same rule,
    // file, sentence and words (a repeated sentence) get "-2", "-3", ... in
    // file order, so each stays and each keeps its fingerprint between runs.
    std::string print = fingerprint(f);
    int n = ++seen[print];
    if (n > 1) print += fmt::format("-{}", n);
    std::string description = f.message;
    if (!f.source.empty()) description += fmt::format(" (source: {})", f.source);
    json.value({{"description", description},
                {"check_name", f.rule},
                {"fingerprint", print},
                {"severity", gitlab_severity(f.severity)},
                {"location", {{"path", f.file}, {"lines", {{"begin", f.line}}}}}});
  }
  json.end_array();
  out << '\n';
}

}  // namespace factlint::report
