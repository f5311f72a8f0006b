#include "checker/report/github_escape.h"

#include <catch2/catch.hpp>

#include "tests/unit/report/report_fixture.h"

namespace factlint::report {
namespace {

const std::string kZwsp = "\xE2\x80\x8B";

TEST_CASE("GitHub escaping follows the runner's rules for data and properties", "[report][github]") {
  struct Case {
    std::string in;
    std::string data;
    std::string property;
  };
  const std::vector<Case> cases = {
      {"plain", "plain", "plain"},
      {"50%", "50%25", "50%25"},
      {"a\r\nb", "a%0D%0Ab", "a%0D%0Ab"},
      {"a:b,c", "a:b,c", "a%3Ab%2Cc"},
      {"%0A", "%250A", "%250A"},  // an escape in the text stays text
      {"x::stop-commands::tok", "x:" + kZwsp + ":stop-commands:" + kZwsp + ":tok",
       "x%3A%3Astop-commands%3A%3Atok"},
      {"##[error]x", "#" + kZwsp + "#[error]x", "#" + kZwsp + "#[error]x"},
      {"\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.in);
    CHECK(github_escape_data(c.in) == c.data);
    CHECK(github_escape_property(c.in) == c.property);
  }
}

TEST_CASE("the github report is one workflow command per finding", "[report][github]") {
  std::vector<Finding> list = fixture::findings();
  CHECK(fixture::render(write_github, list, fixture::summary(list), fixture::options()) ==
        "::error file=corpus/a.md,line=3,col=12,endLine=3,endColumn=22,title=contradiction [visit/trade]::"
        "article says 64 percent; the fact sheet says 46%25 (source: Lavrov, 7 April 2021)\n"
        "::warning file=corpus/a.md,line=5,col=3,endLine=5,endColumn=9,title=misspelling [visit/people.lavrov]::"
        "'Lavorv' is a misspelling of 'Sergey Lavrov'\n"
        "::notice file=corpus/b.md,line=2,col=10,endLine=2,endColumn=15,title=contradiction [visit/length]::"
        "article says 3-day (3 days); the fact sheet says 2 days\n"
        "::warning file=corpus/bad.md,title=skipped::"
        "skipped: contains a NUL byte at line 1, column 4 (binary file?)\n");
}

TEST_CASE("article text cannot start a workflow command of its own", "[report][github]") {
  Finding f = fixture::findings()[0];
  f.message = "x\n::stop-commands::pwned\n::error::injected\r\n##[add-mask]y";
  f.file = "corpus/a,b:c.md";
  f.end_line = 4;  // over two lines: no columns
  std::string out = fixture::render(write_github, {f}, summarize({f}, 1, {}), fixture::options());
  CHECK(out ==
        "::error file=corpus/a%2Cb%3Ac.md,line=3,endLine=4,title=contradiction [visit/trade]::"
        "x%0A:" + kZwsp + ":stop-commands:" + kZwsp + ":pwned%0A:" + kZwsp + ":error:" + kZwsp +
            ":injected%0D%0A#" + kZwsp + "#[add-mask]y (source: Lavrov, 7 April 2021)\n");
}

TEST_CASE("the job summary has the counts and a table of every finding", "[report][github]") {
  std::vector<Finding> list = fixture::findings();
  list[1].message = "a | b\nc `d` *e* <f> $5 and $6";
  CHECK(fixture::render(write_github_summary, list, fixture::summary(list), fixture::options()) ==
        "## factlint: 3 findings\n"
        "\n"
        "2 articles checked: 3 findings (1 error, 1 warning, 1 info), 1 skipped.\n"
        "\n"
        "| Location | Severity | Rule | Message |\n"
        "| --- | --- | --- | --- |\n"
        "| corpus/a.md:3:12 | error | visit/trade | article says 64 percent; the fact sheet says 46% "
        "(source: Lavrov, 7 April 2021) |\n"
        "| corpus/a.md:5:3 | warning | visit/people.lavrov | a \\| b c \\`d\\` \\*e\\* \\<f\\> \\$5 and \\$6 |\n"
        "| corpus/b.md:2:10 | info | visit/length | article says 3-day (3 days); the fact sheet says 2 days |\n"
        "\n"
        "**Skipped**\n"
        "\n"
        "- corpus/bad.md: contains a NUL byte at line 1, column 4 (binary file?)\n");
}

TEST_CASE("a clean run's job summary says so", "[report][github]") {
  CHECK(fixture::render(write_github_summary, {}, summarize(std::vector<Finding>{}, 4, {}), fixture::options()) ==
        "## factlint: no findings\n\n4 articles checked: 0 findings (0 errors, 0 warnings, 0 infos).\n");
}

TEST_CASE("the job summary stays under GitHub's 1 MiB and counts the rows left out", "[report][github]") {
  std::vector<Finding> list(3000, fixture::findings()[0]);
  for (Finding& f : list) f.message = std::string(300, 'x');
  std::string md = fixture::render(write_github_summary, list, summarize(list, 1, {}), fixture::options());
  CHECK(md.size() < 1024 * 1024);
  std::size_t rows = 0;
  for (std::size_t at = md.find("\n| corpus/"); at != std::string::npos; at = md.find("\n| corpus/", at + 1)) ++rows;
  CHECK(rows > 2000);
  CHECK(rows < 3000);
  CHECK(md.find("\n" + std::to_string(3000 - rows) + " more findings not shown: GitHub keeps at most 1 MiB") !=
        std::string::npos);
}

}  // namespace
}  // namespace factlint::report
