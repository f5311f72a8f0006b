// The JUnit XML report (the Ant schema Jenkins and GitLab read). Two suites:
// factlint.articles, one test per article ("is this article consistent with the
// fact sheets?"), and factlint.rules, one test per fact sheet, which summarises
// in its output and never fails, so a finding fails one test, not two. An
// article's test fails with the findings at or above --fail-on, all in one
// <failure> (Jenkins keeps one failure per test case); findings below it are
// listed in the suite's <system-out>, as --fail-on says they should not fail.
#include <algorithm>
#include <ctime>
#include <cstdlib>
#include <map>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "checker/report/report.h"
#include "checker/report/xml_writer.h"

namespace factlint::report {

namespace {

// Jenkins splits classname at the last dot: package "factlint", class
// "articles" or "rules"; test names are paths, unique in each suite as GitLab
// needs.
constexpr std::string_view kArticles = "factlint.articles";
constexpr std::string_view kRules = "factlint.rules";

// Findings counted by severity.
struct Counts {
  std::size_t by_severity[3] = {0, 0, 0};
  void add(Severity s) { ++by_severity[static_cast<int>(s)]; }
  std::size_t total() const { return by_severity[0] + by_severity[1] + by_severity[2]; }
};

// "3 findings: 2 errors, 1 warning".
std::string count_summary(const Counts& counts) {
  std::string text = plural(counts.total(), "finding") + ":";
  const char* names[3] = {"error", "warning", "info"};
  bool first = true;
  for (int s = 0; s < 3; ++s) {
    if (counts.by_severity[s] == 0) continue;
    text += fmt::format("{} {}", first ? "" : ",", plural(counts.by_severity[s], names[s]));
    first = false;
  }
  return text;
}

// The worst severity, as the failure's type.
std::string_view failure_type(const Counts& counts) {
  for (int s = 0; s < 3; ++s)
    if (counts.by_severity[s] > 0) return severity_name(static_cast<Severity>(s));
  return severity_name(Severity::kInfo);
}

// The body: the text report's lines for these findings.
std::string failure_body(std::vector<Finding> findings, const ReportOptions& options) {
  ReportOptions text_options;
  text_options.quiet = true;  // one line per finding, no excerpt or summary
  text_options.tool_version = options.tool_version;
  std::ostringstream body;
  write_text(FindingLog(std::move(findings)), Summary{}, text_options, body);
  return body.str();
}

std::string timestamp(const ReportOptions& options) {
  std::int64_t seconds = options.timestamp;
  if (seconds < 0) {
    const char* epoch = std::getenv("SOURCE_DATE_EPOCH");  // reproducible builds' convention
    char* end = nullptr;
    long long parsed = epoch ? std::strtoll(epoch, &end, 10) : -1;
    seconds = (epoch && *epoch && end && *end == '\0' && parsed >= 0) ? parsed : std::time(nullptr);
  }
  std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%S", &tm);  // the schema allows no zone
  return buffer;
}

// A test, by its name (the map's key): an article or a sheet.
struct Case {
  Counts failing;                        // at or above --fail-on: the test fails
  std::size_t below = 0;                 // under --fail-on: told, not failed
  const std::string* skipped = nullptr;  // the reason an article was not checked
};

bool fails(const Finding& f, const ReportOptions& options) { return options.fail_at && f.severity <= *options.fail_at; }

// The findings of the case `file`: the next run of the list, which is sorted
// by file as the cases are. Those failing (or those below --fail-on) are
// copied out; the iterator is left after the run.
std::vector<Finding> take_run(FindingLog::Iterator& it, const FindingLog::Iterator& end, const std::string& file,
                              bool failing, const ReportOptions& options) {
  std::vector<Finding> run;
  for (; it != end && it->file == file; ++it)
    if (fails(*it, options) == failing) run.push_back(*it);
  return run;
}

using Cases = std::map<std::string, Case>;

// `findings` is null for the rules suite: its cases never fail.
void write_suite(XmlWriter& xml, int id, std::string_view suite, const Cases& cases,
                 const ReportOptions& options, const std::string& stamp, const FindingLog* findings,
                 const std::string& summary_lines = {}) {
  std::size_t failures = 0, skipped = 0;
  for (const auto& [name, c] : cases) {
    failures += c.failing.total() > 0;
    skipped += c.skipped != nullptr && c.failing.total() == 0;
  }
  std::string id_text = std::to_string(id), tests = std::to_string(cases.size());
  std::string failures_text = std::to_string(failures), skipped_text = std::to_string(skipped);
  xml.open("testsuite", {{"package", "factlint"},
                         {"id", id_text},
                         {"name", suite},
                         {"timestamp", stamp},
                         {"hostname", "localhost"},
                         {"tests", tests},
                         {"failures", failures_text},
                         {"errors", "0"},
                         {"skipped", skipped_text},
                         {"time", "0"}});
  xml.open("properties");
  xml.empty("property", {{"name", "factlint.version"}, {"value", options.tool_version}});
  xml.close();
  // The findings are read in turn, case by case (they may be read back from
  // a file), never held all at once.
  FindingLog::Iterator it, end;
  if (findings) {
    it = findings->begin();
    end = findings->end();
  }
  for (const auto& [name, c] : cases) {
    XmlWriter::Attributes attributes = {{"name", name}, {"classname", suite}, {"time", "0"}};
    std::vector<Finding> failing = findings ? take_run(it, end, name, true, options) : std::vector<Finding>{};
    if (c.failing.total() > 0) {
      xml.open("testcase", attributes);
      xml.element("failure", {{"message", count_summary(c.failing)}, {"type", failure_type(c.failing)}},
                  failure_body(std::move(failing), options));
      xml.close();
    } else if (c.skipped) {
      xml.open("testcase", attributes);
      xml.element("skipped", {{"message", *c.skipped}}, "");
      xml.close();
    } else {
      xml.empty("testcase", attributes);
    }
  }
  // What does not fail: findings below --fail-on, and the sheets' counts,
  // written case by case (with --fail-on never that is every finding: held
  // whole, it was 30 MB more for 46,000 findings).
  const bool any_below =
      std::any_of(cases.begin(), cases.end(), [](const Cases::value_type& c) { return c.second.below > 0; });
  if (!any_below && summary_lines.empty()) {
    xml.empty("system-out");
  } else {
    xml.begin_text("system-out");
    if (any_below) {
      xml.text("Findings below --fail-on (not failures):\n");
      it = findings->begin();
      for (const auto& [name, c] : cases) {
        std::vector<Finding> below = take_run(it, end, name, false, options);
        if (!below.empty()) xml.text(failure_body(std::move(below), options));
      }
    }
    xml.text(summary_lines);
    xml.end_text("system-out");
  }
  xml.empty("system-err");
  xml.close();
}

}  // namespace

void write_junit(const FindingLog& findings, const Summary& summary, const ReportOptions& options,
                 std::ostream& out) {
  // Articles: every one found, plus any a finding names; sorted by path.
  Cases articles;
  for (const std::string& a : options.articles) articles[a];
  for (const SkippedFile& s : summary.skipped_files) articles[s.file].skipped = &s.reason;
  std::map<std::string, std::string_view> sheet_of;  // rule id -> sheet path
  for (const RuleInfo& r : options.rules) sheet_of.emplace(r.id, r.sheet);
  Cases sheets;
  for (const std::string& s : options.sheets) sheets[s];
  std::map<std::string, Counts> by_sheet;
  for (const Finding& f : findings) {
    Case& c = articles[f.file];
    if (fails(f, options)) {
      c.failing.add(f.severity);
    } else {
      ++c.below;
    }
    auto sheet = sheet_of.find(f.rule);
    if (sheet != sheet_of.end() && !sheet->second.empty()) {
      sheets[std::string(sheet->second)];
      by_sheet[std::string(sheet->second)].add(f.severity);
    }
  }
  // The rules suite summarises: each sheet's test passes; its findings are
  // counted here and failed once, in their articles.
  std::string sheet_lines;
  for (const auto& [sheet, list] : by_sheet) sheet_lines += fmt::format("{}: {}\n", sheet, count_summary(list));

  std::string stamp = timestamp(options);
  XmlWriter xml(out);
  xml.open("testsuites");
  write_suite(xml, 0, kArticles, articles, options, stamp, &findings);
  write_suite(xml, 1, kRules, sheets, options, stamp, nullptr, sheet_lines);
  xml.close();
}

}  // namespace factlint::report
