#include "checker/findings/expectations.h"

#include <catch2/catch.hpp>

namespace factlint::findings {
namespace {

const std::vector<std::string> kRules = {"visit/trade-growth", "visit/arrival", "visit/people.lavrov",
                                         "unga/unga-session"};

// "line:column kind rule at -> target line:column", one string per expectation.
std::vector<std::string> summary(const std::vector<Expectation>& list) {
  std::vector<std::string> out;
  for (const Expectation& e : list) {
    std::string text = std::to_string(e.where.line) + ":" + std::to_string(e.where.column) + " " +
                       (e.kind ? std::string(kind_name(*e.kind)) + " " + e.rule : std::string("nothing"));
    if (!e.at.empty()) text += " at '" + e.at + "'";
    out.push_back(text + " -> " + std::to_string(e.line) + ":" + std::to_string(e.column));
  }
  return out;
}

std::vector<std::string> errors(const Diagnostics& diags) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diags.entries()) out.push_back(format_diagnostic(d));
  return out;
}

TEST_CASE("expect comments apply to the next line that is neither blank nor a comment", "[findings][expectations]") {
  struct Row {
    std::string name;
    std::string raw;
    std::vector<std::string> expected;
  };
  const std::vector<Row> rows = {
      {"one kind and a full rule id",
       "<!-- expect: contradiction visit/trade-growth -->\nTrade grew 64 percent.\n",
       {"1:14 contradiction visit/trade-growth -> 2:1"}},
      {"a short fact id and a person id",
       "<!-- expect: contradiction trade-growth; misspelling people.lavrov -->\nLavorv: trade grew 64 percent.\n",
       {"1:14 contradiction trade-growth -> 2:1", "1:42 misspelling people.lavrov -> 2:1"}},
      {"blank lines and other comments are skipped; the target is indented",
       "<!-- expect: missing-attribution trade-growth -->\n\n<!-- an editor's note -->\n  Trade grew.\n",
       {"1:14 missing-attribution trade-growth -> 4:3"}},
      {"two expect comments stack on one line",
       "<!-- expect: misattribution trade-growth -->\n<!-- expect: misspelling people.lavrov -->\nText.\n",
       {"1:14 misattribution trade-growth -> 3:1", "2:14 misspelling people.lavrov -> 3:1"}},
      {"nothing; at with straight and curly quotes",
       "<!-- expect: nothing -->\nA.\n<!-- expect: contradiction arrival at \"on  Monday\" -->\nB.\n"
       "<!-- expect: contradiction arrival at \xE2\x80\x9CMonday\xE2\x80\x9D -->\nC.\n",
       {"1:14 nothing -> 2:1", "3:14 contradiction arrival at 'on  Monday' -> 4:1",
        "5:14 contradiction arrival at 'Monday' -> 6:1"}},
      {"any case for the directive and no space after the colon",
       "<!--EXPECT:nothing-->\nA.\n", {"1:12 nothing -> 2:1"}},
      {"columns count code points",
       "Über <!-- note -->\n<!-- expect: nothing -->\n\xC3\x9C\xC3\x9C text\n", {"2:14 nothing -> 3:1"}},
      {"comments in a fenced block are examples",
       "```\n<!-- expect: contradiction nonsense -->\n```\nText.\n", {}},
      {"an ordinary comment that is not a directive", "<!-- TODO: check the figure -->\nText.\n", {}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.name);
    Diagnostics diags;
    auto list = parse_expectations("a.md", row.raw, 0, kRules, diags);
    CHECK(errors(diags).empty());
    CHECK(summary(list) == row.expected);
  }
}

TEST_CASE("expect comments in the front matter are not read", "[findings][expectations]") {
  std::string raw = "---\ndate: 2021-04-08\n# <!-- expect: nothing -->\n---\n<!-- expect: nothing -->\nText.\n";
  Diagnostics diags;
  auto list = parse_expectations("a.md", raw, raw.find("<!-- expect: nothing -->\nText"), kRules, diags);
  CHECK(errors(diags).empty());
  CHECK(summary(list) == std::vector<std::string>{"5:14 nothing -> 6:1"});
}

TEST_CASE("a malformed expect comment is a located error with a hint", "[findings][expectations]") {
  struct Row {
    std::string raw;
    std::string error;
  };
  const std::vector<Row> rows = {
      {"<!-- expect: contradicton trade-growth -->\nA.\n",
       "a.md:1:14: error: unknown finding kind 'contradicton' (did you mean 'contradiction'?)"},
      {"<!-- expect: wrong trade-growth -->\nA.\n",
       "a.md:1:14: error: unknown finding kind 'wrong' (one of contradiction, missing-attribution, misattribution, "
       "misspelling, outdated, premature, possible-misspelling or nothing)"},
      {"<!-- expect: contradiction trade-grwth -->\nA.\n",
       "a.md:1:28: error: no rule 'trade-grwth' in the fact sheets (did you mean 'trade-growth'?)"},
      {"<!-- expect: contradiction elsewhere/budget -->\nA.\n",
       "a.md:1:28: error: no rule 'elsewhere/budget' in the fact sheets ('factlint rules list' shows every rule id)"},
      {"<!-- expect: misspelling lavrov -->\nA.\n",
       "a.md:1:26: error: no rule 'lavrov' in the fact sheets (did you mean 'people.lavrov'?)"},
      {"<!-- expect: contradiction -->\nA.\n",
       "a.md:1:14: error: 'contradiction' needs the rule it is expected for (e.g. 'contradiction trade-growth')"},
      {"<!-- expect: misspelling trade-growth -->\nA.\n",
       "a.md:1:26: error: a misspelling is reported for a person, not for fact 'trade-growth' (name the person's "
       "rule, e.g. 'misspelling people.lavrov')"},
      {"<!-- expect: contradiction people.lavrov -->\nA.\n",
       "a.md:1:28: error: 'people.lavrov' is a person: the findings for a person are misspelling and "
       "possible-misspelling (write 'misspelling people.lavrov', or name a fact)"},
      {"<!-- expect: possible-misspelling trade-growth -->\nA.\n",
       "a.md:1:35: error: a possible-misspelling is reported for a person, not for fact 'trade-growth' (name the "
       "person's rule, e.g. 'possible-misspelling people.lavrov')"},
      {"<!-- expect: contradiction arrival Monday -->\nA.\n",
       "a.md:1:36: error: unexpected 'Monday' after the rule id (only 'at \"the words found\"' may follow it; "
       "separate expectations with ';')"},
      {"<!-- expect: contradiction arrival at Monday -->\nA.\n",
       "a.md:1:36: error: 'at' needs the words the finding is on, in double quotes (e.g. at \"64 percent\")"},
      {"<!-- expect: contradiction arrival at \"Monday -->\nA.\n",
       "a.md:1:39: error: the quoted text after 'at' has no closing quote"},
      {"<!-- expect: contradiction arrival at \"  \" -->\nA.\n",
       "a.md:1:39: error: the quoted text after 'at' is empty (e.g. at \"64 percent\")"},
      {"<!-- expect: contradiction arrival at \"Monday\" extra -->\nA.\n",
       "a.md:1:48: error: unexpected 'extra' after the quoted text (separate expectations with ';')"},
      {"<!-- expect: nothing at all -->\nA.\n",
       "a.md:1:22: error: unexpected 'at' after 'nothing' ('nothing' stands alone: the line gives no finding at all)"},
      {"<!-- expect: \"trade-growth\" -->\nA.\n",
       "a.md:1:14: error: expected a finding kind, not quoted text (one of contradiction, missing-attribution, "
       "misattribution, misspelling, outdated, premature, possible-misspelling or nothing)"},
      {"<!-- expect: -->\nA.\n",
       "a.md:1:1: error: this expect comment names no finding (e.g. '<!-- expect: contradiction trade-growth -->' "
       "or '<!-- expect: nothing -->')"},
      {"<!-- expect nothing -->\nA.\n",
       "a.md:1:12: error: 'expect' must be followed by a colon (e.g. '<!-- expect: contradiction trade-growth -->')"},
      {"<!-- expected: nothing -->\nA.\n", "a.md:1:6: error: unknown directive 'expected:' (did you mean 'expect:'?)"},
      {"Trade grew. <!-- expect: nothing -->\n",
       "a.md:1:13: error: an expect comment must be on a line of its own (it applies to the next line that is not "
       "blank; put it on the line before)"},
      {"<!-- expect: nothing\n-->\nA.\n", "a.md:1:1: error: an expect comment must end with '-->' on the same line"},
      {"<!-- expect: nothing -->\n<!-- expect: contradiction arrival -->\nA.\n",
       "a.md:1:14: error: 'nothing' cannot be combined with other expectations for the same line (remove 'nothing', "
       "or the other expectations)"},
      {"Text.\n\n<!-- expect: nothing -->\n\n",
       "a.md:3:1: error: this expect comment has no line after it to apply to (an expect comment applies to the next "
       "line that is not blank)"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.raw);
    Diagnostics diags;
    parse_expectations("a.md", row.raw, 0, kRules, diags);
    CHECK(errors(diags) == std::vector<std::string>{row.error});
  }
}

TEST_CASE("one bad entry does not hide the good ones or the other errors", "[findings][expectations]") {
  std::string raw =
      "<!-- expect: contradiction arrival; misspeling people.lavrov -->\nA.\n"
      "<!-- expect: contradiction nonsense -->\nB.\n";
  Diagnostics diags;
  auto list = parse_expectations("a.md", raw, 0, kRules, diags);
  CHECK(summary(list) == std::vector<std::string>{"1:14 contradiction arrival -> 2:1"});
  CHECK(errors(diags) == std::vector<std::string>{
                             "a.md:1:37: error: unknown finding kind 'misspeling' (did you mean 'misspelling'?)",
                             "a.md:3:28: error: no rule 'nonsense' in the fact sheets ('factlint rules list' shows "
                             "every rule id)"});
}

TEST_CASE("odd and truncated comments never crash the parser", "[findings][expectations]") {
  const std::vector<std::string> inputs = {
      "", "<!--", "<!-->", "<!---->", "-->", "<!-- expect:", "<!-- expect:\n", "<!-- expect: -->",
      "<!-- expect: ;;; -->\nA.", "<!-- expect: contradiction arrival at \xE2\x80\x9C -->\nA.",
      "<!-- expect: contradiction arrival at \"\" -->\nA.", "<!-- expect: \xE2\x80\x9C -->\nA.",
      "<!-- expect: nothing --><!-- expect: nothing -->\nA.", "\xFF\xFE<!-- expect: nothing -->\n\xFF",
      "```\n<!-- expect: nothing -->", "<!-- expect: nothing -->\n```\n",
  };
  for (const std::string& raw : inputs) {
    CAPTURE(raw);
    Diagnostics diags;
    CHECK_NOTHROW(parse_expectations("a.md", raw, 0, kRules, diags));
    CHECK_NOTHROW(parse_expectations("a.md", raw, raw.size(), kRules, diags));
  }
}

}  // namespace
}  // namespace factlint::findings
