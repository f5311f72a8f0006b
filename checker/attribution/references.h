// References to people in an article: the names and aliases of a fact sheet's
// people, and the pronouns and role nouns ("he", "the minister") that stand
// for the last of them named before.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "checker/attribution/quotes.h"
#include "checker/rules/compiled_rules.h"
#include "checker/rules/word_index.h"
#include "checker/text/sentences.h"

namespace factlint::attribution {

// What a reference can stand for: a person ("he", "the minister"), an
// organisation of `sources:` ("it", "the ministry"), or either ("they").
enum class Kind { kPerson, kOrganisation, kEither };

struct Reference {
  std::size_t begin = 0;  // the words in the text
  std::size_t end = 0;
  int paragraph = 0;
  bool pronoun = false;  // "he", "she", "they", "the minister", "it", "the agency", ...
  Kind kind = Kind::kPerson;
  // After a preposition ("talks with Qureshi") or a possessive: named, but not
  // the one doing things, so a weak antecedent and never a verb's subject.
  bool object = false;
  int person = -1;  // index into CompiledSheet::people; -1: a pronoun with no antecedent
  // A verb of saying follows it ("Yakubu announced", "He said"): it speaks.
  bool speaks = false;
  // The name that identifies the person: the reference itself for a name, the
  // name at the end of the chain for a pronoun ("he" -> "He" -> "Russian FM").
  std::size_t name_begin = 0;
  std::size_t name_end = 0;
};

// Every reference in `text`, sorted by position, with pronouns resolved.
//
// How a pronoun is resolved: to the last person referred to before it in the
// same paragraph, else in the paragraph just before; "it" and "the agency"
// (only when the sheet declares `sources:`) to the last organisation, "they"
// to either. Within the last sentence
// that refers to anybody, a reference that is not an object wins ("The Prime
// Minister recalled his talks with President Putin. He reiterated ..." is the
// Prime Minister). A pronoun that speaks ("He said") stands for the last one
// who spoke, if anybody did in those two paragraphs: after "Yakubu announced
// ... He said Tinubu polled ..., and Rabiu Kwankwaso came in behind them",
// the next "He said" is still Yakubu. A resolved pronoun counts as a reference itself, so "He
// termed ... he announced" both reach the name of the paragraph before.
// People named inside a quotation are talked about, not talking: they are
// never antecedents (`"We respect Lavrov," he said` is not Lavrov).
// Overlaps: a name wins over a pronoun ("the Prime Minister" is Imran Khan
// when the sheet says so), the longer name over the shorter one. Names and
// pronouns are found by their first words (rules/word_index.h).
std::vector<Reference> find_references(std::string_view text,
                                       const std::vector<text::Sentence>& sentences,
                                       const std::vector<Quotation>& quotes,
                                       const rules::CompiledSheet& sheet);

// What finding references reads whatever the sheet: the article's words
// (rules::word_runs) and its pronouns, found once and shared by its sheets.
class ArticleWords {
 public:
  explicit ArticleWords(std::string_view text);
  explicit ArticleWords(rules::WordRuns runs);  // rules::word_runs(text), found already
  // The same with the places the two pronoun lists may match found already
  // (pronoun_index().candidates(runs, 2): people, then organisations).
  ArticleWords(rules::WordRuns runs, rules::WordStarts people, rules::WordStarts organisations);
  rules::WordRuns runs;  // and the text they are runs of
  std::vector<rules::Pattern::Match> pronouns;  // "he", "the minister"
  // "it", "the agency": found the first time a sheet with `sources:` asks
  // (most sheets have none). Not safe to call from two threads at once; an
  // article's tables belong to the one job checking it.
  const std::vector<rules::Pattern::Match>& organisation_pronouns() const;

 private:
  void find_pronouns(rules::WordStarts people, rules::WordStarts organisations);
  rules::WordStarts organisation_starts_;
  mutable std::optional<std::vector<rules::Pattern::Match>> organisation_pronouns_;
};

// The same, with the sheet-independent part made already.
std::vector<Reference> find_references(std::string_view text,
                                       const std::vector<text::Sentence>& sentences,
                                       const std::vector<Quotation>& quotes,
                                       const rules::CompiledSheet& sheet, const ArticleWords& words);

// Whether both pronoun lists compiled and are found by first words (tested).
bool pronouns_indexed();
// The pronoun lists' first words: people as id 0, organisations as id 1.
const rules::FirstWordIndex& pronoun_index();
// The two lists as compiled ("he", "the minister"; "it", "the agency"), for
// tests that compare ArticleWords with whole-text scans. Null if one failed.
const rules::Pattern* person_pronoun_pattern();
const rules::Pattern* organisation_pronoun_pattern();

// True when the word before `offset` is a preposition ("with", "to", "of").
bool after_preposition(std::string_view text, std::size_t offset);

}  // namespace factlint::attribution
