#include "checker/attribution/attribute.h"

#include <catch2/catch.hpp>
#include <string>

#include "attribution_fixture.h"

namespace factlint::attribution {
namespace {

using testing::rules_from;
using testing::speaker_of;

const char* kSheet = R"(id: t
people:
  lavrov:
    name: Sergey Lavrov
    also: [Lavrov, Russian FM]
  qureshi:
    name: Shah Mahmood Qureshi
    also: [Qureshi]
attribution_cues: ['\bbriefed the press\b']
facts:
  - id: x
    cues: [x]
    expect: 1
)";

const rules::CompiledSheet& sheet() {
  static const rules::RuleSet rules = rules_from(kSheet);
  return rules.sheets.at(0);
}

TEST_CASE("he said stands for the last one who spoke", "[attribution][references]") {
  const std::string text =
      "The commission's chairman, Lavrov, announced the result on Wednesday.\n\n"
      "He said trade polled 8,794,726 votes, while Qureshi came in behind with 1,496,687.\n\n"
      "He said 939,278 votes were rejected.\n";
  CHECK(speaker_of(text, "939,278", sheet()) == "lavrov");
  // Without anybody speaking before, the last subject named it is.
  CHECK(speaker_of("Lavrov met Qureshi. Qureshi smiled.\n\nHe said 12 doses came.\n", "12 doses", sheet()) ==
        "qureshi");
}

TEST_CASE("a sheet's attribution_cues work like said", "[attribution][cues]") {
  CHECK(speaker_of("Lavrov briefed the press that trade grew 46 percent.\n", "46 percent", sheet()) ==
        "lavrov");
  CHECK(speaker_of("Lavrov joked with the press that trade grew 46 percent.\n", "46 percent",
                   sheet()) == "none");
}

TEST_CASE("every group of the built-in cue list compiles and matches its words", "[attribution][cues]") {
  struct Row {
    const char* text;
    CueKind kind;
    bool strong;
  };
  const Row rows[] = {
      {"Lavrov said", CueKind::kSpeech, true},          {"as Lavrov SAYS", CueKind::kSpeech, true},
      {"quoted as saying", CueKind::kSpeech, true},     {"in a statement", CueKind::kSpeech, true},
      {"Lavrov noted", CueKind::kSpeech, false},        {"Lavrov told", CueKind::kVerb, true},
      {"Lavrov emphasised", CueKind::kVerb, false},     {"Lavrov emphasized", CueKind::kVerb, false},
      {"pointed  out", CueKind::kVerb, false},          {"he underscored", CueKind::kVerb, false},
      {", saying", CueKind::kParticiple, false},        {"according to", CueKind::kSource, true},
      {"per Lavrov", CueKind::kSource, false},          {"citing Lavrov", CueKind::kSource, false},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    const std::vector<CueMatch> found = find_cues(row.text, {});
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == row.kind);
    CHECK(found[0].strong == row.strong);
  }
  std::size_t words = 0;
  for (const CueGroup& group : builtin_cue_groups()) words += group.words.size();
  CHECK(words > 100);
  CHECK(find_cues("Saidu Sharif and the sayings of the percentage", {}).empty());
}

TEST_CASE("quotations pair up across paragraphs and survive unbalanced marks", "[attribution][quotes]") {
  struct Row {
    const char* text;
    std::size_t count;
    bool first_closed;
  };
  const Row rows[] = {
      {"\"One,\" he said. \"Two.\"\n", 2, true},
      {"\"One.\n\n\"Two,\" he said.\n", 1, true},        // carries on into the next paragraph
      {"\"Never closes.\n\nNext paragraph.\n", 1, false},  // ends with its paragraph
      {"A 5\" pipe and a \"quote\" here.\n", 1, true},     // stray inch mark skipped
      {"He said \"a\nb\" and \"c.\n", 2, true},
      {"no quotes at all\n", 0, true},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    const std::string text = row.text;
    const std::vector<Quotation> quotes = find_quotations(text, text::split_sentences(text));
    REQUIRE(quotes.size() == row.count);
    if (row.count > 0) CHECK(quotes[0].closed == row.first_closed);
    for (std::size_t i = 1; i < quotes.size(); ++i) CHECK(quotes[i - 1].close < quotes[i].open);
  }
}

TEST_CASE("explanations name the chain from pronoun to name with its line", "[attribution][explain]") {
  std::string why;
  CHECK(speaker_of("The Russian FM spoke.\n\n\"We sent 50,000 doses,\" he announced.\n", "50,000 doses",
                   sheet(), 1, &why) == "lavrov");
  CHECK(why == "attributed to Sergey Lavrov via 'he' -> 'Russian FM', line 4 (cue 'announced'); inside "
               "the quotation opened at line 6");
  CHECK(speaker_of("Trade grew 46 percent.\n", "46 percent", sheet(), 1, &why) == "none");
  CHECK(why.starts_with("no attribution found"));
}

// Bad input: each would take minutes if the work per figure grew with the
// size of the paragraph or the number of people; no wall-clock assertion.
TEST_CASE("huge paragraphs and crowded sentences give an answer without blowing up",
          "[attribution][robustness]") {
  std::string crowd;
  for (int i = 0; i < 30; ++i) crowd += "Person" + std::to_string(i) + " Lavrov and Qureshi, ";
  CHECK(speaker_of(crowd + "said trade grew 46 percent.\n", "46 percent", sheet()) != "?");

  std::string words;
  for (int i = 0; i < 5000; ++i) words += (i % 7 == 0) ? "\"Lavrov said " : "trade ";
  words += "grew 46 percent.\n";
  CHECK(speaker_of(words, "46 percent", sheet()) != "?");

  // 40,000 words in one paragraph, a cue and a name every few words and a
  // figure every 50: every figure is attributed.
  std::string big;
  for (int i = 0; i < 8000; ++i) big += i % 10 == 0 ? "Qureshi said 12 doses, he added \" " : "and so on ";
  big += "\n";
  const rules::CompiledSheet& s = sheet();
  const text::Article article = testing::dated_article(big);
  const text::Document document = text::make_document(article);
  const std::vector<text::Sentence>& sentences = document.sentences;
  const Attributor attributor(document, s);
  std::size_t at = 0;
  int answered = 0;
  while ((at = article.text.find("12 doses", at)) != std::string::npos) {
    std::size_t index = 0;
    while (index + 1 < sentences.size() && sentences[index].end <= at) ++index;
    const Attribution a = attributor.attribute(index, at, at + 8);
    answered += a.credit != Credit::kNobody;
    at += 8;
  }
  CHECK(answered == 800);

  for (const char* odd : {"\"\"\"\"\"\n", "\"\n", "said said said \" according to\n", "he\n",
                          "\"Lavrov said 5 doses\n\n\"\n\n\"\n"}) {
    CAPTURE(odd);
    const text::Article a = testing::dated_article(odd);
    const text::Document d = text::make_document(a);
    const std::vector<text::Sentence>& ss = d.sentences;
    const Attributor at2(d, s);
    for (std::size_t i = 0; i < ss.size(); ++i) at2.explain(at2.attribute(i, ss[i].begin, ss[i].end));
  }
}

}  // namespace
}  // namespace factlint::attribution
