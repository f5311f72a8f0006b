// What `factlint check` will do: the command line laid over .factlint.yaml
// laid over the defaults, with every report request and path checked before
// any article is read.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/cli/options.h"
#include "checker/config/config.h"
#include "checker/extract/value.h"
#include "checker/findings/finding_log.h"
#include "checker/util/diagnostics.h"

namespace factlint::cli {

struct CheckSettings {
  std::string config_path;  // the config file read; empty when none
  std::string config_text;  // its bytes, as read (the article cache's key)
  std::vector<std::string> paths;
  std::vector<std::string> rule_paths;
  // Where the config wrote each of paths and rule_paths, when they are its;
  // for paths given on the command line, the @FILE list's line that named each
  // (paths_listed).
  std::vector<SourceLocation> paths_where;
  std::vector<SourceLocation> rule_where;
  bool paths_listed = false;
  std::vector<std::string> exclude;
  FailOn fail_on = FailOn::kError;
  unsigned jobs = 1;
  ArticleLimit max_file_size;  // larger articles are skipped
  std::vector<config::ReportRequest> reports;  // at least one
  std::vector<config::SeverityOverride> severity;
  std::string baseline;
  bool update_baseline = false;
  std::string cache_dir;  // --cache: the article cache's folder; empty: no cache
  config::AttributionDefaults attribution;  // for sheets that set no `attribution` of their own
  extract::ParseContext values;             // `values:` in .factlint.yaml (no publication date)
};

// `values:` from .factlint.yaml as the value parser takes it.
extract::ParseContext value_context(const config::ValueSettings& values);

// How many threads to use: the config's `jobs:` when set (not 0), else one
// per core.
unsigned default_jobs(unsigned from_config);

// The article size limit of a project whose config is `config_path`: its
// `max-file-size:` when set (not 0), else 16 MiB; raised by that key.
ArticleLimit config_limit(std::uint64_t from_config, std::string_view config_path);

// What the commands other than `check` (rules check/test/list/diff, explain,
// merge) take from ./.factlint.yaml, if there is one: its sheets and articles
// as their defaults, its `attribution:`, `values:` and `max-file-size:`, so a
// fixture or an explained article reads as `check` reads it, and its
// `reports:` (merge).
// Config errors go to `diags`.
struct ProjectDefaults {
  std::vector<std::string> rule_paths;     // empty: rules/
  std::vector<std::string> article_paths;  // empty: corpus/
  std::vector<SourceLocation> rule_where;     // where the config wrote each
  std::vector<SourceLocation> article_where;
  config::AttributionDefaults attribution;
  extract::ParseContext values;
  std::vector<config::ReportRequest> reports;
  unsigned jobs = default_jobs(0);  // the config's `jobs:`, else one per core
  ArticleLimit max_file_size = config_limit(0, config::kDefaultConfigFile);  // `max-file-size:`, else 16 MiB
};
ProjectDefaults project_defaults(Diagnostics& diags);

// Flags override the config; a config problem or a bad report request is an
// error in `diags`.
CheckSettings resolve_settings(const CheckOptions& options, Diagnostics& diags);

// The reports to write: --format/--output and each --report FORMAT[=PATH], or
// the config's `reports` when the command line names none; a bad request is an
// error in `diags`.
std::vector<config::ReportRequest> resolve_reports(const std::string& format, const std::string& output,
                                                   const std::vector<std::string>& flags,
                                                   const std::vector<config::ReportRequest>& from_config,
                                                   Diagnostics& diags);

// Whether the text report is coloured: --color always/never wins; then
// NO_COLOR (set, not empty) turns colour off; FORCE_COLOR (not empty, "0" or
// "false") or CLICOLOR_FORCE (not empty or "0") turn it on, for CI logs that
// render colour though they are no terminal; then TERM=dumb is off; else
// colour when standard output is a terminal. `env` reads a variable (nullptr
// when unset).
bool use_color(Color flag, bool terminal, const char* (*env)(const char*));

// "error" -> FailOn::kError; nullopt for anything else.
std::optional<FailOn> parse_fail_on(std::string_view word);

// --color's word: "always", "never", else auto.
Color parse_color(std::string_view word);

// The least severe finding that fails the run at `fail_on` (nullopt: never),
// as reports take it (report::ReportOptions::fail_at).
std::optional<Severity> failing_severity(FailOn fail_on);

// Whether a finding of `severity` fails the run.
bool fails(Severity severity, FailOn fail_on);
// Whether any of `findings` fails the run: exit code 1.
bool fails(const FindingLog& findings, FailOn fail_on);

}  // namespace factlint::cli
