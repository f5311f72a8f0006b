#include "checker/cli/check_articles.h"

#include <algorithm>

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
  const ArticleLimit limit{20000};  // the longest articles are skipped
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

TEST_CASE("an article past the size limit is skipped with where to raise the limit", "[cli][check_articles]") {
  const rules::RuleSet rules = rules_from(kSheet);
  ProvidedArticles articles;
  articles["corpus/long.md"] = {std::string(60, 'a'), 60};
  articles["corpus/short.md"] = {"Lavrov said trade grew 46 percent.\n", 35};
  const std::vector<std::string> paths{"corpus/long.md", "corpus/short.md"};
  Diagnostics diags;
  const CheckResult flag = check_articles(paths, rules, {}, 1, ArticleLimit{50}, diags, false, &articles);
  REQUIRE(flag.skipped.size() == 1);
  CHECK(flag.skipped[0].file == "corpus/long.md");
  CHECK(flag.skipped[0].reason == "larger than the 50 bytes limit (60 bytes; see --max-file-size)");
  CHECK(flag.checked == 1);
  const ArticleLimit from_config{50, "see max-file-size in team.yaml"};
  const CheckResult config = check_articles(paths, rules, {}, 1, from_config, diags, false, &articles);
  REQUIRE(config.skipped.size() == 1);
  CHECK(config.skipped[0].reason == "larger than the 50 bytes limit (60 bytes; see max-file-size in team.yaml)");
  CHECK_FALSE(diags.has_errors());
}

// Five stories, each named by its own word; two cover a published window.
// `more`: other sheets after them.
rules::RuleSet five_stories(const std::vector<std::string>& more = {}) {
  std::vector<std::string> sheets;
  for (int i = 0; i < 5; ++i) {
    sheets.push_back(fmt::format(R"(id: story{0}
scope:
  mentions: ['\bStory{0}\b']
{1}people:
  p{0}:
    name: Amina Okafor{0}
    also: [Okafor{0}]
    misspellings: [Okafr{0}]
facts:
  - id: houses
    cues: ['\bhouses\b']
    expect: {2},000 houses
)",
                                 i, i < 2 ? "  published: 2024-01-01..2024-06-30\n" : "", 10 + i));
  }
  sheets.insert(sheets.end(), more.begin(), more.end());
  return testing::rules_from(sheets);
}

// Articles about the five stories and about others, dated, undated and out
// of the windows, with markup, a suppression that silences nothing, a front
// matter date that does not parse; a link to a page named for a story (the
// bytes hold its word, the text does not).
ProvidedArticles story_articles(std::vector<std::string>& paths) {
  ProvidedArticles articles;
  for (int i = 0; i < 300; ++i) {
    const int story = i % 9;  // 0-4: a sheet's story; 5-8: another
    const std::string date = i % 11 == 0 ? "" : i % 13 == 0 ? "date: soon\n" : i % 7 == 0 ? "date: 2023-05-01\n"
                                                                                           : "date: 2024-02-03\n";
    std::string body = story < 5 ? fmt::format("# **Story{}** update\n\nOkafr{} said {},000 houses fell.\n", story,
                                               story, 10 + story + i % 2)
                                 : fmt::format("# Other{} news\n\nThe [river](http://x.org/{}) rose {} cm.\n",
                                               story, i % 4 == 0 ? "Story1" : "rivers", i);
    if (i % 17 == 0) body += "<!-- factlint-disable-next-line story3/houses -->\nNothing here.\n";
    if (i % 19 == 0) body = "Story" + std::to_string(story % 5) + " and " + body;
    const std::string path = fmt::format("corpus/{:03}.md", i);
    ProvidedText& text = articles[path];
    text.text = "---\ntitle: Report " + std::to_string(i) + "\n" + date + "---\n" + body;
    text.size = text.text.size();
    paths.push_back(path);
  }
  return articles;
}

// A sheet scoped by its folder alone: it covers corpus/0*.md (the first 100
// articles) whatever they say.
const char* kFolderSheet = R"(id: folder
scope:
  paths: ['corpus/0*.md']
facts:
  - id: houses
    cues: ['\bhouses\b']
    expect: 16,000 houses
)";

TEST_CASE("articles told from their bytes give what their text gives", "[cli][check_articles][mention_filter]") {
  const bool folder = GENERATE(false, true);
  CAPTURE(folder);
  const std::vector<std::string> more = folder ? std::vector<std::string>{kFolderSheet} : std::vector<std::string>{};
  const rules::RuleSet with = five_stories(more);
  rules::RuleSet without = five_stories(more);
  REQUIRE(with.mention_filter);
  without.mention_filter.reset();
  std::vector<std::string> paths;
  const ProvidedArticles articles = story_articles(paths);
  REQUIRE(with.mention_filter->worth_it(paths.size()));
  const std::vector<std::string> known = {"story0/houses", "story1/houses", "story2/houses", "story3/houses",
                                          "story4/houses", "folder/houses"};
  for (unsigned jobs : {1u, 2u}) {
    CAPTURE(jobs);
    Diagnostics diags_with, diags_without;
    const CheckResult a = check_articles(paths, with, known, jobs, ArticleLimit{1 << 20}, diags_with, true, &articles);
    const CheckResult b = check_articles(paths, without, known, jobs, ArticleLimit{1 << 20}, diags_without, true, &articles);
    CHECK(a.told_by_bytes > (folder ? 30 : 50));  // most articles about other stories (outside the folder)
    CHECK(b.told_by_bytes == 0);
    REQUIRE(a.findings.size() == b.findings.size());
    CHECK(a.findings.size() > 50);
    for (std::size_t i = 0; i < a.findings.size(); ++i) CHECK(finding_line(a.findings[i]) == finding_line(b.findings[i]));
    REQUIRE(a.notices.size() == b.notices.size());
    CHECK(a.notices.size() > 10);
    for (std::size_t i = 0; i < a.notices.size(); ++i) {
      CHECK(a.notices[i].file == b.notices[i].file);
      CHECK(a.notices[i].message == b.notices[i].message);
    }
    REQUIRE(a.uncovered.size() == b.uncovered.size());
    for (std::size_t i = 0; i < a.uncovered.size(); ++i) {
      CHECK(a.uncovered[i].file == b.uncovered[i].file);
      CHECK(a.uncovered[i].reason == b.uncovered[i].reason);
    }
    REQUIRE(a.explanations.size() == b.explanations.size());
    CHECK(a.checked == b.checked);
    CHECK(a.suppressed == b.suppressed);
    REQUIRE(diags_with.entries().size() == diags_without.entries().size());
    CHECK_FALSE(diags_with.entries().empty());  // the dates that do not parse
    for (std::size_t i = 0; i < diags_with.entries().size(); ++i)
      CHECK(format_diagnostic(diags_with.entries()[i]) == format_diagnostic(diags_without.entries()[i]));
  }
}

TEST_CASE("a deliver function that stops the run stops it after the article it was handed", "[cli][check_articles]") {
  const rules::RuleSet rules = rules_from(kSheet);
  std::vector<std::string> paths;
  const ProvidedArticles articles = varied_articles(paths);
  Diagnostics all_diags;
  int all = 0;
  const CheckResult whole = check_articles(paths, rules, {"visit/trade"}, 1, ArticleLimit{20000}, all_diags, false, &articles,
                                           nullptr, false, [&](Finding&&) { return ++all > 0; });
  REQUIRE(all > 100);
  // Every article checked (those no sheet covers too) or skipped.
  REQUIRE(whole.checked + static_cast<int>(whole.skipped.size()) == static_cast<int>(paths.size()));
  for (unsigned jobs : {1u, 2u, 4u}) {
    CAPTURE(jobs);
    // The report's output fails at the tenth finding: the articles before
    // it are merged, no article after the ones already started is begun.
    Diagnostics diags;
    int delivered = 0;
    std::string last_file;
    const CheckResult cut = check_articles(paths, rules, {"visit/trade"}, jobs, ArticleLimit{20000}, diags, false, &articles,
                                           nullptr, false, [&](Finding&& f) {
                                             ++delivered;
                                             last_file = f.file;
                                             return delivered < 10;
                                           });
    CHECK(delivered >= 10);
    const int seen = cut.checked + static_cast<int>(cut.skipped.size());
    CHECK(seen <= static_cast<int>(paths.size()));
    if (jobs == 1) {
      // Nothing past the article that held the tenth finding. (With more
      // jobs, the others may have checked every later article while the
      // first, long one was still being checked: no stricter bound holds.)
      CHECK(delivered < all);
      CHECK(seen == static_cast<int>(std::find(paths.begin(), paths.end(), last_file) - paths.begin()) + 1);
      CHECK(seen < static_cast<int>(paths.size()));
    }
  }
}

}  // namespace
}  // namespace factlint::cli
