// `factlint merge`: the shard files of one run split over CI jobs (check
// --shard I/N --report shard=PATH) joined into the reports one unsharded run
// would have written, byte for byte: findings, skipped files, notices and
// uncovered articles in the same order, the summary recomputed, every format.
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <map>

#include <fmt/format.h>

#include "checker/cli/commands.h"
#include "checker/cli/load_rules.h"
#include "checker/cli/print_diagnostics.h"
#include "checker/cli/settings.h"
#include "checker/cli/write_reports.h"
#include "checker/config/config.h"
#include "checker/report/shard.h"
#include "checker/util/read_file.h"

namespace factlint::cli {

namespace {

constexpr std::size_t kMaxShardBytes = 1u << 30;

// The shards, checked to be the N parts of one run; nullopt after errors.
std::optional<std::vector<report::Shard>> read_shards(const std::vector<std::string>& paths, Diagnostics& diags) {
  std::vector<report::Shard> shards;
  std::vector<std::string> from;
  for (const std::string& path : paths) {
    util::ReadResult file = util::read_file(path, kMaxShardBytes);
    if (!file.content) {
      diags.error({path}, fmt::format("cannot read shard file: {}", file.error));
      continue;
    }
    if (std::optional<report::Shard> shard = report::read_shard(path, *file.content, diags)) {
      shards.push_back(std::move(*shard));
      from.push_back(path);
    }
  }
  if (diags.has_errors()) return std::nullopt;
  const report::ReportOptions& first = shards.front().options;
  std::map<int, std::string> seen;
  for (std::size_t i = 0; i < shards.size(); ++i) {
    const report::ReportOptions& o = shards[i].options;
    if (o.shard_count == 0) {
      diags.error({from[i]}, "this run was not sharded: there is nothing to merge it with");
      continue;
    }
    if (o.tool_version != first.tool_version || o.shard_count != first.shard_count || o.sheets != first.sheets ||
        rule_ids(o.rules) != rule_ids(first.rules) || o.fail_at != first.fail_at) {
      diags.error({from[i]},
                  fmt::format("shard {}/{} is not part of the same run as '{}' (factlint version, number of shards, "
                              "fact sheets or --fail-on differ)",
                              o.shard_index, o.shard_count, from.front()),
                  "run every shard from the same commit with the same command, changing only --shard");
      continue;
    }
    auto [it, added] = seen.emplace(o.shard_index, from[i]);
    if (!added) diags.error({from[i]}, fmt::format("shard {}/{} is also in '{}'", o.shard_index, o.shard_count, it->second));
  }
  if (diags.has_errors()) return std::nullopt;
  std::vector<std::string> missing;
  for (int i = 1; i <= first.shard_count; ++i) {
    if (!seen.count(i)) missing.push_back(fmt::format("{}/{}", i, first.shard_count));
  }
  if (!missing.empty()) {
    diags.error({}, fmt::format("shard{} {} missing: a merged report would leave out their articles",
                                missing.size() == 1 ? "" : "s", fmt::join(missing, ", ")),
                "give every shard file of the run");
    return std::nullopt;
  }
  std::sort(shards.begin(), shards.end(), [](const report::Shard& a, const report::Shard& b) {
    return a.options.shard_index < b.options.shard_index;
  });
  return shards;
}

template <typename T>
void by_file(std::vector<T>& items) {
  std::stable_sort(items.begin(), items.end(), [](const T& a, const T& b) { return a.file < b.file; });
}

}  // namespace

ExitCode run_merge(const MergeOptions& options, std::ostream& out, std::ostream& err) {
  Diagnostics diags;
  std::optional<std::vector<report::Shard>> shards = read_shards(options.shards, diags);
  std::vector<config::ReportRequest> from_config = project_defaults(diags).reports;
  std::erase_if(from_config, [](const config::ReportRequest& r) { return r.format == "shard"; });
  std::vector<config::ReportRequest> reports =
      resolve_reports(options.format, options.output, options.reports, from_config, diags);
  if (!shards || diags.has_errors()) {
    print_diagnostics(diags, err);
    return ExitCode::kUsage;
  }

  report::ReportOptions report_options = shards->front().options;
  report_options.shard_index = report_options.shard_count = 0;  // one whole run now
  report_options.articles.clear();
  // The shards' --fail-on unless merge is given its own.
  const std::optional<Severity> shards_fail_at = report_options.fail_at;
  const FailOn fail_on = options.fail_on                                  ? *options.fail_on
                         : !shards_fail_at                                ? FailOn::kNever
                         : *shards_fail_at == Severity::kWarning          ? FailOn::kWarning
                         : *shards_fail_at == Severity::kInfo             ? FailOn::kInfo
                                                                          : FailOn::kError;
  report_options.fail_at = failing_severity(fail_on);
  report_options.color = use_color(options.color, isatty(STDOUT_FILENO) != 0, [](const char* name) -> const char* {
    return std::getenv(name);
  });
  report_options.quiet = options.quiet;
  report_options.verbose = options.verbose;

  std::vector<Finding> findings;
  std::vector<SkippedFile> skipped, uncovered;
  std::vector<Notice> notices;
  int articles = 0, suppressed = 0, baselined = 0;
  for (report::Shard& shard : *shards) {
    std::move(shard.findings.begin(), shard.findings.end(), std::back_inserter(findings));
    std::move(shard.summary.skipped_files.begin(), shard.summary.skipped_files.end(), std::back_inserter(skipped));
    std::move(shard.summary.uncovered.begin(), shard.summary.uncovered.end(), std::back_inserter(uncovered));
    std::move(shard.summary.notices.begin(), shard.summary.notices.end(), std::back_inserter(notices));
    report_options.articles.insert(report_options.articles.end(), shard.options.articles.begin(),
                                   shard.options.articles.end());
    articles += shard.summary.articles;
    suppressed += shard.summary.suppressed;
    baselined += shard.summary.baselined;
  }
  // Each file's results come from one shard, in that run's order: sorting by
  // file alone (stably) gives the order of a run without --shard.
  std::sort(report_options.articles.begin(), report_options.articles.end());
  sort_findings(findings);
  const FindingLog sorted(std::move(findings));
  by_file(skipped);
  by_file(uncovered);
  by_file(notices);
  Summary summary = summarize(sorted, articles, std::move(skipped));
  summary.suppressed = suppressed;
  summary.baselined = baselined;
  summary.notices = std::move(notices);
  summary.uncovered = std::move(uncovered);
  write_reports(reports, sorted, summary, report_options, out, diags);
  print_diagnostics(diags, err);
  if (diags.has_errors()) return ExitCode::kUsage;
  return fails(sorted, fail_on) ? ExitCode::kFindings : ExitCode::kClean;
}

}  // namespace factlint::cli
