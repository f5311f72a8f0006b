// Every way a fact sheet can be wrong, with the full text the user sees.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "checker/rules/load_sheet.h"
#include "sheet_fixtures.h"

namespace factlint::rules {
namespace {

using testing::rendered;

struct Row {
  std::string_view name;
  std::string_view yaml;
  std::vector<std::string> errors;
};

void check_rows(const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    CAPTURE(row.name, row.yaml);
    Diagnostics diags;
    CHECK_FALSE(load_sheet("rules/x.yaml", row.yaml, diags));
    CHECK(rendered(diags) == row.errors);
    CHECK(diags.error_count() == static_cast<int>(row.errors.size()));
  }
}

TEST_CASE("a file that is not a sheet at all gets one clear error", "[rules][load_sheet]") {
  check_rows({
      {"empty",
       "",
       {"rules/x.yaml: error: fact sheet is empty (a fact sheet needs at least 'id' and 'facts')"}},
      {"comments only",
       "# nothing yet\n\n",
       {"rules/x.yaml: error: fact sheet is empty (a fact sheet needs at least 'id' and 'facts')"}},
      {"a list",
       "- id: x\n",
       {"rules/x.yaml:1:1: error: a fact sheet must be a map of keys, not a list (start with 'id:', then 'facts:')"}},
      {"a string",
       "hello\n",
       {"rules/x.yaml:1:1: error: a fact sheet must be a map of keys, not a string (start with 'id:', then 'facts:')"}},
      {"tab indentation",
       "id: x\nfacts:\n\t- id: f\n",
       {"rules/x.yaml:3:1: error: line 3 is indented with a tab; YAML allows only spaces (indent with spaces)"}},
      {"bad indentation",
       "id: x\nfacts:\n  - id: a\n    cues: [x]\n   expect: 46%\n",
       {"rules/x.yaml:5:4: error: this line is not an entry of the list above it, nor a key of the map around it "
        "(check the indentation of line 5)"}},
      {"tab inside a map",
       "id: x\nscope:\n  mentions: [a]\n\tpaths: [b]\n",
       {"rules/x.yaml:4:1: error: line 4 is indented with a tab; YAML allows only spaces (indent with spaces)"}},
      {"unclosed flow list",
       "id: x\nfacts: [a, b\n",
       {"rules/x.yaml:3:1: error: the list opened with '[' on line 2 is not closed (close it with ']'; quote items "
        "that hold ', ', ': ', '[' or '{')"}},
      {"unclosed quote",
       "id: x\ntitle: 'Lavrov",
       {"rules/x.yaml:2:8: error: the quote that starts here is never closed (end the text with the quote mark it "
        "starts with)"}},
      // yaml-cpp 0.7 noticed an unclosed quote only when no newline followed it; libyaml always does.
      {"unclosed quote, more lines after it",
       "id: x\ntitle: 'Lavrov\nfacts: [{id: f, cues: x, expect: 1}]\n",
       {"rules/x.yaml:2:8: error: the quote that starts here is never closed (end the text with the quote mark it "
        "starts with)"}},
      {"a key without its colon",
       "id: x\ntitle\nfacts: [{id: f, cues: x, expect: 1}]\n",
       {"rules/x.yaml:2:1: error: 'title' has no ':' after it (a key and its value are written 'key: value'; a value "
        "that runs on needs quotes or more indentation)"}},
      {"a colon inside a plain value",
       "id: x\ntitle: Lavrov: the visit\nfacts: [{id: f, cues: x, expect: 1}]\n",
       {"rules/x.yaml:2:14: error: a ': ' inside a value, or a key indented too far (quote a value that holds ': '; "
        "otherwise check the indentation of line 2)"}},
      {"a control character",
       "id: x\ntitle: caf\x01\n",
       {"rules/x.yaml:2:11: error: a control character (U+0001) YAML does not allow (delete it; such characters "
        "come in with copied text)"}},
      {"an alias without its anchor",
       "id: x\nfacts: [{id: f, cues: *c, expect: 1}]\n",
       {"rules/x.yaml:2:23: error: '*c' stands for no anchor (write '&c' before the value it repeats, above this "
        "line; or quote a value that starts with '*')"}},
      {"a non-ASCII sheet: columns count characters",
       "id: x\ntitle: Ümit Özdağ: \"Türkiye\"\n",
       {"rules/x.yaml:2:18: error: a ': ' inside a value, or a key indented too far (quote a value that holds ': '; "
        "otherwise check the indentation of line 2)"}},
      {"two documents",
       "id: x\nfacts: [{id: f, cues: x, expect: 1}]\n---\nid: y\n",
       {"rules/x.yaml:4:1: error: a fact sheet holds one YAML document; this is a second (remove the '---' line above it, or move it to a file of its own)"}},
      {"a NUL byte",
       std::string_view("id: x\0\n", 7),
       {"rules/x.yaml:1:6: error: fact sheet contains a NUL byte (a fact sheet is a text file; save it as UTF-8 text)"}},
      {"invalid utf-8",
       "id: x\ntitle: caf\xE9\n",
       {"rules/x.yaml:2:11: error: fact sheet is not valid UTF-8 (save the file as UTF-8)"}},
  });
}

TEST_CASE("top-level keys are checked", "[rules][load_sheet]") {
  check_rows({
      {"missing id and facts",
       "title: t\n",
       {"rules/x.yaml:1:1: error: missing key 'id'",
        "rules/x.yaml:1:1: error: missing key 'facts' (a sheet declares facts to check, people whose names to "
        "check, or both)"}},
      {"unknown keys",
       "id: x\ntitel: t\nfact: []\ncolour: red\nfacts: [{id: f, cues: x, expect: 1}]\n",
       {"rules/x.yaml:2:1: error: unknown key 'titel' (did you mean 'title'?)",
        "rules/x.yaml:3:1: error: unknown key 'fact' (did you mean 'facts'?)",
        "rules/x.yaml:4:1: error: unknown key 'colour' (a fact sheet takes id, title, scope, people, sources, facts, attribution_cues, attribution, partial, units)"}},
      {"duplicate key",
       "id: x\nid: y\nfacts: [{id: f, cues: x, expect: 1}]\n",
       {"rules/x.yaml:2:1: error: duplicate key 'id' (first given at line 1)"}},
      {"bad sheet id",
       "id: Lavrov Visit\nfacts: [{id: f, cues: x, expect: 1}]\n",
       {"rules/x.yaml:1:5: error: invalid sheet id 'Lavrov Visit' (use lower-case letters, digits, '-', '_' and '.', starting with a letter or digit)"}},
      {"id is a list",
       "id: [a]\nfacts: [{id: f, cues: x, expect: 1}]\n",
       {"rules/x.yaml:1:5: error: 'id' must be a string, not a list"}},
      {"id has no value",
       "id:\nfacts: [{id: f, cues: x, expect: 1}]\n",
       {"rules/x.yaml:1:1: error: 'id' has no value"}},
      {"complex key",
       "? [a]\n: b\nid: x\nfacts: [{id: f, cues: x, expect: 1}]\n",
       {"rules/x.yaml:1:3: error: keys must be plain words, not a list"}},
      {"facts is a map",
       "id: x\nfacts:\n  id: f\n",
       {"rules/x.yaml:3:3: error: 'facts' must be a list of facts, not a map (start each fact with '- id:')"}},
      {"facts empty",
       "id: x\nfacts: []\n",
       {"rules/x.yaml:2:8: error: 'facts' must not be empty (a fact sheet declares at least one fact)"}},
      {"facts has no value",
       "id: x\nfacts:\n",
       {"rules/x.yaml:2:1: error: 'facts' has no value (start each fact with '- id:')"}},
  });
}

TEST_CASE("scope keys are checked", "[rules][load_sheet]") {
  constexpr std::string_view kFacts = "facts: [{id: f, cues: x, expect: 1}]\n";
  auto sheet = [&](std::string_view scope) {
    return "id: x\n" + std::string(scope) + std::string(kFacts);
  };
  const std::string scope_list = sheet("scope: [a]\n");
  const std::string unknown = sheet("scope:\n  mention: [a]\n  publish: 2021\n");
  const std::string mentions_map = sheet("scope:\n  mentions: {a: b}\n");
  const std::string bad_dates = sheet("scope:\n  published: 2021-13-01..2021-02-30\n");
  const std::string backwards = sheet("scope:\n  published: 2021-06-30..2021-04-06\n");
  const std::string dots = sheet("scope:\n  published: ..\n");
  const std::string absolute = sheet("scope:\n  paths: [/corpus/**, corpus/*]\n");
  const std::string empty_glob = sheet("scope:\n  paths: ['corpus/*', '']\n");
  check_rows({
      {"scope is a list",
       scope_list,
       {"rules/x.yaml:2:8: error: 'scope' must be a map, not a list (give any of 'mentions', 'published' and 'paths')"}},
      {"unknown scope keys",
       unknown,
       {"rules/x.yaml:3:3: error: unknown key 'mention' (did you mean 'mentions'?)",
        "rules/x.yaml:4:3: error: unknown key 'publish' (did you mean 'published'?)"}},
      {"mentions is a map",
       mentions_map,
       {"rules/x.yaml:3:13: error: 'mentions' must be a list of patterns, not a map"}},
      {"impossible dates",
       bad_dates,
       {"rules/x.yaml:3:14: error: invalid date '2021-13-01' in 'published' (write FROM..TO with ISO dates, e.g. 2021-04-06..2021-06-30; either end may be left out)",
        "rules/x.yaml:3:14: error: invalid date '2021-02-30' in 'published' (write FROM..TO with ISO dates, e.g. 2021-04-06..2021-06-30; either end may be left out)"}},
      {"window backwards",
       backwards,
       {"rules/x.yaml:3:14: error: published window '2021-06-30..2021-04-06' ends before it starts"}},
      {"window of nothing",
       dots,
       {"rules/x.yaml:3:14: error: published window '..' names no date (write FROM..TO with ISO dates, e.g. 2021-04-06..2021-06-30; either end may be left out)"}},
      {"absolute path",
       absolute,
       {"rules/x.yaml:3:11: error: path glob '/corpus/**' is absolute (globs are relative to the repository root)"}},
      {"empty path glob",
       empty_glob,
       {"rules/x.yaml:3:23: error: empty entry in 'paths'"}},
  });
}

TEST_CASE("people are checked", "[rules][load_sheet]") {
  constexpr std::string_view kFacts = "facts: [{id: f, cues: x, expect: 1}]\n";
  auto sheet = [&](std::string_view people) {
    return "id: x\npeople:\n" + std::string(people) + std::string(kFacts);
  };
  const std::string no_name = sheet("  lavrov:\n    also: [Lavrov]\n");
  const std::string bad_id = sheet("  Sergey Lavrov:\n    name: Sergey Lavrov\n");
  const std::string not_map = sheet("  lavrov: Sergey Lavrov\n");
  const std::string unknown = sheet(
      "  lavrov:\n    name: Sergey Lavrov\n    aliases: [Lavrov]\n    misspelling: [Lavorv]\n");
  const std::string duplicate =
      sheet("  lavrov:\n    name: Sergey Lavrov\n  lavrov:\n    name: S. Lavrov\n");
  const std::string self_misspelt = sheet(
      "  lavrov:\n    name: Sergey Lavrov\n    also: [Lavrov]\n    misspellings: [Lavrov, Lavorv]\n");
  const std::string nested =
      sheet("  lavrov:\n    name: Sergey Lavrov\n    also: [[Lavrov], {a: b}]\n");
  check_rows({
      {"people as a list",
       "id: x\npeople: [lavrov]\nfacts: [{id: f, cues: x, expect: 1}]\n",
       {"rules/x.yaml:2:9: error: 'people' must be a map of person ids to people, not a list (write 'lavrov:' with 'name:' indented under it)"}},
      {"person without name",
       no_name,
       {"rules/x.yaml:3:3: error: missing key 'name' in person 'lavrov'"}},
      {"bad person id",
       bad_id,
       {"rules/x.yaml:3:3: error: invalid person id 'Sergey Lavrov' (use lower-case letters, digits, '-' and '_', starting with a letter or digit)"}},
      {"person is a string",
       not_map,
       {"rules/x.yaml:3:11: error: 'lavrov' must be a map with 'name', 'also' and 'misspellings', not a string"}},
      {"unknown person keys",
       unknown,
       {"rules/x.yaml:5:5: error: unknown key 'aliases' (a person takes name, also, misspellings, others)",
        "rules/x.yaml:6:5: error: unknown key 'misspelling' (did you mean 'misspellings'?)"}},
      {"duplicate person",
       duplicate,
       {"rules/x.yaml:5:3: error: duplicate person 'lavrov' (first given at line 3)"}},
      {"misspelling is a name",
       self_misspelt,
       {"rules/x.yaml:6:20: error: misspelling 'Lavrov' is also a name of 'lavrov' (remove it from 'misspellings' or from the names)"}},
      {"nested lists",
       nested,
       {"rules/x.yaml:5:12: error: each entry of 'also' must be a string, not a list",
        "rules/x.yaml:5:22: error: each entry of 'also' must be a string, not a map"}},
      {"others must be names",
       sheet("  lavrov:\n    name: Sergey Lavrov\n    others: {a: b}\n"),
       {"rules/x.yaml:5:13: error: 'others' must be a list of names, not a map"}},
  });
}

TEST_CASE("a comma inside braces that cut a value into a key gets the quoting fix", "[rules][load_sheet]") {
  check_rows({
      {"comma in a flow map",
       "id: x\nfacts:\n  - id: toll\n    cues: ['t']\n    expect:\n      - {value: 36, as_of: 2023-08-10, source: "
       "County statement, late Wednesday}\n",
       {"rules/x.yaml:6:66: error: unknown key 'late Wednesday' (inside { } a comma starts a new key: quote the text "
        "that holds ', late Wednesday')"}},
      {"a typo in a flow map keeps its did-you-mean",
       "id: x\nfacts:\n  - id: toll\n    cues: ['t']\n    expect:\n      - {value: 36, as_off: 2023-08-10}\n",
       {"rules/x.yaml:6:21: error: unknown key 'as_off' (did you mean 'as_of'?)"}},
  });
}

TEST_CASE("a surname alias another declared name shares is a warning", "[rules][load_sheet]") {
  constexpr std::string_view kFacts = "facts: [{id: f, cues: x, expect: 1}]\n";
  const std::string hint =
      " (remove 'Sharif' from 'also' unless your articles use it only for Shehbaz Sharif; where another first "
      "name stands before it ('Nawaz Sharif'), it is never credited)";
  const std::string two_people = "id: x\npeople:\n  shehbaz:\n    name: Shehbaz Sharif\n    also: [Sharif]\n  nawaz:\n    name: Nawaz Sharif\n" + std::string(kFacts);
  const std::string others = "id: x\npeople:\n  shehbaz:\n    name: Shehbaz Sharif\n    also: [Sharif]\n    others: [Maryam Nawaz Sharif]\n" + std::string(kFacts);
  const std::string alone = "id: x\npeople:\n  shehbaz:\n    name: Shehbaz Sharif\n    also: [Sharif]\n  dar:\n    name: Ishaq Dar\n" + std::string(kFacts);
  const std::vector<Row> rows = {
      {"two people share the surname",
       two_people,
       {"rules/x.yaml:3:3: warning: the alias 'Sharif' of 'shehbaz' is a surname alone, and 'nawaz' (Nawaz Sharif) "
        "has it too: an article's 'Sharif said' is credited to Shehbaz Sharif" + hint}},
      {"a name under others has it",
       others,
       {"rules/x.yaml:3:3: warning: the alias 'Sharif' of 'shehbaz' is a surname alone, and 'Maryam Nawaz Sharif' "
        "(under 'others') has it too: an article's 'Sharif said' is credited to Shehbaz Sharif" + hint}},
      {"a surname no one else has",
       alone,
       {}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.name);
    Diagnostics diags;
    CHECK(load_sheet("rules/x.yaml", row.yaml, diags));  // a warning: the sheet loads
    CHECK(rendered(diags) == row.errors);
  }
}

TEST_CASE("sources are checked like people and share their ids", "[rules][load_sheet]") {
  constexpr std::string_view kFacts = "facts: [{id: f, cues: x, expect: 1}]\n";
  check_rows({
      {"a source with a person's id",
       "id: x\npeople:\n  usgs: {name: Jane Doe}\nsources:\n  usgs: {name: US Geological Survey}\n" +
           std::string(kFacts),
       {"rules/x.yaml:5:3: error: duplicate source 'usgs' ('usgs' is also a person, at line 3; people and sources share one set of ids)"}},
      {"sources as a list",
       "id: x\nsources: [usgs]\n" + std::string(kFacts),
       {"rules/x.yaml:2:10: error: 'sources' must be a map of source ids to sources, not a list (write 'usgs:' with 'name:' indented under it)"}},
      {"unknown source key",
       "id: x\nsources:\n  usgs: {name: USGS, aliases: [US Geological Survey]}\n" + std::string(kFacts),
       {"rules/x.yaml:3:22: error: unknown key 'aliases' (a source takes name, also, misspellings, others)"}},
  });
}

TEST_CASE("an attribution policy and partial markers are checked key by key", "[rules][load_sheet]") {
  constexpr std::string_view kFacts = "facts: [{id: f, cues: x, expect: 1}]\n";
  check_rows({
      {"unknown scope",
       "id: x\nattribution: {within: paragrpah}\n" + std::string(kFacts),
       {"rules/x.yaml:2:23: error: unknown attribution scope 'paragrpah' (did you mean 'paragraph'?)"}},
      {"display is not a boolean",
       "id: x\nattribution: {display: sometimes}\n" + std::string(kFacts),
       {"rules/x.yaml:2:24: error: 'display' must be true or false, not 'sometimes'"}},
      {"attribution as a list",
       "id: x\nfacts: [{id: f, cues: x, expect: 1, attribution: [article]}]\n",
       {"rules/x.yaml:2:50: error: 'attribution' must be a map with 'within' and 'display', not a list (e.g. 'attribution: {within: paragraph}')"}},
      {"a bad partial pattern",
       "id: x\npartial: ['(in (Ludian']\n" + std::string(kFacts),
       {"rules/x.yaml:2:11: error: invalid regex '(in (Ludian': missing ): (in (Ludian"}},
      {"part is not a boolean",
       "id: x\nfacts: [{id: f, cues: x, expect: 1, part: 2}]\n",
       {"rules/x.yaml:2:43: error: 'part' must be true or false, not '2'"}},
  });
}

TEST_CASE("a sheet of names alone is valid and a sheet of nothing is not", "[rules][load_sheet]") {
  for (std::string_view yaml : {"id: names\npeople:\n  porter: {name: Nathan Porter}\n",
                                "id: names\npeople:\n  porter: {name: Nathan Porter}\nfacts: []\n",
                                "id: names\nsources:\n  imf: {name: International Monetary Fund}\n"}) {
    CAPTURE(yaml);
    Diagnostics diags;
    const auto sheet = load_sheet("rules/x.yaml", yaml, diags);
    REQUIRE(sheet);
    CHECK(diags.entries().empty());
    CHECK(sheet->facts.empty());
    CHECK(sheet->people.size() == 1);
  }
  check_rows({
      {"no facts and no people", "id: x\ntitle: t\n",
       {"rules/x.yaml:1:1: error: missing key 'facts' (a sheet declares facts to check, people whose names to "
        "check, or both)"}},
  });
}

TEST_CASE("unit synonyms are groups of two or more words", "[rules][load_sheet]") {
  check_rows({
      {"one word",
       "id: x\nunits: ['houses']\nfacts: [{id: f, cues: x, expect: 5 houses}]\n",
       {"rules/x.yaml:2:9: error: 'houses' names no pair of units (write the words that mean the same thing joined "
        "by '=', e.g. 'houses = homes')"}},
  });
  Diagnostics diags;
  const auto sheet = load_sheet("rules/x.yaml",
                                "id: x\nunits: ['houses = homes = Dwellings', 'troops=soldiers']\n"
                                "facts: [{id: f, cues: x, expect: 5 houses}]\n",
                                diags);
  REQUIRE(sheet);
  CHECK(sheet->unit_synonyms ==
        std::vector<std::vector<std::string>>{{"house", "home", "dwelling"}, {"troop", "soldier"}});
  REQUIRE(sheet->facts.size() == 1);
  CHECK(sheet->facts[0].unit_synonyms == sheet->unit_synonyms);
}

TEST_CASE("facts are checked key by key", "[rules][load_sheet]") {
  auto sheet = [](std::string_view fact) {
    return "id: x\npeople:\n  lavrov: {name: Sergey Lavrov}\n  qureshi: {name: Shah Mahmood Qureshi}\nfacts:\n" +
           std::string(fact);
  };
  const std::string expct = sheet("  - id: f\n    cues: [x]\n    expct: 46%\n");
  const std::string cues_map = sheet("  - id: f\n    cues: {trade: 1}\n    expect: 46%\n");
  const std::string cues_empty = sheet("  - id: f\n    cues: []\n    expect: 46%\n");
  const std::string cue_empty = sheet("  - id: f\n    cues: ['', x]\n    expect: 46%\n");
  const std::string bad_expect = sheet("  - id: f\n    cues: [x]\n    expect: [46%, xyz]\n");
  const std::string expect_empty = sheet("  - id: f\n    cues: [x]\n    expect: []\n");
  const std::string said_by =
      sheet("  - id: f\n    cues: [x]\n    expect: 46%\n    said_by: [lavorv, qureshi, putin]\n");
  const std::string no_slot =
      sheet("  - id: f\n    cues: [x]\n    expect: 46%\n    pattern: 'since (\\d+)'\n");
  const std::string two_slots =
      sheet("  - id: f\n    cues: [x]\n    expect: 46%\n    pattern: '{value} to {value}'\n");
  const std::string tolerance = sheet(
      "  - id: f\n    cues: [x]\n    expect: 46%\n    tolerance: -1\n  - id: g\n    cues: [x]\n    expect: 46%\n    tolerance: a lot\n");
  const std::string severity = sheet(
      "  - id: f\n    cues: [x]\n    expect: 46%\n    severity: eror\n  - id: g\n    cues: [x]\n    expect: 46%\n    severity: fatal\n");
  const std::string duplicate = sheet(
      "  - id: f\n    cues: [x]\n    expect: 46%\n  - id: f\n    cues: [y]\n    expect: 46%\n");
  const std::string bad_id = sheet("  - id: Trade.Growth\n    cues: [x]\n    expect: 46%\n");
  const std::string not_map = sheet("  - trade\n");
  const std::string claim_list =
      sheet("  - id: f\n    claim: [a, b]\n    cues: [x]\n    expect: 46%\n");
  const std::string dup_key = sheet("  - id: f\n    cues: [x]\n    cues: [y]\n    expect: 46%\n");
  check_rows({
      {"misspelt key",
       expct,
       {"rules/x.yaml:8:5: error: unknown key 'expct' (did you mean 'expect'?)"}},
      {"cues as a map",
       cues_map,
       {"rules/x.yaml:7:11: error: 'cues' must be a list of patterns, not a map"}},
      {"no cues",
       cues_empty,
       {"rules/x.yaml:7:11: error: 'cues' must not be empty (list at least one pattern that a sentence mentioning the fact matches)"}},
      {"an empty cue", cue_empty, {"rules/x.yaml:7:12: error: empty entry in 'cues'"}},
      {"unreadable expect",
       bad_expect,
       {"rules/x.yaml:8:19: error: cannot read expect value 'xyz': no figure, date or time found in 'xyz' (write one value, e.g. 46%, 50,000 doses, 2021-04-06, 2 days, since 2012, US$100 billion, SDR 2,250 million, 10 km, magnitude 6.1, mid-July 2023, 16:30 local time or 2014-08-03T16:30+08:00)"}},
      {"no expect",
       expect_empty,
       {"rules/x.yaml:8:13: error: 'expect' must not be empty (give the value, or a list of values any one of which is consistent)"}},
      {"unknown people",
       said_by,
       {"rules/x.yaml:9:15: error: unknown person 'lavorv' in said_by (did you mean 'lavrov'?)",
        "rules/x.yaml:9:32: error: unknown person 'putin' in said_by (people declared in this sheet: lavrov, qureshi)"}},
      {"pattern without slot",
       no_slot,
       {"rules/x.yaml:9:14: error: pattern 'since (\\d+)' has no {value} slot (mark where the value stands, e.g. '(?:in|since) {value}')"}},
      {"pattern with two slots",
       two_slots,
       {"rules/x.yaml:9:14: error: pattern '{value} to {value}' has 2 {value} slots (a pattern pins one value; keep exactly one {value})"}},
      {"bad tolerances",
       tolerance,
       {"rules/x.yaml:9:16: error: invalid tolerance '-1' (write an absolute amount such as 0.5 or a relative one such as 1%)",
        "rules/x.yaml:13:16: error: invalid tolerance 'a lot' (write an absolute amount such as 0.5 or a relative one such as 1%)"}},
      {"bad severities",
       severity,
       {"rules/x.yaml:9:15: error: unknown severity 'eror' (did you mean 'error'?)",
        "rules/x.yaml:13:15: error: unknown severity 'fatal' (use error, warning or info)"}},
      {"duplicate fact id",
       duplicate,
       {"rules/x.yaml:9:9: error: duplicate fact id 'f' (first used at line 6)"}},
      {"bad fact id",
       bad_id,
       {"rules/x.yaml:6:9: error: invalid fact id 'Trade.Growth' (use lower-case letters, digits, '-' and '_', starting with a letter or digit)"}},
      {"empty fact",
       sheet("  -\n  - {id: f, cues: x, expect: 46%}\n"),
       {"rules/x.yaml:5:1: error: empty entry in 'facts' (start each fact with '- id:')"}},
      {"empty cue entry",
       sheet("  - id: f\n    cues:\n      - x\n      -\n    expect: 46%\n"),
       {"rules/x.yaml:7:5: error: empty entry in 'cues'"}},
      {"null cue entry written as ~: pointed at",
       sheet("  - id: f\n    cues: [x, ~]\n    expect: 46%\n"),
       {"rules/x.yaml:7:15: error: empty entry in 'cues'"}},
      {"fact is a string",
       not_map,
       {"rules/x.yaml:6:5: error: each fact must be a map of keys, not a string (start each fact with '- id:')"}},
      {"claim is a list",
       claim_list,
       {"rules/x.yaml:7:12: error: 'claim' must be a string, not a list"}},
      {"duplicate key in a fact",
       dup_key,
       {"rules/x.yaml:8:5: error: duplicate key 'cues' (first given at line 7)"}},
  });
}

TEST_CASE("said_by without any people says where to declare them", "[rules][load_sheet]") {
  check_rows(
      {{"no people",
        "id: x\nfacts:\n  - {id: f, cues: x, expect: 46%, said_by: lavrov}\n",
        {"rules/x.yaml:3:44: error: unknown person 'lavrov' in said_by (declare the person under 'people:' first)"}}});
}

TEST_CASE("every error in a sheet is reported in one go", "[rules][load_sheet]") {
  const std::string_view yaml = R"(id: Bad Id
titel: x
scope:
  published: 2021-06-30..2021-04-06
people:
  lavrov:
    nmae: Sergey Lavrov
facts:
  - id: a
    cues: {x: 1}
    expect: xyz
    said_by: [lavorv]
  - id: a
    expect: 46%
    severity: warn
)";
  Diagnostics diags;
  CHECK_FALSE(load_sheet("rules/x.yaml", yaml, diags));
  CHECK(
      rendered(diags) ==
      std::vector<std::string>{
          "rules/x.yaml:1:5: error: invalid sheet id 'Bad Id' (use lower-case letters, digits, '-', '_' and '.', starting with a letter or digit)",
          "rules/x.yaml:2:1: error: unknown key 'titel' (did you mean 'title'?)",
          "rules/x.yaml:4:14: error: published window '2021-06-30..2021-04-06' ends before it starts",
          "rules/x.yaml:7:5: error: unknown key 'nmae' (did you mean 'name'?)",
          "rules/x.yaml:10:11: error: 'cues' must be a list of patterns, not a map",
          "rules/x.yaml:11:13: error: cannot read expect value 'xyz': no figure, date or time found in 'xyz' (write one value, e.g. 46%, 50,000 doses, 2021-04-06, 2 days, since 2012, US$100 billion, SDR 2,250 million, 10 km, magnitude 6.1, mid-July 2023, 16:30 local time or 2014-08-03T16:30+08:00)",
          "rules/x.yaml:12:15: error: unknown person 'lavorv' in said_by (did you mean 'lavrov'?)",
          "rules/x.yaml:13:5: error: missing key 'cues' in fact 'a'",
          "rules/x.yaml:13:9: error: duplicate fact id 'a' (first used at line 9)",
          "rules/x.yaml:15:15: error: unknown severity 'warn' (did you mean 'warning'?)",
      });
}

TEST_CASE("bad regexes are reported with the sheet's other errors", "[rules][load_sheet]") {
  const std::string_view yaml = R"(id: bad
scope:
  mentions: ['(Lavrov']
facts:
  - id: f
    cues: ['\btrade(?=s)', ok]
    unless: ['a{2,1}']
    expect: 46%
    pattern: '(in {value})'
  - id: g
    cues: ['(a)\1']
    expect: 46%
    pattern: '(?:in {value} {value}'
    severity: fatal
)";
  check_rows(
      {{"bad regexes",
        yaml,
        {"rules/x.yaml:3:14: error: invalid regex '(Lavrov': missing ): (Lavrov",
         "rules/x.yaml:6:12: error: invalid regex '\\btrade(?=s)': invalid perl operator: (?= (RE2 does not support look-around; match the context as part of the pattern, or move an exclusion to 'unless')",
         "rules/x.yaml:7:14: error: invalid regex 'a{2,1}': invalid repetition size: {2,1} (write the smaller count first, as in {1,2})",
         "rules/x.yaml:9:14: error: invalid regex '(in ' (before {value} in pattern '(in {value})'): missing ): (in ",
         "rules/x.yaml:9:14: error: invalid regex ')' (after {value} in pattern '(in {value})'): unexpected ): )",
         "rules/x.yaml:11:12: error: invalid regex '(a)\\1': invalid escape sequence: \\1 (RE2 does not support backreferences)",
         "rules/x.yaml:13:14: error: pattern '(?:in {value} {value}' has 2 {value} slots (a pattern pins one value; keep exactly one {value})",
         "rules/x.yaml:14:15: error: unknown severity 'fatal' (use error, warning or info)"}}});
}

TEST_CASE("errors from earlier sheets do not fail a good one", "[rules][load_sheet]") {
  Diagnostics diags;
  CHECK_FALSE(load_sheet("rules/a.yaml", "id: a\n", diags));
  CHECK(load_sheet("rules/b.yaml", "id: b\nfacts: [{id: f, cues: x, expect: 46%}]\n", diags));
  CHECK(diags.error_count() == 1);
}


TEST_CASE("YAML anchors and aliases read as what they stand for and cannot multiply work",
          "[rules][load_sheet]") {
  const std::string shared =
      "id: x\nfacts:\n  - id: a\n    cues: &c ['\\btoll\\b']\n    expect: 1\n  - id: b\n    cues: *c\n    expect: 2\n";
  Diagnostics diags;
  const auto sheet = load_sheet("rules/x.yaml", shared, diags);
  REQUIRE(sheet);
  CHECK(diags.entries().empty());
  REQUIRE(sheet->facts.size() == 2);
  CHECK(sheet->facts[1].cues.size() == 1);
  CHECK(sheet->facts[1].cues[0].value == "\\btoll\\b");
  // "Billion laughs": ten aliases of ten aliases ... nine deep stand for 10^9
  // strings. Lists of lists are refused, never flattened, so the sheet costs
  // what its text costs.
  std::string laughs = "x0: &x0 [a, a, a, a, a, a, a, a, a, a]\n";
  for (int i = 1; i < 10; ++i) {
    laughs += fmt::format("x{}: &x{} [", i, i);
    for (int k = 0; k < 10; ++k) laughs += fmt::format("{}*x{}", k ? ", " : "", i - 1);
    laughs += "]\n";
  }
  const std::string bomb = "id: x\nanchors:\n" + [&] {
    std::string indented;
    for (std::size_t at = 0; at < laughs.size();) {
      const std::size_t nl = laughs.find('\n', at);
      indented += "  " + laughs.substr(at, nl - at + 1);
      at = nl + 1;
    }
    return indented;
  }() + "people:\n  p:\n    name: A B\n    also: *x9\nfacts: [{id: f, cues: x, expect: 1}]\n";
  Diagnostics bomb_diags;
  CHECK_FALSE(load_sheet("rules/x.yaml", bomb, bomb_diags));
  CHECK(bomb_diags.error_count() <= 12);  // 'anchors' unknown; each of ten entries of 'also' is a list
}

}  // namespace
}  // namespace factlint::rules
