#include <catch2/catch.hpp>

#include <sstream>

#include "checker/report/shard.h"
#include "report_fixture.h"

namespace factlint::report {
namespace {

TEST_CASE("a file's shard is the same in every run and on every machine", "[report][shard]") {
  // Pinned: CI jobs built from different factlint versions must still agree
  // on the split, so these values may never change. They are FNV-1a 64 of
  // the path modulo the count, computed independently (Python, checked
  // against the published vector FNV-1a("a") = 0xaf63dc4c8601ec8c).
  CHECK(shard_of("corpus/a.md", 4) == 0);
  CHECK(shard_of("corpus/2021-04-07-lavrov-qureshi-talks.md", 3) == 0);
  CHECK(shard_of("", 5) == 2);
  CHECK(shard_of("a", 1000003) == static_cast<int>(0xaf63dc4c8601ec8cull % 1000003));
  CHECK(shard_of("anything", 1) == 0);
  int counts[4] = {0, 0, 0, 0};
  for (int i = 0; i < 4000; ++i) ++counts[shard_of("corpus/article-" + std::to_string(i) + ".md", 4)];
  for (int c : counts) CHECK((c > 900 && c < 1100));  // an even split
}

TEST_CASE("a shard file reads back what was written", "[report][shard]") {
  Finding f = fixture::finding("corpus/a.md", 3, 5, 4, Severity::kWarning, FindingKind::kOutdated, "quake/deaths",
                               "article says 6; by then the sheet says 12", "Six people died.", 0);
  f.detail = "judged against the entry as of 2024-01-02";
  Summary summary;
  summary.articles = 2;
  summary.suppressed = 1;
  summary.skipped_files = {{"corpus/b.txt", "binary"}};
  summary.notices = {{"corpus/a.md", 1, 1, "unused suppression for 'x'"}};
  summary.uncovered = {{"corpus/c.md", "names no sheet's story"}};
  ReportOptions options;
  options.tool_version = "0.2.0";
  options.articles = {"corpus/a.md", "corpus/c.md"};
  options.sheets = {"rules/quake.yaml"};
  options.rules = {{"quake/deaths", "Deaths", "Deaths: 12", "", Severity::kError, "rules/quake.yaml", 7}};
  options.fail_at = Severity::kWarning;
  options.shard_index = 2;
  options.shard_count = 3;
  std::ostringstream out;
  write_shard(std::vector<Finding>{f}, summary, options, out);
  Diagnostics diags;
  std::optional<Shard> back = read_shard("s.json", out.str(), diags);
  REQUIRE(back);
  CHECK(diags.entries().empty());
  REQUIRE(back->findings.size() == 1);
  const Finding& g = back->findings[0];
  CHECK((g.file == f.file && g.line == 3 && g.column == 5 && g.end_column == 9 && g.severity == f.severity &&
         g.kind == f.kind && g.rule == f.rule && g.message == f.message && g.sentence == f.sentence &&
         g.highlight_end == 4 && g.detail == f.detail));
  CHECK(back->summary.articles == 2);
  CHECK(back->summary.suppressed == 1);
  CHECK(back->summary.skipped_files[0].reason == "binary");
  CHECK(back->summary.notices[0].message == "unused suppression for 'x'");
  CHECK(back->summary.uncovered[0].file == "corpus/c.md");
  CHECK(back->options.articles == options.articles);
  CHECK(back->options.rules[0].line == 7);
  CHECK(back->options.fail_at == Severity::kWarning);
  CHECK((back->options.shard_index == 2 && back->options.shard_count == 3));
}

TEST_CASE("what is not a whole shard file is a located error", "[report][shard]") {
  for (const char* text : {"{\"version\": 1}", "not json", "{\"factlint-shard\": 2}", "{\"factlint-shard\": 1}"}) {
    CAPTURE(text);
    Diagnostics diags;
    CHECK_FALSE(read_shard("s.json", text, diags));
    REQUIRE(diags.entries().size() == 1);
    CHECK(format_diagnostic(diags.entries()[0]).rfind("s.json: error: ", 0) == 0);
  }
}

}  // namespace
}  // namespace factlint::report
