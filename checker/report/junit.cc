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

// "3 findings: 2 errors, 1 warning".
std::string count_summary(const std::vector<const Finding*>& findings) {
  std::size_t counts[3] = {0, 0, 0};
  for (const Finding* f : findings) ++counts[static_cast<int>(f->severity)];
  std::string text = plural(findings.size(), "finding") + ":";
  const char* names[3] = {"error", "warning", "info"};
  bool first = true;
  for (int s = 0; s < 3; ++s) {
    if (counts[s] == 0) continue;
    text += fmt::format("{} {}", first ? "" : ",", plural(counts[s], names[s]));
    first = false;
  }
  return text;
}

// The worst severity, as the failure's type.
std::string_view failure_type(const std::vector<const Finding*>& findings) {
  Severity worst = Severity::kInfo;
  for (const Finding* f : findings) worst = std::min(worst, f->severity);
  return severity_name(worst);
}

// The body: the text report's lines for these findings.
std::string failure_body(const std::vector<const Finding*>& findings, const ReportOptions& options) {
  std::vector<Finding> copies;
  for (const Finding* f : findings) copies.push_back(*f);
  ReportOptions text_options;
  text_options.quiet = true;  // one line per finding, no excerpt or summary
  text_options.tool_version = options.tool_version;
  std::ostringstream body;
  write_text(copies, Summary{}, text_options, body);
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

struct Case {
  std::string name;
  std::vector<const Finding*> findings;  // at or above --fail-on: the test fails
  std::vector<const Finding*> below;     // under --fail-on: told, not failed
  const std::string* skipped = nullptr;  // the reason an article was not checked
};

void write_suite(XmlWriter& xml, int id, std::string_view suite, const std::vector<Case>& cases,
                 const ReportOptions& options, const std::string& stamp, const std::string& summary_lines = {}) {
  std::size_t failures = 0, skipped = 0;
  for (const Case& c : cases) {
    failures += !c.findings.empty();
    skipped += c.skipped != nullptr && c.findings.empty();
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
  for (const Case& c : cases) {
    XmlWriter::Attributes attributes = {{"name", c.name}, {"classname", suite}, {"time", "0"}};
    if (!c.findings.empty()) {
      xml.open("testcase", attributes);
      xml.element("failure", {{"message", count_summary(c.findings)}, {"type", failure_type(c.findings)}},
                  failure_body(c.findings, options));
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
  const bool any_below = std::any_of(cases.begin(), cases.end(), [](const Case& c) { return !c.below.empty(); });
  if (!any_below && summary_lines.empty()) {
    xml.empty("system-out");
  } else {
    xml.begin_text("system-out");
    if (any_below) {
      xml.text("Findings below --fail-on (not failures):\n");
      for (const Case& c : cases) {
        if (!c.below.empty()) xml.text(failure_body(c.below, options));
      }
    }
    xml.text(summary_lines);
    xml.end_text("system-out");
  }
  xml.empty("system-err");
  xml.close();
}

}  // namespace

void write_junit(const std::vector<Finding>& findings, const Summary& summary, const ReportOptions& options,
                 std::ostream& out) {
  // Articles: every one found, plus any a finding names; sorted by path.
  std::map<std::string, Case> articles;
  for (const std::string& a : options.articles) articles[a].name = a;
  for (const SkippedFile& s : summary.skipped_files) {
    Case& c = articles[s.file];
    c.name = s.file;
    c.skipped = &s.reason;
  }
  std::map<std::string, std::string_view> sheet_of;  // rule id -> sheet path
  for (const RuleInfo& r : options.rules) sheet_of.emplace(r.id, r.sheet);
  std::map<std::string, Case> sheets;
  for (const std::string& s : options.sheets) sheets[s].name = s;
  std::map<std::string, std::vector<const Finding*>> by_sheet;
  for (const Finding& f : findings) {
    Case& c = articles[f.file];
    c.name = f.file;
    const bool fails = options.fail_at && f.severity <= *options.fail_at;
    (fails ? c.findings : c.below).push_back(&f);
    auto sheet = sheet_of.find(f.rule);
    if (sheet != sheet_of.end() && !sheet->second.empty()) {
      sheets[std::string(sheet->second)].name = sheet->second;
      by_sheet[std::string(sheet->second)].push_back(&f);
    }
  }
  // The rules suite summarises: each sheet's test passes; its findings are
  // counted here and failed once, in their articles.
  std::string sheet_lines;
  for (const auto& [sheet, list] : by_sheet) sheet_lines += fmt::format("{}: {}\n", sheet, count_summary(list));
  auto values = [](std::map<std::string, Case>& m) {
    std::vector<Case> v;
    for (auto& [name, c] : m) v.push_back(std::move(c));
    return v;
  };

  std::string stamp = timestamp(options);
  XmlWriter xml(out);
  xml.open("testsuites");
  write_suite(xml, 0, kArticles, values(articles), options, stamp);
  write_suite(xml, 1, kRules, values(sheets), options, stamp, sheet_lines);
  xml.close();
}

}  // namespace factlint::report
