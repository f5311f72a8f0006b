#include "checker/rules/compiled_pattern.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "sheet_fixtures.h"

namespace factlint::rules {
namespace {

using testing::rendered;

std::unique_ptr<const Pattern> compile_ok(std::string source, Pattern::Options options = {}) {
  Diagnostics diags;
  auto pattern = Pattern::compile({std::move(source), {"rules/x.yaml", 3, 9}}, diags, options);
  REQUIRE(pattern != nullptr);
  REQUIRE(diags.entries().empty());
  return pattern;
}

TEST_CASE("patterns ignore case unless they opt out with (?-i)", "[rules][pattern]") {
  struct Row {
    std::string_view source;
    std::string_view text;
    bool matches;
  };
  for (const Row& row :
       {Row{"\\btrade\\b", "Trade grew", true}, Row{"\\btrade\\b", "TRADE grew", true},
        Row{"(?-i)\\btrade\\b", "Trade grew", false},
        Row{"(?-i)\\btrade\\b", "the trade grew", true}, Row{"(?-i)WHO", "the who said", false},
        Row{"(?-i)WHO", "the WHO said", true}, Row{"(?-i:WHO) said", "the WHO SAID", true},
        Row{"(?-i:WHO) said", "the who said", false},
        Row{"Pakistan's", "PAKISTAN'S trade", true}}) {
    CAPTURE(row.source, row.text);
    CHECK(compile_ok(std::string(row.source))->search(row.text) == row.matches);
  }
}

TEST_CASE("a case-sensitive pattern stays case-sensitive", "[rules][pattern]") {
  auto pattern = compile_ok("Lavorv", {.ignore_case = false});
  CHECK(pattern->search("by Lavorv"));
  CHECK_FALSE(pattern->search("by lavorv"));
}

TEST_CASE("a literal pattern matches its text with metacharacters and all", "[rules][pattern]") {
  auto pattern = compile_ok("US$100 (bn)", {.ignore_case = true, .literal = true});
  CHECK(pattern->search("cost us$100 (BN) in all"));
  CHECK_FALSE(pattern->search("cost US100 bn"));
}

TEST_CASE("find reports byte spans and honours anchors and word boundaries before the start offset",
          "[rules][pattern]") {
  auto word = compile_ok("\\bvisit\\b");
  const std::string_view text = "A visit, a revisit, a visit.";
  auto first = word->find(text);
  REQUIRE(first);
  CHECK(first->begin == 2);
  CHECK(first->end == 7);
  auto second = word->find(text, 3);
  REQUIRE(second);
  CHECK(second->begin == 22);  // "revisit" is not the word "visit"
  CHECK_FALSE(word->find(text, 23));
  CHECK_FALSE(word->find(text, text.size() + 1));

  auto anchored = compile_ok("^a");
  CHECK(anchored->find("a a", 0));
  CHECK_FALSE(anchored->find("a a", 1));  // the text starts at 0, not at `from`
}

TEST_CASE("find_all lists non-overlapping matches and skips empty ones", "[rules][pattern]") {
  struct Row {
    std::string_view source;
    std::string_view text;
    std::vector<std::pair<std::size_t, std::size_t>> spans;
  };
  for (const Row& row :
       {Row{"a+", "aa b aaa", {{0, 2}, {5, 8}}}, Row{"x*", "axxbx", {{1, 3}, {4, 5}}},
        Row{"x*", "é", {}}, Row{"\\d", "", {}}, Row{"é", "éaé", {{0, 2}, {3, 5}}}}) {
    CAPTURE(row.source, row.text);
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    // Derived patterns may match empty text (an editor's may not: below).
    Diagnostics diags;
    const Located<std::string> shown{std::string(row.source), {"rules/x.yaml", 3, 9}};
    auto pattern = Pattern::compile_derived(std::string(row.source), shown, "", diags, {});
    REQUIRE(pattern);
    for (const Pattern::Match& match : pattern->find_all(row.text)) {
      spans.emplace_back(match.begin, match.end);
    }
    CHECK(spans == row.spans);
  }
}

TEST_CASE("full_match needs the whole text", "[rules][pattern]") {
  auto pattern = compile_ok("corpus/[^/]*");
  CHECK(pattern->full_match("corpus/a.md"));
  CHECK_FALSE(pattern->full_match("corpus/a/b.md"));
  CHECK_FALSE(pattern->full_match("x/corpus/a.md"));
}

TEST_CASE("a bad regex is a located error with a hint where RE2 differs from Perl",
          "[rules][pattern]") {
  struct Row {
    std::string_view source;
    std::string_view message;
  };
  for (const Row& row : {
           Row{"(trade", "rules/x.yaml:3:9: error: invalid regex '(trade': missing ): (trade"},
           Row{"trade)", "rules/x.yaml:3:9: error: invalid regex 'trade)': unexpected ): trade)"},
           Row{"\\btrade(?=s)",
               "rules/x.yaml:3:9: error: invalid regex '\\btrade(?=s)': invalid perl operator: (?= "
               "(RE2 does not support look-around; match the context as part of the pattern, or "
               "move an exclusion to 'unless')"},
           Row{"(?<!D-)8",
               "rules/x.yaml:3:9: error: invalid regex '(?<!D-)8': invalid perl "
               "operator: (?< (RE2 does not support look-around; match the "
               "context as part of the pattern, or move an exclusion to 'unless')"},
           Row{"(a)\\1",
               "rules/x.yaml:3:9: error: invalid regex '(a)\\1': invalid escape "
               "sequence: \\1 (RE2 does not support backreferences)"},
           Row{"a{1001}",
               "rules/x.yaml:3:9: error: invalid regex 'a{1001}': invalid repetition "
               "size: {1001} (RE2 allows at most 1000 repetitions in {n,m})"},
           Row{"trade\\",
               "rules/x.yaml:3:9: error: invalid regex 'trade\\': trailing \\ "
               "(write '\\\\' for a literal backslash)"},
       }) {
    CAPTURE(row.source);
    Diagnostics diags;
    CHECK(Pattern::compile({std::string(row.source), {"rules/x.yaml", 3, 9}}, diags) == nullptr);
    CHECK(rendered(diags) == std::vector<std::string>{std::string(row.message)});
  }
}

TEST_CASE("a pattern with a control character from double quotes is an error with the fix", "[rules][pattern]") {
  struct Row {
    std::string_view source;
    std::string_view message;
  };
  for (const Row& row : {
           Row{"\bboard\b",  // what YAML makes of "\bboard\b"
               "rules/x.yaml:3:9: error: pattern '\\bboard\\b' holds a control character: YAML read a "
               "backslash escape in double quotes, so it can never match as meant (write patterns in single "
               "quotes: '\\bboard\\b')"},
           Row{"trade\x01", "rules/x.yaml:3:9: error: pattern 'trade\\x01' holds a control character: YAML read a "
                             "backslash escape in double quotes, so it can never match as meant (write patterns in "
                             "single quotes: 'trade\\x01')"},
       }) {
    CAPTURE(row.source);
    Diagnostics diags;
    CHECK(Pattern::compile({std::string(row.source), {"rules/x.yaml", 3, 9}}, diags) == nullptr);
    CHECK(rendered(diags) == std::vector<std::string>{std::string(row.message)});
  }
  Diagnostics diags;
  CHECK(Pattern::compile({"a\tb", {"rules/x.yaml", 3, 9}}, diags) != nullptr);  // a tab is a tab
  CHECK(diags.entries().empty());
}

TEST_CASE("an editor's pattern that matches empty text is a located error", "[rules][pattern]") {
  for (std::string_view source : {"x*", "(?:)", "a?", "^", "(?:trade|)"}) {
    CAPTURE(source);
    Diagnostics diags;
    CHECK(Pattern::compile({std::string(source), {"rules/x.yaml", 3, 9}}, diags) == nullptr);
    CHECK(rendered(diags) ==
          std::vector<std::string>{fmt::format(
              "rules/x.yaml:3:9: error: pattern '{}' matches empty text, so it matches every sentence and article "
              "(make at least one part required, e.g. 'x+' rather than 'x*', '(?:a|b)' rather than '(?:a|b)?')",
              source)});
  }
  Diagnostics diags;
  CHECK(Pattern::compile({"\\bx*y", {"rules/x.yaml", 3, 9}}, diags) != nullptr);
  CHECK(diags.entries().empty());
}

TEST_CASE("a pattern from the cache reports and matches as a fresh one", "[rules][pattern]") {
  struct Row {
    std::string_view source;
    Pattern::Options options;
  };
  PatternCache cache;
  for (int pass = 0; pass < 2; ++pass) {  // the second pass takes every good regex from the cache
    for (const Row& row : {Row{"\\btrade\\b", {}}, Row{"\\btrade\\b", {.ignore_case = false}},
                           Row{"\\btrade\\b", {.literal = true}}, Row{"(Lavrov", {}}, Row{"x*", {}},
                           Row{"\btrade", {}}}) {
      CAPTURE(pass, row.source, row.options.ignore_case, row.options.literal);
      const Located<std::string> source{std::string(row.source), {"rules/x.yaml", 3, 9}};
      Diagnostics fresh_diags;
      Diagnostics cached_diags;
      const auto fresh = Pattern::compile(source, fresh_diags, row.options);
      const auto cached = Pattern::compile(source, cached_diags, row.options, &cache);
      CHECK(rendered(cached_diags) == rendered(fresh_diags));
      REQUIRE((cached == nullptr) == (fresh == nullptr));
      if (!fresh) continue;
      CHECK(cached->source() == fresh->source());
      for (std::string_view text : {"Trade grew", "trade grew", "\\btrade\\b", "tradewinds"}) {
        CAPTURE(text);
        CHECK(cached->search(text) == fresh->search(text));
      }
    }
  }
}

TEST_CASE("quote_meta makes any text match itself", "[rules][pattern]") {
  for (std::string_view text : {"US$100 (bn)", "a.b*c?", "Zoë [x]", "\\b", ""}) {
    CAPTURE(text);
    Diagnostics diags;
    const std::string regex = quote_meta(text);
    auto pattern = Pattern::compile_derived(regex, {regex, {}}, "", diags, {.ignore_case = false});
    REQUIRE(pattern);
    CHECK(pattern->full_match(text));
  }
}

TEST_CASE("a pattern compiled on first use matches as one compiled at once", "[rules][pattern]") {
  const std::string regex = "(?:\\bMaria\\s+Zoë\\s+Kovač\\b)|(?:\\bKovač\\b)";
  for (const Pattern::Options options : {Pattern::Options{}, Pattern::Options{.ignore_case = false}}) {
    Diagnostics diags;
    const auto now = Pattern::compile_derived(regex, {regex, {}}, "", diags, options);
    const auto later = Pattern::compile_on_first_use(regex, {regex, {}}, "", diags, options);
    REQUIRE(now);
    REQUIRE(later);
    CHECK(diags.entries().empty());
    CHECK_FALSE(later->compiled());  // nothing compiled until it is matched
    for (std::string_view text : {"said Maria  Zoë Kovač, the", "KOVAČ", "Kovačević", "maria zoë kovač", ""}) {
      CAPTURE(text, options.ignore_case);
      CHECK(later->search(text) == now->search(text));
      CHECK(later->full_match(text) == now->full_match(text));
      const auto a = later->find(text), b = now->find(text);
      REQUIRE(a.has_value() == b.has_value());
      if (a) CHECK((a->begin == b->begin && a->end == b->end));
      CHECK(later->find_all(text).size() == now->find_all(text).size());
      CHECK(later->match_at(text, 0).has_value() == now->match_at(text, 0).has_value());
    }
    CHECK(later->compiled());
  }
}

TEST_CASE("the largest pattern deferred always compiles", "[rules][pattern]") {
  // The letters whose case-folded UTF-8 programs are the largest per byte of
  // regex ("k" also matches the Kelvin sign, "s" the long s), up to the limit.
  for (std::string_view unit : {"ks", "K\u212a", "\u03a3\u03c3", "\u01c4\u01c5"}) {
    std::string name;
    std::string regex;
    while (regex.size() + unit.size() <= Pattern::kDeferredBytes) {
      name += unit;
      regex += unit;
    }
    REQUIRE(regex.size() <= Pattern::kDeferredBytes);
    CAPTURE(unit, regex.size());
    for (const bool ignore_case : {true, false}) {
      Diagnostics diags;
      const auto pattern = Pattern::compile_on_first_use(regex, {name, {}}, "", diags, {.ignore_case = ignore_case});
      REQUIRE(pattern);
      CHECK_FALSE(pattern->compiled());
      CHECK(pattern->full_match(name));  // a pattern RE2 refused would match nothing
      CHECK(diags.entries().empty());
    }
  }
}

TEST_CASE("a pattern that could fail is compiled and reported at once", "[rules][pattern]") {
  Diagnostics diags;
  const std::string long_regex = "\\b" + std::string(Pattern::kDeferredBytes, 'a') + "\\b";
  const auto long_one = Pattern::compile_on_first_use(long_regex, {"a…", {}}, "", diags, {});
  REQUIRE(long_one);
  CHECK(long_one->compiled());
  const std::string bad = "\\bAbc\xff\\b";  // not UTF-8: RE2 refuses it
  CHECK_FALSE(Pattern::compile_on_first_use(bad, {"Abc", {"rules/x.yaml", 4, 5}}, " (names of person)", diags, {}));
  REQUIRE(diags.entries().size() == 1);
  CHECK(rendered(diags).front().starts_with("rules/x.yaml:4:5: error: invalid regex 'Abc' (names of person): invalid UTF-8"));
}

TEST_CASE("threads matching a deferred pattern at once all get its matches", "[rules][pattern]") {
  Diagnostics diags;
  const auto pattern = Pattern::compile_on_first_use("\\bKovac\\b", {"Kovac", {}}, "", diags, {});
  REQUIRE(pattern);
  std::vector<int> found(4, 0);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < found.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) found[t] += pattern->find_all("Kovac met kovac and Kovacs").size() == 2;
    });
  }
  for (std::thread& thread : threads) thread.join();
  CHECK(found == std::vector<int>(4, 200));
}

}  // namespace
}  // namespace factlint::rules
