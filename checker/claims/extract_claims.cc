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

}  // namespace

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
    out.claims.push_back(std::move(c));
  }
  mark_conversions(text, s.begin, out.claims);
  return out;
}

}  // namespace factlint::claims
