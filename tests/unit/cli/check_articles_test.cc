#include "checker/cli/check_articles.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "../text_and_rules_fixture.h"

namespace factlint::cli {
namespace {

using testing::rules_from;

const char* kSheet = R"(id: visit
scope:
  mentions: ['\bLavrov\b']
people:
  lavrov:
    name: Sergey Lavrov
    also: [Lavrov]
    misspellings: [Lavorv]
facts:
  - id: trade
    cues: ['\btrade\b']
    expect: 46%
)";

// Articles of very different lengths, so that with several jobs later ones
// finish before earlier ones: findings, notices, an unused suppression, an
// article no sheet covers, one over the size limit.
ProvidedArticles varied_articles(std::vector<std::string>& paths) {
  ProvidedArticles articles;
  for (int i = 0; i < 120; ++i) {
    std::string body;
    const int sentences = i == 5 ? 400 : (i * 37) % 11 == 0 ? 150 : 1 + i % 3;
    for (int s = 0; s < sentences; ++s)
      body += fmt::format("Lavrov said trade grew {} percent. Mr Lavorv arrived on day {}.\n", 40 + (i + s) % 9, s);
    if (i % 7 == 0) body = "<!-- factlint-disable-next-line visit/doses -->\n" + body;
    if (i % 10 == 3) body = "An article about something else entirely.\n";
    const std::string path = fmt::format("corpus/{:03}.md", i);
    ProvidedText& text = articles[path];
    text.text = "---\ndate: 2021-04-08\n---\n" + body;
    text.size = text.text.size();
    paths.push_back(path);
  }
  return articles;
}

std::string finding_line(const Finding& f) {
  return fmt::format("{}:{}:{}: {} {}", f.file, f.line, f.column, f.rule, f.found);
}

TEST_CASE("results are merged in path order for any number of jobs", "[cli][check_articles]") {
  const rules::RuleSet rules = rules_from(kSheet);
  std::vector<std::string> paths;
  const ProvidedArticles articles = varied_articles(paths);
  const std::size_t limit = 20000;  // the longest articles are skipped
  Diagnostics one_diags;
  const CheckResult one = check_articles(paths, rules, {"visit/trade"}, 1, limit, one_diags, true, &articles);
  // The single job's order: path by path, each article's findings sorted.
  REQUIRE(one.findings.size() > 100);
  for (std::size_t i = 1; i < one.findings.size(); ++i) {
    CAPTURE(i);
    CHECK(one.findings[i - 1].file <= one.findings[i].file);
  }
  REQUIRE_FALSE(one.skipped.empty());
  REQUIRE_FALSE(one.uncovered.empty());
  REQUIRE_FALSE(one.notices.empty());
  REQUIRE_FALSE(one.explanations.empty());
  for (unsigned jobs : {2u, 4u, 7u}) {
    for (int round = 0; round < 3; ++round) {
      CAPTURE(jobs, round);
      Diagnostics diags;
      const CheckResult many = check_articles(paths, rules, {"visit/trade"}, jobs, limit, diags, true, &articles);
      REQUIRE(many.findings.size() == one.findings.size());
      for (std::size_t i = 0; i < one.findings.size(); ++i) CHECK(finding_line(many.findings[i]) == finding_line(one.findings[i]));
      REQUIRE(many.explanations.size() == one.explanations.size());
      for (std::size_t i = 0; i < one.explanations.size(); ++i) {
        CHECK(many.explanations[i].path == one.explanations[i].path);
        CHECK(many.explanations[i].explanation.line == one.explanations[i].explanation.line);
      }
      REQUIRE(many.notices.size() == one.notices.size());
      for (std::size_t i = 0; i < one.notices.size(); ++i) CHECK(many.notices[i].file == one.notices[i].file);
      REQUIRE(many.skipped.size() == one.skipped.size());
      for (std::size_t i = 0; i < one.skipped.size(); ++i) CHECK(many.skipped[i].file == one.skipped[i].file);
      REQUIRE(many.uncovered.size() == one.uncovered.size());
      for (std::size_t i = 0; i < one.uncovered.size(); ++i) CHECK(many.uncovered[i].file == one.uncovered[i].file);
      CHECK(many.checked == one.checked);
      CHECK(many.suppressed == one.suppressed);
    }
  }
}

}  // namespace
}  // namespace factlint::cli
