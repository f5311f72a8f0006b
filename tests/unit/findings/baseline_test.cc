#include "checker/findings/baseline.h"

#include <catch2/catch.hpp>

#include <cctype>

#include "checker/findings/fingerprint.h"

namespace factlint::findings {
namespace {

Finding finding(std::string rule, std::string sentence, std::string found, int line) {
  Finding f;
  f.file = "corpus/a.md";
  f.rule = std::move(rule);
  f.sentence = std::move(sentence);
  f.found = std::move(found);
  f.line = line;
  f.column = 1;
  return f;
}

std::string errors(const Diagnostics& diags) {
  std::string text;
  for (const Diagnostic& d : diags.entries()) text += format_diagnostic(d) + "\n";
  return text;
}

TEST_CASE("a baseline round trip accepts old findings and fails new ones", "[findings][baseline]") {
  std::vector<Finding> before = {finding("v/trade", "Trade grew 64 percent.", "64 percent", 7),
                                 finding("v/people.lavrov", "Lavorv met Qureshi.", "Lavorv", 9)};
  std::string text = format_baseline(before);
  Diagnostics diags;
  std::optional<Baseline> baseline = parse_baseline("b.json", text, diags);
  REQUIRE(baseline);
  CHECK(errors(diags).empty());
  CHECK(baseline->entries.size() == 2);

  // An unrelated paragraph was added above (lines moved), one sentence was
  // rewrapped, and one new contradiction appeared.
  std::vector<Finding> after = {finding("v/trade", "Trade  grew\n64 percent.", "64 percent", 12),
                                finding("v/people.lavrov", "Lavorv met Qureshi.", "Lavorv", 14),
                                finding("v/trade", "Trade grew 60 percent in May.", "60 percent", 20)};
  BaselineResult result = apply_baseline(after, *baseline);
  CHECK(result.baselined == 2);
  CHECK(result.stale == 0);
  REQUIRE(result.kept.size() == 1);
  CHECK(result.kept[0].found == "60 percent");

  // A second copy of an accepted sentence is a new finding; a fixed one is stale.
  BaselineResult twice = apply_baseline({before[0], before[0]}, *baseline);
  CHECK(twice.baselined == 1);
  CHECK(twice.kept.size() == 1);
  CHECK(twice.stale == 1);
}

TEST_CASE("a baseline read to compare keeps the fingerprints and accepts the same findings",
          "[findings][baseline]") {
  std::vector<Finding> before = {finding("v/trade", "Trade grew 64 percent.", "64 percent", 7),
                                 finding("v/trade", "Trade grew 64 percent.", "64 percent", 8),
                                 finding("v/people.lavrov", "Lavorv met Qureshi.", "Lavorv", 9)};
  const std::string text = format_baseline(before);
  Diagnostics diags;
  const std::optional<Baseline> full = parse_baseline("b.json", text, diags);
  const std::optional<Baseline> lean = parse_baseline("b.json", text, diags, true);
  REQUIRE(full);
  REQUIRE(lean);
  REQUIRE(lean->entries.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(lean->entries[i].fingerprint == full->entries[i].fingerprint);
    CHECK(lean->entries[i].rule.empty());
    CHECK(lean->entries[i].file.empty());
    CHECK(lean->entries[i].found.empty());
    CHECK(lean->entries[i].sentence.empty());
  }
  CHECK_FALSE(full->entries[0].rule.empty());
  // The same findings accepted from either; the same entry twice accepts two.
  const std::vector<Finding> after = {before[0], before[0], before[0], before[2]};
  for (const Baseline* b : {&*full, &*lean}) {
    const BaselineResult r = apply_baseline(after, *b);
    CHECK(r.baselined == 3);
    CHECK(r.kept.size() == 1);
    CHECK(r.stale == 0);
  }
}

TEST_CASE("entries with a fingerprint no finding has accept nothing and are stale", "[findings][baseline]") {
  const Finding f = finding("v/trade", "Trade grew 64 percent.", "64 percent", 7);
  const std::string fp = fingerprint(f);
  std::string upper = fp;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  REQUIRE(upper != fp);  // the fingerprint has a letter
  Baseline baseline;
  baseline.entries = {{fp, "", "", "", ""}, {upper, "", "", "", ""}, {fp + "0", "", "", "", ""},
                      {"not a fingerprint", "", "", "", ""}};
  const BaselineResult r = apply_baseline({f, f}, baseline);
  CHECK(r.baselined == 1);  // the exact one; upper case and longer ones are other strings
  CHECK(r.kept.size() == 1);
  CHECK(r.stale == 3);
}

TEST_CASE("the baseline file is sorted with one finding a line", "[findings][baseline]") {
  std::vector<Finding> findings = {finding("v/b", "B.", "2", 2), finding("v/a", "A \"q\".", "1", 1)};
  std::string fa = fingerprint(findings[1]), fb = fingerprint(findings[0]);
  CHECK(format_baseline(findings) ==
        "{\n  \"version\": 1,\n  \"tool\": \"factlint\",\n  \"findings\": [\n"
        "    {\"fingerprint\":\"" + fa + "\",\"rule\":\"v/a\",\"file\":\"corpus/a.md\",\"found\":\"1\",\"sentence\":\"A \\\"q\\\".\"},\n"
        "    {\"fingerprint\":\"" + fb + "\",\"rule\":\"v/b\",\"file\":\"corpus/a.md\",\"found\":\"2\",\"sentence\":\"B.\"}\n"
        "  ]\n}\n");
  CHECK(format_baseline({}) == "{\n  \"version\": 1,\n  \"tool\": \"factlint\",\n  \"findings\": []\n}\n");
  Diagnostics diags;
  CHECK(parse_baseline("b.json", format_baseline({}), diags));
}

TEST_CASE("a broken baseline is a located error never an empty baseline", "[findings][baseline]") {
  struct Row { std::string_view text, error; };
  for (const Row& row : {
           Row{"", "b.json:1:1: error: baseline is not valid JSON: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal"},
           Row{"{\n  \"version\": 1,\n  oops\n}", "b.json:3:3: error: baseline is not valid JSON: syntax error while parsing object key - invalid literal; last read: '1,<U+000A>  o'; expected string literal"},
           Row{"[]", "b.json:1:1: error: baseline must be a JSON object with 'version', 'tool' and 'findings'"},
           Row{"{\"tool\": \"factlint\", \"findings\": []}", "b.json:1:1: error: baseline has no 'version'"},
           Row{"{\"tool\": \"factlint\",\n \"version\": 2, \"findings\": []}", "b.json:2:2: error: baseline version 2 is not supported (this factlint reads version 1)"},
           Row{"{\"version\": 1, \"tool\": \"eslint\", \"findings\": []}", "b.json:1:1: error: not a factlint baseline: 'tool' must be \"factlint\""},
           Row{"{\"version\": 1, \"tool\": \"factlint\"}", "b.json:1:1: error: baseline has no 'findings' list"},
           Row{"{\"version\": 1, \"tool\": \"factlint\", \"findings\": [\n  {\"fingerprint\": \"ab\"},\n  {\"rule\": \"x\"}]}", "b.json:3:3: error: baseline entry 2 has no 'fingerprint' string"},
           // A number beyond a double: nlohmann's out_of_range, which once escaped (found by fuzzing).
           Row{"{\"version\": 1, \"tool\": \"factlint\",\n \"findings\": [{\"rule\": [1e92568]}]}", "b.json:2:31: error: baseline is not valid JSON: number overflow parsing '1e92568'"},
       }) {
    CAPTURE(row.text);
    Diagnostics diags;
    CHECK_FALSE(parse_baseline("b.json", row.text, diags));
    CHECK(errors(diags) == std::string(row.error) +
                               " (regenerate it with 'factlint check --baseline FILE --update-baseline')\n");
  }
}

// What the reader gives for a well-formed baseline, as "fingerprint|rule|file|found|sentence" a line.
std::string entries_of(std::string_view text) {
  Diagnostics diags;
  std::optional<Baseline> baseline = parse_baseline("b.json", text, diags);
  if (!baseline) return "error: " + errors(diags);
  std::string out;
  for (const BaselineEntry& e : baseline->entries)
    out += e.fingerprint + "|" + e.rule + "|" + e.file + "|" + e.found + "|" + e.sentence + "\n";
  return out;
}

TEST_CASE("a baseline is read as its JSON says whatever the layout", "[findings][baseline]") {
  // Read without building a JSON tree; the last of two equal keys counts, as
  // in the tree; values that are not strings leave a field empty; keys and
  // values factlint does not know, nested or not, are passed over.
  CHECK(entries_of(R"({"findings": [{"sentence": "S", "fingerprint": "f1", "rule": "r", "extra": {"a": [1, {"b": 2}]}},
                                    {"fingerprint": 7, "fingerprint": "f2", "file": ["x"], "found": "60"}],
                       "tool": "factlint", "note": [[{"findings": 1}]], "version": 1})") ==
        "f1|r|||S\nf2|||60|\n");
  CHECK(entries_of(R"({"version": 2, "version": 1, "tool": "x", "tool": "factlint",
                       "findings": [{"fingerprint": "old"}], "findings": [{"fingerprint": "new", "rule": 1}]})") ==
        "new||||\n");
  CHECK(entries_of(R"({"version": 1, "tool": "factlint", "findings": []})").empty());
  // The last of two keys decides against the file too, with the located error.
  CHECK(entries_of(R"({"version": 1, "tool": "factlint", "findings": [{"fingerprint": "a", "fingerprint": ""}]})") ==
        "error: b.json:1:49: error: baseline entry 1 has no 'fingerprint' string (regenerate it with 'factlint check "
        "--baseline FILE --update-baseline')\n");
  CHECK(entries_of(R"({"version": 1, "tool": "factlint", "findings": [], "findings": 3})").rfind(
            "error: b.json:1:1: error: baseline has no 'findings' list", 0) == 0);
  CHECK(entries_of(R"({"version": 1.0, "tool": "factlint", "findings": []})").find("baseline version 1.0 is not") !=
        std::string::npos);
  CHECK(entries_of(R"({"version": 1, "tool": "factlint", "findings": [["f"]]})").find("entry 1 must be an object") !=
        std::string::npos);
  CHECK(entries_of(R"({"version": 1, "tool": "factlint", "findings": []} trailing)").find("not valid JSON") !=
        std::string::npos);
}

}  // namespace
}  // namespace factlint::findings
