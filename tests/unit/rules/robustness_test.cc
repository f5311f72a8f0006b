// No input makes the loader throw or crash, and every failure says where.
#include <catch2/catch.hpp>
#include <cstdint>
#include <string>

#include "checker/rules/compiled_rules.h"
#include "checker/rules/load_sheet.h"
#include "sheet_fixtures.h"

namespace factlint::rules {
namespace {

// Loads and, when that succeeds, compiles; true when both went through.
bool load_and_compile(std::string_view yaml, Diagnostics& diags) {
  std::optional<Sheet> sheet = load_sheet("rules/x.yaml", yaml, diags);
  if (!sheet) return false;
  std::vector<Sheet> sheets;
  sheets.push_back(std::move(*sheet));
  return compile_rules(std::move(sheets), diags).sheets.size() == 1;
}

TEST_CASE("hostile YAML is reported and never thrown", "[rules][load_sheet]") {
  using namespace std::string_view_literals;
  for (std::string_view yaml : {
           "id: x\nfacts: &f [*f]\n"sv,
           "id: x\npeople: &p {a: *p}\nfacts: [{id: f, cues: x, expect: 1}]\n"sv,
           "id: x\nfacts:\n  - &f {id: f, cues: *f, expect: *f, said_by: *f}\n"sv,
           "id: x\nfacts: [{id: f, cues: *nowhere, expect: 1}]\n"sv,
           "id: !!binary aGVsbG8=\nfacts: [{id: f, cues: x, expect: 1}]\n"sv,
           "id: x\n<<: {title: t}\nfacts: [{id: f, cues: x, expect: 1}]\n"sv,
           "id: x\nfacts: [{id: f, cues: x, expect: 1, pattern: '{value'}]\n"sv,
           "id: x\nfacts: [{id: f, cues: x, expect: 1, tolerance: 1e999}]\n"sv,
           "id: x\nfacts: [{id: f, cues: x, expect: 1, tolerance: '%'}]\n"sv,
           "id: x\nscope: {published: '2021-02-29..'}\nfacts: [{id: f, cues: x, expect: 1}]\n"sv,
           "id: x\nfacts: [{id: f, cues: [[[[[[[[[[x]]]]]]]]]], expect: 1}]\n"sv,
           "\"\": x\nid: x\nfacts: [{id: f, cues: x, expect: 1}]\n"sv,
           "id: x\nfacts: [{id: f, cues: x, expect: [[1]]}]\n"sv,
           "--- !tag\n...\n"sv,
           "%YAML 1.2\n---\nid: x\n"sv,
           "id: x\0facts: []\n"sv,
           "\xFF\xFEi\0d\0"sv,
       }) {
    CAPTURE(yaml);
    Diagnostics diags;
    bool ok = true;
    REQUIRE_NOTHROW(ok = load_and_compile(yaml, diags));
    CHECK(ok == !diags.has_errors());
    for (const Diagnostic& d : diags.entries()) CHECK(d.where.file == "rules/x.yaml");
  }
}

// Found by fuzz_load_sheet: yaml-cpp's LoadAll looped for ever, allocating, on a
// ',' where a document should start (a mangled "  ,  source: ..." line did it).
// libyaml never loops; every shape that hung yaml-cpp is kept here.
TEST_CASE("a stray comma where a document starts is a located error and not a hang", "[rules][load_sheet]") {
  struct Case {
    std::string_view yaml;
    int line;
    int column;
  };
  for (const Case& c : {Case{",", 1, 1}, Case{"id: x\n---\n,\n", 3, 1}, Case{"--- ,\n", 1, 5},
                        Case{"id: x\n...\n  , source: y\n", 3, 3},
                        // Every document that ends before the input does, then a ',': after a
                        // flow collection, a quoted or block scalar, a list or a map that does
                        // not start at column 0, one whose anchor or tag stands alone on a line.
                        Case{"[a]\n, b\n", 2, 1}, Case{"{a: b}\n, c\n", 2, 1}, Case{"[a] , b\n", 1, 5},
                        Case{"'a'\n, b\n", 2, 1}, Case{"\"a\" , b\n", 1, 5}, Case{"|\n a\n, b\n", 3, 1},
                        Case{"- a\n, b\n", 2, 1}, Case{"  id: x\n, b\n", 2, 1}, Case{"&a\n  id: x\n, b\n", 3, 1},
                        Case{"!!map\n  id: x\n, b\n", 3, 1}, Case{"--- [a]\n, b\n", 2, 1},
                        Case{"%YAML 1.2\n---\n,\n", 3, 1}, Case{"id: x\n...\n,\n", 3, 1}}) {
    CAPTURE(c.yaml);
    Diagnostics diags;
    CHECK_FALSE(load_sheet("rules/x.yaml", c.yaml, diags));
    REQUIRE(diags.entries().size() == 1);
    const Diagnostic& d = diags.entries()[0];
    CHECK(d.message == "unexpected ',' where a value should start");
    CHECK(d.where.line == c.line);
    CHECK(d.where.column == c.column);
  }
  // A comma inside a plain value is text.
  Diagnostics diags;
  CHECK(load_sheet("rules/x.yaml", "id: x\ntitle: a, b\nfacts: [{id: f, cues: x, expect: 1}]\n", diags));
  // libyaml refuses a '...' before any document (yaml-cpp read an empty one).
  Diagnostics dots;
  CHECK_FALSE(load_sheet("rules/x.yaml", "...\n,\n", dots));
  CHECK(testing::rendered(dots) ==
        std::vector<std::string>{"rules/x.yaml:1:1: error: '...' ends a document that has not started (delete the '...' line)"});
}

// Found while checking the limits in docs/security.md: yaml-cpp's depth guard
// said only "bad file". The YAML tree stops at 1,000 levels.
TEST_CASE("yaml nested thousands deep is a located error that says so", "[rules][load_sheet]") {
  const std::string yaml = "id: x\nfacts: " + std::string(5000, '[') + std::string(5000, ']') + "\n";
  Diagnostics diags;
  CHECK_FALSE(load_sheet("rules/x.yaml", yaml, diags));
  REQUIRE(diags.entries().size() == 1);
  CHECK(diags.entries()[0].message == "YAML nested too deeply");
  CHECK(diags.entries()[0].where.line == 2);
  CHECK(diags.entries()[0].where.column == 1007);  // the 1,000th '[' (the sheet's map is the first level)
}

TEST_CASE("thousands of mangled copies of the example sheet never throw", "[rules][load_sheet]") {
  const std::string original(testing::kSpecExample);
  testing::Mangler mangled(12345, ":-[]{}'\"\t\n #&*!|>,?%@`\\\x01\xC3");
  int loaded = 0;
  for (int round = 0; round < 1500; ++round) {
    const std::string yaml = mangled(original);
    CAPTURE(yaml);
    Diagnostics diags;
    bool ok = false;
    REQUIRE_NOTHROW(ok = load_and_compile(yaml, diags));
    CHECK(ok == !diags.has_errors());
    loaded += ok ? 1 : 0;
  }
  // Some mutations (inside comments, claims, sources) leave a valid sheet.
  CHECK(loaded > 0);
  CHECK(loaded < 1500);
}

}  // namespace
}  // namespace factlint::rules
