// Baseline: findings a team has accepted for now, recorded by fingerprint
// (fingerprint.h), so a CI gate fails only on new ones. The file is sorted,
// one finding a line, so its diffs read well in review.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "checker/findings/finding.h"
#include "checker/util/diagnostics.h"

namespace factlint::findings {

constexpr int kBaselineVersion = 1;

struct BaselineEntry {
  std::string fingerprint;  // the identity; the other fields are for humans reading diffs
  std::string rule;
  std::string file;
  std::string found;
  std::string sentence;
};

struct Baseline {
  std::vector<BaselineEntry> entries;
};

// Parses a baseline file's text. Invalid JSON, another version, another tool's
// file or a malformed entry is an error located at `path:line:col`; nullopt then.
// `fingerprints_only`: the entries' other fields (for people reading the file)
// are skipped as they are read and left empty: all a run that compares needs.
std::optional<Baseline> parse_baseline(const std::string& path, std::string_view text, Diagnostics& diags,
                                       bool fingerprints_only = false);
// The same, always through a JSON tree: what parse_baseline falls back on for
// a file that is not a well-formed baseline, to locate what is wrong. Exposed
// so that fuzzing can check that the two agree on every input.
std::optional<Baseline> parse_baseline_tree(const std::string& path, std::string_view text, Diagnostics& diags);

// The baseline file for `findings`: {"version":1,"tool":"factlint","findings":[...]},
// entries sorted by file, rule, fingerprint, one a line, ending in a newline.
std::string format_baseline(const std::vector<Finding>& findings);
// The same from the entries (baseline_entry of each finding), in any order.
std::string format_baseline_entries(std::vector<BaselineEntry> entries);
BaselineEntry baseline_entry(const Finding& finding);

struct BaselineResult {
  std::vector<Finding> kept;  // new findings, in their original order
  int baselined = 0;
  int stale = 0;  // entries that matched no finding (fixed since): worth an --update-baseline
};

// Drops each finding whose fingerprint the baseline records; an entry accepts
// one finding, so a second copy of an accepted sentence is new.
BaselineResult apply_baseline(std::vector<Finding> findings, const Baseline& baseline);

// apply_baseline a finding at a time, as a run's findings arrive in order.
// It keeps the fingerprints alone, as numbers (16 bytes an entry), so a run
// drops the entries once it is made (cli/run_check.cc).
class BaselineFilter {
 public:
  explicit BaselineFilter(const Baseline& baseline);
  // True, and counted, when an entry not yet used accepts `f`.
  bool accepts(const Finding& f);
  int baselined() const { return baselined_; }
  int stale() const;  // entries that accepted no finding

 private:
  // fingerprint_hash -> entries left, sorted by hash.
  std::vector<std::pair<std::uint64_t, int>> accepted_;
  // Entries whose fingerprint is not 16 lowercase hex digits: no finding has
  // such a fingerprint, so they accept none.
  int unmatched_ = 0;
  int baselined_ = 0;
};

}  // namespace factlint::findings
