#include "checker/cli/settings.h"

#include <algorithm>
#include <filesystem>
#include <thread>

#include <fmt/format.h>

#include "checker/report/report.h"

namespace factlint::cli {

namespace {

// Formats that read well one after another on a terminal, line by line (those
// that can be written as the findings come); anything else (JSON, XML) must be
// the only report on standard output.
bool is_streaming(std::string_view format) { return report::streaming_writer_for(format).has_value(); }

void check_reports(const std::vector<config::ReportRequest>& reports, Diagnostics& diags) {
  std::vector<const config::ReportRequest*> to_stdout;
  for (std::size_t i = 0; i < reports.size(); ++i) {
    const config::ReportRequest& r = reports[i];
    SourceLocation where = r.where;
    std::string flag = where.file.empty() ? "--report " : "";
    if (report::writer_for(r.format) == nullptr) {
      diags.error(where, fmt::format("{}unknown report format '{}'", flag, r.format),
                  fmt::format("formats: {}", report::format_names()));
      continue;
    }
    if (r.path.empty()) {
      to_stdout.push_back(&r);
      continue;
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (reports[j].path == r.path) {
        diags.error(where, fmt::format("two reports would be written to '{}'", r.path),
                    "give each report its own file");
      }
    }
  }
  if (to_stdout.size() > 1 &&
      std::any_of(to_stdout.begin(), to_stdout.end(), [](auto* r) { return !is_streaming(r->format); })) {
    std::vector<std::string> names;
    for (auto* r : to_stdout) names.push_back(r->format);
    diags.error(to_stdout.back()->where,
                fmt::format("reports {} would all go to standard output", fmt::join(names, ", ")),
                fmt::format("write one to a file: --report {}=PATH", to_stdout.back()->format));
  }
}

}  // namespace

extract::ParseContext value_context(const config::ValueSettings& values) {
  extract::ParseContext context;
  if (values.dates == "day-first") context.date_order = extract::DateOrder::kDayFirst;
  if (values.dates == "month-first") context.date_order = extract::DateOrder::kMonthFirst;
  context.currencies = values.currencies;
  return context;
}

unsigned default_jobs(unsigned from_config) {
  return from_config ? from_config : std::max(1u, std::thread::hardware_concurrency());
}

ArticleLimit config_limit(std::uint64_t from_config, std::string_view config_path) {
  return {from_config ? static_cast<std::size_t>(from_config) : kDefaultMaxFileSize,
          fmt::format("see max-file-size in {}", config_path)};
}

ProjectDefaults project_defaults(Diagnostics& diags) {
  std::error_code ec;
  if (!std::filesystem::exists(config::kDefaultConfigFile, ec)) return {};
  config::Config config = config::load_config(std::string(config::kDefaultConfigFile), diags);
  return {std::move(config.rule_paths), std::move(config.article_paths), std::move(config.rule_where),
          std::move(config.article_where), config.attribution, value_context(config.values),
          std::move(config.reports), default_jobs(config.jobs),
          config_limit(config.max_file_size, config::kDefaultConfigFile)};
}

std::optional<FailOn> parse_fail_on(std::string_view word) {
  if (word == "error") return FailOn::kError;
  if (word == "warning") return FailOn::kWarning;
  if (word == "info") return FailOn::kInfo;
  if (word == "never") return FailOn::kNever;
  return std::nullopt;
}

std::optional<Severity> failing_severity(FailOn fail_on) {
  switch (fail_on) {
    case FailOn::kError: return Severity::kError;
    case FailOn::kWarning: return Severity::kWarning;
    case FailOn::kInfo: return Severity::kInfo;
    case FailOn::kNever: return std::nullopt;
  }
  return Severity::kError;
}

Color parse_color(std::string_view word) {
  return word == "always" ? Color::kAlways : word == "never" ? Color::kNever : Color::kAuto;
}

bool fails(const FindingLog& findings, FailOn fail_on) {
  for (Severity severity : {Severity::kError, Severity::kWarning, Severity::kInfo})
    if (findings.count(severity) > 0 && fails(severity, fail_on)) return true;
  return false;
}

bool fails(Severity severity, FailOn fail_on) {
  switch (fail_on) {
    case FailOn::kNever: return false;
    case FailOn::kInfo: return true;
    case FailOn::kWarning: return severity != Severity::kInfo;
    case FailOn::kError: return severity == Severity::kError;
  }
  return true;
}

CheckSettings resolve_settings(const CheckOptions& options, Diagnostics& diags) {
  config::Config config;
  if (!options.config.empty()) {
    config = config::load_config(options.config, diags);
  } else if (std::error_code ec; std::filesystem::exists(config::kDefaultConfigFile, ec)) {
    config = config::load_config(std::string(config::kDefaultConfigFile), diags);
  }

  CheckSettings s;
  s.config_path = config.path;
  s.config_text = config.text;
  s.paths = !options.paths.empty()         ? options.paths
            : !config.article_paths.empty() ? config.article_paths
                                            : std::vector<std::string>{"corpus"};
  s.rule_paths = !options.rule_paths.empty() ? options.rule_paths : config.rule_paths;  // empty: rules/
  if (options.paths.empty()) {
    s.paths_where = config.article_where;
  } else {
    s.paths_where = options.paths_where;
    s.paths_listed = true;
  }
  if (options.rule_paths.empty()) s.rule_where = config.rule_where;
  s.attribution = config.attribution;
  s.values = value_context(config.values);
  s.exclude = config.exclude;
  s.fail_on = options.fail_on ? *options.fail_on
              : config.fail_on ? parse_fail_on(*config.fail_on).value_or(FailOn::kError)
                               : FailOn::kError;
  s.jobs = options.jobs ? options.jobs : default_jobs(config.jobs);
  if (options.max_file_size) {
    s.max_file_size.bytes = options.max_file_size;
  } else if (config.max_file_size) {
    s.max_file_size = config_limit(config.max_file_size, s.config_path);
  }
  s.severity = config.severity;
  s.baseline = !options.baseline.empty() ? options.baseline : config.baseline;
  s.update_baseline = options.update_baseline;
  // --no-cache, else --cache-dir, else --cache (the config's folder or the
  // default), else the config's `cache:`.
  s.cache_dir = options.no_cache             ? std::string()
                : !options.cache_dir.empty() ? options.cache_dir
                : options.cache ? (config.cache && !config.cache->empty() ? *config.cache : config::kDefaultCacheFolder)
                                : config.cache.value_or("");
  if (s.update_baseline && s.baseline.empty()) {
    diags.error({}, "--update-baseline needs a baseline file",
                "give --baseline FILE, or 'baseline: FILE' in .factlint.yaml");
  }

  s.reports = resolve_reports(options.format, options.output, options.reports, config.reports, diags);
  return s;
}

std::vector<config::ReportRequest> resolve_reports(const std::string& format, const std::string& output,
                                                   const std::vector<std::string>& flags,
                                                   const std::vector<config::ReportRequest>& from_config,
                                                   Diagnostics& diags) {
  std::vector<config::ReportRequest> reports;
  // Any report flag on the command line replaces the config's list.
  if (!format.empty() || !output.empty() || !flags.empty() || from_config.empty()) {
    reports.push_back({format.empty() ? "text" : format, output, {}});
    for (const std::string& text : flags) {
      config::ReportRequest request = config::parse_report_request(text);
      if (request.path.empty() && text.find('=') != std::string::npos) {
        diags.error({}, fmt::format("--report '{}' has no file after '='", text),
                    fmt::format("e.g. --report {}=out/factlint.{}", request.format, request.format));
        continue;
      }
      reports.push_back(std::move(request));
    }
  } else {
    reports = from_config;
  }
  check_reports(reports, diags);
  return reports;
}

bool use_color(Color flag, bool terminal, const char* (*env)(const char*)) {
  if (flag != Color::kAuto) return flag == Color::kAlways;
  auto set = [&](const char* name) {
    const char* value = env(name);
    return value != nullptr && *value != '\0';
  };
  auto forced = [&](const char* name, bool false_word) {
    const char* value = env(name);
    if (value == nullptr || *value == '\0') return false;
    const std::string_view v = value;
    return v != "0" && !(false_word && v == "false");
  };
  if (set("NO_COLOR")) return false;
  if (forced("FORCE_COLOR", true) || forced("CLICOLOR_FORCE", false)) return true;
  const char* term = env("TERM");
  if (term != nullptr && std::string_view(term) == "dumb") return false;
  return terminal;
}

}  // namespace factlint::cli
