#include "checker/config/config.h"

#include <catch2/catch.hpp>

#include <cstdint>

namespace factlint::config {
namespace {

std::string errors(const Diagnostics& diags) {
  std::string text;
  for (const Diagnostic& d : diags.entries()) text += format_diagnostic(d) + "\n";
  return text;
}

TEST_CASE("a full config is read with paths relative to its folder", "[config]") {
  Diagnostics diags;
  Config c = parse_config("ci/.factlint.yaml",
                          "rules: [sheets]\n"
                          "articles: corpus\n"
                          "exclude: ['corpus/drafts/**', '*.wip.md']\n"
                          "fail-on: warning\n"
                          "severity: {misspelling: warning, lavrov-pakistan-2021/arrival: info}\n"
                          "baseline: .factlint-baseline.json\n"
                          "reports: [text, sarif=out/factlint.sarif]\n"
                          "jobs: 4\n",
                          diags);
  CHECK(errors(diags).empty());
  CHECK(c.rule_paths == std::vector<std::string>{"ci/sheets"});
  CHECK(c.article_paths == std::vector<std::string>{"ci/corpus"});
  // Where each was written, for an error at its line when it does not exist.
  REQUIRE(c.rule_where.size() == 1);
  CHECK(c.rule_where[0].file == "ci/.factlint.yaml");
  CHECK(c.rule_where[0].line == 1);
  CHECK(c.rule_where[0].column == 9);
  REQUIRE(c.article_where.size() == 1);
  CHECK(c.article_where[0].line == 2);
  CHECK(c.article_where[0].column == 11);
  CHECK(c.exclude == std::vector<std::string>{"ci/corpus/drafts/**", "ci/*.wip.md"});
  CHECK(c.fail_on == "warning");
  REQUIRE(c.severity.size() == 2);
  CHECK(c.severity[0].is_kind);
  CHECK(c.severity[0].severity == Severity::kWarning);
  CHECK_FALSE(c.severity[1].is_kind);
  CHECK(c.severity[1].target == "lavrov-pakistan-2021/arrival");
  CHECK(c.baseline == "ci/.factlint-baseline.json");
  REQUIRE(c.reports.size() == 2);
  CHECK(c.reports[0].format == "text");
  CHECK(c.reports[0].path.empty());
  CHECK(c.reports[1].format == "sarif");
  CHECK(c.reports[1].path == "ci/out/factlint.sarif");
  CHECK(c.reports[1].where.line == 7);
  CHECK(c.jobs == 4);
}

TEST_CASE("values settings say how numeric dates and currency names read", "[config]") {
  Diagnostics diags;
  Config c = parse_config(".factlint.yaml", "values:\n  dates: day-first\n  currencies: {rupees: INR, dinars: IQD}\n", diags);
  CHECK(errors(diags).empty());
  CHECK(c.values.dates == "day-first");
  CHECK(c.values.currencies == std::vector<std::pair<std::string, std::string>>{{"rupees", "INR"}, {"dinars", "IQD"}});
}

TEST_CASE("cache is true or false or a folder beside the config", "[config]") {
  Diagnostics diags;
  CHECK(parse_config("ci/.factlint.yaml", "cache: true\n", diags).cache == "ci/.factlint-cache");
  CHECK(parse_config("ci/.factlint.yaml", "cache: false\n", diags).cache == "");
  CHECK(parse_config("ci/.factlint.yaml", "cache: ../tmp/fl\n", diags).cache == "tmp/fl");
  CHECK_FALSE(parse_config("ci/.factlint.yaml", "jobs: 2\n", diags).cache);
  CHECK(errors(diags).empty());
}

TEST_CASE("max-file-size is bytes or a size with a unit", "[config]") {
  Diagnostics diags;
  CHECK(parse_config(".factlint.yaml", "max-file-size: 32M\n", diags).max_file_size == std::uint64_t{32} << 20);
  CHECK(parse_config(".factlint.yaml", "max-file-size: 1048576\n", diags).max_file_size == 1048576);
  CHECK(parse_config(".factlint.yaml", "max-file-size: 512KiB\n", diags).max_file_size == 512 * 1024);
  CHECK(errors(diags).empty());
}

TEST_CASE("an empty config sets nothing", "[config]") {
  Diagnostics diags;
  Config c = parse_config(".factlint.yaml", "# nothing yet\n", diags);
  CHECK(errors(diags).empty());
  CHECK(c.rule_paths.empty());
  CHECK_FALSE(c.fail_on);
  CHECK(c.jobs == 0);
  CHECK(c.max_file_size == 0);
}

TEST_CASE("config errors are located with a hint", "[config]") {
  struct Row { std::string_view text, errors; };
  for (const Row& row : {
           Row{"rulez: [a]\n", "f.yaml:1:1: error: unknown key 'rulez' (did you mean 'rules'?)\n"},
           Row{"colour: auto\n",
               "f.yaml:1:1: error: unknown key 'colour' (known keys: rules, articles, exclude, fail-on, severity, "
               "baseline, reports, jobs, max-file-size, cache, attribution, values)\n"},
           Row{"fail_on: error\n", "f.yaml:1:1: error: unknown key 'fail_on' (did you mean 'fail-on'?)\n"},
           Row{"fail-on: sometimes\n",
               "f.yaml:1:10: error: 'sometimes' is not a valid value for 'fail-on' (one of error, warning, info, never)\n"},
           Row{"fail-on: [error]\n", "f.yaml:1:10: error: 'fail-on' must be a string, not a list\n"},
           Row{"rules:\n", "f.yaml:1:1: error: 'rules' has no value (give a list of paths)\n"},
           Row{"rules: {a: b}\n", "f.yaml:1:8: error: 'rules' must be a list of paths, not a map\n"},
           Row{"rules: [a, [b]]\n", "f.yaml:1:12: error: each entry of 'rules' must be a string, not a list\n"},
           Row{"articles: [corpus, ~]\n", "f.yaml:1:20: error: empty entry in 'articles'\n"},
           Row{"articles:\n  - corpus\n  -\n", "f.yaml:1:1: error: empty entry in 'articles'\n"},
           Row{"severity: warning\n",
               "f.yaml:1:11: error: 'severity' must be a map, not a string (e.g. 'severity: {misspelling: warning, "
               "lavrov-pakistan-2021/arrival: info}')\n"},
           Row{"severity:\n  misspellings: info\n",
               "f.yaml:2:3: error: unknown finding kind 'misspellings' (did you mean 'misspelling'?)\n"},
           Row{"severity:\n  misspelling: eror\n",
               "f.yaml:2:16: error: 'eror' is not a valid value for 'severity' (did you mean 'error'?)\n"},
           Row{"jobs: 0\n", "f.yaml:1:7: error: 'jobs' must be a whole number from 1 to 1024, not '0'\n"},
           Row{"jobs: -3\n", "f.yaml:1:7: error: 'jobs' must be a whole number from 1 to 1024, not '-3'\n"},
           Row{"jobs: 2\njobs: 3\n", "f.yaml:2:1: error: duplicate key 'jobs'\n"},
           Row{"max-file-size: 10.5M\n",
               "f.yaml:1:16: error: 'max-file-size: 10.5M' is no size (give a number of bytes, or one with a unit K, M "
               "or G: e.g. 'max-file-size: 32M'; the default is 16M)\n"},
           Row{"max-file-size: 0K\n",
               "f.yaml:1:16: error: 'max-file-size: 0K' would skip every article, and the run would pass (give a number "
               "of bytes, or one with a unit K, M or G: e.g. 'max-file-size: 32M'; the default is 16M)\n"},
           Row{"max-file-size: 99999999999G\n",
               "f.yaml:1:16: error: 'max-file-size: 99999999999G' is more than any file (give a number of bytes, or "
               "one with a unit K, M or G: e.g. 'max-file-size: 32M'; the default is 16M)\n"},
           Row{"cache: ''\n", "f.yaml:1:8: error: 'cache' is true, false or a folder (e.g. 'cache: true' (.factlint-cache/))\n"},
           Row{"cache: [a]\n", "f.yaml:1:8: error: 'cache' must be a string, not a list\n"},
           Row{"- rules\n",
               "f.yaml:1:1: error: config must be a map of settings, not a list (known keys: rules, articles, exclude, "
               "fail-on, severity, baseline, reports, jobs, max-file-size, cache, attribution, values)\n"},
           Row{"rules: [a\n",
               "f.yaml:2:1: error: config is not valid YAML: the list opened with '[' on line 1 is not closed (close it "
               "with ']'; quote items that hold ', ', ': ', '[' or '{')\n"},
           Row{"attribution: article\n",
               "f.yaml:1:14: error: 'attribution' must be a map, not a string (e.g. 'attribution: {within: paragraph, "
               "display: false}')\n"},
           Row{"attribution: {within: artcle}\n",
               "f.yaml:1:23: error: 'artcle' is not a valid value for 'within' (did you mean 'article'?)\n"},
           Row{"attribution: {display: yes}\n",
               "f.yaml:1:24: error: 'yes' is not a valid value for 'display' (one of true, false)\n"},
           Row{"attribution: {scope: article}\n",
               "f.yaml:1:15: error: unknown key 'scope' under 'attribution' ('attribution' takes within, display)\n"},
           Row{"baseline: [a]\nreports: text\n", "f.yaml:1:11: error: 'baseline' must be a string, not a list\n"},
           Row{"values: day-first\n",
               "f.yaml:1:9: error: 'values' must be a map, not a string (e.g. 'values: {dates: day-first, currencies: "
               "{rupees: INR}}')\n"},
           Row{"values: {dates: dayfirst}\n",
               "f.yaml:1:17: error: 'dayfirst' is not a valid value for 'dates' (did you mean 'day-first'?)\n"},
           Row{"values: {currencies: {rupees: Indian}}\n",
               "f.yaml:1:31: error: 'Indian' is not an ISO 4217 currency code (write three capital letters, e.g. INR, "
               "PKR, IQD, KES)\n"},
           Row{"values: {currencies: [INR]}\n",
               "f.yaml:1:22: error: 'currencies' must be a map, not a list (name each currency and its ISO 4217 code, "
               "e.g. 'currencies: {rupees: INR, dinars: IQD}')\n"},
           Row{"articles: [corpus, 'corpus/*.md']\n",
               "f.yaml:1:20: error: 'articles' takes folders and files, not globs: 'corpus/*.md' (give the folder "
               "('corpus'), and leave files out with 'exclude')\n"},
           Row{"rules: ['**/*.yaml']\n",
               "f.yaml:1:9: error: 'rules' takes folders and files, not globs: '**/*.yaml' (give the folder ('.'))\n"},
           Row{"values: {currency: {rupees: INR}}\n",
               "f.yaml:1:10: error: unknown key 'currency' under 'values' ('values' takes dates, currencies)\n"},
       }) {
    CAPTURE(row.text);
    Diagnostics diags;
    parse_config("f.yaml", row.text, diags);
    CHECK(errors(diags) == row.errors);
  }
}

TEST_CASE("every config error in a file is reported in one run", "[config]") {
  Diagnostics diags;
  parse_config("f.yaml", "rulez: a\nfail-on: warn\njobs: x\n", diags);
  CHECK(diags.error_count() == 3);
}

TEST_CASE("a severity override for a rule beats one for its kind", "[config]") {
  Diagnostics diags;
  Config c = parse_config("f.yaml",
                          "severity:\n  contradiction: warning\n  visit/arrival: info\n  people.lavrov: info\n", diags);
  REQUIRE(errors(diags).empty());
  struct Row { std::string rule; FindingKind kind; Severity before, after; };
  for (const Row& row : {Row{"visit/arrival", FindingKind::kContradiction, Severity::kError, Severity::kInfo},
                         Row{"visit/trade", FindingKind::kContradiction, Severity::kError, Severity::kWarning},
                         Row{"visit/people.lavrov", FindingKind::kMisspelling, Severity::kError, Severity::kInfo},
                         Row{"visit/people.qureshi", FindingKind::kMisspelling, Severity::kError, Severity::kError},
                         Row{"other/arrival", FindingKind::kMissingAttribution, Severity::kWarning, Severity::kWarning}}) {
    CAPTURE(row.rule);
    Finding f;
    f.rule = row.rule;
    f.kind = row.kind;
    f.severity = row.before;
    CHECK(effective_severity(f, c.severity) == row.after);
  }
}

TEST_CASE("a report request is a format with an optional path", "[config]") {
  ReportRequest sarif = parse_report_request("sarif=out/a=b.sarif");
  CHECK(sarif.format == "sarif");
  CHECK(sarif.path == "out/a=b.sarif");
  ReportRequest text = parse_report_request("github");
  CHECK(text.format == "github");
  CHECK(text.path.empty());
}

}  // namespace
}  // namespace factlint::config
