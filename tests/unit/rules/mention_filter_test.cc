#include "checker/rules/mention_filter.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "checker/rules/compiled_pattern.h"
#include "checker/text/load_article.h"
#include "../text_and_rules_fixture.h"

namespace factlint::rules {
namespace {

using Engine = MentionFilter::Engine;

// Every mention pattern compiled as a sheet's are.
std::vector<std::unique_ptr<const Pattern>> compile(const std::vector<std::string>& mentions) {
  std::vector<std::unique_ptr<const Pattern>> out;
  Diagnostics diags;
  for (const std::string& m : mentions) {
    out.push_back(Pattern::compile({m, {"rules/x.yaml", 1, 1}}, diags));
    REQUIRE(out.back());
  }
  return out;
}

// Whether any of `patterns` matches the text factlint makes of the file.
bool text_mentions(const std::vector<std::unique_ptr<const Pattern>>& patterns, const std::string& path,
                   const std::string& raw) {
  Diagnostics diags;
  auto loaded = text::load_article(path, raw, diags);
  const auto* article = std::get_if<text::Article>(&loaded);
  if (!article) return false;
  for (const auto& p : patterns)
    if (p->search(article->text)) return true;
  return false;
}

const std::vector<std::string> kMentions = {R"(\bLavrov\b)", R"(\bLudian\b)", R"(earthquake in Morocco)",
                                            R"(\b(?:Kiptum|Chepngetich)\b)", R"((?-i)\bIMF\b)",
                                            R"(\bZürich\b)", R"(\bİstanbul\b)"};

TEST_CASE("an atom's pieces are its runs of ASCII word characters", "[rules][mention_filter]") {
  using V = std::vector<std::string>;
  CHECK(atom_pieces("lavrov") == V{"lavrov"});
  CHECK(atom_pieces("international monetary fund") == V{"international", "monetary", "fund"});
  CHECK(atom_pieces("earthquake in morocco") == V{"earthquake", "morocco"});  // under 3: in nearly every article
  CHECK(atom_pieces("zürich") == V{"rich"});
  CHECK(atom_pieces("d'ivoire") == V{"ivoire"});
  CHECK(atom_pieces("snake_case") == V{"snake_case"});
  CHECK(atom_pieces("ab cd").empty());
  CHECK(atom_pieces("東京").empty());
}

TEST_CASE("the filter is usable only when every mention can be ruled out by its pieces",
          "[rules][mention_filter]") {
  const auto filter = MentionFilter::build(kMentions);
  REQUIRE(filter);
  CHECK(filter->usable());
  const std::vector<std::string> sorted = {"chepngetich", "earthquake", "imf",  "kiptum", "lavrov",
                                           "ludian",      "morocco",    "rich", "stanbul"};
  CHECK(filter->pieces() == sorted);
  CHECK_FALSE(MentionFilter::build({}));
  for (const char* other : {R"(\b\d+\b)", R"(\bUN\b)", R"(東京)", R"(Lav(rov)"}) {
    // Any number, two letters, no ASCII to look for, a pattern RE2 refuses.
    CAPTURE(other);
    const auto unusable = MentionFilter::build({R"(\bLavrov\b)", other});
    REQUIRE(unusable);
    CHECK_FALSE(unusable->usable());
    CHECK(unusable->pieces().empty());
    CHECK_FALSE(unusable->rules_out("a.md", "Rain fell.\n"));  // rules nothing out
  }
  // AND and OR: a pattern needing two words, or a phrase, is ruled out when
  // one of them is missing.
  const auto both = MentionFilter::build({R"(Kiptum.*record)", R"(\bInternational Monetary Fund\b)"});
  REQUIRE(both);
  CHECK(both->pieces() == std::vector<std::string>{"fund", "international", "kiptum", "monetary", "record"});
  CHECK(both->rules_out("a.md", "A marathon record, an international fund."));
  CHECK_FALSE(both->rules_out("a.md", "Kiptum set a record."));
  CHECK_FALSE(both->rules_out("a.md", "The international monetary fund."));
  CHECK_FALSE(both->rules_out("a.md", "Fund: monetary and international."));  // the pieces, apart: kept
  const auto either = MentionFilter::build({R"(\bT[üu]rkiye\b)", R"(\bAl[- ]Haouz\b)"});
  REQUIRE(either);
  CHECK(either->pieces() == std::vector<std::string>{"haouz", "rkiye", "turkiye"});
  CHECK_FALSE(either->rules_out("a.md", "In Türkiye."));
  CHECK_FALSE(either->rules_out("a.md", "In Al Haouz."));
  CHECK(either->rules_out("a.md", "In Turkey."));
}

TEST_CASE("a file is ruled out only when no piece or hidden letter is in its bytes", "[rules][mention_filter]") {
  for (Engine engine : {Engine::kBest, Engine::kRe2}) {
    const auto filter = MentionFilter::build(kMentions, engine);
    REQUIRE(filter);
    CAPTURE(filter->engine());
    const std::string front = "---\ntitle: Floods in the north\ndate: 2024-01-02\n---\n";
    CHECK(filter->rules_out("a.md", front + "Rain fell on the valley for a week.\n"));
    CHECK_FALSE(filter->rules_out("a.md", front + "Mr LAVROV arrived.\n"));             // any case
    CHECK_FALSE(filter->rules_out("a.md", front + "The **earthquake** in Morocco.\n"));  // both pieces
    CHECK(filter->rules_out("a.md", front + "The earthquake shook it.\n"));  // one piece of two
    CHECK_FALSE(filter->rules_out("a.md", "---\ntitle: Ludian floods\n---\nRain.\n"));  // front matter counts
    CHECK(filter->rules_out("a.md", "---\ntitle: Lud**ian**\n---\nRain.\n"));  // "Lud  ian  " names nothing
    CHECK_FALSE(filter->rules_out("a.html", "<p>Rain fell.</p>"));                     // HTML: always made
    CHECK_FALSE(filter->rules_out("A.HTM", "<p>Rain fell.</p>"));
    CHECK_FALSE(filter->rules_out("a.md", front + "Rain\xE2\x80\x8B fell.\n"));   // zero-width space
    CHECK_FALSE(filter->rules_out("a.md", front + "Rain \xEF\xBB\xBF" " fell.\n"));  // U+FEFF inside
    CHECK(filter->rules_out("a.md", "\xEF\xBB\xBF" + front + "Rain fell.\n"));    // a byte-order mark
    CHECK_FALSE(filter->rules_out("a.md", front + "\xFF\xEF\xBB\xBF" "Rain.\n"));  // after a byte that is no character
    CHECK_FALSE(filter->rules_out("a.md", front + "Ro\xC5\xBF" "e fell.\n"));        // long s
    CHECK_FALSE(filter->rules_out("a.md", front + "5 \xE2\x84\xAA.\n"));          // Kelvin sign
    CHECK_FALSE(filter->rules_out("a.md", front + "\xC4\xB0zmir.\n"));            // capital dotted I
    CHECK(filter->rules_out("a.md", front + "\xE2\x80\x9CRain\xE2\x80\x9D \xE2\x80\x94 fell.\n"));  // quotes, dash
    CHECK_FALSE(filter->rules_out("a.md", "---\ntitle: \"Rain\\x4C\"\n---\nRain.\n"));  // an escape in front matter
    CHECK(filter->rules_out("a.md", front + "A path: C:\\rain\\fell.\n"));            // a backslash in the body
  }
}

// Texts in which the mentions' words stand whole, cut by markup, made by
// entities, escapes and hidden characters, in front matter and out: the
// filter may rule a file out only when no mention matches its text.
std::string random_article(std::mt19937& random, std::string& path) {
  // The mentions' words, one word in ten; the others are other words and
  // pieces of those, which markup and hidden characters may join.
  static const std::vector<std::string> story = {"Lavrov",   "lavrov", "LUDIAN",      "Ludian", "earthquake",
                                                 "Kiptum",   "IMF",    "Chepngetich", "imf",    "Zürich",
                                                 "İstanbul", "rich",   "stanbul",     "Morocco"};
  static const std::vector<std::string> other = {"rain", "fell", "the",   "said", "record", "valley", "Lav", "rov",
                                                 "Lud",  "ian",  "earth", "quake", "Kip",   "tum",    "Zü",  "I",
                                                 "M",    "F",    "in",    "Istan", "bul",   "Chepnge", "tich"};
  static const std::vector<std::string> glue = {
      " ", " ", " ", "", "**", "_", "__", "*", "`", "~~", "<b>", "</b>", "<!-- c -->", "[", "](u)", "](u \"t t\")",
      "&#76;", "&amp;", "\t", "\xC2\xA0", "\xE2\x80\x99", "\xE2\x80\x94", "\xE2\x80\xA6", "\\", "\\*",
      "\n", "\n\n", "# ", "> ", "- ", "http://x.org/", "{", "}", "'", "-", "\r\n", "\xC3\xA9", "![", "\r"};
  // The characters the filter never rules out a file with: one glue in 40.
  static const std::vector<std::string> hidden = {"\xE2\x80\x8B", "\xE2\x80\x8C", "\xE2\x80\x8D",
                                                  "\xEF\xBB\xBF", "\xC5\xBF",      "\xE2\x84\xAA", "\xC4\xB0"};
  static const std::vector<std::string> paths = {"a.md", "a.mdx", "a.markdown", "a.txt", "a.html", "a"};
  auto pick = [&](const std::vector<std::string>& from) { return from[random() % from.size()]; };
  std::string body;
  const int n = 1 + static_cast<int>(random() % 24);
  for (int i = 0; i < n; ++i) body += (random() % 10 == 0 ? pick(story) : pick(other)) + (random() % 40 == 0 ? pick(hidden) : pick(glue));
  std::string raw;
  switch (random() % 5) {
    case 0: raw = "---\ntitle: " + pick(other) + pick(glue) + pick(other) + "\ndate: 2024-01-02\n---\n"; break;
    case 1: raw = "---\ntitle: \"" + pick(other) + "\\x4Cavrov " + pick(other) + "\"\n---\n"; break;
    case 2: raw = "+++\ntitle = \"" + pick(other) + "\\u004Cavrov\"\n+++\n"; break;
    case 3: raw = "---\nsummary: '" + pick(other) + "''" + pick(other) + "'\nauthor: " + pick(other) + "\n---\n"; break;
    default: break;
  }
  if (random() % 9 == 0) raw = "\xEF\xBB\xBF" + raw;
  path = pick(paths);
  return raw + body + "\n";
}

TEST_CASE("a file ruled out never holds a mention in its text and one kept lists every mention it holds",
          "[rules][mention_filter]") {
  const auto patterns = compile(kMentions);
  const auto best = MentionFilter::build(kMentions, Engine::kBest);
  const auto re2 = MentionFilter::build(kMentions, Engine::kRe2);
  REQUIRE(best);
  REQUIRE(re2);
  std::mt19937 random(12);
  int ruled_out = 0, mentioned = 0, listed = 0, shorter = 0;
  for (int i = 0; i < 20000; ++i) {
    std::string path;
    const std::string raw = random_article(random, path);
    std::optional<std::vector<int>> may, may_re2;
    const bool out = best->rules_out(path, raw, &may);
    CAPTURE(path, raw);
    CHECK(re2->rules_out(path, raw, &may_re2) == out);  // the two engines agree
    CHECK(may_re2 == may);
    const bool mentions = text_mentions(patterns, path, raw);
    if (out) CHECK_FALSE(mentions);
    ruled_out += out;
    mentioned += mentions;
    // Kept, and read (no list where the filter cannot tell: HTML, escapes):
    // the mentions the text holds are all in the list the filter gives.
    if (out || !may) {
      CHECK_FALSE(may);
      continue;
    }
    CHECK(std::is_sorted(may->begin(), may->end()));
    Diagnostics diags;
    auto loaded = text::load_article(path, raw, diags);
    if (const auto* article = std::get_if<text::Article>(&loaded)) {
      for (std::size_t m = 0; m < patterns.size(); ++m) {
        CAPTURE(kMentions[m]);
        if (patterns[m]->search(article->text))
          CHECK(std::binary_search(may->begin(), may->end(), static_cast<int>(m)));
      }
    }
    ++listed;
    shorter += may->size() < patterns.size() ? 1 : 0;
  }
  // Not vacuous: many files are ruled out, many mention a story, many get a
  // list, most lists shorter than every mention.
  CHECK(ruled_out > 1000);
  CHECK(mentioned > 2000);
  CHECK(listed > 2000);
  CHECK(shorter > listed / 2);
}

TEST_CASE("words made by markup and entities and escapes are not missed", "[rules][mention_filter]") {
  const auto patterns = compile(kMentions);
  const auto filter = MentionFilter::build(kMentions);
  REQUIRE(filter);
  // Each of these files holds "Lavrov" (or another mention) only once made into text.
  const std::vector<std::pair<std::string, std::string>> files = {
      {"a.html", "<p>Lav<b>rov</b> arrived.</p>"},
      {"a.html", "<p>&#76;avrov arrived.</p>"},
      {"a.md", "Lav\xE2\x80\x8Brov arrived.\n"},
      {"a.md", "---\ntitle: \"\\x4Cavrov arrived\"\n---\nRain.\n"},
      {"a.md", "+++\ntitle = \"\\u004Cavrov arrived\"\n+++\nRain.\n"},
      {"a.md", "Mr La\xC5\xBFrov\n"},  // not a mention; the long s keeps the file in all the same
  };
  for (const auto& [path, raw] : files) {
    CAPTURE(path, raw);
    if (text_mentions(patterns, path, raw)) CHECK_FALSE(filter->rules_out(path, raw));
  }
  CHECK(text_mentions(patterns, "a.html", "<p>Lav<b>rov</b> arrived.</p>"));
  CHECK(text_mentions(patterns, "a.md", "---\ntitle: \"\\x4Cavrov arrived\"\n---\nRain.\n"));
}

TEST_CASE("the rules have a filter when every sheet names its story or its folder", "[rules][mention_filter]") {
  const std::string facts = "facts:\n  - id: f\n    cues: ['\\bhouses\\b']\n    expect: 10 houses\n";
  const std::string story = "id: story\nscope:\n  mentions: ['\\bStory\\b']\n" + facts;
  const std::string folder = "id: folder\nscope:\n  paths: ['local/**']\n" + facts;
  const std::string dated = "id: dated\nscope:\n  published: 2024-01-01..2024-12-31\n" + facts;
  CHECK(testing::rules_from(std::vector<std::string>{story}).mention_filter);  // one sheet is enough
  // A folder: the articles elsewhere can be ruled out.
  CHECK(testing::rules_from(std::vector<std::string>{story, folder}).mention_filter);
  CHECK_FALSE(testing::rules_from(std::vector<std::string>{folder}).mention_filter);  // no story named
  // A window alone covers any article of 2024, whatever it says.
  CHECK_FALSE(testing::rules_from(std::vector<std::string>{story, folder, dated}).mention_filter);
}

TEST_CASE("filters made one after another each rule out on their own", "[rules][mention_filter]") {
  // Each filter's engine lives and dies in turn, so a new one may be given
  // the address of the last: a thread's scratch space follows the filter's
  // number, not the address (keyed by address, this passed here too: the
  // reuse did not happen, and Hyperscan refuses a scratch too small, which
  // would only keep files from being ruled out).
  std::vector<std::string> mentions;
  for (int k = 0; k < 40; ++k) {
    mentions.push_back("\\bStory" + std::to_string(k) + "x\\b");
    const auto filter = MentionFilter::build(mentions);
    REQUIRE(filter);
    CAPTURE(k, filter->engine());
    CHECK(filter->rules_out("a.md", "Rain fell on the valley for a week.\n"));
    CHECK_FALSE(filter->rules_out("a.md", "Story" + std::to_string(k) + "x again.\n"));
  }
}

TEST_CASE("a run over few articles goes without the filter", "[rules][mention_filter]") {
  const auto filter = MentionFilter::build(kMentions);
  REQUIRE(filter);
  const std::size_t patterns = kMentions.size();  // counted by the patterns, so that asking costs nothing
  CHECK_FALSE(filter->worth_it(1));
  CHECK_FALSE(filter->worth_it(MentionFilter::kArticlesPerPiece * patterns - 1));
  CHECK(filter->worth_it(MentionFilter::kArticlesPerPiece * patterns));
}

}  // namespace
}  // namespace factlint::rules
