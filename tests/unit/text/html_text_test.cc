#include "checker/text/html_text.h"

#include <catch2/catch.hpp>

#include <variant>

#include "checker/text/load_article.h"
#include "checker/text/sentences.h"

namespace factlint::text {
namespace {

Article load(const std::string& raw, Diagnostics& diags) {
  auto loaded = load_article("corpus/page.html", raw, diags);
  REQUIRE(std::holds_alternative<Article>(loaded));
  return std::get<Article>(std::move(loaded));
}

const char* kPage = R"(<!doctype html>
<html><head>
<title>Lavrov in Islamabad</title>
<meta property="article:published_time" content="2021-04-07T18:30:00+05:00">
<style>p { color: red; }</style>
<script>var trade = "64 percent";</script>
</head>
<body>
<h1>Lavrov in Islamabad</h1>
<p>Lavrov expressed satisfaction over a 46&nbsp;percent increase in <b>trade</b>.
He said it &amp; more.</p>
<p>&ldquo;We have provided 50,000 doses,&rdquo; he announced.</p>
</body></html>
)";

TEST_CASE("html text keeps visible prose and drops scripts and styles", "[text][html]") {
  Diagnostics diags;
  Article a = load(kPage, diags);
  CHECK(diags.entries().empty());
  CHECK(a.text.find("64 percent") == std::string::npos);
  CHECK(a.text.find("color") == std::string::npos);
  CHECK(a.text.find("Lavrov expressed satisfaction over a 46 percent increase in trade. He said it & more.") !=
        std::string::npos);
  CHECK(a.text.find("\"We have provided 50,000 doses,\" he announced.") != std::string::npos);
  CHECK(a.meta.title == "Lavrov in Islamabad");
  REQUIRE(a.meta.date);
  CHECK(to_iso(*a.meta.date) == "2021-04-07");
}

TEST_CASE("html block elements are paragraphs", "[text][html]") {
  Diagnostics diags;
  Article a = load(kPage, diags);
  std::vector<Sentence> sentences = split_sentences(a.text);
  REQUIRE(sentences.size() == 4);
  CHECK(sentences[0].paragraph != sentences[1].paragraph);  // heading, then the first <p>
  CHECK(sentences[1].paragraph == sentences[2].paragraph);  // two sentences of one <p>
  CHECK(sentences[2].paragraph != sentences[3].paragraph);
}

TEST_CASE("every html text byte maps to the characters it came from", "[text][html]") {
  Diagnostics diags;
  Article a = load(kPage, diags);
  auto at = [&](std::string_view word) {
    std::size_t i = a.text.find(word);
    REQUIRE(i != std::string::npos);
    return a.position(i);
  };
  CHECK(at("46").line == 10);
  CHECK(at("46").column == 41);
  CHECK(at("trade").column == 72);  // inside <b>
  CHECK(at("50,000").line == 12);
  CHECK(at("50,000").column == 28);
  CHECK(at("\"We").column == 4);    // &ldquo; maps to its '&'
  CHECK(at("& more").line == 11);
  CHECK(at("& more").column == 12);
  for (std::size_t i = 0; i < a.text.size(); ++i) {
    char c = a.text[i];
    if (c == ' ' || c == '\n' || c == '"' || c == '&' || c == '-' || c == '\'') continue;
    CAPTURE(i, c);
    CHECK(a.raw[a.origin[i]] == c);  // plain characters map to themselves
  }
}

TEST_CASE("the publication date comes from meta then time then meta date", "[text][html]") {
  struct Row {
    const char* head;
    const char* date;
  };
  for (const Row& row : {
           Row{R"(<meta name="date" content="2021-04-09"><time datetime="2021-04-08">x</time>)", "2021-04-08"},
           Row{R"(<meta name="date" content="2021-04-09">)", "2021-04-09"},
           Row{R"(<time datetime="2021-04-08">x</time><meta property="article:published_time" content="2021-04-07">)",
               "2021-04-07"},
       }) {
    CAPTURE(row.head);
    Diagnostics diags;
    Article a = load(std::string("<html><head></head><body>") + row.head + "<p>Text.</p></body></html>", diags);
    REQUIRE(a.meta.date);
    CHECK(to_iso(*a.meta.date) == row.date);
  }
}

TEST_CASE("an unreadable html date is a located warning", "[text][html]") {
  Diagnostics diags;
  Article a = load("<html><head>\n<meta name=\"date\" content=\"last Tuesday\">\n</head><body><p>x</p></body></html>",
                   diags);
  CHECK_FALSE(a.meta.date);
  REQUIRE(diags.entries().size() == 1);
  CHECK(format_diagnostic(diags.entries()[0]) ==
        "corpus/page.html:2:28: warning: cannot read the publication date 'last Tuesday' (use an ISO 8601 date "
        "such as 2021-04-07 or 2021-04-07T10:30:00+05:00)");
}

TEST_CASE("an html update time is read or is a located warning", "[text][html]") {
  Diagnostics diags;
  Article a = load("<html><head>\n<meta property=\"article:modified_time\" content=\"2014-08-06T09:30:00+08:00\">\n"
                   "</head><body><p>x</p></body></html>",
                   diags);
  REQUIRE(a.meta.updated);
  CHECK(to_text(*a.meta.updated) == "2014-08-06 09:30 +08:00");
  CHECK(diags.entries().empty());
  Diagnostics bad;
  Article b = load("<html><head>\n<meta property=\"article:modified_time\" content=\"soon\">\n"
                   "</head><body><p>x</p></body></html>",
                   bad);
  CHECK_FALSE(b.meta.updated);
  REQUIRE(bad.entries().size() == 1);
  CHECK(format_diagnostic(bad.entries()[0]) ==
        "corpus/page.html:2:49: warning: cannot read the update time 'soon': 'soon' is not a date: write it as "
        "2014-08-06, or 2014-08-06T08:00+08:00 with a time (use an ISO 8601 date-time such as "
        "2014-08-06T08:00:00+08:00)");
}

TEST_CASE("html nested deeper than any article is skipped with the reason", "[text][html]") {
  std::string nested;
  for (int i = 0; i < 100000; ++i) nested += "<div>";
  nested += "deep 46 percent";
  Diagnostics diags;
  auto loaded = load_article("x.html", nested, diags);
  REQUIRE(std::holds_alternative<Skipped>(loaded));
  CHECK(std::get<Skipped>(loaded).reason ==
        "HTML nested more than 2000 elements deep (not checked: too slow to parse safely)");
  // Closed elements, unclosed paragraphs and void elements do not count.
  std::string flat;
  for (int i = 0; i < 5000; ++i) flat += "<div><p>a<br><img src=x></div><li>b";
  CHECK_FALSE(html_too_deep(flat));
  std::string just_deep_enough;
  for (int i = 0; i < kMaxHtmlDepth; ++i) just_deep_enough += "<div>";
  CHECK_FALSE(html_too_deep(just_deep_enough));
  CHECK(html_too_deep(just_deep_enough + "<span>"));
}

TEST_CASE("hostile html is read without crashing", "[text][html]") {
  std::string nested;
  for (int i = 0; i < kMaxHtmlDepth / 3; ++i) nested += "<div><i><b>";  // as deep as allowed
  for (const std::string& page : {nested, std::string("<p>unclosed &amp &#99999999; &#x; <b>bold"),
                                  std::string("<<<>>>&&&;;;"), std::string(""), std::string("\r\n<p>a\r\nb</p>")}) {
    Diagnostics diags;
    auto loaded = load_article("x.htm", page, diags);
    REQUIRE(std::holds_alternative<Article>(loaded));
    const Article& a = std::get<Article>(loaded);
    REQUIRE(a.origin.size() == a.text.size() + 1);
    for (std::uint32_t o : a.origin.to_vector()) CHECK(o <= a.raw.size());
  }
}

// Found by fuzz_load_article: the white space after </html> is put in <body>,
// whose end tag (where its paragraph break maps) comes before it in the file.
TEST_CASE("html text maps to the file in order even when gumbo reorders nodes", "[text][html]") {
  for (const std::string& page : {std::string("<body><p>a</p></body></html>\n"),
                                  std::string("<p><b>one<i>two</b>three</i> four</p>"),
                                  std::string("<table>x<tr><td>1</td></tr>y</table>z"),
                                  std::string(kPage)}) {
    Diagnostics diags;
    const Article a = load(page, diags);
    REQUIRE(a.origin.size() == a.text.size() + 1);
    for (std::size_t i = 1; i < a.origin.size(); ++i) {
      INFO("text byte " << i << " of: " << page);
      REQUIRE(a.origin[i - 1] <= a.origin[i]);
    }
    CHECK(a.origin.back() == a.raw.size());
  }
}

}  // namespace
}  // namespace factlint::text
