#include "checker/findings/finding.h"
#include "checker/findings/finding_log.h"

#include <catch2/catch.hpp>

namespace factlint {
namespace {

Finding at(std::string file, int line, int column, std::string rule, Severity severity = Severity::kError) {
  Finding f;
  f.file = std::move(file);
  f.line = line;
  f.column = column;
  f.rule = std::move(rule);
  f.severity = severity;
  return f;
}

TEST_CASE("findings sort by file then line then column then rule", "[findings]") {
  std::vector<Finding> findings{at("b.md", 1, 1, "s/a"), at("a.md", 10, 1, "s/a"), at("a.md", 2, 5, "s/b"),
                                at("a.md", 2, 5, "s/a"), at("a.md", 2, 1, "s/z")};
  sort_findings(findings);
  std::vector<std::string> order;
  for (const Finding& f : findings) order.push_back(f.file + ":" + std::to_string(f.line) + ":" +
                                                    std::to_string(f.column) + ":" + f.rule);
  CHECK(order == std::vector<std::string>{"a.md:2:1:s/z", "a.md:2:5:s/a", "a.md:2:5:s/b", "a.md:10:1:s/a",
                                          "b.md:1:1:s/a"});
}

TEST_CASE("the summary counts findings by severity and lists skipped files in order", "[findings]") {
  std::vector<Finding> findings{at("a.md", 1, 1, "s/a"), at("a.md", 2, 1, "s/b", Severity::kWarning),
                                at("a.md", 3, 1, "s/c", Severity::kWarning), at("b.md", 1, 1, "s/d", Severity::kInfo)};
  Summary summary = summarize(findings, 7, {{"z.md", "not valid UTF-8"}, {"a.txt", "contains a NUL byte"}});
  CHECK(summary.articles == 7);
  CHECK(summary.findings == 4);
  CHECK(summary.errors == 1);
  CHECK(summary.warnings == 2);
  CHECK(summary.infos == 1);
  CHECK(summary.skipped == 2);
  REQUIRE(summary.skipped_files.size() == 2);
  CHECK(summary.skipped_files[0].file == "a.txt");
}

TEST_CASE("kind names are the ones in the JSON report", "[findings]") {
  CHECK(kind_name(FindingKind::kContradiction) == "contradiction");
  CHECK(kind_name(FindingKind::kMissingAttribution) == "missing-attribution");
  CHECK(kind_name(FindingKind::kMisattribution) == "misattribution");
  CHECK(kind_name(FindingKind::kMisspelling) == "misspelling");
}

}  // namespace
}  // namespace factlint
