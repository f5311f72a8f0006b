#include "checker/findings/suppress.h"

#include <catch2/catch.hpp>

namespace factlint::findings {
namespace {

Finding at(int line, int column, std::string rule) {
  Finding f;
  f.file = "a.md";
  f.line = line;
  f.column = column;
  f.rule = std::move(rule);
  return f;
}

std::vector<std::string> notices(const SuppressResult& r) {
  std::vector<std::string> out;
  for (const Notice& n : r.notices) out.push_back(std::to_string(n.line) + ":" + std::to_string(n.column) + " " + n.message);
  return out;
}

const std::vector<std::string> kRules = {"visit/trade-growth", "visit/arrival", "visit/people.lavrov"};

TEST_CASE("a suppression id names a rule in full or by its fact or person id", "[findings][suppress]") {
  struct Row { std::string_view id, rule; bool matches; };
  for (const Row& row : {Row{"trade-growth", "visit/trade-growth", true},
                         Row{"visit/trade-growth", "visit/trade-growth", true},
                         Row{"people.lavrov", "visit/people.lavrov", true},
                         Row{"lavrov", "visit/people.lavrov", false},
                         Row{"visit", "visit/trade-growth", false},
                         Row{"other/trade-growth", "visit/trade-growth", false},
                         Row{"trade", "visit/trade-growth", false}}) {
    CAPTURE(row.id, row.rule);
    CHECK(id_matches(row.id, row.rule) == row.matches);
  }
}

TEST_CASE("disable-next-line covers the next line that is not blank and only the rules it names", "[findings][suppress]") {
  std::string raw =
      "<!-- factlint-disable-next-line trade-growth -->\n"  // 1
      "\n"                                                   // 2
      "Trade grew 64 percent. Lavorv arrived.\n"             // 3
      "Trade grew 64 percent.\n";                            // 4
  ParsedSuppressions parsed = parse_suppressions("a.md", raw, 0, {});
  REQUIRE(parsed.suppressions.size() == 1);
  CHECK(parsed.suppressions[0].begin_line == 3);
  SuppressResult r = apply_suppressions(
      {at(3, 12, "visit/trade-growth"), at(3, 24, "visit/people.lavrov"), at(4, 12, "visit/trade-growth")}, parsed,
      "a.md", kRules);
  CHECK(r.suppressed == 1);
  REQUIRE(r.kept.size() == 2);
  CHECK(r.kept[0].rule == "visit/people.lavrov");
  CHECK(r.kept[1].line == 4);
  CHECK(r.notices.empty());
}

TEST_CASE("a disable region runs to its enable or the end of the file", "[findings][suppress]") {
  std::string raw =
      "<!-- factlint-disable arrival people.lavrov -->\n"  // 1
      "Arrived Monday. Lavorv.\n"                           // 2
      "<!-- factlint-enable people.lavrov -->\n"            // 3
      "Arrived Monday. Lavorv.\n"                           // 4
      "<!-- factlint-disable -->\n"                         // 5
      "Trade grew 64 percent.\n";                           // 6
  ParsedSuppressions parsed = parse_suppressions("a.md", raw, 0, {});
  SuppressResult r = apply_suppressions({at(2, 1, "visit/arrival"), at(2, 17, "visit/people.lavrov"),
                                         at(4, 1, "visit/arrival"), at(4, 17, "visit/people.lavrov"),
                                         at(6, 12, "visit/trade-growth")},
                                        parsed, "a.md", kRules);
  CHECK(r.suppressed == 4);
  REQUIRE(r.kept.size() == 1);
  CHECK(r.kept[0].line == 4);
  CHECK(r.kept[0].rule == "visit/people.lavrov");
  CHECK(r.notices.empty());
}

TEST_CASE("suppressions that silence nothing are reported where they are written", "[findings][suppress]") {
  std::string raw =
      "---\n"
      "factlint:\n"
      "  ignore: [arrival]\n"
      "---\n"
      "<!-- factlint-disable-next-line trade-growth, trade-grwoth -->\n"  // 5
      "Nothing here.\n"
      "<!-- factlint-disable-next-line -->\n"  // 7
      "Nor here.\n"
      "<!-- factlint-enable -->\n"  // 9
      "<!-- factlint-disabel arrival -->\n"  // 10
      "```\n<!-- factlint-disable-next-line doses -->\n```\n";
  std::size_t body = raw.find("<!--");
  ParsedSuppressions parsed = parse_suppressions("a.md", raw, body, {"arrival"});
  SuppressResult r = apply_suppressions({}, parsed, "a.md", kRules);
  CHECK(notices(r) == std::vector<std::string>{
                          "3:12 unused suppression for 'arrival'",
                          "5:33 unused suppression for 'trade-growth'",
                          "5:47 suppression names 'trade-grwoth', which is not a rule (did you mean 'trade-growth'?)",
                          "7:1 unused suppression: no finding on line 8",
                          "9:1 'factlint-enable' without a 'factlint-disable' before it",
                          "10:6 unknown directive 'factlint-disabel' (did you mean 'factlint-disable'?)",
                      });
}

TEST_CASE("front matter ignore silences the rule in the whole article and is counted", "[findings][suppress]") {
  std::string raw = "---\nfactlint: {ignore: [visit/arrival]}\n---\nArrived Monday.\n";
  ParsedSuppressions parsed = parse_suppressions("a.md", raw, raw.find("Arrived"), {"visit/arrival"});
  SuppressResult r = apply_suppressions({at(4, 9, "visit/arrival"), at(4, 1, "visit/trade-growth")}, parsed,
                                        "a.md", kRules);
  CHECK(r.suppressed == 1);
  CHECK(r.kept.size() == 1);
  CHECK(r.notices.empty());
}

TEST_CASE("a comment in plain text or without a closing marker is handled", "[findings][suppress]") {
  CHECK(parse_suppressions("a.txt", "<!-- factlint-disable-next-line x", 0, {}).suppressions.empty());
  CHECK(parse_suppressions("a.txt", "<!-- a plain comment -->\ntext\n", 0, {}).suppressions.empty());
  auto last_line = parse_suppressions("a.txt", "text\n<!-- factlint-disable-next-line x -->", 0, {});
  REQUIRE(last_line.suppressions.size() == 1);
  SuppressResult r = apply_suppressions({at(1, 1, "visit/x")}, last_line, "a.txt", {});
  CHECK(r.kept.size() == 1);
  CHECK(notices(r) == std::vector<std::string>{"2:33 unused suppression for 'x'"});
}

}  // namespace
}  // namespace factlint::findings
