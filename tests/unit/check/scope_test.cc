#include "checker/check/scope.h"

#include <filesystem>

#include <catch2/catch.hpp>

#include "../text_and_rules_fixture.h"
#include "checker/check/check_document.h"

namespace factlint::check {
namespace {

// `count` sheets, story-0 .. story-N, each covering articles that mention its
// own operation name; every second one also mentions a shared word.
rules::RuleSet stories(int count) {
  std::vector<std::string> yamls;
  for (int i = 0; i < count; ++i) {
    yamls.push_back("id: story-" + std::to_string(i) + "\nscope:\n  mentions: ['\\bOperation" + std::to_string(i) +
                    "\\b'" + (i % 2 == 0 ? ", '\\bflood\\b'" : "") +
                    "]\nfacts:\n  - id: houses\n    cues: ['\\bhouses\\b']\n    expect: 12 houses\n");
  }
  return testing::rules_from(yamls);
}

TEST_CASE("many sheets share one pass that finds the sheets an article mentions", "[check][scope]") {
  rules::RuleSet rules = stories(9);
  REQUIRE_FALSE(rules.mention_starts.empty());
  CHECK_FALSE(rules.mention_set);  // every mention begins with a word: the words find them
  for (const bool by_words : {true, false}) {
    if (!by_words) {  // the same sheets, their mentions matched as one set
      rules = stories(9);
      rules.mention_starts = {};
      rules.mention_set = rules::PatternSet::compile({"\\bOperation0\\b", "\\bflood\\b"}, {});
    }
    for (const char* body : {"Operation3 began.", "The flood rose.", "OPERATION8 and operation1 ended.", "Nothing.",
                             "Operation30 is another story."}) {
      CAPTURE(body, by_words);
      const text::Article article = testing::dated_article(body);
      const rules::WordRuns words = rules::word_runs(article.text);
      const std::optional<std::vector<int>> hits = mention_hits(rules, article, &words);
      if (!by_words) continue;
      REQUIRE(hits);
      // The words decide exactly as each sheet's own search.
      for (const rules::CompiledSheet& sheet : rules.sheets) {
        CAPTURE(sheet.sheet->id);
        CHECK(in_scope(sheet, article, &*hits) == in_scope(sheet, article));
      }
    }
  }
  rules = stories(9);
  const text::Article one = testing::dated_article("Operation3 began.");
  const rules::WordRuns words = rules::word_runs(one.text);
  const std::optional<std::vector<int>> hits = mention_hits(rules, one, &words);
  REQUIRE(hits);
  int covered = 0;
  for (const rules::CompiledSheet& sheet : rules.sheets) covered += in_scope(sheet, one, &*hits) ? 1 : 0;
  CHECK(covered == 1);
}

TEST_CASE("only the sheets an article's mentions name and those that name none have their scope tested", "[check][scope]") {
  // 40 sheets: 30 by mentions (every second also by the shared 'flood', every
  // third with paths too), 10 by paths alone (corpus/ or drafts/).
  std::vector<std::pair<std::string, std::string>> files;
  for (int i = 0; i < 40; ++i) {
    std::string scope;
    if (i < 30) {
      scope = "  mentions: ['\\bOperation" + std::to_string(i) + "\\b'" + (i % 2 == 0 ? ", '\\bflood\\b'" : "") + "]\n";
      if (i % 3 == 0) scope += "  paths: ['" + std::string(i % 2 == 0 ? "corpus" : "drafts") + "/**']\n";
    } else {
      scope = "  paths: ['" + std::string(i % 2 == 0 ? "corpus" : "drafts") + "/**']\n";
    }
    files.push_back({"rules/s" + std::to_string(i) + ".yaml",
                     "id: s" + std::to_string(i) + "\nscope:\n" + scope +
                         "facts:\n  - id: houses\n    cues: ['\\bhouses\\b']\n    expect: 12 houses\n"});
  }
  const rules::RuleSet rules = testing::rules_from(files);
  REQUIRE(rules.sheets.size() == 40);
  CHECK(rules.sheets_without_mentions.size() == 10);
  for (const char* path : {"corpus/a.md", "drafts/b.md", "elsewhere/c.md"}) {
    for (const char* body : {"Operation3 destroyed 13 houses.", "The flood took 13 houses; Operation7 and Operation12.",
                             "Nothing about 13 houses.", "OPERATION29 took 13 houses.", "Operation300 took 13 houses."}) {
      CAPTURE(path, body);
      const text::Article article = testing::article_from(std::string("---\ndate: 2024-01-02\n---\n") + body, path);
      int covering = 0;
      for (const rules::CompiledSheet& sheet : rules.sheets) covering += in_scope(sheet, article) ? 1 : 0;
      const DocumentResult result = check_document(article, rules);
      REQUIRE(result.mention_hits);  // the hits chose which sheets were asked
      CHECK(result.sheets == covering);
      CHECK(static_cast<int>(result.findings.size()) == covering);  // each covering sheet's contradiction
    }
  }
}

TEST_CASE("a sheet needs both its paths and one of its mentions whichever is asked first", "[check][scope]") {
  const rules::RuleSet rules = testing::rules_from(std::vector<std::string>{
      "id: here\nscope:\n  paths: ['corpus/**']\n  mentions: ['\\bOperation1\\b', '\\bflood\\b']\n"
      "facts:\n  - id: houses\n    cues: ['\\bhouses\\b']\n    expect: 12 houses\n",
      "id: elsewhere\nscope:\n  paths: ['archive/**']\n  mentions: ['\\bOperation1\\b']\n"
      "facts:\n  - id: houses\n    cues: ['\\bhouses\\b']\n    expect: 12 houses\n"});
  struct Row {
    const char* path;
    const char* body;
    bool here, elsewhere;
  };
  const Row rows[] = {
      {"corpus/a.md", "Operation1 began.", true, false},
      {"corpus/a.md", "The flood rose.", true, false},   // the second mention
      {"corpus/a.md", "Nothing to see.", false, false},  // the paths, no mention
      {"archive/a.md", "Operation1 began.", false, true},
      {"archive/a.md", "The flood rose.", false, false},  // a mention of the other sheet only
  };
  for (const Row& row : rows) {
    CAPTURE(row.path, row.body);
    const text::Article article =
        testing::article_from(std::string("---\ndate: 2024-01-02\n---\n") + row.body, row.path);
    const rules::WordRuns words = rules::word_runs(article.text);
    const std::optional<std::vector<int>> hits = mention_hits(rules, article, &words);
    REQUIRE(hits);
    CHECK(in_scope(rules.sheets[0], article, &*hits) == row.here);
    CHECK(in_scope(rules.sheets[0], article) == row.here);
    CHECK(in_scope(rules.sheets[1], article, &*hits) == row.elsewhere);
    CHECK(in_scope(rules.sheets[1], article) == row.elsewhere);
  }
}

TEST_CASE("mentions that begin with no word are left to the sheets' own searches or one set", "[check][scope]") {
  std::vector<std::string> yamls;
  for (int i = 0; i < 5; ++i) {
    yamls.push_back("id: s" + std::to_string(i) + "\nscope:\n  mentions: ['(?:storm|gale)" + std::to_string(i) +
                    "', '\\bOperation" + std::to_string(i) +
                    "\\b']\nfacts:\n  - id: f\n    cues: ['\\bhouses\\b']\n    expect: 12 houses\n");
  }
  const rules::RuleSet rules = testing::rules_from(yamls);
  REQUIRE(rules.sheets.size() == 5);
  CHECK(rules.mention_set);
  CHECK(rules.other_mention_ids == std::vector<int>{0, 2, 4, 6, 8});
  for (const char* body : {"A gale2 blew.", "Operation4 began.", "STORM1 and Operation1.", "Nothing.",
                           "A \xE2\x84\xAA sign, then Operation3."}) {  // the Kelvin sign: the words are not trusted
    CAPTURE(body);
    const text::Article article = testing::dated_article(body);
    const rules::WordRuns words = rules::word_runs(article.text);
    const std::optional<std::vector<int>> hits = mention_hits(rules, article, &words);
    REQUIRE(hits);
    for (const rules::CompiledSheet& sheet : rules.sheets) {
      CAPTURE(sheet.sheet->id);
      CHECK(in_scope(sheet, article, &*hits) == in_scope(sheet, article));
    }
  }
}

TEST_CASE("a few sheets each search for themselves", "[check][scope]") {
  const rules::RuleSet rules = stories(3);
  CHECK_FALSE(rules.mention_set);
  CHECK_FALSE(mention_hits(rules, testing::dated_article("Operation1 began.")));
}

TEST_CASE("why a sheet misses an article is told alike with the article's mention hits and only windows are asked", "[check][scope]") {
  // explain_misses asks scope_miss only of sheets whose window excludes the
  // article (window_excludes), with the mention hits the article was found
  // with: the reasons must be the sheets' own searches'.
  std::vector<std::string> yamls;
  for (int i = 0; i < 6; ++i) {
    const std::string window = i % 2 == 0 ? "  published: 2021-04-01..2021-04-30\n" : "";
    yamls.push_back("id: story-" + std::to_string(i) + "\nscope:\n  mentions: ['\\bOperation" + std::to_string(i) +
                    "\\b']\n" + window + "facts:\n  - id: houses\n    cues: ['\\bhouses\\b']\n    expect: 12 houses\n");
  }
  const rules::RuleSet rules = testing::rules_from(yamls);
  REQUIRE(rules.sheets.size() == 6);
  REQUIRE_FALSE(rules.mention_starts.empty());
  struct Row {
    std::string front;  // front matter lines
    std::string body;
    ScopeMiss story0;  // windowed sheet 0
    ScopeMiss story1;  // sheet 1, no window
  };
  using M = ScopeMiss;
  const Row rows[] = {
      {"date: 2021-04-08\n", "Operation0 and Operation1 began.", M::kCovered, M::kCovered},
      {"date: 2021-05-08\n", "Operation0 and Operation1 began.", M::kOutsideWindow, M::kCovered},
      {"title: undated\n", "Operation0 and Operation1 began.", M::kNoDate, M::kCovered},
      {"date: 2021-05-08\n", "Operation2 only.", M::kNotNamed, M::kNotNamed},
      {"title: undated\n", "Nothing at all.", M::kNotNamed, M::kNotNamed},
  };
  for (const Row& row : rows) {
    CAPTURE(row.front, row.body);
    const text::Article article = testing::article_from("---\n" + row.front + "---\n" + row.body + "\n");
    const rules::WordRuns words = rules::word_runs(article.text);
    const std::optional<std::vector<int>> hits = mention_hits(rules, article, &words);
    REQUIRE(hits);
    CHECK(scope_miss(rules.sheets[0], article, &*hits) == row.story0);
    CHECK(scope_miss(rules.sheets[1], article, &*hits) == row.story1);
    for (const rules::CompiledSheet& sheet : rules.sheets) {
      CAPTURE(sheet.sheet->id);
      const ScopeMiss alone = scope_miss(sheet, article);
      CHECK(scope_miss(sheet, article, &*hits) == alone);
      // A sheet the window does not exclude is covered or not named, nothing else.
      if (!window_excludes(sheet, article)) CHECK((alone == M::kCovered || alone == M::kNotNamed));
    }
  }
}

TEST_CASE("a file name that is not UTF-8 matches the globs of a sheet's paths", "[check][scope]") {
  // Linux allows any bytes in a file name: "caf\xE9.md" was written in Latin-1.
  const std::string latin1 = "corpus/caf\xE9.md";
  for (const char* glob : {"corpus/**", "corpus/*.md", "corpus/caf?.md", "**/caf*", "corpus/caf\xEF\xBF\xBD.md"}) {
    CAPTURE(glob);
    const rules::RuleSet rules = testing::rules_from(std::string("id: s\nscope:\n  paths: ['") + glob +
                                                     "']\nfacts:\n  - id: houses\n    cues: ['\\bhouses\\b']\n"
                                                     "    expect: 12 houses\n");
    REQUIRE(rules.sheets.size() == 1);
    const text::Article article = testing::article_from("---\ndate: 2024-01-02\n---\n12 houses.\n", latin1);
    CHECK(in_scope(rules.sheets[0], article));
    CHECK(in_scope(rules.sheets[0], testing::article_from("---\ndate: 2024-01-02\n---\n12 houses.\n", "./" + latin1)));
  }
  for (const char* glob : {"corpus/x/**", "corpus/cafe.md", "corpus/caf??.md", "other/*"}) {
    CAPTURE(glob);
    const rules::RuleSet rules = testing::rules_from(std::string("id: s\nscope:\n  paths: ['") + glob +
                                                     "']\nfacts:\n  - id: houses\n    cues: ['\\bhouses\\b']\n"
                                                     "    expect: 12 houses\n");
    REQUIRE(rules.sheets.size() == 1);
    CHECK_FALSE(in_scope(rules.sheets[0], testing::article_from("---\ndate: 2024-01-02\n---\n12 houses.\n", latin1)));
  }
}

TEST_CASE("an article named by its absolute path is in the scope of the sheet whose paths hold it", "[check][scope]") {
  const std::string here = std::filesystem::current_path().lexically_normal().generic_string();
  const std::string root = here == "/" ? "" : here;
  const rules::RuleSet rules = testing::rules_from(
      "id: s\nscope:\n  paths: ['corpus/**']\nfacts:\n  - id: houses\n    cues: ['\\bhouses\\b']\n"
      "    expect: 12 houses\n");
  REQUIRE(rules.sheets.size() == 1);
  const std::string body = "---\ndate: 2024-01-02\n---\n12 houses.\n";
  CHECK(in_scope(rules.sheets[0], testing::article_from(body, root + "/corpus/a.md")));
  CHECK(in_scope(rules.sheets[0], testing::article_from(body, root + "/corpus/x/../b.md")));
  CHECK_FALSE(in_scope(rules.sheets[0], testing::article_from(body, root + "/other/a.md")));
  CHECK_FALSE(in_scope(rules.sheets[0], testing::article_from(body, "/nowhere-near/corpus/a.md")));
  CHECK(in_scope(rules.sheets[0], testing::article_from(body, "corpus/a.md")));
}

}  // namespace
}  // namespace factlint::check
