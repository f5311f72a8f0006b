#include "checker/claims/partial.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "checker/claims/words.h"

namespace factlint::claims {
namespace {

using extract::Token;
using extract::TokenKind;
using detail::skip_hedges_back;
using detail::one_of;
using detail::word;

constexpr std::array<std::string_view, 42> kChange = {
    "rose",    "risen",    "rise",    "rises",    "rising",   "increased", "increase", "increases",
    "increasing", "climbed", "climbing", "climb",  "jumped",   "jump",     "jumping",  "grew",
    "grown",   "growing",  "surged",  "fell",     "fallen",   "falling",  "dropped",  "declined",
    "decreased", "soared", "up",      "down",     "change",   "revised",  "raised",   "lowered",
    "went",    "shot",     "cut",     "cuts",     "slashed",  "reduced",  "shrinking", "shrunk",
    "trimmed", "halved"};
constexpr std::array<std::string_view, 12> kFromFillers = {"a",     "an",    "the",      "toll",  "total",
                                                           "figure", "tally", "count",   "number", "of",
                                                           "earlier", "previous"};
constexpr std::array<std::string_view, 10> kWholes = {"dead",  "deaths", "victims", "injured", "total",
                                                      "casualties", "fatalities", "people", "missing", "killed"};

constexpr std::array<std::string_view, 10> kGainVerbs = {"gained", "gains", "gaining", "lost", "loses",
                                                          "losing", "added", "adds", "adding", "shed"};

const Token* at(const std::vector<Token>& tokens, std::size_t i) { return i < tokens.size() ? &tokens[i] : nullptr; }

PartOf marked(Part part, const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
  return {part, tokens[first].begin, tokens[last].end};
}

// A verb of change in the past a few words before `from`: "The toll climbed
// to 589 on Wednesday from 410", "rose sharply from 410". Not "expand trade
// from US$100 billion to US$500 billion": a target, not a change that happened.
constexpr std::array<std::string_view, 33> kPastChange = {
    "rose", "risen", "increased", "climbed", "jumped", "grew", "grown", "surged", "soared", "fell",
    "fallen", "dropped", "declined", "decreased", "revised", "raised", "lowered", "went", "shot", "spiked",
    "narrowed", "widened", "shrank", "shrunk", "halved", "doubled",
    // Cuts made or under way: "would be cut from 18 to nine", "shrinking the ministries from 18 to nine".
    "cut", "slashed", "reduced", "reducing", "shrinking", "trimmed", "cutting"};

bool changed_before(const std::vector<Token>& tokens, std::size_t from) {
  for (std::size_t k = from; k > 0 && from - k < 8; --k) {
    const Token& t = tokens[k - 1];
    if (t.kind == TokenKind::kPunct && t.lower != "-" && t.lower != "," && t.lower != "'" &&
        t.lower != "\xE2\x80\x99")  // "the cabinet's ministries from 18"
      return false;
    if (one_of(word(tokens, k - 1), kPastChange)) return true;
  }
  return false;
}

// "From 7.3 per cent in 2020-21, the fiscal deficit has come down steadily,
// reaching 5.9 per cent": a sentence opening with "From" and a change that
// happened after it.
bool changed_after(const std::vector<Token>& tokens, std::size_t from, std::size_t next) {
  if (from != 0) return false;
  for (std::size_t k = next; k < tokens.size() && k < next + 16; ++k) {
    if (tokens[k].kind == TokenKind::kPunct && (tokens[k].lower == "." || tokens[k].lower == ";")) return false;
    const std::string_view w = word(tokens, k);
    if (one_of(w, kPastChange) || (w == "down" && k > 0 && (word(tokens, k - 1) == "come" || word(tokens, k - 1) == "gone")))
      return true;
  }
  return false;
}

// A margin is a difference, never the figure itself: "won by 34 seconds",
// "beating the record by 34 seconds", "won by 2 million votes": a verb of
// winning or of bettering a mark, up to four words before "by".
constexpr std::array<std::string_view, 26> kMarginVerbs = {
    "won",     "win",     "wins",    "winning",  "beat",     "beats",    "beating", "lead",    "leads",
    "leading", "led",     "trailed", "trailing", "trails",   "lost",     "losing",  "edged",   "improved",
    "improving", "broke", "broken",  "breaking", "bettered", "smashed",  "shaved",  "lowering"};

// A margin verb (or "finished", "crossed") in the `within` words before
// token `at`, in its clause.
bool margin_verb_before(const std::vector<Token>& tokens, std::size_t at, std::size_t within) {
  for (std::size_t k = at; k > 0 && at - k < within; --k) {
    if (tokens[k - 1].kind == TokenKind::kPunct && tokens[k - 1].lower != "-") return false;
    const std::string_view w = word(tokens, k - 1);
    if (one_of(w, kMarginVerbs) || w == "finished" || w == "finishing" || w == "crossed") return true;
  }
  return false;
}

}  // namespace

PartOf part_of(const std::vector<Token>& tokens, std::size_t first, std::size_t next, bool counted) {
  // Before the figure, past its hedges.
  const std::size_t k = skip_hedges_back(tokens, first);
  if (k > 0) {
    const std::string_view w1 = word(tokens, k - 1);
    const std::string_view w2 = k > 1 ? word(tokens, k - 2) : std::string_view();
    if (w1 == "another" || w1 == "extra" || w1 == "additional") return marked(Part::kIncrement, tokens, k - 1, k - 1);
    if (w1 == "further" && w2 == "a") return marked(Part::kIncrement, tokens, k - 2, k - 1);
    if (w1 == "including" || w1 == "incl") return marked(Part::kSubtotal, tokens, k - 1, k - 1);
    if ((w2 == "among" && (w1 == "them" || w1 == "whom" || w1 == "those")) ||
        (w2 == "of" && (w1 == "whom" || w1 == "them" || w1 == "which")))
      return marked(Part::kSubtotal, tokens, k - 2, k - 1);
    if (w1 == "by" && one_of(w2, kChange)) return marked(Part::kIncrement, tokens, k - 2, k - 1);
    // A change in a count: "the KMT gained 14 seats", "having lost at least 10 seats",
    // "the TPP added three to its count".
    if (one_of(w1, kGainVerbs)) return marked(Part::kIncrement, tokens, k - 1, k - 1);
    if (w1 == "by" && margin_verb_before(tokens, k - 1, 4)) return marked(Part::kIncrement, tokens, k - 1, k - 1);
    if ((w1 == "with" || w1 == "to") && w2 == "compared") return marked(Part::kPrevious, tokens, k - 2, k - 1);
    if (w1 == "versus" || w1 == "vs") return marked(Part::kPrevious, tokens, k - 1, k - 1);
    // "from 410", "from a toll of 410".
    std::size_t f = k;
    while (f > 0 && k - f < 4 && one_of(word(tokens, f - 1), kFromFillers)) --f;
    if (f > 0 && word(tokens, f - 1) == "from") {
      if (f > 1 && one_of(word(tokens, f - 2), kChange)) return marked(Part::kPrevious, tokens, f - 2, f - 1);
      if (changed_before(tokens, f - 1) || changed_after(tokens, f - 1, next))
        return marked(Part::kPrevious, tokens, f - 1, f - 1);
    }
  }
  // Inside its span, between the number and the unit: "17 more bodies", "ten others".
  for (std::size_t j = first + 1; j < next; ++j) {
    const std::string_view w = word(tokens, j);
    if (w == "more" || w == "additional" || w == "extra" || (w == "new" && counted))
      return marked(Part::kIncrement, tokens, j, j);
    // "ten others in Qiaojia" is a share of a toll; "ten others were injured" a toll of its own.
    if ((w == "others" || w == "other") && (word(tokens, next) == "in" || word(tokens, next) == "at"))
      return marked(Part::kSubtotal, tokens, j, j);
  }
  // After the figure.
  const std::string_view a1 = word(tokens, next);
  const std::string_view a2 = word(tokens, next + 1);
  if ((a1 == "of" && (a2 == "them" || a2 == "whom" || a2 == "which")) || (a1 == "among" && a2 == "them"))
    return marked(Part::kSubtotal, tokens, next, next + 1);
  if (a1 == "of" && a2 == "the" && one_of(word(tokens, next + 2), kWholes))
    return marked(Part::kSubtotal, tokens, next, next + 2);
  if ((a1 == "others" || a1 == "other") && (a2 == "in" || a2 == "at")) return marked(Part::kSubtotal, tokens, next, next);
  // "17 new cases", but not "a $3 billion new bailout deal".
  if (a1 == "more" || a1 == "additional" || (a1 == "new" && counted))
    return marked(Part::kIncrement, tokens, next, next);
  // A margin: "20 seconds faster"; "finished 34 seconds ahead", "came in three
  // minutes behind", but not "warnings came 72 hours ahead": a lead time.
  if (a1 == "faster" || a1 == "slower" || a1 == "quicker" ||
      ((a1 == "ahead" || a1 == "behind" || a1 == "clear") && margin_verb_before(tokens, first, 3)))
    return marked(Part::kIncrement, tokens, next, next);
  if (a1 == "in") {
    for (std::size_t j = next + 1; j < tokens.size() && j < next + 7; ++j) {
      if (tokens[j].kind == TokenKind::kPunct && tokens[j].lower != "-") break;
      if (word(tokens, j) == "alone") return marked(Part::kSubtotal, tokens, j, j);
    }
  }
  return {};
}

std::vector<bool> breakdown(const std::vector<Token>& tokens,
                            const std::vector<std::pair<std::size_t, std::size_t>>& values,
                            const std::vector<bool>& quantities) {
  std::vector<bool> out(values.size(), false);
  // "Among the dead, ...", "Of that sum, ...", "Of the total, ...": the sentence
  // breaks down a figure given before it.
  const bool of_determiner = word(tokens, 0) == "of" &&
                             (word(tokens, 1) == "that" || word(tokens, 1) == "this" || word(tokens, 1) == "these" ||
                              word(tokens, 1) == "those" || word(tokens, 1) == "the");
  const bool of_total = of_determiner &&
                        (word(tokens, 2) == "sum" || word(tokens, 2) == "total" || word(tokens, 2) == "amount" ||
                         word(tokens, 2) == "figure" || word(tokens, 2) == "number" || word(tokens, 1) == "these" ||
                         word(tokens, 1) == "those");
  // "Of the aid, 838 million euros will go ...": any "Of the <words>," with no figure in them.
  bool of_the = of_determiner;
  if (of_the) {
    std::size_t k = 2;
    while (k < tokens.size() && k < 6 && tokens[k].kind == TokenKind::kWord) ++k;
    of_the = k > 2 && k < tokens.size() && tokens[k].kind == TokenKind::kPunct && tokens[k].lower == ",";
  }
  if (word(tokens, 0) == "among" || of_total || of_the) {
    std::fill(out.begin(), out.end(), true);
    return out;
  }
  // "504 were in the worst-hit Ludian County": a figure, up to two verbs, "in"
  // or "at", then a capitalised word within a few tokens.
  auto placed = [&](std::size_t next) {
    std::size_t j = next;
    for (int verbs = 0; verbs < 2 && at(tokens, j) && tokens[j].kind == TokenKind::kWord && !tokens[j].capitalized &&
                        word(tokens, j) != "in" && word(tokens, j) != "at";
         ++verbs)
      ++j;
    if (word(tokens, j) != "in" && word(tokens, j) != "at") return false;
    for (std::size_t k = j + 1; k < tokens.size() && k < j + 6; ++k) {
      if (tokens[k].kind == TokenKind::kWord && tokens[k].capitalized) return true;
      if (tokens[k].kind == TokenKind::kPunct && tokens[k].lower != "-") return false;
      if (tokens[k].kind == TokenKind::kNumber) return false;
    }
    return false;
  };
  int count = 0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    // "at 4.10am yesterday in Abuja": a date or a time is when, not a share.
    if (i < quantities.size() && !quantities[i]) continue;
    if (placed(values[i].second)) {
      out[i] = true;
      ++count;
    }
  }
  if (count < 2) std::fill(out.begin(), out.end(), false);
  return out;
}

}  // namespace factlint::claims
