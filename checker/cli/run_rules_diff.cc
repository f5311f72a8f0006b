// `factlint rules diff`: what a sheet edit changes on a corpus. The sheets as
// they are now and as committed in git (or an older file) each check the
// articles; claims and findings present in one run and not the other are
// listed, so an editor sees a fix for a false alarm that also drops a real
// mention before it is committed.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "checker/cli/check_articles.h"
#include "checker/cli/commands.h"
#include "checker/cli/git.h"
#include "checker/cli/load_rules.h"
#include "checker/cli/print_diagnostics.h"
#include "checker/cli/settings.h"
#include "checker/discover/find_articles.h"
#include "checker/report/report.h"
#include "checker/util/read_file.h"

namespace factlint::cli {
namespace {

constexpr std::size_t kMaxSheetSize = 16u << 20;

struct Run {
  std::map<std::tuple<std::string, int, int, std::string>, const ArticleExplanation*> claims;
  std::map<std::tuple<std::string, int, int, std::string, std::string>, const Finding*> findings;
  CheckResult result;
};

void index_run(Run& run) {
  for (const ArticleExplanation& a : run.result.explanations)
    run.claims[{a.path, a.explanation.line, a.explanation.column, a.explanation.rule}] = &a;
  for (const Finding& f : run.result.findings)
    run.findings[{f.file, f.line, f.column, f.rule, std::string(kind_name(f.kind)) + ": " + f.message}] = &f;
}

void print_claim(const ArticleExplanation& a, std::ostream& out) {
  out << fmt::format("  {}:{}:{}: {}: {}\n", a.path, a.explanation.line, a.explanation.column, a.explanation.rule,
                     a.explanation.text);
  report::write_excerpt(a.explanation.sentence, a.explanation.highlight_begin, a.explanation.highlight_end, false, out);
}

void print_finding(const Finding& f, std::ostream& out) {
  out << fmt::format("  {}:{}:{}: {}[{}] {}: {}\n", f.file, f.line, f.column, severity_name(f.severity), f.rule,
                     kind_name(f.kind), f.message);
}

// The old version of each sheet: from --old for the one sheet named, else
// from git at `rev`. A sheet git does not have at `rev` is new: left out.
std::optional<std::vector<SheetText>> old_sheets(const RulesOptions& options, const std::vector<std::string>& paths,
                                                 std::ostream& err) {
  std::vector<SheetText> old;
  if (!options.old_sheet.empty()) {
    if (paths.size() != 1) {
      err << fmt::format("factlint: error: --old compares one sheet, and {} were given{}\n", paths.size(),
                         paths.empty() ? "" : " (name the sheet it is an older version of, e.g. 'factlint rules diff "
                                              "rules/quake.yaml --old quake-before.yaml')");
      return std::nullopt;
    }
    util::ReadResult file = util::read_file(options.old_sheet, kMaxSheetSize);
    if (!file.content) {
      err << fmt::format("factlint: error: cannot read '{}': {}\n", options.old_sheet, file.error);
      return std::nullopt;
    }
    old.push_back({options.old_sheet, std::move(*file.content)});
    return old;
  }
  const GitResult verify = run_git({"rev-parse", "--verify", "--quiet", options.against + "^{commit}"});
  if (!verify.started) {
    err << "factlint: error: git is not installed: 'rules diff' compares with the sheets committed in git "
           "(or give an older sheet with --old FILE)\n";
    return std::nullopt;
  }
  if (verify.status != 0) {
    const GitResult inside = run_git({"rev-parse", "--is-inside-work-tree"});
    if (inside.status != 0)
      err << "factlint: error: not in a git repository: 'rules diff' compares with the sheets committed in git "
             "(or give an older sheet with --old FILE)\n";
    else
      err << fmt::format("factlint: error: '{}' is not a commit, branch or tag of this repository (e.g. HEAD, "
                         "main, HEAD~1)\n",
                         options.against);
    return std::nullopt;
  }
  for (const std::string& path : paths) {
    const GitResult show = run_git({"show", options.against + ":./" + path});
    if (show.status != 0) continue;  // new since then
    old.push_back({options.against + ":" + path, show.out});
  }
  return old;
}

}  // namespace

ExitCode run_rules_diff(const RulesOptions& options, std::ostream& out, std::ostream& err) {
  Diagnostics diags;
  const ProjectDefaults project = project_defaults(diags);
  const LoadedRules now = load_project_rules(options.rule_paths, project, diags);
  print_diagnostics(diags, err);
  if (diags.has_errors()) return ExitCode::kUsage;
  std::vector<std::string> named;  // the sheets compared
  for (const std::string& p : now.sheet_paths) named.push_back(p);
  std::optional<std::vector<SheetText>> before = old_sheets(options, named, err);
  if (!before) return ExitCode::kUsage;
  Diagnostics old_diags;
  const rules::RuleSet then = compile_sheet_texts(*before, old_diags, project.attribution, project.values);
  print_diagnostics(old_diags, err);
  if (old_diags.has_errors()) {
    err << "factlint: error: the older sheets have errors: nothing to compare with\n";
    return ExitCode::kUsage;
  }

  Diagnostics found;
  const bool from_config = options.in.empty() && !project.article_paths.empty();
  const std::vector<std::string> in = !options.in.empty() ? options.in
                                      : from_config        ? project.article_paths
                                                           : std::vector<std::string>{"corpus"};
  const std::vector<std::string> articles = discover::find_articles(
      in, found, {.follow = false, .named_at = from_config ? project.article_where : std::vector<SourceLocation>{}});
  print_diagnostics(found, err);
  if (found.has_errors()) return ExitCode::kUsage;

  Run old_run, new_run;
  Diagnostics check_diags;  // articles' own warnings: the same in both runs, shown once
  old_run.result = check_articles(articles, then, {}, 1, project.max_file_size, check_diags, true);
  Diagnostics ignored;
  new_run.result = check_articles(articles, now.rules, {}, 1, project.max_file_size, ignored, true);
  index_run(old_run);
  index_run(new_run);

  const std::string against = options.old_sheet.empty() ? options.against : options.old_sheet;
  out << fmt::format("rules diff: {} against {}, on {} article{}\n", fmt::join(named, ", "), against,
                     articles.size(), articles.size() == 1 ? "" : "s");
  int gained = 0, lost = 0, changed = 0, found_gained = 0, found_lost = 0;
  std::vector<const ArticleExplanation*> gained_claims, lost_claims;
  std::vector<std::pair<const ArticleExplanation*, const ArticleExplanation*>> changed_claims;
  for (const auto& [key, a] : new_run.claims) {
    auto it = old_run.claims.find(key);
    if (it == old_run.claims.end())
      gained_claims.push_back(a);
    else if (it->second->explanation.text != a->explanation.text)
      changed_claims.emplace_back(it->second, a);
  }
  for (const auto& [key, a] : old_run.claims)
    if (!new_run.claims.contains(key)) lost_claims.push_back(a);
  gained = static_cast<int>(gained_claims.size());
  lost = static_cast<int>(lost_claims.size());
  changed = static_cast<int>(changed_claims.size());
  if (gained) out << fmt::format("claims gained ({}):\n", gained);
  for (const ArticleExplanation* a : gained_claims) print_claim(*a, out);
  if (lost) out << fmt::format("claims lost ({}):\n", lost);
  for (const ArticleExplanation* a : lost_claims) print_claim(*a, out);
  if (changed) out << fmt::format("claims read differently ({}):\n", changed);
  for (const auto& [before_claim, after_claim] : changed_claims) {
    out << fmt::format("  {}:{}:{}: {}\n    was: {}\n    now: {}\n", after_claim->path,
                       after_claim->explanation.line, after_claim->explanation.column, after_claim->explanation.rule,
                       before_claim->explanation.text, after_claim->explanation.text);
  }
  std::vector<const Finding*> new_findings, old_findings;
  for (const auto& [key, f] : new_run.findings)
    if (!old_run.findings.contains(key)) new_findings.push_back(f);
  for (const auto& [key, f] : old_run.findings)
    if (!new_run.findings.contains(key)) old_findings.push_back(f);
  found_gained = static_cast<int>(new_findings.size());
  found_lost = static_cast<int>(old_findings.size());
  if (found_gained) out << fmt::format("findings gained ({}):\n", found_gained);
  for (const Finding* f : new_findings) print_finding(*f, out);
  if (found_lost) out << fmt::format("findings lost ({}):\n", found_lost);
  for (const Finding* f : old_findings) print_finding(*f, out);
  out << fmt::format("rules diff: {} claim{} gained, {} lost, {} read differently; {} finding{} gained, {} lost\n",
                     gained, gained == 1 ? "" : "s", lost, changed, found_gained, found_gained == 1 ? "" : "s",
                     found_lost);
  const bool differs = gained || lost || changed || found_gained || found_lost;
  return options.exit_code && differs ? ExitCode::kFindings : ExitCode::kClean;
}

}  // namespace factlint::cli
