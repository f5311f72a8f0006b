// `factlint rules check|list` and `factlint explain`: for editors writing sheets.
#include <fmt/format.h>

#include "checker/cli/commands.h"
#include "checker/cli/print_diagnostics.h"
#include "checker/cli/load_rules.h"

namespace factlint::cli {

namespace {

std::string join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : std::string(sep)) + item;
  return out;
}

std::string patterns(const std::vector<Located<std::string>>& list) {
  std::vector<std::string> quoted;
  for (const auto& p : list) quoted.push_back("'" + p.value + "'");
  return join(quoted, ", ");
}

}  // namespace

ExitCode run_rules_check(const RulesOptions& options, std::ostream& out, std::ostream& err) {
  Diagnostics diags;
  LoadedRules loaded = load_rules(options.rule_paths, diags);
  print_diagnostics(diags, err);
  if (diags.has_errors()) {
    err << fmt::format("factlint: {} error{} in fact sheets\n", diags.error_count(),
                       diags.error_count() == 1 ? "" : "s");
    return ExitCode::kUsage;
  }
  for (const rules::CompiledSheet& s : loaded.rules.sheets) {
    out << fmt::format("{}: ok: sheet '{}', {} fact{}, {} {}\n", s.sheet->path, s.sheet->id, s.facts.size(),
                       s.facts.size() == 1 ? "" : "s", s.people.size(),
                       s.people.size() == 1 ? "person" : "people");
  }
  return ExitCode::kClean;
}

ExitCode run_rules_list(const RulesOptions& options, std::ostream& out, std::ostream& err) {
  Diagnostics diags;
  LoadedRules loaded = load_rules(options.rule_paths, diags);
  print_diagnostics(diags, err);
  if (diags.has_errors()) return ExitCode::kUsage;
  for (const rules::CompiledSheet& s : loaded.rules.sheets) {
    for (const rules::CompiledFact& f : s.facts) {
      out << fmt::format("{}/{}\t{}\t{}\n", s.sheet->id, f.fact->id, severity_name(f.fact->severity),
                         f.fact->claim.empty() ? join(f.fact->expect_text, " or ") : f.fact->claim);
    }
    for (const rules::CompiledPerson& p : s.people) {
      out << fmt::format("{}/{}\terror\tspelling of '{}'\n", s.sheet->id, p.person->rule_id(), p.person->name);
    }
  }
  return ExitCode::kClean;
}

ExitCode run_explain(const RulesOptions& options, std::ostream& out, std::ostream& err) {
  Diagnostics diags;
  LoadedRules loaded = load_rules(options.rule_paths, diags);
  print_diagnostics(diags, err);
  if (diags.has_errors()) return ExitCode::kUsage;
  std::vector<std::string> known;
  for (const rules::CompiledSheet& s : loaded.rules.sheets) {
    for (const rules::CompiledFact& cf : s.facts) {
      const rules::Fact& f = *cf.fact;
      std::string id = s.sheet->id + "/" + f.id;
      known.push_back(id);
      if (id != options.fact) continue;
      out << fmt::format("{}  ({}:{})\n", id, f.where.file, f.where.line);
      if (!f.claim.empty()) out << fmt::format("  claim:    {}\n", f.claim);
      out << fmt::format("  expect:   {}\n", join(f.expect_text, " or "));
      out << fmt::format("  cues:     {}  (a sentence must match all)\n", patterns(f.cues));
      if (!f.unless.empty()) out << fmt::format("  unless:   {}  (a sentence matching any is skipped)\n",
                                                patterns(f.unless));
      if (f.pattern) out << fmt::format("  pattern:  '{}'\n", f.pattern->value);
      if (!f.said_by.empty()) out << fmt::format("  said by:  {}\n", join(f.said_by, ", "));
      if (f.tolerance)
        out << fmt::format("  tolerance: {}{}\n", f.tolerance->relative ? f.tolerance->amount * 100 : f.tolerance->amount,
                           f.tolerance->relative ? "%" : "");
      out << fmt::format("  severity: {}\n", severity_name(f.severity));
      if (!f.source.empty()) out << fmt::format("  source:   {}\n", f.source);
      return ExitCode::kClean;
    }
  }
  err << fmt::format("factlint: error: no fact '{}' in the fact sheets", options.fact);
  err << (known.empty() ? std::string("\n") : fmt::format(" (known facts: run 'factlint rules list')\n"));
  return ExitCode::kUsage;
}

}  // namespace factlint::cli
