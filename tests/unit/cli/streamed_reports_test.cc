// The first report of a check, when text or github, is written as the
// findings come (cli/write_reports.h): each finding reaches its destination
// on add(), and once finished every destination holds what write_reports
// writes after the run, byte for byte.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "checker/cli/write_reports.h"
#include "tests/unit/report/report_fixture.h"

namespace factlint::cli {
namespace {

namespace fs = std::filesystem;
using report::fixture::finding;

// Findings over several articles, sorted as a run delivers them, with a
// multi-line message and a source (both written on one line).
std::vector<Finding> run_findings() {
  std::vector<Finding> list;
  for (int a = 0; a < 6; ++a) {
    for (int i = 1; i <= 4; ++i) {
      Finding f = finding(fmt::format("corpus/{:02}.md", a), i * 3, 2, 5, static_cast<Severity>((a + i) % 3),
                          i % 2 ? FindingKind::kContradiction : FindingKind::kMisspelling, "visit/trade",
                          fmt::format("article says {} percent;\nthe sheet says 46%", i), "Trade grew 12 percent.", 11);
      f.source = i == 2 ? "Lavrov, 7 April 2021" : "";
      list.push_back(std::move(f));
    }
  }
  return list;
}

struct Folder {
  fs::path dir = fs::temp_directory_path() / fmt::format("factlint-streamed-{}", ::getpid());
  Folder() { fs::create_directories(dir); }
  ~Folder() { fs::remove_all(dir); }
  std::string file(const std::string& name) const { return (dir / name).string(); }
};

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// What a run writes with `requests`: to standard output and into each
// requested file, with the reports streamed or written after the run.
struct Written {
  std::string out;
  std::vector<std::string> files;
  bool operator==(const Written&) const = default;
};

Written after_the_run(const std::vector<config::ReportRequest>& requests, const std::vector<Finding>& list,
                      const report::ReportOptions& options) {
  std::ostringstream out;
  Diagnostics diags;
  write_reports(requests, FindingLog(list), report::fixture::summary(list), options, out, diags);
  REQUIRE_FALSE(diags.has_errors());
  Written w{out.str(), {}};
  for (const auto& r : requests)
    if (!r.path.empty()) w.files.push_back(read(r.path));
  return w;
}

Written streamed(const std::vector<config::ReportRequest>& requests, const std::vector<Finding>& list,
                 const report::ReportOptions& options, bool keep) {
  std::ostringstream out;
  Diagnostics diags;
  StreamedReports reports(requests, options, out);
  FindingLog log(1 << 20, "");
  if (!keep) log.count_only();
  for (const Finding& f : list) {
    reports.add(f);
    log.add(f);
  }
  log.finish();
  reports.finish(log, report::fixture::summary(list), diags);
  REQUIRE_FALSE(diags.has_errors());
  Written w{out.str(), {}};
  for (const auto& r : requests)
    if (!r.path.empty()) w.files.push_back(read(r.path));
  return w;
}

TEST_CASE("the text and github reports reach standard output finding by finding") {
  const std::vector<Finding> list = run_findings();
  report::ReportOptions options = report::fixture::options();
  for (const std::string format : {"text", "github"}) {
    for (const bool quiet : {false, true}) {
      INFO(format << (quiet ? " -q" : ""));
      options.quiet = quiet;
      options.color = !quiet;
      const std::vector<config::ReportRequest> requests = {{format, "", {}}};
      std::ostringstream out;
      StreamedReports reports(requests, options, out);
      REQUIRE(reports.streaming());
      CHECK_FALSE(reports.needs_findings());
      const report::StreamingWriter writer = *report::streaming_writer_for(format);
      std::ostringstream expected;
      for (const Finding& f : list) {
        reports.add(f);
        writer.finding(f, options, expected);
        REQUIRE(out.str() == expected.str());  // there already, not held for the end
      }
      CHECK(out.str().find("corpus/05.md") != std::string::npos);  // the last article's findings
      Diagnostics diags;
      FindingLog counted;
      counted.count_only();
      for (const Finding& f : list) counted.add(f);
      reports.finish(counted, report::fixture::summary(list), diags);
      CHECK(out.str() == after_the_run(requests, list, options).out);
    }
  }
}

TEST_CASE("a streamed report is what write_reports writes for any destinations") {
  const Folder folder;
  const std::vector<Finding> list = run_findings();
  const report::ReportOptions options = report::fixture::options();
  const std::vector<std::vector<config::ReportRequest>> cases = {
      {{"text", "", {}}},
      {{"github", "", {}}},
      {{"text", folder.file("out/a.txt"), {}}},
      {{"text", "", {}}, {"json", "", {}}},
      {{"github", "", {}}, {"text", "", {}}, {"sarif", folder.file("b.sarif"), {}}},
      {{"text", folder.file("c.txt"), {}}, {"text", "", {}}},
      {{"json", "", {}}, {"text", "", {}}},  // JSON first: nothing streams
      {{"junit", folder.file("d.xml"), {}}},
  };
  for (const auto& requests : cases) {
    INFO(requests.front().format << " to '" << requests.front().path << "' and " << requests.size() - 1 << " more");
    const Written whole = after_the_run(requests, list, options);
    for (const auto& r : requests)
      if (!r.path.empty()) fs::remove(r.path);
    std::ostringstream out;
    const StreamedReports probe(requests, options, out);
    const bool streams = requests.front().format == "text" || requests.front().format == "github";
    CHECK(probe.streaming() == streams);
    CHECK(probe.needs_findings() == (!streams || requests.size() > 1));
    CHECK(streamed(requests, list, options, true) == whole);
    if (!probe.needs_findings()) CHECK(streamed(requests, list, options, false) == whole);
  }
}

TEST_CASE("a streamed report to a file appears whole when finished and not before") {
  const Folder folder;
  const std::vector<Finding> list = run_findings();
  const report::ReportOptions options = report::fixture::options();
  const std::string path = folder.file("report.txt");
  const std::vector<config::ReportRequest> requests = {{"text", path, {}}};
  std::ostringstream out;
  StreamedReports reports(requests, options, out);
  for (const Finding& f : list) reports.add(f);
  CHECK_FALSE(fs::exists(path));  // written atomically, as every report file
  Diagnostics diags;
  reports.finish(FindingLog(list), report::fixture::summary(list), diags);
  CHECK(read(path) == after_the_run(requests, list, options).files.front());
  CHECK(out.str().empty());
}

TEST_CASE("nothing is streamed when the findings may come out of order") {
  const std::vector<Finding> list = run_findings();
  const report::ReportOptions options = report::fixture::options();
  const std::vector<config::ReportRequest> requests = {{"text", "", {}}};
  std::ostringstream out;
  StreamedReports reports(requests, options, out, false);
  CHECK_FALSE(reports.streaming());
  CHECK(reports.needs_findings());
  for (const Finding& f : list) reports.add(f);
  CHECK(out.str().empty());
  Diagnostics diags;
  reports.finish(FindingLog(list), report::fixture::summary(list), diags);
  CHECK(out.str() == after_the_run(requests, list, options).out);
}

TEST_CASE("the github report needs the findings for the job summary when GitHub asks for one") {
  const std::vector<config::ReportRequest> requests = {{"github", "", {}}};
  const report::ReportOptions options = report::fixture::options();
  std::ostringstream out;
  const StreamedReports reports(requests, options, out);
  ::setenv("GITHUB_STEP_SUMMARY", "/dev/null", 1);
  CHECK(reports.needs_findings());
  ::setenv("GITHUB_STEP_SUMMARY", "", 1);
  CHECK_FALSE(reports.needs_findings());
  ::unsetenv("GITHUB_STEP_SUMMARY");
  CHECK_FALSE(reports.needs_findings());
}

TEST_CASE("a log that counts only counts by severity and holds no finding") {
  const std::vector<Finding> list = run_findings();
  FindingLog log(0, "");  // would spill at once if it kept them
  log.count_only();
  for (const Finding& f : list) log.add(f);
  log.finish();
  CHECK(log.size() == list.size());
  CHECK(log.count(Severity::kError) + log.count(Severity::kWarning) + log.count(Severity::kInfo) == list.size());
  CHECK(log.count(Severity::kError) == 8);
  CHECK_FALSE(log.spilled());
  CHECK(log.begin() == log.end());
  const Summary summary = summarize(log, 6, {});
  CHECK(summary.findings == 24);
  CHECK(summary.errors == 8);
}

}  // namespace
}  // namespace factlint::cli
