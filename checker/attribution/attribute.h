// Who said it: the speaker a figure in an article is credited to, among the
// people of one fact sheet, from attribution cues, quotations and pronouns.
// See docs/attribution.md for the rules with worked examples.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "checker/attribution/cues.h"
#include "checker/attribution/quotes.h"
#include "checker/attribution/references.h"
#include "checker/rules/compiled_rules.h"
#include "checker/text/article.h"
#include "checker/text/document.h"
#include "checker/text/sentences.h"

namespace factlint::attribution {

enum class Credit {
  kNobody,   // no attribution at all
  kUnnamed,  // credited to a source that is not a person of the sheet ("officials said")
  kPerson,   // credited to `person`
};

struct Attribution {
  Credit credit = Credit::kNobody;
  int person = -1;  // index into CompiledSheet::people when kPerson
  // The words that credit the figure: the speaker as written ("he",
  // "Lavrov") and the name it stands for (the same span for a name).
  std::size_t via_begin = 0, via_end = 0;
  std::size_t name_begin = 0, name_end = 0;
  std::size_t cue_begin = 0, cue_end = 0;  // the cue, when one decided it
  bool has_cue = false;
  // Set when the figure is inside a quotation: where it opens.
  std::optional<std::size_t> quote_open;
  // Credited by the wire dateline ("BEIJING, Aug. 4 (Xinhua) --") to the agency
  // it names, a source of the sheet; via_* is the agency's name there.
  bool dateline = false;
};

// What attribution reads in an article whatever the fact sheet: its
// quotations and the built-in cues. Made once per article and shared by each
// sheet's Attributor (with 10 sheets covering an article, the cue scans were
// 10 times the same).
struct ArticleTables {
  explicit ArticleTables(const text::Document& document);
  // With the article's word runs found already (rules::word_runs of its text).
  ArticleTables(const text::Document& document, rules::WordRuns runs);
  std::vector<Quotation> quotes;
  ArticleWords words;                // its words and pronouns
  std::vector<CueMatch> builtin;     // every match of the built-in cues, overlaps not dropped
  std::vector<CueMatch> cues;        // the built-in cues only, overlaps dropped

 private:
  // The runs, and where the built-in cues and the pronouns may match: one
  // walk of the words for both (their indexes joined, builtin_words()).
  struct Starts {
    explicit Starts(rules::WordRuns words);
    rules::WordRuns runs;
    std::vector<rules::WordStarts> starts;  // cue groups, then people's and organisations' pronouns
  };
  ArticleTables(const text::Document& document, Starts found);
};

// Attribution of every figure in one article for one fact sheet. Builds its
// tables (references, cues, quotations) once, each in one pass over the
// text; each query then looks only at the sentence and its neighbours, with
// a bounded number of cues tried, so an article costs time linear in its size
// plus a bounded amount per query.
class Attributor {
 public:
  Attributor(const text::Document& document, const rules::CompiledSheet& sheet);
  // The same, with the sheet-independent tables made already.
  Attributor(const text::Document& document, const rules::CompiledSheet& sheet, const ArticleTables& tables);

  // The speaker of the figure at text[begin, end) in sentences[sentence]: a
  // cue and its speaker in the sentence, else the quotation it stands in,
  // else the wire dateline's agency when the sheet declares it.
  Attribution attribute(std::size_t sentence, std::size_t begin, std::size_t end) const;

  // Whether the paragraph of sentences[sentence] (or, with `whole_article`,
  // the article) credits anything to a speaker `allowed` accepts, or to a
  // source outside the sheet ("officials said"). `allowed` gets a person index.
  template <class Allowed>
  bool credited_around(std::size_t sentence, bool whole_article, Allowed allowed) const {
    // Each (paragraph, speaker) once, sorted: a query reads at most one entry
    // per speaker, however many cues the text has.
    const std::vector<Given>& given = credits();
    auto first = given.begin(), last = given.end();
    if (!whole_article) {
      const int paragraph = sentences_[sentence].paragraph;
      first = std::lower_bound(given.begin(), given.end(), paragraph,
                               [](const Given& g, int p) { return g.paragraph < p; });
      last = std::upper_bound(first, given.end(), paragraph, [](int p, const Given& g) { return p < g.paragraph; });
    } else {
      first = article_credits().begin();
      last = article_credits().end();
    }
    return std::any_of(first, last, [&](const Given& c) { return c.person < 0 || allowed(c.person); });
  }

  // How the answer was reached, for --verbose: "attributed to Sergey Lavrov via
  // 'he' -> 'Russian FM', line 32", "no attribution cue with a person of the
  // sheet in the sentence, and not inside a quotation".
  std::string explain(const Attribution& attribution) const;

  // "Sergey Lavrov" for a person index.
  const std::string& person_name(int person) const;

 private:
  struct Region {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool in_quote = false;  // inside one quotation: only names count, no pronouns
  };

  Attribution in_region(const Region& region, std::size_t target_begin, std::size_t target_end,
                        bool cues_after_only = false) const;
  Attribution speaker_of_cue(const Region& region, const CueMatch& cue) const;
  Attribution speaker_of_quote(const Quotation& quote) const;
  Attribution from_ref(const Reference& ref, const CueMatch* cue) const;
  const Reference* subject_before(const Region& region, const CueMatch& cue) const;
  bool figures_from(const Region& region, const Reference& ref) const;
  const Reference* subject_past_description(const Region& region, const Reference& nearest,
                                            const CueMatch& cue) const;
  const Reference* first_subject(const Region& region, std::size_t before) const;
  const Reference* right_after(const Region& region, std::size_t offset) const;
  bool usable(const Region& region, const Reference& ref) const;
  std::size_t sentence_index_at(std::size_t offset) const;

  // Every cue of the article with its speaker: a person index, or -1 for a
  // source outside the sheet. Computed the first time it is asked for.
  struct Given {
    int paragraph = 0;
    int person = -1;
  };
  const std::vector<Given>& credits() const;         // by paragraph, then speaker; each once
  const std::vector<Given>& article_credits() const;  // each speaker once
  Attribution from_dateline() const;
  Attribution from_heading_name(const text::Sentence& s) const;
  bool institutional_subject(const Region& region, const CueMatch& cue) const;

  const text::Document& document_;
  const text::Article& article_;
  const std::vector<text::Sentence>& sentences_;
  const rules::CompiledSheet& sheet_;
  std::vector<Quotation> quotes_;
  std::vector<Reference> refs_;
  std::vector<CueMatch> cues_;
  mutable std::optional<std::vector<Given>> credits_;
  mutable std::optional<std::vector<Given>> article_credits_;
};

}  // namespace factlint::attribution
