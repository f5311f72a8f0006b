// `factlint rules test`: fact-sheet test fixtures. Each fixture is an article
// whose `<!-- expect: ... -->` comments say which findings each line must give;
// it is checked exactly as `factlint check` would check it, and the findings
// are compared with the expectations (findings/expectations.h).
#include <filesystem>
#include <map>
#include <variant>

#include <fmt/format.h>

#include "checker/cli/check_articles.h"
#include "checker/cli/commands.h"
#include "checker/cli/print_diagnostics.h"
#include "checker/cli/load_rules.h"
#include "checker/cli/settings.h"
#include "checker/discover/find_articles.h"
#include "checker/findings/expectations.h"
#include "checker/check/scope.h"
#include "checker/text/front_matter.h"
#include "checker/text/load_article.h"
#include "checker/util/read_file.h"

namespace factlint::cli {

namespace {

constexpr std::size_t kMaxFixtureSize = 16u << 20;
constexpr const char* kDefaultFixtures = "rules/tests";

struct Fixture {
  std::string path;
  std::string raw;
  std::vector<findings::Expectation> expectations;
};

// Whether any sheet's scope covers the fixture: when none does, every
// expectation fails for a reason the failures alone would not show.
bool covered(const Fixture& fixture, const rules::RuleSet& rules) {
  Diagnostics ignored;
  auto loaded = text::load_article(fixture.path, fixture.raw, ignored);
  const auto* article = std::get_if<text::Article>(&loaded);
  if (!article) return true;  // reported as skipped instead
  for (const rules::CompiledSheet& s : rules.sheets) {
    if (check::in_scope(s, *article)) return true;
  }
  return false;
}

}  // namespace

ExitCode run_rules_test(const RulesOptions& options, std::ostream& out, std::ostream& err) {
  Diagnostics diags;
  const ProjectDefaults project = project_defaults(diags);
  LoadedRules loaded = load_project_rules(options.rule_paths, project, diags);
  std::vector<std::string> known;
  for (const report::RuleInfo& info : describe_rules(loaded.rules)) known.push_back(info.id);

  std::vector<std::string> paths = options.fixtures;
  std::vector<std::string> found;
  if (paths.empty() && !std::filesystem::is_directory(kDefaultFixtures)) {
    diags.error({}, fmt::format("no fixtures: there is no folder '{}/'", kDefaultFixtures),
                "write test articles with <!-- expect: ... --> comments there, or name them; "
                "see docs/fact-sheets.md, 'Test fixtures'");
  } else {
    if (paths.empty()) paths.push_back(kDefaultFixtures);
    found = discover::find_articles(paths, diags);
  }
  std::vector<Fixture> fixtures;
  for (const std::string& path : found) {
    util::ReadResult file = util::read_file(path, kMaxFixtureSize);
    if (!file.content) {
      diags.error({path}, fmt::format("cannot read fixture: {}", file.error));
      continue;
    }
    Fixture fixture{path, std::move(*file.content), {}};
    fixture.expectations =
        findings::parse_expectations(path, fixture.raw, text::body_begin(fixture.raw), known, diags);
    fixtures.push_back(std::move(fixture));
  }
  if (diags.has_errors()) {
    print_diagnostics(diags, err);
    err << fmt::format("factlint: {} error{} in fact sheets or fixtures\n", diags.error_count(),
                       diags.error_count() == 1 ? "" : "s");
    return ExitCode::kUsage;
  }

  // A sheet's `paths` scope names where the newsroom's articles live; fixtures
  // live beside the sheets, so only its `published` window and `mentions` apply.
  for (rules::CompiledSheet& sheet : loaded.rules.sheets) sheet.scope_paths.clear();
  std::vector<std::string> files;
  for (const Fixture& f : fixtures) files.push_back(f.path);
  CheckResult result = check_articles(files, loaded.rules, known, project.jobs, ArticleLimit{kMaxFixtureSize}, diags);
  print_diagnostics(diags, err);
  if (diags.has_errors()) return ExitCode::kUsage;

  sort_findings(result.findings);
  std::map<std::string, std::vector<Finding>> by_file;
  for (Finding& f : result.findings) by_file[f.file].push_back(std::move(f));
  std::map<std::string, std::string> skipped;
  for (const SkippedFile& s : result.skipped) skipped[s.file] = s.reason;

  int expectations = 0;
  int failures = 0;
  for (const Fixture& fixture : fixtures) {
    expectations += static_cast<int>(fixture.expectations.size());
    if (auto it = skipped.find(fixture.path); it != skipped.end()) {
      Diagnostic not_checked;
      not_checked.where.file = fixture.path;
      not_checked.message = fmt::format("fixture not checked: {}", it->second);
      out << format_diagnostic(not_checked) << '\n';
      ++failures;
      continue;
    }
    std::vector<findings::ExpectationFailure> failed =
        findings::compare_expectations(fixture.expectations, by_file[fixture.path], fixture.path);
    std::string hint;
    if (!failed.empty() && !covered(fixture, loaded.rules)) {
      hint = "no fact sheet covers this fixture: is its front matter date inside a sheet's 'published' window, "
             "and does it match the sheet's 'mentions'?";
    }
    for (const findings::ExpectationFailure& f : failed) {
      out << format_diagnostic({Severity::kError, f.where, f.message, f.got_nothing && !hint.empty() ? hint : f.hint})
          << '\n';
    }
    failures += static_cast<int>(failed.size());
  }
  out << fmt::format("rules test: {} fixture{}, {} expectation{}, {} failure{}\n", fixtures.size(),
                     fixtures.size() == 1 ? "" : "s", expectations, expectations == 1 ? "" : "s", failures,
                     failures == 1 ? "" : "s");
  return failures == 0 ? ExitCode::kClean : ExitCode::kFindings;
}

}  // namespace factlint::cli
