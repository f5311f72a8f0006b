#include "checker/report/report.h"
#include "checker/report/shard.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/unit/report/report_fixture.h"

namespace factlint::report {
namespace {

Finding sample() {
  Finding f;
  f.file = "corpus/a.md";
  f.line = 7;
  f.column = 38;
  f.end_line = 7;
  f.end_column = 48;
  f.severity = Severity::kError;
  f.kind = FindingKind::kContradiction;
  f.rule = "visit/trade";
  f.message = "article says 64 percent; the fact sheet says 46%";
  f.found = "64 percent";
  f.expected = "46%";
  f.source = "Lavrov, 7 April 2021";
  f.sentence = "\xE2\x80\x9CTrade\xE2\x80\x9D grew 64 percent.";
  f.highlight_begin = 13;
  f.highlight_end = 23;
  return f;
}

ReportOptions options_with(bool color, bool quiet, std::string version) {
  ReportOptions options;
  options.color = color;
  options.quiet = quiet;
  options.tool_version = std::move(version);
  return options;
}

std::string render(Writer writer, const std::vector<Finding>& findings, const Summary& summary,
                   ReportOptions options = {}) {
  std::ostringstream out;
  writer(findings, summary, options, out);
  return out.str();
}

TEST_CASE("the text report is compiler style with an underlined excerpt", "[report][text]") {
  std::vector<Finding> findings{sample()};
  Summary summary = summarize(findings, 3, {{"corpus/bad.md", "not valid UTF-8 (byte 0xff at line 1, column 2)"}});
  CHECK(render(write_text, findings, summary) ==
        "corpus/a.md:7:38: error[visit/trade] contradiction: article says 64 percent; the fact sheet says 46% "
        "(source: Lavrov, 7 April 2021)\n"
        "    \xE2\x80\x9CTrade\xE2\x80\x9D grew 64 percent.\n"
        "                 ^~~~~~~~~~\n"
        "corpus/bad.md: warning: skipped: not valid UTF-8 (byte 0xff at line 1, column 2)\n"
        "factlint: 3 articles checked: 1 finding (1 error, 0 warnings, 0 infos), 1 skipped\n");
}

TEST_CASE("counts for people group thousands as articles write figures", "[report][text]") {
  CHECK(count(0) == "0");
  CHECK(count(999) == "999");
  CHECK(count(1000) == "1,000");
  CHECK(count(46495) == "46,495");
  CHECK(count(100005) == "100,005");
  CHECK(count(1234567) == "1,234,567");
  CHECK(plural(1, "article") == "1 article");
  CHECK(plural(20000, "article") == "20,000 articles");
  Summary summary = summarize(std::vector<Finding>(1234, sample()), 20000, {});
  summary.suppressed = 1500;
  summary.baselined = 2000;
  const std::string text = render(write_text, {}, summary);
  CHECK(text.ends_with("factlint: 20,000 articles checked: 1,234 findings (1,234 errors, 0 warnings, 0 infos), "
                       "1,500 suppressed, 2,000 baselined\n"));
}

TEST_CASE("quiet text shows finding lines only", "[report][text]") {
  std::vector<Finding> findings{sample()};
  std::string text = render(write_text, findings, summarize(findings, 1, {}), options_with(false, true, "1"));
  CHECK(text ==
        "corpus/a.md:7:38: error[visit/trade] contradiction: article says 64 percent; the fact sheet says 46% "
        "(source: Lavrov, 7 April 2021)\n");
}

TEST_CASE("colour is added only when asked for", "[report][text]") {
  std::vector<Finding> findings{sample()};
  CHECK(render(write_text, findings, summarize(findings, 1, {})).find('\x1b') == std::string::npos);
  CHECK(render(write_text, findings, summarize(findings, 1, {}), options_with(true, false, "1")).find("\x1b[1;31m") !=
        std::string::npos);
}

TEST_CASE("long sentences are cut around the finding", "[report][text]") {
  Finding f = sample();
  f.sentence = std::string(200, 'a') + " 64 percent " + std::string(200, 'b');
  f.highlight_begin = 201;
  f.highlight_end = 211;
  std::string text = render(write_text, {f}, summarize({f}, 1, {}));
  // 70 characters of context either side: 69 letters and the space next to the figure.
  std::string excerpt = "    ..." + std::string(69, 'a') + " 64 percent " + std::string(69, 'b') + "...\n";
  CHECK(text.find(excerpt) != std::string::npos);
  CHECK(text.find("\n" + std::string(4 + 3 + 70, ' ') + "^~~~~~~~~~\n") != std::string::npos);
}

TEST_CASE("the JSON report has the spec's shape", "[report][json]") {
  std::vector<Finding> findings{sample()};
  Summary summary = summarize(findings, 3, {{"corpus/bad.md", "contains a NUL byte"}});
  nlohmann::json report = nlohmann::json::parse(render(write_json, findings, summary, options_with(false, false, "0.1.0")));
  CHECK(report["version"] == 1);
  CHECK(report["tool"]["name"] == "factlint");
  CHECK(report["tool"]["version"] == "0.1.0");
  CHECK(report["summary"] == nlohmann::json{{"articles", 3}, {"findings", 1}, {"errors", 1},    {"warnings", 0},
                                            {"infos", 0},    {"skipped", 1},  {"suppressed", 0}, {"baselined", 0}});
  REQUIRE(report["findings"].size() == 1);
  nlohmann::json f = report["findings"][0];
  std::vector<std::string> keys;
  for (auto it = f.begin(); it != f.end(); ++it) keys.push_back(it.key());
  std::sort(keys.begin(), keys.end());
  CHECK(keys == std::vector<std::string>{"column", "end_column", "end_line", "expected", "file", "found", "kind",
                                         "line", "message", "rule", "sentence", "severity", "source"});
  CHECK(f["line"] == 7);
  CHECK(f["severity"] == "error");
  CHECK(f["kind"] == "contradiction");
  CHECK(f["sentence"] == "\xE2\x80\x9CTrade\xE2\x80\x9D grew 64 percent.");
  CHECK(report["skipped"][0]["reason"] == "contains a NUL byte");
}

TEST_CASE("the JSON report escapes control characters and survives bad bytes in paths", "[report][json]") {
  Finding f = sample();
  f.message = "quote \" backslash \\ newline \n tab \t";
  f.file = "corpus/\xff.md";
  std::string text = render(write_json, {f}, summarize({f}, 1, {}));
  nlohmann::json report = nlohmann::json::parse(text);
  CHECK(report["findings"][0]["message"] == "quote \" backslash \\ newline \n tab \t");
  CHECK(report["findings"][0]["file"] == "corpus/\xEF\xBF\xBD.md");
}

TEST_CASE("formats are looked up by name", "[report]") {
  CHECK(writer_for("text") == &write_text);
  CHECK(writer_for("json") == &write_json);
  CHECK(writer_for("sarif") == &write_sarif);
  CHECK(writer_for("junit") == &write_junit);
  CHECK(writer_for("github") == &write_github);
  CHECK(writer_for("gitlab") == &write_gitlab);
  CHECK(writer_for("checkstyle") == &write_checkstyle);
  CHECK(writer_for("shard") == &write_shard);
  CHECK(writer_for("xml") == nullptr);
  CHECK(writer_for("SARIF") == nullptr);
  CHECK(format_names() == "text, json, sarif, junit, github, gitlab, checkstyle, shard");
  for (const std::string& name : format_list()) CHECK(writer_for(name) != nullptr);
}

}  // namespace
}  // namespace factlint::report

namespace factlint::report {
namespace {

TEST_CASE("a line break in a message or source stays on the finding's line in text", "[report][text]") {
  std::vector<Finding> list = {fixture::findings()[0]};
  list[0].source = "Lavrov,\npress conference\r\n7 April\t2021";
  ReportOptions options = fixture::options();
  options.quiet = true;
  const std::string text = fixture::render(write_text, list, summarize(list, 1, {}), options);
  CHECK(text ==
        "corpus/a.md:3:12: error[visit/trade] contradiction: article says 64 percent; the fact sheet says 46% "
        "(source: Lavrov,\\npress conference\\n7 April\\t2021)\n");
}

TEST_CASE("a line break in a file name stays on the finding's line in text", "[report][text]") {
  std::vector<Finding> list = {fixture::findings()[0]};
  list[0].file = "corpus/two\nlines.md";
  Summary summary = summarize(list, 2, {{"corpus/bad\r\nname.md", "contains a NUL byte at line 1, column 4"}});
  summary.notices.push_back({"corpus/tab\there.md", 2, 1, "an unused suppression"});
  ReportOptions options = fixture::options();
  options.quiet = true;
  CHECK(fixture::render(write_text, list, summary, options) ==
        "corpus/two\\nlines.md:3:12: error[visit/trade] contradiction: article says 64 percent; the fact sheet says "
        "46% (source: Lavrov, 7 April 2021)\n"
        "corpus/bad\\nname.md: warning: skipped: contains a NUL byte at line 1, column 4\n"
        "corpus/tab\\there.md:2:1: info: an unused suppression\n");
}

}  // namespace
}  // namespace factlint::report
