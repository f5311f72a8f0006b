// The JSON report: the exact shape of spec section 6, keys in the spec's order.
#include <nlohmann/json.hpp>

#include "checker/report/report.h"

namespace factlint::report {

void write_json(const std::vector<Finding>& findings, const Summary& summary, const ReportOptions& options,
                std::ostream& out) {
  using Json = nlohmann::ordered_json;
  Json report;
  report["version"] = 1;
  report["tool"] = {{"name", "factlint"}, {"version", options.tool_version}};
  report["summary"] = {{"articles", summary.articles}, {"findings", summary.findings},
                       {"errors", summary.errors},     {"warnings", summary.warnings},
                       {"infos", summary.infos},       {"skipped", summary.skipped},
                       {"suppressed", summary.suppressed}, {"baselined", summary.baselined}};
  Json list = Json::array();
  for (const Finding& f : findings) {
    list.push_back({{"file", f.file},
                    {"line", f.line},
                    {"column", f.column},
                    {"end_line", f.end_line},
                    {"end_column", f.end_column},
                    {"severity", severity_name(f.severity)},
                    {"kind", kind_name(f.kind)},
                    {"rule", f.rule},
                    {"message", f.message},
                    {"found", f.found},
                    {"expected", f.expected},
                    {"source", f.source},
                    {"sentence", f.sentence}});
  }
  report["findings"] = std::move(list);
  Json skipped = Json::array();
  for (const SkippedFile& s : summary.skipped_files) skipped.push_back({{"file", s.file}, {"reason", s.reason}});
  report["skipped"] = std::move(skipped);
  Json notices = Json::array();
  for (const Notice& n : summary.notices) {
    notices.push_back(
        {{"file", n.file}, {"line", n.line}, {"column", n.column}, {"severity", "info"}, {"message", n.message}});
  }
  report["notices"] = std::move(notices);
  Json uncovered = Json::array();
  for (const SkippedFile& u : summary.uncovered) uncovered.push_back({{"file", u.file}, {"reason", u.reason}});
  report["uncovered"] = std::move(uncovered);
  // Paths on disk need not be UTF-8: replace bad bytes rather than throw.
  out << report.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace factlint::report
