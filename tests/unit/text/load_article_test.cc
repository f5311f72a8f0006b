#include "checker/text/load_article.h"

#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "checker/text/normalize.h"
#include "checker/util/utf8.h"

using factlint::Date;
using factlint::Diagnostics;
using factlint::format_diagnostic;
using factlint::text::Article;
using factlint::text::load_article;
using factlint::text::Skipped;
using namespace std::string_literals;

namespace {

Article load_ok(std::string path, std::string raw, Diagnostics& diags) {
  auto loaded = load_article(std::move(path), std::move(raw), diags);
  REQUIRE(std::holds_alternative<Article>(loaded));
  return std::get<Article>(std::move(loaded));
}

std::string skip_reason(std::string raw) {
  Diagnostics diags;
  auto loaded = load_article("bad.txt", std::move(raw), diags);
  REQUIRE(std::holds_alternative<Skipped>(loaded));
  CHECK(std::get<Skipped>(loaded).path == "bad.txt");
  return std::get<Skipped>(loaded).reason;
}

// Line and column of every raw byte, counted the slow, obvious way.
struct Naive {
  int line = 1, column = 1;
};
std::vector<Naive> naive_positions(std::string_view raw) {
  std::vector<Naive> out;
  Naive at;
  std::size_t i = 0;
  while (i < raw.size()) {
    const std::size_t length = factlint::util::decode_utf8(raw, i).length;
    for (std::size_t k = 0; k < length; ++k) out.push_back(at);
    if (raw[i] == '\n') {
      at = {at.line + 1, 1};
    } else if (raw[i] != '\r' || i + 1 >= raw.size() || raw[i + 1] != '\n') {  // "\r\n" is one line end
      ++at.column;
    }
    i += length;
  }
  out.push_back(at);  // end of file
  return out;
}

// Front matter, curly quotes, NBSP, an em dash, a flag emoji (two code
// points), an ellipsis, a tab and CRLF line ends.
const std::string kTricky =
    "---\r\n"
    "title: \xE2\x80\x9CLavrov\xE2\x80\x9D\r\n"
    "date: 2021-04-07\r\n"
    "---\r\n"
    "Pakistan\xE2\x80\x99s FM\xC2\xA0Qureshi \xE2\x80\x94 said \xF0\x9F\x87\xB5\xF0\x9F\x87\xB0 "
    "\xE2\x80\x9C" "46 percent\xE2\x80\x9D\xE2\x80\xA6\r\n"
    "\r\n"
    "Second line: Lavrov\tarrived.\r\n";

}  // namespace

TEST_CASE("load_article maps every text byte to its exact line and column on disk", "[text][load_article]") {
  Diagnostics diags;
  const Article a = load_ok("corpus/tricky.txt", kTricky, diags);
  CHECK(diags.entries().empty());
  CHECK(a.meta.title == "\xE2\x80\x9CLavrov\xE2\x80\x9D");
  CHECK(a.meta.date == Date{2021, 4, 7});
  // The title comes first, a paragraph of its own, then the body.
  CHECK(a.text == "\"Lavrov\"\n\nPakistan's FM Qureshi - said \xF0\x9F\x87\xB5\xF0\x9F\x87\xB0 \"46 percent\"...\n\nSecond line: Lavrov arrived.\n");
  REQUIRE(a.origin.size() == a.text.size() + 1);

  const std::vector<Naive> naive = naive_positions(a.raw);
  std::uint32_t previous = 0;
  for (std::size_t i = 0; i <= a.text.size(); ++i) {
    CAPTURE(i);
    const std::uint32_t raw_offset = a.origin[i];
    REQUIRE(raw_offset <= a.raw.size());
    CHECK(raw_offset >= previous);  // origins never go backwards
    previous = raw_offset;
    const auto p = a.position(i);
    CHECK(p.line == naive[raw_offset].line);
    CHECK(p.column == naive[raw_offset].column);
    if (i == a.text.size()) continue;
    // The raw character behind the byte normalises to text containing it.
    const std::size_t length = factlint::util::decode_utf8(a.raw, raw_offset).length;
    const std::string from = factlint::text::normalize(std::string_view(a.raw).substr(raw_offset, length)).text;
    const bool copied_byte = a.raw[raw_offset] == a.text[i];
    // The blank line after a front-matter field is the text's own: it maps to the field's end.
    const bool field_break = a.text[i] == '\n' && i < a.text.find("Pakistan");
    CHECK((copied_byte || field_break || from.find(a.text[i]) != std::string::npos));
  }

  struct Row {
    std::string_view word;
    int line, column;
  };
  const Row rows[] = {{"Lavrov\"", 2, 9}, {"Pakistan", 5, 1}, {"Qureshi", 5, 15}, {"said", 5, 25},
                      {"46", 5, 34},       {"...", 5, 45},     {"Lavrov arrived", 7, 14}, {"arrived", 7, 21}};
  for (const Row& row : rows) {
    CAPTURE(row.word);
    const auto p = a.position(a.text.find(row.word));
    CHECK(p.line == row.line);
    CHECK(p.column == row.column);
  }
  const std::size_t q = a.text.find("Pakistan's");
  CHECK(a.raw_span(q, q + 10) == "Pakistan\xE2\x80\x99s");
}

TEST_CASE("load_article skips files that are not text and says where", "[text][load_article]") {
  CHECK(skip_reason("ok\nab\xFF") == "not valid UTF-8 (byte 0xff at line 2, column 3)");
  CHECK(skip_reason("\xC3\xA9t\xC3\xA9\n\xE2\x80\x99\xC3(") == "not valid UTF-8 (byte 0xc3 at line 2, column 2)");
  CHECK(skip_reason("text\n\nab\0cd"s) == "contains a NUL byte at line 3, column 3 (binary file?)");
  CHECK(skip_reason("\0\xFF"s) == "contains a NUL byte at line 1, column 1 (binary file?)");
  CHECK(skip_reason("\xFF\0"s) == "not valid UTF-8 (byte 0xff at line 1, column 1)");
}

TEST_CASE("load_article ignores a byte order mark and keeps columns right", "[text][load_article]") {
  Diagnostics diags;
  const Article a = load_ok("bom.txt", "\xEF\xBB\xBF---\ndate: 2021-04-06\n---\nLavrov arrived.", diags);
  CHECK(a.text == "Lavrov arrived.");
  CHECK(a.meta.date == Date{2021, 4, 6});
  CHECK(a.position(0).line == 4);
  CHECK(a.position(0).column == 1);
  const Article b = load_ok("bom.txt", "\xEF\xBB\xBFLavrov", diags);
  CHECK(b.text == "Lavrov");
  CHECK(b.position(0).column == 2);  // editors count the BOM as a character
}

TEST_CASE("load_article blanks markdown syntax only in markdown files", "[text][load_article]") {
  Diagnostics diags;
  const std::string raw = "# Lavrov *visits*\n\nSee [the FO](https://mofa.gov.pk).\n";
  const Article md = load_ok("a.md", raw, diags);
  CHECK(md.text == "  Lavrov  visits \n\nSee  the FO                      .\n");
  const Article markdown = load_ok("A.MARKDOWN", raw, diags);
  CHECK(markdown.text == md.text);
  const Article txt = load_ok("a.txt", raw, diags);
  CHECK(txt.text == raw);
  CHECK(md.position(md.text.find("FO")).column == 10);
}

TEST_CASE("load_article checks an article whose front matter is broken", "[text][load_article]") {
  Diagnostics diags;
  const Article a = load_ok("corpus/x.md", "---\ntitle: [unclosed\ndate: 2021-04-07\n---\nBody text.\n", diags);
  CHECK(a.text == "Body text.\n");
  CHECK_FALSE(a.meta.date);
  REQUIRE(diags.entries().size() == 1);
  CHECK_FALSE(diags.has_errors());
  CHECK_THAT(format_diagnostic(diags.entries()[0]), Catch::StartsWith("corpus/x.md:"));
  CHECK(a.position(0).line == 5);
}

TEST_CASE("load_article reads files without front matter or content", "[text][load_article]") {
  Diagnostics diags;
  const Article empty = load_ok("e.txt", "", diags);
  CHECK(empty.text.empty());
  CHECK(empty.origin.size() == 1);
  CHECK(empty.position(0).line == 1);
  CHECK(diags.entries().empty());
  // A front matter line that is never closed: the text is all body, and a warning says why.
  const Article rule = load_ok("r.txt", "---\nnot closed\n", diags);
  CHECK(rule.text == "---\nnot closed\n");
  REQUIRE(diags.entries().size() == 1);
  CHECK_THAT(format_diagnostic(diags.entries()[0]),
             Catch::StartsWith("r.txt:1:1: warning: the front matter opened by '---' on line 1 is never closed"));
}

TEST_CASE("load_article survives arbitrary input without throwing", "[text][load_article]") {
  std::mt19937 random(20210407);
  // Fragments that exercise every stage: front matter fences and YAML,
  // typographic characters, markdown syntax, CRLF, broken UTF-8.
  const std::vector<std::string> fragments = {
      "---\n", "...\n", "title: x\n", "date: 2021-04-07\n", "date: [\n", "factlint: {ignore: [a]}\n",
      "factlint: {ignre: 1}\n", ": :\n", "{", "]", "\"", "'", "- ", "* ", "# ", "> ", "`", "_", "[a](b)",
      "<!--", "-->", "<b>", "http://x.y", "\r\n", "\n", "\n\n", "Gen. ", "U.S. ", "1.6 ", "word ",
      "\xE2\x80\x99", "\xE2\x80\x9C", "\xE2\x80\xA6", "\xC2\xA0", "\xF0\x9F\x98\x80", "\xEF\xBB\xBF", "\xE2\x80",
      "\xFF", std::string(1, '\0')};
  for (int round = 0; round < 1500; ++round) {
    std::string raw;
    const int n = static_cast<int>(random() % 30);
    for (int i = 0; i < n; ++i) raw += fragments[random() % fragments.size()];
    CAPTURE(raw);
    Diagnostics diags;
    const std::string path = round % 2 ? "f.md" : "f.txt";
    std::variant<Article, Skipped> loaded;
    REQUIRE_NOTHROW(loaded = load_article(path, raw, diags));
    CHECK_FALSE(diags.has_errors());  // article problems are warnings
    if (const Article* a = std::get_if<Article>(&loaded)) {
      REQUIRE(a->origin.size() == a->text.size() + 1);
      for (std::size_t i = 0; i + 1 < a->origin.size(); ++i) REQUIRE(a->origin[i] <= a->origin[i + 1]);
      REQUIRE(a->origin.back() == a->raw.size());
      const auto end = a->position(a->text.size());
      CHECK(end.line >= 1);
    }
  }
}
