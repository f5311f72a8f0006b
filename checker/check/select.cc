#include "checker/check/select.h"

#include <algorithm>
#include <limits>
#include <map>
#include <optional>

#include "checker/check/judge.h"
#include "checker/claims/segments.h"

namespace factlint::check {
namespace {

using claims::Boundary;
using claims::Claim;
using claims::Part;
using rules::Pattern;

constexpr long kUnbound = std::numeric_limits<long>::max();

// How far the pattern's text before {value} may reach back from the value.
constexpr std::size_t kPatternWindow = 256;

bool stands_at_slot(std::string_view sentence, std::size_t begin, std::size_t end, const rules::CompiledFact& fact) {
  if (fact.before_value) {
    const std::size_t from = begin > kPatternWindow ? begin - kPatternWindow : 0;
    if (!fact.before_value->search(sentence.substr(from, begin - from))) return false;
  }
  if (fact.after_value) {
    const std::string_view rest = sentence.substr(end);
    if (!fact.after_value->search(rest.substr(0, std::min(rest.size(), kPatternWindow)))) return false;
  }
  return true;
}

// A cue of the fact on the words that make the figure an increment: the fact
// is about the change itself ("reserves increased by $4.2 billion" for a fact
// with cues 'reserves' and 'increased').
bool names_the_change(const Claim& c, const CueMatches& cues) {
  for (const auto& matches : cues) {
    for (const Pattern::Match& m : matches) {
      if (m.begin < c.marker_end && c.marker_begin < m.end) return true;
    }
  }
  return false;
}

// A date that dates figures or a report ("as of 2 p.m.", "rose past 40,000 on
// Friday", "a report published on Sunday") is taken only by a fact with a cue
// on the words that say so.
bool dating_named(const Claim& c, const CueMatches& cues) {
  if (c.dating == claims::Dating::kEvent) return true;
  for (const auto& matches : cues)
    for (const Pattern::Match& m : matches)
      if (m.begin < c.dating_end && c.dating_begin < m.end) return true;
  return false;
}

// `part` is the claim's part for this sheet (its `partial` markers may make a
// whole figure a subtotal).
bool can_judge(const Claim& c, Part part, const rules::Fact& fact, bool pattern, const CueMatches& cues) {
  const extract::Value& v = c.value;
  // "February 30", or "on Monday" in an undated article, states nothing checkable.
  if (v.invalid || !v.resolved) return false;
  if ((claims::tells_when(v) || v.kind == extract::ValueKind::kDuration) && !dating_named(c, cues)) return false;
  if (!pattern && part != Part::kWhole && !fact.part) {
    if (part != Part::kIncrement || !names_the_change(c, cues)) return false;
  }
  if (!pattern && (part == Part::kPrevious || part == Part::kConversion)) return false;
  // A measure for a fact that gives only plain numbers ("killed by a magnitude
  // 7.8 earthquake" for a toll): only when a cue names it among its own words
  // ("6.5-magnitude" for a fact with the cue 'magnitude') or a pattern's slot holds it.
  if (v.kind == extract::ValueKind::kMeasure && !pattern &&
      std::none_of(fact.expect.begin(), fact.expect.end(),
                   [](const extract::Value& e) { return e.kind == extract::ValueKind::kMeasure; })) {
    bool named = false;
    for (const auto& matches : cues)
      for (const Pattern::Match& m : matches) named = named || (m.begin < c.own_end && c.own_begin < m.end);
    if (!named) return false;
  }
  return std::any_of(fact.expect.begin(), fact.expect.end(),
                     [&](const extract::Value& e) { return comparable(v, e, fact.unit_synonyms); });
}

// "8,794,726" where the fact expects "8,794,726 votes": no unit says what it counts.
bool bare_for_count(const Claim& c, const rules::Fact& fact) {
  return c.value.kind == extract::ValueKind::kNumber &&
         std::none_of(fact.expect.begin(), fact.expect.end(),
                      [](const extract::Value& e) { return e.kind == extract::ValueKind::kNumber; });
}

std::size_t gap(std::size_t a_begin, std::size_t a_end, std::size_t b_begin, std::size_t b_end) {
  if (a_end <= b_begin) return b_begin - a_end;
  if (b_end <= a_begin) return a_begin - b_end;
  return 0;
}

class Binder {
 public:
  Binder(const claims::SentenceClaims& claims, std::vector<std::size_t> candidates)
      : claims_(claims),
        candidates_(std::move(candidates)),
        strong_before_(claims.segments.size() + 1, 0),
        hop_(claims.segments.size(), 0) {
    for (std::size_t s = 0; s < claims.segments.size(); ++s) {
      strong_before_[s + 1] = strong_before_[s] + (claims.segments[s].before == Boundary::kStrong ? 1 : 0);
      // A relative clause is as near as the segment its noun stands in.
      if (s > 0) hop_[s] = hop_[s - 1] + (claims.segments[s].relative ? 0 : 1);
    }
  }

  // How closely cue match `m` binds claim `c`; kUnbound when it does not.
  long score(const Claim& c, const Pattern::Match& m) const {
    if (m.begin < c.own_end && c.own_begin < m.end) return 0;
    if (claims::tells_when(c.value) && !dates(c, m)) return kUnbound;
    const std::size_t bytes = gap(c.value.begin, c.value.end, m.begin, m.end);
    const std::size_t cue_segment = claims::segment_at(claims_.segments, m.begin);
    if (cue_segment == c.segment) return 1 + static_cast<long>(bytes);
    // What is to happen says nothing about the figures before it, nor does a
    // description of a name about the figures around it.
    if (claims_.segments[cue_segment].infinitive && c.segment < cue_segment) return kUnbound;
    if (claims_.segments[cue_segment].appositive) return kUnbound;
    const int relative = claims_.segments[cue_segment].relative_clause;
    if (relative >= 0 && claims_.segments[c.segment].relative_clause != relative) return kUnbound;
    const std::size_t lo = std::min(cue_segment, c.segment), hi = std::max(cue_segment, c.segment);
    // Boundaries between segments lo and hi are those before segments lo+1..hi.
    if (strong_before_[hi + 1] - strong_before_[lo + 1] > 0) return kUnbound;
    if (claims_.segments[c.segment].own_subject) return kUnbound;
    return kHop * static_cast<long>(hop_[hi] - hop_[lo]) + static_cast<long>(bytes);
  }

  // With a `pattern`, which says where the value stands, a cue may be in
  // another clause, but not inside a quotation the value is outside of ('"The
  // toll from the earthquakes rose," Sezar said on Saturday'), and a date's
  // own limits hold (see dates()).
  bool reaches(const Claim& c, const Pattern::Match& m) const {
    if (m.begin < c.own_end && c.own_begin < m.end) return true;
    if (claims::tells_when(c.value) && !dates(c, m)) return false;
    // A quotation's words tell of its own figures; the words around it may
    // name who said it ("... 180 months' imprisonment ...," prosecutors said).
    return !claims_.segments[claims::segment_at(claims_.segments, m.begin)].quoted ||
           claims_.segments[c.segment].quoted;
  }

  // The candidate a cue match binds, and how closely; nullopt when none.
  std::optional<std::pair<std::size_t, long>> bind(const Pattern::Match& m) const {
    // The nearest candidates on each side: the last starting before the match
    // ends, and the first after it.
    auto it = std::lower_bound(candidates_.begin(), candidates_.end(), m.end, [&](std::size_t c, std::size_t o) {
      return claims_.claims[c].value.begin < o;
    });
    std::optional<std::pair<std::size_t, long>> best;
    auto consider = [&](std::size_t c) {
      const long s = score(claims_.claims[c], m);
      if (s != kUnbound && (!best || s < best->second)) best = {{c, s}};
    };
    if (it != candidates_.begin()) consider(*std::prev(it));
    if (it != candidates_.end()) consider(*it);
    return best;
  }

 private:
  // Whether cue match `m` may tell when claim `c` is: not past the subject and
  // verb of the clause an opening date dates, nor from inside a point in time
  // the date is told from ("twelve days after the earthquakes").
  bool dates(const Claim& c, const Pattern::Match& m) const {
    if (m.begin >= c.reach_end) return false;
    for (const claims::TimeReference& r : claims_.time_references) {
      if (m.begin >= r.begin && m.end <= r.end) return c.value.begin >= r.begin && c.value.end <= r.end;
    }
    return true;
  }

  const claims::SentenceClaims& claims_;
  std::vector<std::size_t> candidates_;  // claim indices, in text order
  std::vector<int> strong_before_;       // strong boundaries before segment s: [0, s)
  std::vector<int> hop_;                 // segments counted from the first, relative clauses not counted
};

}  // namespace

std::vector<bool> partial_segments(const claims::SentenceClaims& claims, std::string_view text,
                                   const rules::CompiledSheet& sheet) {
  if (sheet.partial.empty()) return {};
  std::vector<bool> out(claims.segments.size(), false);
  for (std::size_t s = 0; s < claims.segments.size(); ++s) {
    const claims::Segment& seg = claims.segments[s];
    const std::string_view clause = text.substr(seg.begin, seg.end - seg.begin);
    out[s] = std::any_of(sheet.partial.begin(), sheet.partial.end(), [&](const auto& p) { return p->search(clause); });
  }
  return out;
}

// A whole figure in a clause one of the sheet's `partial` patterns matches is
// a subtotal for this sheet. `marks` is partial_segments().
bool marked_partial(const Claim& c, const claims::SentenceClaims& claims, std::string_view text,
                    const std::vector<bool>& marks) {
  if (c.part != Part::kWhole || marks.empty()) return false;
  const std::vector<claims::Segment>& segments = claims.segments;
  if (marks[c.segment]) return true;
  // "Paiporta, where at least 62 people died": a relative clause is about the
  // place it follows.
  if (const int relative = segments[c.segment].relative_clause; relative > 0 && marks[relative - 1]) return true;
  // "In Paiporta, Valencia, 40 people were confirmed dead": a place the
  // sentence opens with scopes the statement it opens.
  const std::string_view opening = text.substr(segments[0].begin, std::min<std::size_t>(3, segments[0].end - segments[0].begin));
  const bool placed = opening.size() == 3 && (opening[0] == 'I' || opening[0] == 'i') && opening[1] == 'n' && opening[2] == ' ';
  // Bounded, so the work per claim does not grow with the sentence: the place
  // is in the first few segments, and the claim's statement starts there.
  constexpr std::size_t kOpening = 4;
  if (!placed || c.segment == 0 || c.segment > 2 * kOpening) return false;
  for (std::size_t s = 1; s <= c.segment; ++s)
    if (segments[s].before == claims::Boundary::kStrong) return false;
  for (std::size_t s = 0; s < std::min(c.segment, kOpening); ++s)
    if (marks[s]) return true;
  return false;
}

std::vector<Binding> select_claims(const claims::SentenceClaims& claims, std::string_view text,
                                   const text::Sentence& s, const CueMatches& cues,
                                   const std::vector<bool>& partial, const rules::CompiledFact& fact) {
  const bool pattern = fact.before_value || fact.after_value;
  const std::string_view sentence = text.substr(s.begin, s.end - s.begin);
  const std::size_t sentence_begin = s.begin;
  std::vector<std::size_t> candidates;
  for (std::size_t i = 0; i < claims.claims.size(); ++i) {
    const Claim& c = claims.claims[i];
    const Part part = marked_partial(c, claims, text, partial) ? Part::kSubtotal : c.part;
    if (!can_judge(c, part, *fact.fact, pattern, cues)) continue;
    // The slot names the value as a whole ("10 km") or its figure alone ("magnitude {value}").
    if (pattern && !stands_at_slot(sentence, c.value.begin - sentence_begin, c.value.end - sentence_begin, fact) &&
        !(c.value.figure_end > c.value.figure_begin &&
          (c.value.figure_begin != c.value.begin || c.value.figure_end != c.value.end) &&
          stands_at_slot(sentence, c.value.figure_begin - sentence_begin, c.value.figure_end - sentence_begin, fact)))
      continue;
    candidates.push_back(i);
  }
  std::vector<Binding> out;
  if (candidates.empty()) return out;

  const Binder binder(claims, candidates);
  if (pattern) {  // the slot value nearest a cue that reaches it
    std::vector<Pattern::Match> all;
    for (const auto& matches : cues) all.insert(all.end(), matches.begin(), matches.end());
    std::sort(all.begin(), all.end(), [](const Pattern::Match& a, const Pattern::Match& b) { return a.begin < b.begin; });
    // On each side of a value, the nearest few matches that reach it: a bounded
    // look, so a sentence of many figures and cues stays linear.
    constexpr std::size_t kLook = 8;
    std::optional<Binding> best;
    for (std::size_t i : candidates) {
      const Claim& c = claims.claims[i];
      auto consider = [&](const Pattern::Match& m) {
        if (!binder.reaches(c, m)) return false;
        const long score = 1 + static_cast<long>(gap(c.value.begin, c.value.end, m.begin, m.end));
        if (!best || score < best->score) best = Binding{i, score, m.begin, m.end};
        return true;
      };
      // The first match starting at or after the value's end, and those before it.
      const auto it = std::lower_bound(all.begin(), all.end(), c.value.end,
                                       [](const Pattern::Match& m, std::size_t o) { return m.begin < o; });
      for (auto after = it; after != all.end() && after - it < static_cast<std::ptrdiff_t>(kLook); ++after)
        if (consider(*after)) break;
      for (auto before = it; before != all.begin() && it - before < static_cast<std::ptrdiff_t>(kLook);)
        if (consider(*--before)) break;
    }
    if (best) out.push_back(*best);
    return out;
  }

  // For each candidate, each cue pattern's closest binding match.
  struct Best {
    long score = kUnbound;
    std::size_t begin = 0, end = 0;
  };
  std::map<std::size_t, std::vector<Best>> bound;  // claim -> per cue pattern
  for (std::size_t p = 0; p < cues.size(); ++p) {
    for (const Pattern::Match& m : cues[p]) {
      const auto hit = binder.bind(m);
      if (!hit) continue;
      std::vector<Best>& per_cue = bound.try_emplace(hit->first, cues.size()).first->second;
      if (hit->second < per_cue[p].score) per_cue[p] = {hit->second, m.begin, m.end};
    }
  }
  for (const auto& [claim, per_cue] : bound) {
    const auto worst = std::max_element(per_cue.begin(), per_cue.end(),
                                        [](const Best& a, const Best& b) { return a.score < b.score; });
    if (worst->score == kUnbound) continue;  // a cue pattern that binds it nowhere
    // A bare figure stands for a count only with the fact's cues in its own clause.
    if (worst->score >= kHop && bare_for_count(claims.claims[claim], *fact.fact)) continue;
    out.push_back({claim, worst->score, worst->begin, worst->end});
  }
  return out;
}

std::vector<std::vector<Binding>> settle(std::vector<std::vector<Binding>> selected,
                                         const claims::SentenceClaims& claims,
                                         const std::function<bool(std::size_t, std::size_t)>& agrees) {
  struct Owner {
    long score;
    std::size_t fact;
    bool by_unit;   // the closest cue is the claim's unit, inside its words ("seats" of "52 seats")
    int contested;  // how many facts select the claim
  };
  auto by_unit = [&](const Binding& b) {
    const extract::Value& v = claims.claims[b.claim].value;
    return b.cue_begin > v.begin && b.cue_end <= v.end;
  };
  std::map<std::size_t, Owner> owner;
  for (std::size_t f = 0; f < selected.size(); ++f) {
    for (const Binding& b : selected[f]) {
      auto [it, inserted] = owner.try_emplace(b.claim, Owner{b.score, f, by_unit(b), 1});
      if (inserted) continue;
      ++it->second.contested;
      if (b.score < it->second.score) it->second = {b.score, f, by_unit(b), it->second.contested};
    }
  }
  // Contested and won by a unit: one that agrees takes it, the closest of them.
  std::map<std::size_t, std::pair<long, std::size_t>> agreeing;  // claim -> (score, fact)
  for (std::size_t f = 0; f < selected.size(); ++f) {
    for (const Binding& b : selected[f]) {
      const Owner& o = owner.at(b.claim);
      if (o.contested < 2 || !o.by_unit || !agrees(f, b.claim)) continue;
      auto [it, inserted] = agreeing.try_emplace(b.claim, b.score, f);
      if (!inserted && b.score < it->second.first) it->second = {b.score, f};
    }
  }
  for (const auto& [claim, best] : agreeing) owner.at(claim).fact = best.second;
  for (std::size_t f = 0; f < selected.size(); ++f) {
    std::erase_if(selected[f], [&](const Binding& b) { return owner.at(b.claim).fact != f; });
  }
  return selected;
}

}  // namespace factlint::check
