#include "checker/rules/load_sheet.h"

#include <catch2/catch.hpp>

#include "checker/rules/validate_sheet.h"
#include "sheet_fixtures.h"

namespace factlint::rules {
namespace {

using testing::kSpecExample;
using testing::rendered;

std::vector<std::string> strings(const std::vector<Located<std::string>>& located) {
  std::vector<std::string> values;
  for (const auto& item : located) values.push_back(item.value);
  return values;
}

TEST_CASE("the spec's example sheet loads with every field in place", "[rules][load_sheet]") {
  Diagnostics diags;
  std::optional<Sheet> sheet = load_sheet("rules/lavrov.yaml", kSpecExample, diags);
  CHECK(rendered(diags).empty());
  REQUIRE(sheet);
  CHECK(sheet->path == "rules/lavrov.yaml");
  CHECK(sheet->id == "lavrov-pakistan-2021");
  CHECK(sheet->title == "Sergey Lavrov's visit to Pakistan, 6-7 April 2021");

  CHECK(strings(sheet->scope.mentions) == std::vector<std::string>{"\\bLavrov\\b"});
  CHECK(sheet->scope.mentions[0].where.line == 4);
  CHECK(sheet->scope.mentions[0].where.column == 14);
  CHECK(sheet->scope.published_from == Date{2021, 4, 6, DatePrecision::kDay});
  CHECK(sheet->scope.published_to == Date{2021, 6, 30, DatePrecision::kDay});
  CHECK(sheet->scope.paths == std::vector<std::string>{"corpus/**"});

  REQUIRE(sheet->people.size() == 2);
  const Person& lavrov = sheet->people[0];
  CHECK(lavrov.id == "lavrov");
  CHECK(lavrov.name == "Sergey Lavrov");
  CHECK(lavrov.also == std::vector<std::string>{"Lavrov", "Russian Foreign Minister", "Russian FM",
                                                "top Russian diplomat"});
  CHECK(strings(lavrov.misspellings) == std::vector<std::string>{"Sergei Lavrov", "Lavorv"});
  CHECK(lavrov.misspellings[1].where.line == 11);
  CHECK(lavrov.misspellings[1].where.column == 35);
  CHECK(lavrov.where.line == 8);
  CHECK(lavrov.where.column == 3);
  const Person& qureshi = sheet->people[1];
  CHECK(qureshi.id == "qureshi");
  CHECK(qureshi.name == "Shah Mahmood Qureshi");
  CHECK(qureshi.also ==
        std::vector<std::string>{"Qureshi", "FM Qureshi", "Pakistani Foreign Minister"});
  CHECK(strings(qureshi.misspellings) == std::vector<std::string>{"Shah Mahmoud Qureshi"});

  REQUIRE(sheet->facts.size() == 5);
  const Fact& trade = sheet->facts[0];
  CHECK(trade.id == "trade-growth");
  CHECK(trade.claim == "Pakistan-Russia trade grew 46 percent");
  CHECK(strings(trade.cues) == std::vector<std::string>{"\\btrade\\b"});
  CHECK(trade.cues[0].where.line == 19);
  CHECK(trade.cues[0].where.column == 12);
  CHECK(strings(trade.unless) == std::vector<std::string>{"\\bD-8\\b"});
  CHECK(trade.expect_text == std::vector<std::string>{"46%"});
  REQUIRE(trade.expect.size() == 1);
  CHECK(trade.expect[0].kind == extract::ValueKind::kPercent);
  CHECK(trade.expect[0].number == 46);
  CHECK(trade.said_by == std::vector<std::string>{"lavrov"});
  CHECK(trade.source == "Lavrov at the joint press conference, Islamabad, 7 April 2021");
  CHECK(trade.severity == Severity::kError);
  CHECK_FALSE(trade.pattern);
  CHECK_FALSE(trade.tolerance);
  CHECK(trade.where.line == 17);
  CHECK(trade.where.column == 5);

  const Fact& doses = sheet->facts[1];
  CHECK(doses.id == "doses-delivered");
  CHECK(doses.expect_text == std::vector<std::string>{"50,000 doses"});
  REQUIRE(doses.expect.size() == 1);
  CHECK(doses.expect[0].kind == extract::ValueKind::kCount);
  CHECK(doses.expect[0].number == 50000);
  CHECK(doses.expect[0].unit == "doses");
  CHECK(doses.unless.empty());

  const Fact& arrival = sheet->facts[2];
  REQUIRE(arrival.expect.size() == 1);
  CHECK(arrival.expect[0].kind == extract::ValueKind::kDate);
  CHECK(arrival.expect[0].date == Date{2021, 4, 6, DatePrecision::kDay});
  CHECK(arrival.said_by.empty());
  CHECK(arrival.source.empty());

  const Fact& length = sheet->facts[3];
  CHECK(length.claim.empty());
  REQUIRE(length.expect.size() == 1);
  CHECK(length.expect[0].kind == extract::ValueKind::kDuration);
  CHECK(length.expect[0].number == 2);
  CHECK(length.expect[0].unit == "days");

  const Fact& last = sheet->facts[4];
  CHECK(strings(last.cues) == std::vector<std::string>{"\\bfirst\\b", "\\bvisit"});
  CHECK(last.expect_text == std::vector<std::string>{"since 2012", "9 years"});
  REQUIRE(last.expect.size() == 2);
  CHECK(last.expect[0].kind == extract::ValueKind::kYear);
  CHECK(last.expect[0].number == 2012);
  CHECK(last.expect[1].kind == extract::ValueKind::kDuration);
  CHECK(last.expect[1].number == 9);
  REQUIRE(last.pattern);
  CHECK(last.pattern->value == "(?:in|since) {value}");
  CHECK(last.pattern->where.line == 40);
  CHECK(last.pattern->where.column == 14);
}

TEST_CASE("optional keys take their documented forms", "[rules][load_sheet]") {
  struct Row {
    std::string_view yaml;  // one fact's extra lines
    std::optional<Tolerance> tolerance;
    Severity severity;
  };
  for (const Row& row : {Row{"    tolerance: 0.5\n", Tolerance{0.5, false}, Severity::kError},
                         Row{"    tolerance: 1%\n", Tolerance{0.01, true}, Severity::kError},
                         Row{"    tolerance: 2.5 %\n", Tolerance{0.025, true}, Severity::kError},
                         Row{"    tolerance: 0\n", Tolerance{0, false}, Severity::kError},
                         Row{"    severity: warning\n", std::nullopt, Severity::kWarning},
                         Row{"    severity: info\n", std::nullopt, Severity::kInfo}}) {
    CAPTURE(row.yaml);
    const std::string yaml =
        "id: s\nfacts:\n  - id: f\n    cues: x\n    expect: 46%\n" + std::string(row.yaml);
    Diagnostics diags;
    std::optional<Sheet> sheet = load_sheet("s.yaml", yaml, diags);
    CHECK(rendered(diags).empty());
    REQUIRE(sheet);
    const Fact& fact = sheet->facts.at(0);
    CHECK(fact.severity == row.severity);
    REQUIRE(fact.tolerance.has_value() == row.tolerance.has_value());
    if (row.tolerance) {
      CHECK(fact.tolerance->amount == Approx(row.tolerance->amount));
      CHECK(fact.tolerance->relative == row.tolerance->relative);
    }
  }
}

TEST_CASE("a figure YAML cut at its commas in a flow list is read whole with a warning", "[rules][load_sheet]") {
  Diagnostics diags;
  const std::optional<Sheet> sheet = load_sheet(
      "rules/x.yaml",
      "id: x\nfacts:\n  - id: votes\n    cues: [votes]\n    expect: [8,794,726 votes, 8.8 million votes]\n"
      "  - id: list\n    cues: [x]\n    expect: [1, 2, 3,456]\n",
      diags);
  REQUIRE(sheet);
  CHECK(sheet->facts[0].expect_text == std::vector<std::string>{"8,794,726 votes", "8.8 million votes"});
  CHECK(sheet->facts[0].expect[0].number == 8794726);
  // "[1, 2, 3,456]": a space after a comma is a real item; no space is a figure.
  CHECK(sheet->facts[1].expect_text == std::vector<std::string>{"1", "2", "3,456"});
  CHECK(rendered(diags) ==
        std::vector<std::string>{
            "rules/x.yaml:5:14: warning: '8,794,726 votes' was cut at its commas by YAML; read as one value "
            "(quote it: '8,794,726 votes')",
            "rules/x.yaml:8:20: warning: '3,456' was cut at its commas by YAML; read as one value (quote it: '3,456')"});
  CHECK_FALSE(diags.has_errors());
}

// Columns count characters and the comma test reads bytes: both after non-ASCII text.
TEST_CASE("a figure cut at its commas after non-ASCII text is placed in characters", "[rules][load_sheet]") {
  Diagnostics diags;
  const std::optional<Sheet> sheet = load_sheet(
      "rules/x.yaml",
      "id: x\ntitle: Türkiye–Syria\npeople:\n  ozdag:\n    name: Ümit Özdağ\n    also: [Özdağ, 12,000]\n"
      "facts:\n  - id: toll\n    claim: Türkiye’s toll\n    cues: ['\\bÖlü\\b']\n    expect: 46%\n",
      diags);
  REQUIRE(sheet);
  CHECK(sheet->people[0].also == std::vector<std::string>{"Özdağ", "12,000"});
  CHECK(sheet->facts[0].cues[0].where.line == 10);
  CHECK(sheet->facts[0].cues[0].where.column == 12);
  CHECK(rendered(diags) ==
        std::vector<std::string>{
            "rules/x.yaml:6:19: warning: '12,000' was cut at its commas by YAML; read as one value (quote it: '12,000')"});
}

TEST_CASE("a lone string stands for a one-entry list", "[rules][load_sheet]") {
  const std::string_view yaml = R"(id: s
people:
  lavrov: {name: Sergey Lavrov, also: Lavrov, misspellings: Lavorv}
facts:
  - id: f
    cues: '\btrade\b'
    unless: D-8
    expect: 46%
    said_by: lavrov
)";
  Diagnostics diags;
  std::optional<Sheet> sheet = load_sheet("s.yaml", yaml, diags);
  CHECK(rendered(diags).empty());
  REQUIRE(sheet);
  CHECK(sheet->people.at(0).also == std::vector<std::string>{"Lavrov"});
  CHECK(strings(sheet->people.at(0).misspellings) == std::vector<std::string>{"Lavorv"});
  const Fact& fact = sheet->facts.at(0);
  CHECK(strings(fact.cues) == std::vector<std::string>{"\\btrade\\b"});
  CHECK(strings(fact.unless) == std::vector<std::string>{"D-8"});
  CHECK(fact.expect_text == std::vector<std::string>{"46%"});
  CHECK(fact.said_by == std::vector<std::string>{"lavrov"});
}

TEST_CASE("published windows may leave out either end and cover whole months and years",
          "[rules][load_sheet]") {
  struct Row {
    std::string_view window;
    std::optional<Date> from;
    std::optional<Date> to;
  };
  const Date apr6{2021, 4, 6, DatePrecision::kDay};
  for (const Row& row :
       {Row{"2021-04-06..", apr6, std::nullopt}, Row{"..2021-04-06", std::nullopt, apr6},
        Row{"2021-04-06", apr6, apr6}, Row{" 2021-04-06 .. 2021-04-06 ", apr6, apr6},
        Row{"2021-04..2021-06", Date{2021, 4, 1}, Date{2021, 6, 30}},
        Row{"2020", Date{2020, 1, 1}, Date{2020, 12, 31}},
        Row{"..2024-02", std::nullopt, Date{2024, 2, 29}}}) {
    CAPTURE(row.window);
    const std::string yaml = "id: s\nscope:\n  published: '" + std::string(row.window) +
                             "'\nfacts:\n  - {id: f, cues: x, expect: 46%}\n";
    Diagnostics diags;
    std::optional<Sheet> sheet = load_sheet("s.yaml", yaml, diags);
    CHECK(rendered(diags).empty());
    REQUIRE(sheet);
    CHECK(sheet->scope.published_from == row.from);
    CHECK(sheet->scope.published_to == row.to);
  }
}

TEST_CASE("a byte-order mark does not shift columns", "[rules][load_sheet]") {
  Diagnostics diags;
  CHECK_FALSE(load_sheet("s.yaml", "\xEF\xBB\xBFid: s\nfacts: []\n", diags));
  CHECK(rendered(diags) ==
        std::vector<std::string>{"s.yaml:2:8: error: 'facts' must not be empty (a fact sheet "
                                 "declares at least one fact)"});
}

TEST_CASE("columns count characters and not bytes", "[rules][load_sheet]") {
  Diagnostics diags;
  const std::string_view yaml =
      "id: s\ntitle: Zoë\nfacts:\n  - {claim: 'Zoë é', cues: x, expct: 1}\n";
  CHECK_FALSE(load_sheet("s.yaml", yaml, diags));
  CHECK(rendered(diags) == std::vector<std::string>{
                               "s.yaml:4:5: error: missing key 'id' in fact",
                               "s.yaml:4:31: error: unknown key 'expct' (did you mean 'expect'?)"});
}

}  // namespace
}  // namespace factlint::rules

namespace factlint::rules {
namespace {

TEST_CASE("ids follow their documented alphabets", "[rules][load_sheet]") {
  struct Row {
    std::string_view id;
    bool sheet, fact, person;
  };
  for (const Row& row :
       {Row{"lavrov-pakistan-2021", true, true, true}, Row{"v1.2", true, false, false},
        Row{"a_b", true, true, true}, Row{"2021", true, true, true}, Row{"-x", false, false, false},
        Row{"_x", false, false, false}, Row{".x", false, false, false},
        Row{"Lavrov", false, false, false}, Row{"a b", false, false, false},
        Row{"", false, false, false}, Row{"zoë", false, false, false}}) {
    CAPTURE(row.id);
    CHECK(is_valid_sheet_id(row.id) == row.sheet);
    CHECK(is_valid_fact_id(row.id) == row.fact);
    CHECK(is_valid_person_id(row.id) == row.person);
  }
}

}  // namespace
}  // namespace factlint::rules
