#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "checker/findings/fingerprint.h"
#include "tests/unit/report/report_fixture.h"

namespace factlint::report {
namespace {

using nlohmann::json;

json sarif(const std::vector<Finding>& list, const ReportOptions& o) {
  return json::parse(fixture::render(write_sarif, list, fixture::summary(list), o));
}

TEST_CASE("SARIF has one run with factlint as driver and one rule per fact", "[report][sarif]") {
  json report = sarif(fixture::findings(), fixture::options());
  CHECK(report["version"] == "2.1.0");
  CHECK(report["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json");
  REQUIRE(report["runs"].size() == 1);
  json run = report["runs"][0];
  CHECK(run["columnKind"] == "utf16CodeUnits");
  CHECK(run["originalUriBaseIds"] == json::parse(R"x({"%SRCROOT%": {"uri": "file:///repo/"}})x"));
  json driver = run["tool"]["driver"];
  CHECK(driver["name"] == "factlint");
  CHECK(driver["version"] == "0.1.0");
  REQUIRE(driver["rules"].size() == 3);
  CHECK(driver["rules"][2] == json::parse(R"x({
    "id": "visit/trade",
    "name": "Trade",
    "shortDescription": {"text": "Trade grew 46 percent"},
    "fullDescription": {"text": "Trade grew 46 percent. The fact sheet expects it."},
    "help": {
      "text": "Trade grew 46 percent. The fact sheet expects it.\nDeclared in rules/visit.yaml, line 12.\nCorrect the article, or update the fact sheet if the fact has changed.",
      "markdown": "**Trade grew 46 percent**\n\nTrade grew 46 percent. The fact sheet expects it.\n\nDeclared in rules/visit.yaml, line 12.\n\nCorrect the article, or update the fact sheet if the fact has changed."
    },
    "defaultConfiguration": {"level": "error"},
    "properties": {"tags": ["factlint", "fact", "visit"]}
  })x"));
  CHECK(driver["rules"][0]["defaultConfiguration"]["level"] == "note");  // info
  CHECK(driver["rules"][1]["name"] == "SpellingLavrov");
  CHECK(driver["rules"][1]["properties"]["tags"][1] == "spelling");
}

TEST_CASE("SARIF results carry level and location and fingerprint", "[report][sarif]") {
  std::vector<Finding> list = fixture::findings();
  json results = sarif(list, fixture::options())["runs"][0]["results"];
  REQUIRE(results.size() == 3);
  CHECK(results[0] == json::parse(R"x({
    "ruleId": "visit/trade",
    "ruleIndex": 2,
    "level": "error",
    "message": {"text": "article says 64 percent; the fact sheet says 46% (source: Lavrov, 7 April 2021)"},
    "locations": [{"physicalLocation": {
      "artifactLocation": {"uri": "corpus/a.md", "uriBaseId": "%SRCROOT%"},
      "region": {"startLine": 3, "startColumn": 12, "endLine": 3, "endColumn": 22, "snippet": {"text": "64 percent"}}
    }}],
    "partialFingerprints": {"primaryLocationLineHash": ")x" + fingerprint(list[0]) + R"x(:1"},
    "properties": {"kind": "contradiction", "found": "64 percent", "expected": "46%", "source": "Lavrov, 7 April 2021"}
  })x"));
  CHECK(results[1]["level"] == "warning");
  CHECK(results[2]["level"] == "note");
  CHECK(results[2]["ruleIndex"] == 0);
}

TEST_CASE("SARIF columns are UTF-16 code units so an emoji before a finding counts twice", "[report][sarif]") {
  json region = sarif(fixture::findings(), fixture::options())["runs"][0]["results"][1]["locations"][0]
                     ["physicalLocation"]["region"];
  // "😀 Lavorv came.": Lavorv is at code point column 3, UTF-16 column 4.
  CHECK(region["startColumn"] == 4);
  CHECK(region["endColumn"] == 10);
}

TEST_CASE("SARIF URIs are percent-encoded and relative to the source root", "[report][sarif]") {
  struct Case {
    std::string file;
    json location;
  };
  const std::vector<Case> cases = {
      {"corpus/a b.md", {{"uri", "corpus/a%20b.md"}, {"uriBaseId", "%SRCROOT%"}}},
      {"./corpus/%#?.md", {{"uri", "corpus/%25%23%3F.md"}, {"uriBaseId", "%SRCROOT%"}}},
      {"corpus/caf\xC3\xA9.md", {{"uri", "corpus/caf%C3%A9.md"}, {"uriBaseId", "%SRCROOT%"}}},
      {"/tmp/x.md", {{"uri", "file:///tmp/x.md"}}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.file);
    std::vector<Finding> list = {fixture::findings()[0]};
    list[0].file = c.file;
    json location = sarif(list, fixture::options())["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
    CHECK(location["artifactLocation"] == c.location);
  }
}

TEST_CASE("a finding of an undescribed rule still gets a rule to point at", "[report][sarif]") {
  std::vector<Finding> list = fixture::findings();
  list[0].rule = "other/fact";
  json run = sarif(list, fixture::options())["runs"][0];
  REQUIRE(run["tool"]["driver"]["rules"].size() == 4);
  CHECK(run["tool"]["driver"]["rules"][3]["id"] == "other/fact");
  CHECK(run["results"][0]["ruleIndex"] == 3);
}

TEST_CASE("repeated fingerprints are told apart by their occurrence", "[report][sarif]") {
  std::vector<Finding> list = {fixture::findings()[0], fixture::findings()[0]};
  list[1].line = 9;
  json results = sarif(list, fixture::options())["runs"][0]["results"];
  std::string print = fingerprint(list[0]);
  CHECK(results[0]["partialFingerprints"]["primaryLocationLineHash"] == print + ":1");
  CHECK(results[1]["partialFingerprints"]["primaryLocationLineHash"] == print + ":2");
}

TEST_CASE("skipped files become tool notifications", "[report][sarif]") {
  json invocation = sarif(fixture::findings(), fixture::options())["runs"][0]["invocations"][0];
  CHECK(invocation["executionSuccessful"] == true);
  REQUIRE(invocation["toolExecutionNotifications"].size() == 1);
  json n = invocation["toolExecutionNotifications"][0];
  CHECK(n["level"] == "warning");
  CHECK(n["message"]["text"] == "skipped: contains a NUL byte at line 1, column 4 (binary file?)");
  CHECK(n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "corpus/bad.md");
}

TEST_CASE("SARIF keeps GitHub's 25000 results and says how many were left out", "[report][sarif]") {
  std::vector<Finding> list(25003, fixture::findings()[0]);
  for (std::size_t i = 0; i < list.size(); ++i) list[i].line = static_cast<int>(i + 1);
  json run = sarif(list, fixture::options())["runs"][0];
  CHECK(run["results"].size() == 25000);
  CHECK(run["results"][24999]["locations"][0]["physicalLocation"]["region"]["startLine"] == 25000);
  std::string note = run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"];
  CHECK(note.find("factlint found 25003 findings") != std::string::npos);
  CHECK(note.find("leaves out 3.") != std::string::npos);
}

}  // namespace
}  // namespace factlint::report
