// The built-in cues and the pronouns are found by their first words
// (rules/word_index.h); these tests hold them to what whole-text scans of the
// same lists find, on the labelled cases and on generated texts.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "checker/attribution/attribute.h"
#include "checker/attribution/cues.h"
#include "checker/attribution/references.h"
#include "checker/rules/word_index.h"

#include "../mixed_texts.h"
#include "../text_and_rules_fixture.h"
#include "checker/text/document.h"

namespace factlint::attribution {
namespace {

// Every built-in cue by whole-text scans, one per group, as find_cues did
// before the index.
std::vector<CueMatch> scanned_cues(std::string_view text) {
  static const std::vector<std::unique_ptr<const rules::Pattern>> groups = [] {
    std::vector<std::unique_ptr<const rules::Pattern>> out;
    for (const CueGroup& group : builtin_cue_groups()) {
      const std::string regex = rules::whole_word_alternation(group.words);
      Diagnostics diags;
      out.push_back(rules::Pattern::compile_derived(regex, {regex, {}}, "", diags, {}));
    }
    return out;
  }();
  std::vector<CueMatch> found;
  const auto all = builtin_cue_groups();
  for (std::size_t g = 0; g < all.size(); ++g) {
    for (const rules::Pattern::Match& m : groups[g]->find_all(text))
      found.push_back({m.begin, m.end, all[g].kind, all[g].strong});
  }
  return found;
}

// Texts of cue words, pronouns and near misses, the same every run.
std::vector<std::string> texts() {
  std::vector<std::string> pieces = {"Lavrov", "the", "minister", "the foreign minister", "the Russian top envoy",
                                     "he", "she", "they", "them", "it", "its", "the agency", "the health ministry",
                                     "per", "per cent", "as per", "percent", "according to", "according",
                                     "put the death toll at", "put the figure at", "put", "told reporters", "told",
                                     "quoted as saying", "was quoted", "pointed out", "points", "said", "Saidu",
                                     "sayings", "says", "46", "FM", "the FM", "in a statement", "on Twitter",
                                     // near misses for the role nouns' reach (references.cc)
                                     "the vice-prime minister", "vice-prime", "the very top", "top", "ministers",
                                     "minister2", "the 3 minister", "the - minister", "the\tenvoy", "a b c",
                                     // branches of words and spaces, told by the runs alone (rules/word_index.h)
                                     "in a statement", "in an interview", "in a tweet", "in the words of", "in a",
                                     "a statement", "statements", "was quoted", "were quoted", "quoted as saying",
                                     "as quoted by", "assured reporters", "pointed out", "spoke of", "in",
                                     "in-a statement", "in a-statement", "in a\vstatement", "told\vreporters",
                                     "was\n\nquoted", "in a\tstatement"};
  for (const CueGroup& group : builtin_cue_groups()) {
    for (std::string_view word : group.words) {
      if (word.find('\\') == std::string_view::npos) pieces.emplace_back(word);
    }
  }
  const std::vector<std::string> separators = {" ", " ", " ", "  ", ", ", ". ", "\n\n", "-", "_", "3", "é", "'",
                                               "\"", "\xE2\x80\x9C", "\xC5\xBF", "\xE2\x84\xAA"};
  std::vector<std::string> out = {"", "said", "He said", "\xC5\xBF" "aid he", "the\n\nminister said"};
  for (std::string& text : testing::mixed_texts(
           pieces, separators, {.max_pieces = 50, .capitals_one_in = 5, .folding_one_in = 10, .seed = 424242}))
    out.push_back(std::move(text));
  return out;
}

void check_same(const std::vector<rules::Pattern::Match>& by_index, const std::vector<rules::Pattern::Match>& by_scan) {
  REQUIRE(by_index.size() == by_scan.size());
  for (std::size_t i = 0; i < by_scan.size(); ++i) {
    CHECK(by_index[i].begin == by_scan[i].begin);
    CHECK(by_index[i].end == by_scan[i].end);
  }
}

// Both pronoun lists of `words` against whole-text scans of `text`.
void check_same_pronouns(const ArticleWords& words, std::string_view text) {
  const rules::Pattern* people = person_pronoun_pattern();
  const rules::Pattern* organisations = organisation_pronoun_pattern();
  REQUIRE(people);
  REQUIRE(organisations);
  check_same(words.pronouns, people->find_all(text));
  check_same(words.organisation_pronouns(), organisations->find_all(text));
}

void check_same_cues(const std::vector<CueMatch>& by_index, const std::vector<CueMatch>& by_scan) {
  REQUIRE(by_index.size() == by_scan.size());
  for (std::size_t i = 0; i < by_scan.size(); ++i) {
    CHECK(by_index[i].begin == by_scan[i].begin);
    CHECK(by_index[i].end == by_scan[i].end);
    CHECK(by_index[i].kind == by_scan[i].kind);
    CHECK(by_index[i].strong == by_scan[i].strong);
  }
}

TEST_CASE("every built-in cue group and both pronoun lists are found by first words", "[attribution][word-index]") {
  // An entry such as "says?" would quietly cost a whole-text scan per article.
  CHECK(builtin_cues_indexed());
  CHECK(pronouns_indexed());
}

TEST_CASE("cues found by first words are exactly the cues whole-text scans find", "[attribution][word-index]") {
  for (const std::string& text : texts()) {
    CAPTURE(text);
    check_same_cues(find_builtin_cues(rules::word_runs(text)), scanned_cues(text));
  }
}

TEST_CASE("pronouns found by first words are exactly the pronouns whole-text scans find", "[attribution][word-index]") {
  int found = 0;
  for (const std::string& text : texts()) {
    CAPTURE(text);
    const ArticleWords words(text);
    check_same_pronouns(words, text);
    found += static_cast<int>(words.pronouns.size() + words.organisation_pronouns().size());
  }
  CHECK(found > 2000);  // the texts do exercise the lists
}

TEST_CASE("an article's tables look its words up once for cues and pronouns and find what the scans find",
          "[attribution][word-index]") {
  // ArticleTables joins the cue groups' index and the pronouns' index
  // (FirstWordIndex::add_index) and walks the words once for both.
  int found = 0;
  for (const std::string& body : texts()) {
    CAPTURE(body);
    const text::Article article = testing::article_from(body + "\n");
    const text::Document document = text::make_document(article);
    const ArticleTables tables(document, rules::word_runs(article.text));
    const std::vector<CueMatch> by_scan = scanned_cues(article.text);
    check_same_cues(tables.builtin, by_scan);
    check_same_pronouns(tables.words, article.text);
    found += static_cast<int>(by_scan.size() + tables.words.pronouns.size());
  }
  CHECK(found > 2000);
}

}  // namespace
}  // namespace factlint::attribution
