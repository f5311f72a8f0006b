// The JSON report: the exact shape of spec section 6, keys in the spec's order.
// Written as it goes (json_stream.h): one finding at a time, never the whole
// report as a tree in memory.
#include <nlohmann/json.hpp>

#include "checker/report/json_stream.h"
#include "checker/report/report.h"

namespace factlint::report {

namespace {

using Json = nlohmann::ordered_json;

Json file_reason(const SkippedFile& s) { return {{"file", s.file}, {"reason", s.reason}}; }

}  // namespace

void write_json(const FindingLog& findings, const Summary& summary, const ReportOptions& options,
                std::ostream& out) {
  // Paths on disk need not be UTF-8: bad bytes are replaced rather than thrown at.
  JsonStream json(out);
  json.begin_object();
  json.key("version");
  json.value(1);
  json.key("tool");
  json.value({{"name", "factlint"}, {"version", options.tool_version}});
  json.key("summary");
  json.value({{"articles", summary.articles}, {"findings", summary.findings},
              {"errors", summary.errors},     {"warnings", summary.warnings},
              {"infos", summary.infos},       {"skipped", summary.skipped},
              {"suppressed", summary.suppressed}, {"baselined", summary.baselined}});
  json.key("findings");
  json.begin_array();
  for (const Finding& f : findings) {
    json.value({{"file", f.file},
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
  json.end_array();
  json.key("skipped");
  json.begin_array();
  for (const SkippedFile& s : summary.skipped_files) json.value(file_reason(s));
  json.end_array();
  json.key("notices");
  json.begin_array();
  for (const Notice& n : summary.notices) {
    json.value({{"file", n.file}, {"line", n.line}, {"column", n.column}, {"severity", "info"}, {"message", n.message}});
  }
  json.end_array();
  json.key("uncovered");
  json.begin_array();
  for (const SkippedFile& u : summary.uncovered) json.value(file_reason(u));
  json.end_array();
  json.end_object();
  out << '\n';
}

}  // namespace factlint::report
