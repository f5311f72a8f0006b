// Shard files: everything one `factlint check --shard I/N` run found, in full
// (the findings with their highlight and detail, the articles, sheets and
// rules), so that `factlint merge` can write any report format exactly as one
// unsharded run would have. Written with `--report shard=PATH`; JSON, its own
// versioned shape ("factlint-shard": 1), not the JSON report's.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "checker/findings/finding_log.h"
#include "checker/report/report.h"
#include "checker/util/diagnostics.h"

namespace factlint::report {

void write_shard(const FindingLog& findings, const Summary& summary, const ReportOptions& options,
                 std::ostream& out);

// One shard file read back.
struct Shard {
  std::vector<Finding> findings;
  Summary summary;         // articles, suppressed, baselined and the lists; counts recomputed on merge
  ReportOptions options;   // tool_version, articles, sheets, rules, fail_at, shard_index, shard_count
};

// Parses a shard file; problems are located errors in `diags` (nullopt).
std::optional<Shard> read_shard(const std::string& path, std::string_view text, Diagnostics& diags);

// Which of `count` shards (0-based) a file belongs to: FNV-1a (64 bit) of its
// path as reported, modulo `count`. The same on every machine and in every
// factlint version: CI jobs on different runners agree on the split.
int shard_of(std::string_view path, int count);

}  // namespace factlint::report
