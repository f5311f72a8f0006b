// .factlint.yaml: a project's defaults for `factlint check` (paths, excludes,
// fail-on, severity overrides, baseline, reports, jobs, attribution). Read before the
// pipeline starts; command-line flags override it. Validated like a fact
// sheet: every problem located, with a hint, all reported in one run.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/findings/finding.h"
#include "checker/util/diagnostics.h"

namespace factlint::config {

constexpr std::string_view kDefaultConfigFile = ".factlint.yaml";

// "sarif=out/factlint.sarif" or "text" (no path: standard output).
struct ReportRequest {
  std::string format;
  std::string path;  // empty: standard output
  SourceLocation where;  // where the request was written; empty file for the command line
};

// One `severity:` entry: a finding kind ("misspelling") or a rule
// ("lavrov-pakistan-2021/arrival", "arrival", "people.lavrov").
struct SeverityOverride {
  std::string target;
  Severity severity = Severity::kError;
  bool is_kind = false;
  SourceLocation where;
};

// `attribution:` in .factlint.yaml: the default for every sheet that does
// not set its own (`within: sentence|paragraph|article`, `display: true`).
struct AttributionDefaults {
  std::optional<std::string> within;
  std::optional<bool> display;
};

// `values:` in .factlint.yaml: how figures are read in every article and sheet.
// dates: day-first | month-first (numeric dates such as 05/04/2021; unset: not read);
// currencies: {rupees: INR, dinars: IQD, ...} (a currency name without its country).
struct ValueSettings {
  std::optional<std::string> dates;
  std::vector<std::pair<std::string, std::string>> currencies;
};

// Where `cache: true` and `check --cache` keep the article cache.
inline constexpr const char* kDefaultCacheFolder = ".factlint-cache";

struct Config {
  std::string path;  // the file read; empty when there was none
  std::string text;  // its bytes, as read (load_config): the article cache's key
  std::vector<std::string> rule_paths;     // relative to the config file's folder, as given
  std::vector<std::string> article_paths;
  // Where each of rule_paths and article_paths was written (for an error at
  // the line of one that does not exist).
  std::vector<SourceLocation> rule_where;
  std::vector<SourceLocation> article_where;
  std::vector<std::string> exclude;        // globs over article paths (rules/glob.h)
  std::optional<std::string> fail_on;      // "error", "warning", "info" or "never"
  std::vector<SeverityOverride> severity;  // in file order
  std::string baseline;
  std::vector<ReportRequest> reports;
  unsigned jobs = 0;  // 0: not set
  std::uint64_t max_file_size = 0;  // bytes; 0: not set
  // `cache:` true (the default folder), false, or a folder; nullopt: not set;
  // "" when false.
  std::optional<std::string> cache;
  AttributionDefaults attribution;
  ValueSettings values;
};

// Parses the text of a config file. Problems are errors at `path:line:col`
// with a hint; the returned Config holds whatever was valid. Paths in the
// file are taken relative to the file's own folder.
Config parse_config(const std::string& path, std::string_view text, Diagnostics& diags);

// Reads and parses `path`; an unreadable file is an error.
Config load_config(const std::string& path, Diagnostics& diags);

// "sarif=out/x.sarif" -> {"sarif", "out/x.sarif"}; "text" -> {"text", ""}.
ReportRequest parse_report_request(std::string_view text);

// The severity a finding gets: the last override naming its rule, else the
// last naming its kind, else its own.
Severity effective_severity(const Finding& finding, const std::vector<SeverityOverride>& overrides);

// Rewrites each finding's severity by the overrides.
void apply_severity(std::vector<Finding>& findings, const std::vector<SeverityOverride>& overrides);

}  // namespace factlint::config
