#include "checker/check/claimed_value.h"

#include <algorithm>
#include <limits>

#include "checker/check/compare.h"

namespace factlint::check {

namespace {

// How far the pattern's text before {value} may reach back from the value.
constexpr std::size_t kPatternWindow = 256;

std::size_t gap(const extract::Value& v, const rules::Pattern::Match& m) {
  if (v.end <= m.begin) return m.begin - v.end;
  if (m.end <= v.begin) return v.begin - m.end;
  return 0;
}

bool stands_at_slot(std::string_view sentence, const extract::Value& v, const rules::CompiledFact& fact) {
  if (fact.before_value) {
    std::size_t from = v.begin > kPatternWindow ? v.begin - kPatternWindow : 0;
    if (!fact.before_value->search(sentence.substr(from, v.begin - from))) return false;
  }
  if (fact.after_value) {
    std::string_view rest = sentence.substr(v.end);
    if (!fact.after_value->search(rest.substr(0, std::min(rest.size(), kPatternWindow)))) return false;
  }
  return true;
}

}  // namespace

std::optional<extract::Value> claimed_value(std::string_view sentence,
                                            const std::vector<extract::Value>& values,
                                            const std::vector<rules::Pattern::Match>& cue_matches,
                                            const rules::CompiledFact& fact) {
  const bool has_pattern = fact.before_value || fact.after_value;
  std::optional<extract::Value> best;
  std::size_t best_gap = std::numeric_limits<std::size_t>::max();
  for (const extract::Value& v : values) {
    // "February 30", or "on Monday" in an undated article, states nothing checkable;
    // claiming it would hide a checkable value further from the cue.
    if (v.invalid || !v.resolved) continue;
    bool candidate = std::any_of(fact.fact->expect.begin(), fact.fact->expect.end(),
                                 [&](const extract::Value& e) { return comparable(v, e); });
    if (!candidate) continue;
    if (has_pattern) {
      if (stands_at_slot(sentence, v, fact)) return v;
      continue;
    }
    for (const rules::Pattern::Match& m : cue_matches) {
      std::size_t g = gap(v, m);
      if (g < best_gap) {
        best_gap = g;
        best = v;
      }
    }
  }
  return best;
}

}  // namespace factlint::check
