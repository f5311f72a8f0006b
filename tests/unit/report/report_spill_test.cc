// Every report format writes the same bytes whether the run's findings are in
// memory or were moved to a temporary file (findings/finding_log.h), which
// the reporters read in turn, once or more, and never all at once.
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "checker/findings/finding_log.h"
#include "tests/unit/report/report_fixture.h"

namespace factlint::report {
namespace {

// Findings of every severity over many articles (some with none, one
// skipped), sorted as a run gives them; enough bytes for several chunks.
std::vector<Finding> findings_of_many_articles(ReportOptions& options) {
  std::vector<Finding> list;
  options.articles.clear();
  for (int a = 0; a < 60; ++a) {
    const std::string file = fmt::format("corpus/{:03}.md", a);
    options.articles.push_back(file);
    if (a % 4 == 3) continue;  // an article without findings
    for (int i = 1; i <= 25; ++i) {
      const Severity severity = static_cast<Severity>((a + i) % 3);
      Finding f = fixture::finding(file, i * 2, 5, 4, severity, i % 2 ? FindingKind::kContradiction : FindingKind::kMisspelling,
                                   i % 3 ? "visit/trade" : "visit/length",
                                   fmt::format("article says {} percent; the fact sheet says 46%", i),
                                   fmt::format("Trade grew {} percent, {}", i, std::string(800, 'x')), 11);
      f.found = fmt::format("{} percent", i);
      f.expected = "46%";
      f.source = i % 2 ? "Lavrov, 7 April 2021" : "";
      list.push_back(std::move(f));
    }
  }
  options.articles.push_back("corpus/bad.md");
  return list;
}

TEST_CASE("every report format is the same from findings in memory and read back from a temporary file") {
  ReportOptions options = fixture::options();
  const std::vector<Finding> list = findings_of_many_articles(options);
  const Summary summary = fixture::summary(list);
  FindingLog spilled(0, "");
  for (const Finding& f : list) spilled.add(f);
  spilled.finish();
  REQUIRE(spilled.spilled());
  REQUIRE(spilled.spilled_bytes() > (std::size_t{1} << 20));
  const FindingLog in_memory(list);
  REQUIRE_FALSE(in_memory.spilled());

  for (const std::string& format : format_list()) {
    for (std::optional<Severity> fail_at : {std::optional<Severity>(Severity::kError),
                                            std::optional<Severity>(Severity::kInfo), std::optional<Severity>()}) {
      INFO(format << (fail_at ? "" : " --fail-on never"));
      options.fail_at = fail_at;
      Writer writer = writer_for(format);
      REQUIRE(writer != nullptr);
      std::ostringstream from_memory, from_file;
      writer(in_memory, summary, options, from_memory);
      writer(spilled, summary, options, from_file);
      CHECK(from_memory.str() == from_file.str());
      // Not vacuous: the report names the last article's findings.
      if (format != "github") CHECK(from_file.str().find("corpus/058.md") != std::string::npos);
    }
  }
  std::ostringstream summary_memory, summary_file;
  write_github_summary(in_memory, summary, options, summary_memory);
  write_github_summary(spilled, summary, options, summary_file);
  CHECK(summary_memory.str() == summary_file.str());
}

}  // namespace
}  // namespace factlint::report
