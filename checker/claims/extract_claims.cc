#include "checker/claims/extract_claims.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

#include "checker/claims/partial.h"
#include "checker/claims/segments.h"
#include "checker/claims/words.h"
#include "checker/extract/tokens.h"

namespace factlint::claims {
namespace {

using extract::Token;
using extract::TokenKind;
using detail::skip_hedges_back;
using detail::one_of;
using detail::word;

// Between a figure and its predicate: "398 people were reported dead",
// "1,891 have so far been confirmed injured".
constexpr std::array<std::string_view, 24> kAuxiliaries = {
    "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "now", "already",
    "also", "reportedly", "officially", "still", "so", "far", "confirmed", "reported", "feared",
    "believed", "presumed", "listed"};
constexpr std::array<std::string_view, 4> kLinks = {"of", "at", "to", "reached"};

// [own_begin, own_end) for the value at tokens [first, next): see Claim.
std::pair<std::size_t, std::size_t> own_words(const std::vector<Token>& tokens, std::size_t first,
                                              std::size_t next) {
  std::size_t begin = tokens[first].begin;
  std::size_t end = tokens[next - 1].end;
  // After: auxiliaries, then a verb or a participle ("were reported dead").
  std::size_t j = next;
  while (j < tokens.size() && j < next + 4 && one_of(word(tokens, j), kAuxiliaries)) ++j;
  if (j < tokens.size() && verb_like(word(tokens, j))) {
    end = tokens[j].end;
  } else if (j > next && one_of(word(tokens, j - 1), kAuxiliaries) && verb_like(word(tokens, j - 1))) {
    end = tokens[j - 1].end;  // "398 confirmed"
  }
  // Before: hedges, then a verb ("killing at least 398"), or a noun and its
  // link ("toll of 398", "toll rose to 398", "toll stood at 398").
  const std::size_t k = skip_hedges_back(tokens, first);
  if (k == 0) return {begin, end};
  const std::string_view w = word(tokens, k - 1);
  if (verb_like(w)) {
    begin = tokens[k - 1].begin;
  } else if (one_of(w, kLinks) && k >= 2 && !word(tokens, k - 2).empty()) {
    begin = tokens[k - 2].begin;
    if (verb_like(word(tokens, k - 2)) && k >= 3 && !word(tokens, k - 3).empty()) begin = tokens[k - 3].begin;
  }
  return {begin, end};
}

// "$US452 million ($665 million)", "$665 million (US$452 million)": two sums
// side by side, one in brackets, read as the same currency but not the same
// amount. The one written with a bare "$" is in another dollar, given for
// comparison: it is marked a conversion and never judged.
void mark_conversions(std::string_view text, std::size_t base, std::vector<Claim>& claims) {
  auto bare_dollar = [&](const Claim& c) {
    const std::size_t at = c.value.begin - base;
    return at + 1 < text.size() && text[at] == '$' && text[at + 1] >= '0' && text[at + 1] <= '9';
  };
  for (std::size_t i = 0; i + 1 < claims.size(); ++i) {
    Claim& a = claims[i];
    Claim& b = claims[i + 1];
    if (a.value.kind != extract::ValueKind::kMoney || b.value.kind != extract::ValueKind::kMoney ||
        a.value.unit != b.value.unit || a.value.number == b.value.number)
      continue;
    const std::string_view between = text.substr(a.value.end - base, b.value.hedge_begin - a.value.end);
    if (between.find('(') == std::string_view::npos || between.size() > 24) continue;
    if (bare_dollar(b) && !bare_dollar(a)) b.part = Part::kConversion;
    else if (bare_dollar(a) && !bare_dollar(b)) a.part = Part::kConversion;
  }
}

// After a length of time, the words that make it the time between two moments.
constexpr std::array<std::string_view, 3> kOffsetWords = {"earlier", "later", "ago"};
// "after her bronze", "after she had finished": a moment of someone in the story.
constexpr std::array<std::string_view, 10> kPersonal = {"her", "his", "their", "its", "she", "he",
                                                        "they", "it", "we", "our"};

// A tally's verb: "rose past 40,000 on Friday" dates the tally, not the event.
constexpr std::array<std::string_view, 30> kTallyVerbs = {
    "rose",     "risen",     "rises",    "rising",    "climbed",  "climbs",  "climbing", "reached",
    "reaches",  "reaching",  "passed",   "passes",    "passing",  "topped",  "tops",     "exceeded",
    "exceeds",  "surpassed", "surpasses", "increased", "jumped",  "stood",   "stands",   "soared",
    "grew",     "crossed",   "mounted",  "swelled",   "totalled", "totaled"};
// Between a tally's verb and its figure: "rose past 40,000", "stood at 3,166".
constexpr std::array<std::string_view, 7> kTallyLinks = {"past", "to", "at", "above", "beyond", "over", "by"};
// A report's release: "a United Nations report published on Sunday".
constexpr std::array<std::string_view, 5> kPublishedVerbs = {"published", "issued", "updated", "posted", "released"};
// Between a verb and its date: "published late on Sunday", "rose to 40,000 by Monday".
constexpr std::array<std::string_view, 5> kDateLinks = {"on", "by", "late", "early", "at"};

struct DatingOf {
  Dating dating = Dating::kEvent;
  std::size_t first = 0, last = 0;  // the tokens that say so
};

// What the date or time at tokens [first, next) dates, from the words before
// it. `ranges` and `datings` hold the values before it.
DatingOf dating_of(const std::vector<Token>& tokens, const std::vector<extract::Value>& values,
                   const std::vector<std::pair<std::size_t, std::size_t>>& ranges,
                   const std::vector<DatingOf>& datings, std::size_t i) {
  const std::size_t first = ranges[i].first;
  // "as of 2 p.m."
  if (first >= 2 && word(tokens, first - 1) == "of" && word(tokens, first - 2) == "as")
    return {Dating::kStatus, first - 2, first - 1};
  // "as of 4 a.m. on Tuesday", "As of 2 p.m. Thursday": a date after a status time.
  if (i > 0 && datings[i - 1].dating == Dating::kStatus && tells_when(values[i - 1]) &&
      first >= ranges[i - 1].second && first - ranges[i - 1].second <= 1 &&
      (first == ranges[i - 1].second || word(tokens, first - 1) == "on"))
    return datings[i - 1];
  std::size_t k = first;
  while (k > 0 && first - k < 2 && one_of(word(tokens, k - 1), kDateLinks)) --k;
  if (k == 0) return {};
  // "said Thursday": no link needed after a verb of saying.
  if (k == first && word(tokens, k - 1) != "said" && word(tokens, k - 1) != "says") return {};
  if (one_of(word(tokens, k - 1), kPublishedVerbs)) return {Dating::kPublished, k - 1, k - 1};
  // "His lawyer said Thursday that ...", "told reporters on Monday": when it was said.
  if (word(tokens, k - 1) == "said" || word(tokens, k - 1) == "says" ||
      (word(tokens, k - 1) == "reporters" && k >= 2 && word(tokens, k - 2) == "told"))
    return {Dating::kSaid, k - 1, k - 1};
  // "rose past 40,000 on Friday": the figure right before (values are in text
  // order, so only the previous one can end there), and a tally's verb before it.
  if (i == 0 || ranges[i - 1].second != k) return {};
  const extract::Value& v = values[i - 1];
  if (tells_when(v) || v.kind == extract::ValueKind::kYear || v.kind == extract::ValueKind::kOrdinal) return {};
  std::size_t b = skip_hedges_back(tokens, ranges[i - 1].first);
  if (b > 0 && one_of(word(tokens, b - 1), kTallyLinks)) --b;
  if (b > 0 && one_of(word(tokens, b - 1), kTallyVerbs)) return {Dating::kStatus, b - 1, b - 1};
  return {};
}

// Words that open a clause of their own inside a segment.
constexpr std::array<std::string_view, 12> kSubordinators = {"that", "which", "who", "whose", "whom", "when",
                                                             "while", "because", "where", "until", "although",
                                                             "though"};

// Words verb_like() takes for verbs that are not: "On Wednesday morning, ...".
constexpr std::array<std::string_view, 10> kNotVerbs = {"morning", "evening", "during", "according", "building",
                                                        "buildings", "something", "nothing", "anything",
                                                        "everything"};

// For a date or time that opens the sentence ("On Thursday rescuers brought
// ...", "Monday's quake ..."), the end of the clause it dates: the first
// segment from it with a verb of its own, past descriptions of a name
// (", who ran for the APC,"). Unlimited for any other date, or when no verb
// is found.
std::size_t opening_reach(const std::vector<Token>& tokens, const std::vector<Segment>& segments, std::size_t base,
                          std::size_t first, std::size_t next) {
  constexpr std::size_t kUnlimited = static_cast<std::size_t>(-1);
  std::size_t lead = 0;
  while (lead < first && tokens[lead].kind == TokenKind::kPunct) ++lead;  // "*On Monday", a quotation mark
  const std::string_view opener = word(tokens, lead);
  const bool opens = first == lead || (first == lead + 1 && (opener == "on" || opener == "by")) ||
                     (first == lead + 2 && (opener == "late" || opener == "early") && word(tokens, lead + 1) == "on");
  if (!opens) return kUnlimited;
  std::size_t j = next;
  for (std::size_t s = segment_at(segments, tokens[first].begin + base); s < segments.size(); ++s) {
    const Segment& seg = segments[s];
    if (seg.relative_clause >= 0 || seg.appositive) continue;
    for (; j < tokens.size() && tokens[j].begin + base < seg.end; ++j) {
      if (tokens[j].begin + base < seg.begin || tokens[j].kind != TokenKind::kWord || !verb_like(tokens[j].lower) ||
          one_of(tokens[j].lower, kNotVerbs))
        continue;
      // The clause ends where a clause of its own begins: "On Monday, officials
      // said that the quake struck on Sunday".
      for (std::size_t k = j + 1; k < tokens.size() && tokens[k].begin + base < seg.end; ++k)
        if (one_of(word(tokens, k), kSubordinators)) return tokens[k].begin + base;
      return seg.end;
    }
  }
  return kUnlimited;
}

// Words that open a noun phrase: "after the earthquakes", "after last
// month's earthquake". "after jurors convicted her" and "after a ship struck
// it" are clauses: what had just happened, often the same day or minute, and
// not a point to tell other dates from.
constexpr std::array<std::string_view, 12> kDeterminers = {"the", "a", "an", "last", "this", "that",
                                                           "its", "their", "his", "her", "these", "those"};
// An offset before "after": "twelve days after", "hours after", "a week before".
constexpr std::array<std::string_view, 12> kOffsetUnits = {"hours", "days", "weeks", "months", "years", "hour",
                                                       "day", "week", "month", "year", "minutes", "shortly"};

// See TimeReference.
std::vector<TimeReference> time_references(const std::vector<Token>& tokens, const std::vector<Segment>& segments,
                                           std::size_t base, const std::vector<std::size_t>& dates) {
  std::vector<TimeReference> out;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string_view w = word(tokens, i);
    const bool point = w == "after" || w == "since" || w == "following" || w == "before";
    const bool wake = w == "wake" && i >= 2 && word(tokens, i - 1) == "the" && word(tokens, i - 2) == "in" &&
                      word(tokens, i + 1) == "of";
    if (!point && !wake) continue;
    const std::size_t begin = tokens[i].begin + base;
    const std::size_t end = segments[segment_at(segments, begin)].end;
    const bool offset = i > 0 && one_of(word(tokens, i - 1), kOffsetUnits);
    const bool noun_phrase = one_of(word(tokens, i + 1), kDeterminers) ||
                             (i + 2 < tokens.size() && tokens[i + 1].capitalized &&
                              (tokens[i + 2].lower == "'" || tokens[i + 2].lower == "\xE2\x80\x99"));  // "Monday's"
    if (!wake && !offset && !noun_phrase) continue;
    // "after a cargo ship struck it": a clause, what had just happened (the
    // "devastating" of "after last month's devastating earthquake" is no verb),
    // unless it gives its own date ("after the quake struck on Sunday").
    // `dates` is in text order: the first after `begin` tells.
    const auto next_date = std::upper_bound(dates.begin(), dates.end(), begin);
    const bool dated = next_date != dates.end() && *next_date < end;
    if (!wake && !offset && !dated) {
      // A clause's verb stands within a few words ("after a large shipping
      // vessel struck it"); the look is bounded, so the pass stays linear.
      bool clause = false;
      for (std::size_t k = i + 1; k < tokens.size() && k < i + 16 && tokens[k].begin + base < end && !clause; ++k)
        clause = tokens[k].kind == TokenKind::kWord && verb_like(tokens[k].lower) && !tokens[k].lower.ends_with("ing");
      if (clause) continue;
    }
    out.push_back({begin, end});
  }
  return out;
}

}  // namespace

std::string_view dating_name(Dating dating) {
  switch (dating) {
    case Dating::kEvent: return "event";
    case Dating::kStatus: return "status";
    case Dating::kPublished: return "published";
    case Dating::kOffset: return "offset";
    case Dating::kSaid: return "said";
  }
  return "event";
}

std::string_view part_name(Part part) {
  switch (part) {
    case Part::kWhole: return "whole";
    case Part::kSubtotal: return "subtotal";
    case Part::kIncrement: return "increment";
    case Part::kPrevious: return "previous";
    case Part::kConversion: return "conversion";
  }
  return "whole";
}

SentenceClaims extract_claims(const text::Document& document, std::size_t sentence,
                              const extract::ParseContext& context) {
  const text::Sentence& s = document.sentences[sentence];
  const std::string_view text = std::string_view(document.article.text).substr(s.begin, s.end - s.begin);
  const std::vector<Token> tokens = extract::tokenize(text);
  SentenceClaims out;
  out.segments = split_segments(text, tokens, s.begin);
  std::vector<extract::Value> values = extract::find_values(text, tokens, context);

  // Each value's tokens [first, next).
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  ranges.reserve(values.size());
  std::size_t t = 0;
  for (const extract::Value& v : values) {
    while (t < tokens.size() && tokens[t].end <= v.begin) ++t;
    std::size_t n = t;
    while (n < tokens.size() && tokens[n].begin < v.end) ++n;
    ranges.emplace_back(t, std::max(n, t + 1));
  }
  std::vector<bool> quantities;
  quantities.reserve(values.size());
  for (const extract::Value& v : values)
    quantities.push_back(v.kind != extract::ValueKind::kDate && v.kind != extract::ValueKind::kTime &&
                         v.kind != extract::ValueKind::kYear && v.kind != extract::ValueKind::kOrdinal);
  const std::vector<bool> listed = breakdown(tokens, ranges, quantities);
  std::vector<DatingOf> datings(values.size());
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (ranges[i].first >= tokens.size()) continue;
    if (tells_when(values[i])) datings[i] = dating_of(tokens, values, ranges, datings, i);
    // "four months earlier", "two days after her bronze", "three seconds after
    // Hassan": the time between two moments the story tells. Not "72 hours
    // after a quake", "after the disaster": a window told of any such event.
    const std::size_t after = ranges[i].second;
    const std::string_view next = word(tokens, after);
    const bool between = one_of(next, kOffsetWords) ||
                         ((next == "after" || next == "before") && after + 1 < tokens.size() &&
                          (one_of(word(tokens, after + 1), kPersonal) ||
                           (tokens[after + 1].kind == TokenKind::kWord && tokens[after + 1].capitalized)));
    if (values[i].kind == extract::ValueKind::kDuration && between) datings[i] = {Dating::kOffset, after, after};
  }
  std::vector<std::size_t> dates;  // where each date or time begins, in the article
  for (const extract::Value& v : values)
    if (tells_when(v)) dates.push_back(v.begin + s.begin);
  out.time_references = time_references(tokens, out.segments, s.begin, dates);

  for (std::size_t i = 0; i < values.size(); ++i) {
    const auto [first, next] = ranges[i];
    if (first >= tokens.size()) continue;
    Claim c;
    c.value = values[i];
    c.value.begin += s.begin;
    c.value.end += s.begin;
    c.value.hedge_begin += s.begin;
    c.value.figure_begin += s.begin;
    c.value.figure_end += s.begin;
    c.sentence = sentence;
    c.role = document.role_at(c.value.begin);
    // A dateline's date is when the story was filed; a table's cells have no
    // clauses to bind them (factlint does not read tables).
    if (c.role == text::Role::kDateline || c.role == text::Role::kByline || c.role == text::Role::kTable) continue;
    c.segment = segment_at(out.segments, c.value.begin);
    const bool counted = c.value.kind == extract::ValueKind::kNumber || c.value.kind == extract::ValueKind::kCount;
    const PartOf part = part_of(tokens, first, next, counted);
    c.part = part.part;
    if (part.part != Part::kWhole) {
      c.marker_begin = part.marker_begin + s.begin;
      c.marker_end = part.marker_end + s.begin;
    } else if (listed[i]) {
      c.part = Part::kSubtotal;
      c.marker_begin = c.value.end;
      c.marker_end = c.value.end;
    }
    const auto [own_begin, own_end] = own_words(tokens, first, next);
    c.own_begin = own_begin + s.begin;
    c.own_end = own_end + s.begin;
    if (datings[i].dating != Dating::kEvent) {
      c.dating = datings[i].dating;
      c.dating_begin = tokens[datings[i].first].begin + s.begin;
      c.dating_end = tokens[datings[i].last].end + s.begin;
    }
    if (tells_when(c.value)) {
      const std::size_t reach = opening_reach(tokens, out.segments, s.begin, first, next);
      if (reach != static_cast<std::size_t>(-1)) c.reach_end = reach + s.begin;
    }
    out.claims.push_back(std::move(c));
  }
  mark_conversions(text, s.begin, out.claims);
  return out;
}

}  // namespace factlint::claims
