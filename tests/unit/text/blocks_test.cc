#include "checker/text/blocks.h"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "checker/text/document.h"
#include "checker/text/load_article.h"

using factlint::Diagnostics;
using factlint::text::Article;
using factlint::text::Document;
using factlint::text::load_article;
using factlint::text::make_document;
using factlint::text::Role;
using factlint::text::role_name;

namespace {

Article load(std::string path, std::string raw) {
  Diagnostics diags;
  auto loaded = load_article(std::move(path), std::move(raw), diags);
  REQUIRE(std::holds_alternative<Article>(loaded));
  return std::get<Article>(std::move(loaded));
}

// "headline: Toll rises to 589" for every part of the article that is not body.
std::vector<std::string> parts(const Article& article) {
  const Document document = make_document(article);
  std::vector<std::string> out;
  for (const auto& b : document.structure.blocks) {
    std::string words = article.text.substr(b.begin, b.end - b.begin);
    while (!words.empty() && words.back() == ' ') words.pop_back();
    while (!words.empty() && words.front() == ' ') words.erase(0, 1);
    out.push_back(std::string(role_name(b.role)) + ": " + words);
  }
  return out;
}

using Parts = std::vector<std::string>;

}  // namespace

TEST_CASE("front-matter title and standfirst are display text at their place in the file", "[text][blocks]") {
  const Article a = load("a.md",
                         "---\n"
                         "description: \"Officials put the toll at 589\"\n"
                         "title: 'China quake: toll rises to 589'\n"
                         "date: 2014-08-06\n"
                         "---\n"
                         "Rescuers dug through rubble on Wednesday.\n");
  CHECK(parts(a) == Parts{"standfirst: Officials put the toll at 589", "headline: China quake: toll rises to 589"});
  // Fields keep file order: the standfirst (line 2) comes before the title (line 3).
  const std::size_t toll = a.text.find("589");
  CHECK(a.position(toll).line == 2);
  CHECK(a.position(toll).column == 41);
  const std::size_t title = a.text.find("toll rises");
  CHECK(a.position(title).line == 3);
  CHECK(a.position(title).column == 22);
  CHECK(a.raw_span(title, title + 10) == "toll rises");
}

TEST_CASE("a folded or escaped title still maps to the right line", "[text][blocks]") {
  const Article a = load("a.md",
                         "---\n"
                         "title: \"Toll \\\"nears\\\" 400\n"
                         "  as rain hampers rescue\"\n"
                         "---\n"
                         "Body.\n");
  REQUIRE(a.meta.display.size() == 1);
  CHECK(a.meta.display[0].value == "Toll \"nears\" 400 as rain hampers rescue");
  const std::size_t rain = a.text.find("rain");
  CHECK(a.position(rain).line == 3);
  CHECK(a.position(rain).column == 6);
  const std::size_t figure = a.text.find("400");
  CHECK(a.position(figure).line == 2);
  CHECK(a.position(figure).column == 24);
}

TEST_CASE("Markdown images and headings and bold lines say what a paragraph is", "[text][blocks]") {
  const Article a = load("a.md",
                         "# Death toll in China quake nears 400\n"
                         "\n"
                         "**Officials say 1,800 people were injured**\n"
                         "\n"
                         "By Ben Blanchard\n"
                         "\n"
                         "BEIJING, Aug. 4 (Xinhua) -- The toll rose to 398 on Monday.\n"
                         "\n"
                         "![Rescuers search rubble in Longtoushan, where 100 died](p.jpg)\n"
                         "*Photo: Xinhua*\n"
                         "\n"
                         "## Rain on the way\n"
                         "\n"
                         "Photo: a rescuer carries a child, one of 150 injured.\n"
                         "\n"
                         "Rain is forecast.\n");
  CHECK(parts(a) == Parts{"headline: Death toll in China quake nears 400",
                          "standfirst: Officials say 1,800 people were injured",
                          "byline: By Ben Blanchard",
                          "dateline: BEIJING, Aug. 4 (Xinhua) --",
                          "caption: Rescuers search rubble in Longtoushan, where 100 died",
                          "caption: Photo: Xinhua",
                          "heading: Rain on the way",
                          "caption: Photo: a rescuer carries a child, one of 150 injured."});
}

TEST_CASE("a first line repeating the title is the headline", "[text][blocks]") {
  const Article a = load("a.md",
                         "---\n"
                         "title: \"Russian foreign minister meets Pakistani premier\"\n"
                         "---\n"
                         "Russian foreign minister meets Pakistani premier\n"
                         "Russia's foreign minister met the Pakistani prime minister in Islamabad on Wednesday "
                         "for talks on host of issues including the troubled peace process.\n"
                         "Meeting with army chief\n"
                         "Lavrov also called on the army chief.\n");
  CHECK(parts(a) == Parts{"headline: Russian foreign minister meets Pakistani premier",
                          "headline: Russian foreign minister meets Pakistani premier"});
}

TEST_CASE("datelines are read in their usual forms and nowhere else", "[text][blocks]") {
  struct Row {
    std::string_view paragraph;
    std::string_view dateline;  // empty: none
    std::string_view agency;
  };
  const Row rows[] = {
      {"ISLAMABAD (Reuters) - Pakistan agreed a loan.", "ISLAMABAD (Reuters) - ", "Reuters"},
      {"BEIJING, Aug. 4 (Xinhua) -- The toll rose.", "BEIJING, Aug. 4 (Xinhua) -- ", "Xinhua"},
      {"KUNMING, China, Aug. 4, 2014 (AP) - Rescuers dug.", "KUNMING, China, Aug. 4, 2014 (AP) - ", "AP"},
      {"NEW DELHI: Officials said 12 people died.", "", ""},
      {"NEW DELHI - Officials said 12 people died.", "NEW DELHI - ", ""},
      {"Islamabad (APP): The minister said.", "Islamabad (APP): ", "APP"},
      {"The toll rose - officials said - to 400.", "", ""},
      {"US officials said: the deal is done.", "", ""},
      {"A 6.5-magnitude quake struck.", "", ""},
      {"IMF staff reached an agreement - the board meets later.", "", ""},
  };
  for (const Row& row : rows) {
    CAPTURE(row.paragraph);
    const Article a = load("a.txt", std::string(row.paragraph));
    const Document d = make_document(a);
    if (row.dateline.empty()) {
      CHECK(d.structure.datelines.empty());
      continue;
    }
    REQUIRE(d.structure.datelines.size() == 1);
    const auto& dl = d.structure.datelines[0];
    CHECK(a.text.substr(dl.begin, dl.end - dl.begin) == row.dateline);
    CHECK(a.text.substr(dl.agency_begin, dl.agency_end - dl.agency_begin) == row.agency);
    CHECK(d.role_at(dl.begin) == Role::kDateline);
    CHECK(d.role_at(dl.end) == Role::kBody);
  }
}

TEST_CASE("HTML headline and dek and figure caption and crossheads are marked", "[text][blocks]") {
  const Article a = load("a.html",
                         "<html><head><title>Quake - News</title></head><body>"
                         "<h1>Toll rises to 589</h1>"
                         "<p class=\"article-dek\">Officials say 2,401 injured</p>"
                         "<figure><img src=x.jpg><figcaption>Rescuers in <b>Ludian</b>, 504 dead</figcaption></figure>"
                         "<p>LUDIAN, China (AP) - The toll rose to 589.</p>"
                         "<h2>Rain</h2><p>Rain fell.</p>"
                         "</body></html>");
  CHECK(parts(a) == Parts{"headline: Toll rises to 589", "standfirst: Officials say 2,401 injured",
                          "caption: Rescuers in Ludian, 504 dead", "dateline: LUDIAN, China (AP) -",
                          "heading: Rain"});
}

TEST_CASE("a key points box and the author are display and byline", "[text][blocks]") {
  const Article a = load("a.md",
                         "---\n"
                         "author: He Hulfeng\n"
                         "---\n"
                         "Rescuers dug on Monday.\n\n"
                         "## Key Points\n\n"
                         "- At least 381 people dead and 1,801 injured\n"
                         "- More than 2,500 troops sent\n\n"
                         "Li reached the village on Monday.\n\n"
                         "- a list in the body stays body\n");
  CHECK(parts(a) == Parts{"byline: He Hulfeng", "heading: Key Points",
                          "summary: - At least 381 people dead and 1,801 injured",
                          "summary: - More than 2,500 troops sent"});
}

TEST_CASE("Markdown table rows are tables", "[text][blocks]") {
  const Article a = load("a.md",
                         "The deficit is 5.9%.\n\n"
                         "| | FY24 | FY23 |\n"
                         "|---|---|---|\n"
                         "| Fiscal deficit | 17.87 | 17.55 |\n");
  CHECK(parts(a) == Parts{"table: | | FY24 | FY23 |", "table: |---|---|---|", "table: | Fiscal deficit | 17.87 | 17.55 |"});
}

TEST_CASE("ordinary paragraphs are body", "[text][blocks]") {
  const Article a = load("a.md",
                         "The toll rose to 398 on Monday, officials said.\n\n"
                         "By Tuesday, 410 people had died.\n\n"
                         "Photographers were not allowed in.\n\n"
                         "**Rescuers worked through the night, and by Wednesday morning they had pulled 40 people "
                         "out alive from the rubble of the town.**\n");
  CHECK(parts(a).empty());
}
