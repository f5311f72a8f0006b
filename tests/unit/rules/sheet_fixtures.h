// Shared fixtures for the rules tests: the spec's example sheet and a helper
// that renders diagnostics as the user sees them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "checker/util/diagnostics.h"

namespace factlint::rules::testing {

// The fact sheet of spec section 3, verbatim.
inline constexpr std::string_view kSpecExample = R"yaml(id: lavrov-pakistan-2021
title: Sergey Lavrov's visit to Pakistan, 6-7 April 2021
scope:                                   # which articles this sheet covers; all given keys must hold
  mentions: ['\bLavrov\b']               # RE2; the article matches at least one
  published: 2021-04-06..2021-06-30      # inclusive window on the article date (either end optional)
  paths: ['corpus/**']                   # globs, relative to the repository root
people:
  lavrov:
    name: Sergey Lavrov
    also: [Lavrov, Russian Foreign Minister, Russian FM, top Russian diplomat]   # ways articles refer to him
    misspellings: [Sergei Lavrov, Lavorv]                                       # reported as misspelling
  qureshi:
    name: Shah Mahmood Qureshi
    also: [Qureshi, FM Qureshi, Pakistani Foreign Minister]
    misspellings: [Shah Mahmoud Qureshi]
facts:
  - id: trade-growth
    claim: Pakistan-Russia trade grew 46 percent        # one line a human reads in the report
    cues: ['\btrade\b']                                 # RE2; a sentence matching every cue mentions the fact
    unless: ['\bD-8\b']                                 # optional RE2; a sentence matching any is not a mention
    expect: 46%                                         # parsed by the same value parser as articles
    said_by: [lavrov]                                   # optional; required attribution
    source: Lavrov at the joint press conference, Islamabad, 7 April 2021
    severity: error                                     # error (default) | warning | info
  - id: doses-delivered
    claim: Russia has delivered 50,000 Sputnik V doses to Pakistan
    cues: ['\b(provided|supplied|delivered|handed over)\b']
    expect: 50,000 doses                                # a count with its unit word
    said_by: [lavrov]
  - id: arrival
    claim: Lavrov arrived in Islamabad on Tuesday 6 April 2021
    cues: ['\barriv(ed|al|es)\b']
    expect: 2021-04-06
  - id: visit-length
    cues: ['\bvisit\b']
    expect: 2 days
  - id: last-visit
    cues: ['\bfirst\b', '\bvisit']
    expect: [since 2012, 9 years]                       # a list: any one of these values is consistent
    pattern: '(?:in|since) {value}'                     # optional RE2 with a {value} slot: pins where the value stands
)yaml";

inline std::vector<std::string> rendered(const Diagnostics& diags) {
  std::vector<std::string> lines;
  for (const Diagnostic& d : diags.entries()) lines.push_back(format_diagnostic(d));
  return lines;
}

inline std::string fmt_lines(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) text += line + "\n";
  return text;
}

// Mangled copies of a sheet, the same ones every run (a fixed LCG): one to
// three edits, each deleting a few bytes, inserting one of `nasty`, copying a
// piece of the text elsewhere or, when given, inserting one of `pieces`.
class Mangler {
 public:
  Mangler(std::uint32_t seed, std::string_view nasty, std::vector<std::string_view> pieces = {})
      : state_(seed), nasty_(nasty), pieces_(std::move(pieces)) {}

  std::string operator()(std::string yaml) {
    for (int edits = 1 + static_cast<int>(next(3)); edits > 0; --edits) {
      const std::size_t at = next(static_cast<std::uint32_t>(yaml.size()));
      switch (next(pieces_.empty() ? 3 : 4)) {
        case 0: yaml.erase(at, 1 + next(4)); break;
        case 1: yaml.insert(at, 1, nasty_[next(static_cast<std::uint32_t>(nasty_.size()))]); break;
        case 2: yaml.insert(at, yaml.substr(next(static_cast<std::uint32_t>(yaml.size())), 12)); break;
        default: yaml.insert(at, pieces_[next(static_cast<std::uint32_t>(pieces_.size()))]);
      }
    }
    return yaml;
  }

 private:
  std::uint32_t next(std::uint32_t bound) {
    state_ = state_ * 1664525u + 1013904223u;
    return (state_ >> 8) % bound;
  }
  std::uint32_t state_;
  std::string_view nasty_;
  std::vector<std::string_view> pieces_;
};

}  // namespace factlint::rules::testing
