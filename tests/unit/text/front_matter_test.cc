#include "checker/text/front_matter.h"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

using factlint::Date;
using factlint::Diagnostics;
using factlint::format_diagnostic;
using factlint::text::find_front_matter;
using factlint::text::FrontMatter;
using factlint::text::LineIndex;
using factlint::text::parse_front_matter;
using factlint::text::parse_publication_date;
using factlint::text::parse_publication_time;

namespace {

struct Parsed {
  FrontMatter meta;
  std::vector<std::string> diagnostics;  // formatted
};

Parsed parse(std::string_view raw) {
  Parsed out;
  Diagnostics diags;
  const auto block = find_front_matter(raw);
  REQUIRE(block);
  out.meta = parse_front_matter(raw, *block, LineIndex(raw), "a.md", diags);
  for (const auto& d : diags.entries()) out.diagnostics.push_back(format_diagnostic(d));
  return out;
}

}  // namespace

TEST_CASE("find_front_matter finds a block only at the very start", "[text][front_matter]") {
  struct Row {
    std::string_view raw;
    std::optional<std::size_t> body;  // body_begin, nullopt when there is no block
  };
  const Row rows[] = {
      {"---\ntitle: x\n---\nbody", 17},
      {"---\r\ntitle: x\r\n---\r\nbody", 20},
      {"---\ntitle: x\n...\nbody", 17},
      {"---  \ntitle: x\n---", 18},  // closing line at the end of the file
      {"---\n---\n", 8},             // empty block
      {"\n---\ntitle: x\n---\n", std::nullopt},
      {"---\ntitle: x\nno closing line\n", std::nullopt},
      {"----\ntitle: x\n----\n", std::nullopt},
      {"---", std::nullopt},
      {"", std::nullopt},
  };
  for (const Row& row : rows) {
    CAPTURE(row.raw);
    const auto block = find_front_matter(row.raw);
    REQUIRE(block.has_value() == row.body.has_value());
    if (block) CHECK(block->body_begin == *row.body);
  }
  const auto after_bom = find_front_matter("\xEF\xBB\xBF---\na: 1\n---\nx", 3);
  REQUIRE(after_bom);
  CHECK(after_bom->yaml_begin == 7);
  CHECK(after_bom->body_begin == 16);
}

TEST_CASE("parse_front_matter reads the keys factlint knows", "[text][front_matter]") {
  const Parsed p = parse(
      "---\n"
      "title: Lavrov in Islamabad\n"
      "date: 2021-04-07\n"
      "outlet: Pakistan Observer\n"
      "url: https://example.org/lavrov\n"
      "author: Asghar Ali Mubarak\n"
      "tags: [diplomacy]\n"  // other tools' keys are fine
      "factlint:\n"
      "  ignore: [trade-growth, arrival]\n"
      "---\n");
  CHECK(p.diagnostics.empty());
  CHECK(p.meta.title == "Lavrov in Islamabad");
  CHECK(p.meta.date == Date{2021, 4, 7});
  CHECK(p.meta.outlet == "Pakistan Observer");
  CHECK(p.meta.url == "https://example.org/lavrov");
  CHECK(p.meta.author == "Asghar Ali Mubarak");
  CHECK(p.meta.ignore == std::vector<std::string>{"trade-growth", "arrival"});
}

TEST_CASE("a publication date may carry a time of day", "[text][front_matter]") {
  struct Row {
    std::string_view text;
    std::optional<Date> date;
  };
  const Row rows[] = {
      {"2021-04-07", Date{2021, 4, 7}},
      {"2021-04-07T10:30:00+05:00", Date{2021, 4, 7}},
      {"2021-04-07T10:30:00Z", Date{2021, 4, 7}},
      {"2021-04-07 10:30", Date{2021, 4, 7}},
      {"2021-04-07T10:30:00.250-0400", Date{2021, 4, 7}},
      {"2021-02-30", std::nullopt},
      {"2021-04", std::nullopt},  // a publication date names a day
      {"2021", std::nullopt},
      {"2021-04-07T", std::nullopt},
      {"2021-04-07Tnoon", std::nullopt},
      {"April 7, 2021", std::nullopt},
      {"", std::nullopt},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(parse_publication_date(row.text) == row.date);
  }
}

TEST_CASE("a publication date-time keeps its time of day and UTC offset", "[text][front_matter]") {
  struct Row {
    std::string_view text;
    std::optional<int> minutes, offset;
  };
  const Row rows[] = {
      {"2014-08-03T21:00:00-04:00", 21 * 60, -240},
      {"2014-08-03T21:00-04:00", 21 * 60, -240},
      {"2014-08-03 08:30:00.123+0530", 8 * 60 + 30, 330},
      {"2014-08-03T08:30Z", 8 * 60 + 30, 0},
      {"2014-08-03T08:30", 8 * 60 + 30, std::nullopt},  // a time with no zone
      {"2014-08-03", std::nullopt, std::nullopt},
      {"2014-08-03T25:00", std::nullopt, std::nullopt},
      {"yesterday", std::nullopt, std::nullopt},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    const auto t = parse_publication_time(row.text);
    CHECK(t.minutes == row.minutes);
    CHECK(t.utc_offset_minutes == row.offset);
  }
  const Parsed p = parse("---\ndate: 2014-08-03T21:00:00-04:00\n---\nBody.\n");
  CHECK(p.meta.time_minutes == 21 * 60);
  CHECK(p.meta.utc_offset_minutes == -240);
}

TEST_CASE("the update time is read from the keys site generators use", "[text][front_matter]") {
  for (const char* key : {"updated", "lastmod", "last_modified_at", "modified", "dateModified", "updated_at"}) {
    CAPTURE(key);
    const Parsed p = parse(std::string("---\ndate: 2014-08-05\n") + key + ": 2014-08-06T09:30:00+08:00\n---\nB.\n");
    REQUIRE(p.meta.updated);
    CHECK(to_text(*p.meta.updated) == "2014-08-06 09:30 +08:00");
    CHECK(p.diagnostics.empty());
  }
  CHECK_FALSE(parse("---\ndate: 2014-08-05\n---\nB.\n").meta.updated);
}

TEST_CASE("the publication date is read from the keys site generators use", "[text][front_matter]") {
  CHECK(parse("---\npublishDate: 2023-07-14\n---\nBody.\n").meta.date == parse_publication_date("2023-07-14"));
  CHECK(parse("---\npubDate: 2023-07-14\n---\nBody.\n").meta.date == parse_publication_date("2023-07-14"));
  // "date" wins over the others; Jekyll's "published: false" is not a date.
  CHECK(parse("---\ndate: 2023-07-01\npublishDate: 2023-07-14\n---\nB.\n").meta.date ==
        parse_publication_date("2023-07-01"));
  const Parsed jekyll = parse("---\npublished: false\n---\nBody.\n");
  CHECK_FALSE(jekyll.meta.date.has_value());
  CHECK(jekyll.diagnostics.empty());
}

TEST_CASE("front matter problems are warnings at their place on disk", "[text][front_matter]") {
  struct Row {
    std::string_view raw;
    std::vector<std::string> diagnostics;
  };
  const Row rows[] = {
      {"---\ntitle: ok\ndate: 2021-02-30\n---\n",
       {"a.md:3:7: warning: invalid publication date '2021-02-30' (expected an ISO 8601 date such as "
        "'2021-04-07'; relative dates will not be checked)"}},
      {"---\ntitle: [not, a, string]\n---\n", {"a.md:2:8: warning: front matter key 'title' must be a string"}},
      {"---\nfactlint:\n  ignor: [x]\n---\n",
       {"a.md:3:3: warning: unknown key 'ignor' under 'factlint' (did you mean 'ignore'?)"}},
      {"---\nfactlint:\n  severity: info\n---\n",
       {"a.md:3:3: warning: unknown key 'severity' under 'factlint' (known keys: 'ignore')"}},
      {"---\nfactlint: [x]\n---\n",
       {"a.md:2:11: warning: front matter key 'factlint' must be a mapping (e.g. 'factlint: {ignore: [fact-id]}')"}},
      {"---\n- a list\n---\n",
       {"a.md:2:1: warning: front matter must be a mapping of keys to values (e.g. 'title: ...' and 'date: "
        "2021-04-07')"}},
      {"---\ntitle: \xE2\x80\x9Cok\xE2\x80\x9D\ndate: [2021]\n---\n",
       {"a.md:3:7: warning: front matter key 'date' must be a string"}},
      {"---\ndate: 2014-08-05\nupdated: yesterday\n---\n",
       {"a.md:3:10: warning: invalid update time 'yesterday': 'yesterday' is not a date: write it as 2014-08-06, or "
        "2014-08-06T08:00+08:00 with a time (expected an ISO 8601 date or date-time such as "
        "'2014-08-06T08:00:00+08:00')"}},
      {"---\ndate: 2014-08-05\nlastmod: 2014-08-06T09:00+15:00\n---\n",
       {"a.md:3:10: warning: invalid update time '2014-08-06T09:00+15:00': the zone +15:00 does not exist: UTC "
        "offsets run from -12:00 to +14:00 (expected an ISO 8601 date or date-time such as "
        "'2014-08-06T08:00:00+08:00')"}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.raw);
    CHECK(parse(row.raw).diagnostics == row.diagnostics);
  }
}

TEST_CASE("a YAML syntax error is one warning in plain words at its place in the article", "[text][front_matter]") {
  const Parsed p = parse("---\ntitle: ok\ndate: [2021-04-07\n---\nbody\n");
  REQUIRE(p.diagnostics.size() == 1);
  // Line numbers in the words count the article's lines, as the place does.
  CHECK(p.diagnostics[0] ==
        "a.md:4:1: warning: invalid front matter: the list opened with '[' on line 3 is not closed (the article is "
        "checked without its front matter)");
  CHECK_FALSE(p.meta.date);
  const Parsed tab = parse("---\ntitle: ok\n\tdate: 2021-04-07\n---\nbody\n");
  REQUIRE(tab.diagnostics.size() == 1);
  CHECK(tab.diagnostics[0] ==
        "a.md:3:1: warning: invalid front matter: line 3 is indented with a tab; YAML allows only spaces (the article "
        "is checked without its front matter)");
}

TEST_CASE("schema.org's datePublished and a dated 'published' give the publication date", "[text][front_matter]") {
  CHECK(parse("---\ndatePublished: 2023-07-14T09:00:00Z\n---\nB.\n").meta.date == parse_publication_date("2023-07-14"));
  const Parsed published = parse("---\npublished: 2023-07-15\n---\nB.\n");
  CHECK(published.meta.date == parse_publication_date("2023-07-15"));
  CHECK(published.diagnostics.empty());
}

TEST_CASE("Hugo's TOML front matter between +++ lines is read like YAML's", "[text][front_matter]") {
  const std::string raw =
      "+++\n"
      "title = \"Toll rises to 589\"\n"
      "date = 2014-08-05T21:00:00-04:00\n"
      "lastmod = \"2014-08-06T09:30:00+08:00\"\n"
      "[factlint]\n"
      "ignore = [\"deaths\"]\n"
      "+++\n"
      "Body.\n";
  const auto block = find_front_matter(raw);
  REQUIRE(block);
  CHECK(block->format == factlint::text::FrontMatterFormat::kToml);
  CHECK(block->body_begin == raw.find("Body."));
  const Parsed p = parse(raw);
  CHECK(p.diagnostics.empty());
  CHECK(p.meta.title == "Toll rises to 589");
  CHECK(p.meta.date == parse_publication_date("2014-08-05"));
  CHECK(p.meta.time_minutes == 21 * 60);
  CHECK(p.meta.utc_offset_minutes == -240);
  CHECK(p.meta.updated.has_value());
  CHECK(p.meta.ignore == std::vector<std::string>{"deaths"});
  // The headline is display text mapped to its bytes on disk, inside the quotes.
  REQUIRE(p.meta.display.size() == 1);
  CHECK(p.meta.display[0].origin.front() == raw.find("Toll"));
}

TEST_CASE("TOML front matter problems are warnings at their place on disk", "[text][front_matter]") {
  CHECK(parse("+++\ntitle = \"ok\"\ndate = \"2021-02-30\"\n+++\n").diagnostics ==
        std::vector<std::string>{"a.md:3:8: warning: invalid publication date '2021-02-30' (expected an ISO 8601 date "
                                 "such as '2021-04-07'; relative dates will not be checked)"});
  CHECK(parse("+++\n[factlint]\nignor = [\"x\"]\n+++\n").diagnostics ==
        std::vector<std::string>{"a.md:3:1: warning: unknown key 'ignor' under 'factlint' (did you mean 'ignore'?)"});
  const Parsed broken = parse("+++\ntitle = \"ok\ndate = 2021-04-07\n+++\n");
  REQUIRE(broken.diagnostics.size() == 1);
  CHECK_THAT(broken.diagnostics[0], Catch::StartsWith("a.md:2:12: warning: invalid TOML front matter: "));
  CHECK_FALSE(broken.meta.date);
}

TEST_CASE("Hugo's JSON front matter (an object opening the file) is read like YAML's", "[text][front_matter]") {
  const std::string raw = "{\n  \"title\": \"Toll {rises}\",\n  \"date\": \"2014-08-05\"\n}\nBody.\n";
  const auto block = find_front_matter(raw);
  REQUIRE(block);
  CHECK(block->format == factlint::text::FrontMatterFormat::kJson);
  CHECK(block->body_begin == raw.find("Body."));
  const Parsed p = parse(raw);
  CHECK(p.diagnostics.empty());
  CHECK(p.meta.title == "Toll {rises}");
  CHECK(p.meta.date == parse_publication_date("2014-08-05"));
  // Prose that opens with a brace is not front matter.
  CHECK_FALSE(find_front_matter("{braces} in the first line\n"));
}

TEST_CASE("a front matter block that never closes is named for a warning", "[text][front_matter]") {
  using factlint::text::unclosed_front_matter;
  CHECK(unclosed_front_matter("+++\ntitle = \"x\"\nBody.\n") ==
        "the front matter opened by '+++' on line 1 is never closed by a '+++' line: the article is checked as if it "
        "had none");
  CHECK(unclosed_front_matter("---\ntitle: x\nBody.\n").has_value());
  CHECK(unclosed_front_matter("{\n\"title\": \"x\"\nBody.\n") ==
        "the JSON front matter opened by '{' on line 1 never closes: the article is checked as if it had none");
  CHECK_FALSE(unclosed_front_matter("---\ntitle: x\n---\nBody.\n"));
  CHECK_FALSE(unclosed_front_matter("Body.\n"));
  CHECK_FALSE(unclosed_front_matter("{a} and more\n"));
  CHECK(factlint::text::body_begin("\xEF\xBB\xBF+++\na = 1\n+++\nB") == 17);
}

TEST_CASE("front matter nested too deeply is one warning in every form", "[text][front_matter]") {
  const std::string deep(50000, '[');
  const std::string closing(50000, ']');
  struct Row {
    std::string raw;
    std::string_view message;
  };
  const Row rows[] = {
      {"---\na: " + deep + "\n---\nBody.\n", "invalid front matter: nested too deeply"},
      {"{\"a\": " + deep + closing + "}\nBody.\n", "invalid JSON front matter: nested too deeply"},
      {"+++\na = " + deep + "\n+++\nBody.\n", "invalid TOML front matter: "},
  };
  for (const Row& row : rows) {
    const Parsed p = parse(row.raw);
    REQUIRE(p.diagnostics.size() == 1);
    CHECK_THAT(p.diagnostics[0], Catch::Contains(std::string(row.message)));
  }
}
