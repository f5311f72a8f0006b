#include <catch2/catch.hpp>

#include "checker/rules/compiled_rules.h"
#include "checker/rules/load_sheet.h"
#include "sheet_fixtures.h"

namespace factlint::rules {
namespace {

using testing::fmt_lines;
using testing::kSpecExample;
using testing::rendered;

Sheet load_ok(std::string_view path, std::string_view yaml) {
  Diagnostics diags;
  std::optional<Sheet> sheet = load_sheet(std::string(path), yaml, diags);
  INFO(fmt_lines(rendered(diags)));
  REQUIRE(sheet);
  return std::move(*sheet);
}

RuleSet compile_ok(std::vector<Sheet> sheets) {
  Diagnostics diags;
  RuleSet rules = compile_rules(std::move(sheets), diags);
  REQUIRE(rendered(diags).empty());
  return rules;
}

TEST_CASE("the spec's example compiles and points into its own sheet", "[rules][compile]") {
  RuleSet rules = compile_ok({load_ok("rules/lavrov.yaml", kSpecExample)});
  REQUIRE(rules.sheets.size() == 1);
  const CompiledSheet& sheet = rules.sheets[0];
  CHECK(sheet.sheet->id == "lavrov-pakistan-2021");
  REQUIRE(sheet.scope_mentions.size() == 1);
  CHECK(sheet.scope_mentions[0]->search("LAVROV said"));
  REQUIRE(sheet.scope_paths.size() == 1);
  CHECK(sheet.scope_paths[0]->full_match("corpus/2021/a.md"));
  CHECK_FALSE(sheet.scope_paths[0]->full_match("drafts/a.md"));

  REQUIRE(sheet.people.size() == 2);
  CHECK(sheet.people[0].person == &sheet.sheet->people[0]);
  CHECK(sheet.people[1].person == &sheet.sheet->people[1]);
  CHECK(sheet.people[0].misspellings.size() == 2);
  REQUIRE(sheet.facts.size() == 5);
  for (std::size_t i = 0; i < sheet.facts.size(); ++i) {
    CHECK(sheet.facts[i].fact == &sheet.sheet->facts[i]);
  }
  CHECK(sheet.facts[0].cues.size() == 1);
  CHECK(sheet.facts[0].unless.size() == 1);
  CHECK(sheet.facts[0].before_value == nullptr);
  CHECK(sheet.facts[0].after_value == nullptr);
  CHECK(sheet.facts[4].cues.size() == 2);
  REQUIRE(sheet.facts[4].before_value != nullptr);
  CHECK(sheet.facts[4].after_value == nullptr);
  CHECK(sheet.facts[4].before_value->search("his first visit since "));
  CHECK(sheet.facts[4].before_value->search("In "));
  CHECK_FALSE(sheet.facts[4].before_value->search("since it was in 2012"));

  // Moving the rule set keeps every pointer valid: the sheet lives on the heap.
  RuleSet moved = std::move(rules);
  CHECK(moved.sheets[0].facts[4].fact->id == "last-visit");
}

TEST_CASE("names match as whole words ignoring case and runs of spaces", "[rules][compile]") {
  RuleSet rules = compile_ok({load_ok("rules/lavrov.yaml", kSpecExample)});
  const Pattern& lavrov = *rules.sheets[0].people[0].names;
  const Pattern& qureshi = *rules.sheets[0].people[1].names;
  struct Row {
    const Pattern* names;
    std::string_view text;
    bool matches;
  };
  for (const Row& row : {
           Row{&lavrov, "Lavrov said", true},
           Row{&lavrov, "said lavrov", true},
           Row{&lavrov, "Lavrov's visit", true},
           Row{&lavrov, "(Lavrov)", true},
           Row{&lavrov, "Lavrovsky said", false},
           Row{&lavrov, "Prilavrov said", false},
           Row{&lavrov, "the Russian  Foreign\nMinister", true},
           Row{&lavrov, "the russian fm", true},
           Row{&lavrov, "the Russian FMs", false},
           Row{&lavrov, "Sergei", false},
           Row{&qureshi, "Shah Mahmood  Qureshi", true},
           Row{&qureshi, "FM QURESHI", true},
           Row{&qureshi, "ShahMahmood", false},
           Row{&qureshi, "Qureshis", false},
       }) {
    CAPTURE(row.text);
    CHECK(row.names->search(row.text) == row.matches);
  }
}

TEST_CASE("the longest name wins the match span", "[rules][compile]") {
  RuleSet rules = compile_ok({load_ok("rules/lavrov.yaml", kSpecExample)});
  const std::string_view text = "said Sergey Lavrov today";
  auto match = rules.sheets[0].people[0].names->find(text);
  REQUIRE(match);
  CHECK(text.substr(match->begin, match->end - match->begin) == "Sergey Lavrov");
}

TEST_CASE("misspellings match whole words exactly as written", "[rules][compile]") {
  RuleSet rules = compile_ok({load_ok("rules/lavrov.yaml", kSpecExample)});
  const CompiledPerson& lavrov = rules.sheets[0].people[0];
  REQUIRE(lavrov.misspellings.size() == 2);
  const Pattern& sergei = *lavrov.misspellings[0];
  const Pattern& lavorv = *lavrov.misspellings[1];
  CHECK(sergei.search("by Sergei Lavrov."));
  CHECK(sergei.search("by Sergei  Lavrov."));
  CHECK_FALSE(sergei.search("by sergei lavrov"));
  CHECK_FALSE(sergei.search("by Sergey Lavrov"));
  CHECK(lavorv.search("Lavorv's"));
  CHECK_FALSE(lavorv.search("LAVORV"));
  CHECK_FALSE(lavorv.search("Lavorvs"));
}

TEST_CASE("names with punctuation or non-ASCII letters at an edge still match",
          "[rules][compile]") {
  const std::string_view yaml = R"(id: s
people:
  zoe: {name: Zoë Adams-Brown, also: [Dr. Zoë, "A.B."]}
facts: [{id: f, cues: x, expect: 46%}]
)";
  RuleSet rules = compile_ok({load_ok("s.yaml", yaml)});
  const Pattern& names = *rules.sheets[0].people[0].names;
  CHECK(names.search("said Zoë Adams-Brown."));
  CHECK(names.search("said dr. zoë"));
  CHECK(names.search("(A.B.)"));
  CHECK_FALSE(names.search("said Zoë Adams-Browne"));
  CHECK_FALSE(names.search("said AxB."));
}

TEST_CASE("a pattern splits at its {value} slot into anchored halves", "[rules][compile]") {
  struct Row {
    std::string_view pattern;
    std::string_view before_text;  // text that ends where the value starts
    std::optional<bool> before;    // nullopt: no pattern on that side
    std::string_view after_text;   // text that starts where the value ends
    std::optional<bool> after;
  };
  for (const Row& row : {
           Row{"(?:in|since) {value}", "visited in ", true, "", std::nullopt},
           Row{"(?:in|since) {value}", "since then, in 2012 ", false, "", std::nullopt},
           Row{"(?:in|since) {value}", "SINCE ", true, "", std::nullopt},
           Row{"{value} doses", "", std::nullopt, " doses were", true},
           Row{"{value} doses", "", std::nullopt, " more doses", false},
           Row{"grew (?:by )?{value} (?:percent|%)", "trade grew by ", true, " percent", true},
           Row{"grew {value}", "grew 40, then ", false, "", std::nullopt},
           Row{"(?-i)GDP of {value}", "gdp of ", false, "", std::nullopt},
           Row{"{value}", "", std::nullopt, "", std::nullopt},
       }) {
    CAPTURE(row.pattern);
    const std::string yaml =
        "id: s\nfacts:\n  - id: f\n    cues: x\n    expect: 46%\n    pattern: '" +
        std::string(row.pattern) + "'\n";
    RuleSet rules = compile_ok({load_ok("s.yaml", yaml)});
    const CompiledFact& fact = rules.sheets[0].facts[0];
    REQUIRE((fact.before_value != nullptr) == row.before.has_value());
    if (row.before) CHECK(fact.before_value->search(row.before_text) == *row.before);
    REQUIRE((fact.after_value != nullptr) == row.after.has_value());
    if (row.after) CHECK(fact.after_value->search(row.after_text) == *row.after);
  }
}

TEST_CASE("globs become anchored path regexes", "[rules][compile]") {
  struct Row {
    std::string_view glob;
    std::string_view regex;
    std::vector<std::string_view> match;
    std::vector<std::string_view> no_match;
  };
  constexpr std::string_view kFiles = "(?:/(?s:.*))?";  // what a folder the glob matches holds
  for (const Row& row : {
           Row{"corpus/**",
               "corpus/(?s:.*)",
               {"corpus/a.md", "corpus/x/y/z.html", "corpus/two\nlines.md", "corpus/x\n/y"},
               {"corpus", "other/a.md", "other/corpus/a.md"}},
           Row{"corpus/**/*.md",
               "corpus/(?s:.*/)?[^/]*\\.md",
               {"corpus/a.md", "corpus/x/y/a.md", "corpus/x\ny/a\n.md"},
               {"corpus/a.html", "corpus/a.mdx", "a.md"}},
           Row{"**/*.md", "(?s:.*/)?[^/]*\\.md", {"a.md", "x/y/a.md", "x\n/a.md"}, {"a.txt"}},
           Row{"corpus/*.md",
               "corpus/[^/]*\\.md",
               {"corpus/a.md", "corpus/.md", "corpus/a\nb.md"},
               {"corpus/x/a.md", "corpus/x\n/a.md", "other/corpus/a.md"}},
           Row{"news/202?/*",
               "news/202[^/]/[^/]*",
               {"news/2021/a.md"},
               {"news/2021x/a", "news/20211/a"}},
           Row{"a (draft)+.md", "(?s:.*/)?a\\ \\(draft\\)\\+\\.md", {"a (draft)+.md", "x/a (draft)+.md"},
               {"a draft.md"}},
           Row{"Corpus/*", "Corpus/[^/]*", {"Corpus/a"}, {"corpus/a"}},
           // As `exclude` reads them: a folder covers its files, "./" is dropped,
           // a glob without a slash matches a name at any depth.
           Row{"corpus", "(?s:.*/)?corpus", {"corpus/a.md", "corpus/x/y.md", "news/corpus/a.md"}, {"corpus.md", "corpusx/a.md"}},
           Row{"corpus/", "(?s:.*/)?corpus", {"corpus/a.md"}, {"corpora/a.md"}},
           Row{"./corpus/**", "corpus/(?s:.*)", {"corpus/a.md"}, {"other/a.md"}},
           Row{"corpus/2021", "corpus/2021", {"corpus/2021/a.md", "corpus/2021"}, {"corpus/2021-04.md", "x/corpus/2021/a.md"}},
           Row{"*.md", "(?s:.*/)?[^/]*\\.md", {"a.md", "corpus/x/a.md"}, {"a.mdx", "a.txt"}},
           Row{".", "(?s:.+)", {"a.md", "corpus/x/a.md"}, {}},
           Row{"./", "(?s:.+)", {"corpus/a.md"}, {}},
       }) {
    CAPTURE(row.glob);
    const std::string expected = row.regex == "(?s:.+)" ? std::string(row.regex) : std::string(row.regex) + std::string(kFiles);
    CHECK(glob_to_regex(row.glob) == expected);
    Diagnostics diags;
    auto pattern = Pattern::compile({glob_to_regex(row.glob), {}}, diags, {.ignore_case = false});
    REQUIRE(pattern);
    for (std::string_view path : row.match) CHECK(pattern->full_match(path));
    for (std::string_view path : row.no_match) CHECK_FALSE(pattern->full_match(path));
    // The config's `exclude` globs give the same answers (one dialect).
    const GlobSet set({std::string(row.glob)});
    for (std::string_view path : row.match) CHECK(set.matches(path));
    for (std::string_view path : row.no_match) CHECK_FALSE(set.matches(path));
  }
}

TEST_CASE("compile_rules reports bad patterns of a sheet built in code and leaves it out",
          "[rules][compile]") {
  // load_sheet reports bad regexes itself; this is the safety net for sheets
  // that did not come through it.
  Sheet bad;
  bad.path = "rules/bad.yaml";
  bad.id = "bad";
  bad.scope.mentions.push_back({"(Lavrov", {"rules/bad.yaml", 3, 14}});
  Fact fact;
  fact.id = "f";
  fact.cues.push_back({"ok", {"rules/bad.yaml", 6, 12}});
  fact.unless.push_back({"x(?!y)", {"rules/bad.yaml", 7, 14}});
  fact.pattern = Located<std::string>{"(in {value})", {"rules/bad.yaml", 9, 14}};
  bad.facts.push_back(fact);
  Sheet good = load_ok("rules/good.yaml", "id: good\nfacts: [{id: f, cues: x, expect: 46%}]\n");
  Diagnostics diags;
  RuleSet rules = compile_rules({std::move(bad), std::move(good)}, diags);
  CHECK(rendered(diags) ==
        std::vector<std::string>{
            "rules/bad.yaml:3:14: error: invalid regex '(Lavrov': missing ): (Lavrov",
            "rules/bad.yaml:7:14: error: invalid regex 'x(?!y)': invalid perl operator: (?! (RE2 "
            "does not support look-around; match the context as part of the pattern, or move an "
            "exclusion to 'unless')",
            "rules/bad.yaml:9:14: error: invalid regex '(in ' (before {value} in pattern "
            "'(in {value})'): missing ): (in ",
            "rules/bad.yaml:9:14: error: invalid regex ')' (after {value} in pattern "
            "'(in {value})'): unexpected ): )",
        });
  REQUIRE(rules.sheets.size() == 1);
  CHECK(rules.sheets[0].sheet->id == "good");
}

TEST_CASE("a sheet id used twice is an error naming both files", "[rules][compile]") {
  const std::string_view a = "id: same\nfacts: [{id: f, cues: x, expect: 46%}]\n";
  Diagnostics diags;
  RuleSet rules = compile_rules({load_ok("rules/a.yaml", a), load_ok("rules/b.yaml", a)}, diags);
  CHECK(rendered(diags) ==
        std::vector<std::string>{"rules/b.yaml: error: sheet id 'same' is also used by "
                                 "'rules/a.yaml' (each fact sheet needs an id of its own)"});
  REQUIRE(rules.sheets.size() == 1);
  CHECK(rules.sheets[0].sheet->path == "rules/a.yaml");
}

}  // namespace
}  // namespace factlint::rules
