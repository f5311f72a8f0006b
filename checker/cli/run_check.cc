// `factlint check`: the whole pipeline on one screen.
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <thread>

#include "checker/cli/check_articles.h"
#include "checker/cli/commands.h"
#include "checker/cli/load_rules.h"
#include "checker/discover/find_articles.h"
#include "checker/report/report.h"

namespace factlint::cli {

namespace {

void print_diagnostics(const Diagnostics& diags, std::ostream& err) {
  for (const Diagnostic& d : diags.entries()) err << format_diagnostic(d) << '\n';
}

bool use_color(Color color) {
  if (color != Color::kAuto) return color == Color::kAlways;
  const char* term = std::getenv("TERM");
  return isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr &&
         !(term && std::string_view(term) == "dumb");
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

}  // namespace

ExitCode run_check(const CheckOptions& options, std::ostream& out, std::ostream& err) {
  Diagnostics diags;
  LoadedRules loaded = load_rules(options.rule_paths, diags);
  std::vector<std::string> paths = options.paths.empty() ? std::vector<std::string>{"corpus"} : options.paths;
  std::vector<std::string> articles = discover::find_articles(paths, diags);
  if (diags.has_errors()) {  // every sheet and path error printed, then stop
    print_diagnostics(diags, err);
    return ExitCode::kUsage;
  }

  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  CheckResult result = check_articles(articles, loaded.rules, jobs, options.max_file_size, diags);
  sort_findings(result.findings);  // same bytes for any --jobs
  Summary summary = summarize(result.findings, result.checked, std::move(result.skipped));

  report::ReportOptions report_options;
  report_options.color = use_color(options.color);
  report_options.quiet = options.quiet;
  report_options.verbose = options.verbose;
  report_options.tool_version = FACTLINT_VERSION;
  report_options.articles = articles;
  report_options.sheets = loaded.sheet_paths;
  report_options.rules = describe_rules(loaded.rules);
  const std::vector<Finding>& findings = result.findings;
  report::writer_for(options.format)(findings, summary, report_options, out);
  print_diagnostics(diags, err);

  if (diags.has_errors()) return ExitCode::kUsage;  // e.g. an article that could not be read
  bool failed = std::any_of(findings.begin(), findings.end(),
                            [&](const Finding& f) { return fails(f.severity, options.fail_on); });
  return failed ? ExitCode::kFindings : ExitCode::kClean;
}

}  // namespace factlint::cli
