#include <catch2/catch.hpp>

#include "checker/findings/expectations.h"

namespace factlint::findings {
namespace {

Finding finding(int line, int column, FindingKind kind, std::string rule, std::string found) {
  Finding f;
  f.file = "a.md";
  f.line = line;
  f.column = column;
  f.kind = kind;
  f.rule = std::move(rule);
  f.found = std::move(found);
  return f;
}

Expectation expect(int line, std::optional<FindingKind> kind, std::string rule = {}, std::string at = {}) {
  Expectation e;
  e.line = line;
  e.column = 1;
  e.kind = kind;
  e.rule = std::move(rule);
  e.at = std::move(at);
  return e;
}

constexpr auto kContradiction = FindingKind::kContradiction;
constexpr auto kMisspelling = FindingKind::kMisspelling;
constexpr auto kMissing = FindingKind::kMissingAttribution;

const Finding kTrade64 = finding(3, 20, kContradiction, "visit/trade-growth", "64 percent");
const Finding kLavorv = finding(3, 1, kMisspelling, "visit/people.lavrov", "Lavorv");

std::vector<std::string> compare(const std::vector<Expectation>& expectations, const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const ExpectationFailure& f : compare_expectations(expectations, findings, "a.md")) {
    Diagnostic d{Severity::kError, f.where, f.message, f.hint};
    out.push_back(format_diagnostic(d) + (f.got_nothing ? " [got nothing]" : ""));
  }
  return out;
}

TEST_CASE("a fixture passes when its findings are exactly the expected ones", "[findings][expectations]") {
  struct Row {
    std::string name;
    std::vector<Expectation> expectations;
    std::vector<Finding> findings;
  };
  const std::vector<Row> rows = {
      {"nothing expected and nothing found", {}, {}},
      {"nothing pinned and nothing found", {expect(3, std::nullopt)}, {}},
      {"a short id", {expect(3, kContradiction, "trade-growth")}, {kTrade64}},
      {"a full id", {expect(3, kContradiction, "visit/trade-growth")}, {kTrade64}},
      {"the found text, white space aside", {expect(3, kContradiction, "trade-growth", " 64\npercent")}, {kTrade64}},
      {"two on one line in any order",
       {expect(3, kMisspelling, "people.lavrov"), expect(3, kContradiction, "trade-growth")},
       {kTrade64, kLavorv}},
      {"the pinned text is matched before a looser expectation takes its finding",
       {expect(3, kContradiction, "trade-growth"), expect(3, kContradiction, "trade-growth", "64 percent")},
       {finding(3, 5, kContradiction, "visit/trade-growth", "46.9 percent"), kTrade64}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.name);
    CHECK(compare(row.expectations, row.findings).empty());
  }
}

TEST_CASE("every way a fixture fails is one located line", "[findings][expectations]") {
  struct Row {
    std::string name;
    std::vector<Expectation> expectations;
    std::vector<Finding> findings;
    std::vector<std::string> failures;
  };
  const std::vector<Row> rows = {
      {"an expected finding is missing",
       {expect(3, kContradiction, "visit/trade-growth")},
       {},
       {"a.md:3:1: error: expected contradiction visit/trade-growth on this line, got nothing [got nothing]"}},
      {"a finding nobody expected",
       {},
       {kLavorv},
       {"a.md:3:1: error: unexpected misspelling visit/people.lavrov 'Lavorv' (if it is right, pin it with "
        "'<!-- expect: misspelling people.lavrov -->' on the line before)"}},
      {"a finding on a line pinned to nothing",
       {expect(3, std::nullopt)},
       {kTrade64},
       {"a.md:3:1: error: expected nothing on this line, got contradiction visit/trade-growth '64 percent'"}},
      {"the wrong kind is reported instead",
       {expect(3, kMissing, "trade-growth")},
       {kTrade64},
       {"a.md:3:1: error: expected missing-attribution trade-growth on this line, got contradiction "
        "visit/trade-growth '64 percent'"}},
      {"other found text",
       {expect(3, kContradiction, "trade-growth", "46 percent")},
       {kTrade64},
       {"a.md:3:1: error: expected contradiction trade-growth at '46 percent' on this line, got contradiction "
        "visit/trade-growth '64 percent'"}},
      {"the finding is on another line",
       {expect(2, kContradiction, "trade-growth")},
       {kTrade64},
       {"a.md:2:1: error: expected contradiction trade-growth on this line, got nothing [got nothing]",
        "a.md:3:20: error: unexpected contradiction visit/trade-growth '64 percent' (if it is right, pin it with "
        "'<!-- expect: contradiction trade-growth -->' on the line before)"}},
      {"another sheet's rule of the same fact id",
       {expect(3, kContradiction, "unga/trade-growth")},
       {kTrade64},
       {"a.md:3:1: error: expected contradiction unga/trade-growth on this line, got contradiction "
        "visit/trade-growth '64 percent'"}},
      {"one expected, the same found twice",
       {expect(3, kContradiction, "trade-growth")},
       {kTrade64, finding(3, 40, kContradiction, "visit/trade-growth", "65 percent")},
       {"a.md:3:40: error: unexpected contradiction visit/trade-growth '65 percent' (if it is right, pin it with "
        "'<!-- expect: contradiction trade-growth -->' on the line before)"}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.name);
    CHECK(compare(row.expectations, row.findings) == row.failures);
  }
}

}  // namespace
}  // namespace factlint::findings
