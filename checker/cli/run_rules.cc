// `factlint rules check|list` and `factlint explain`: for editors writing sheets.
#include <fmt/format.h>

#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <variant>

#include "checker/check/scope.h"
#include "checker/cli/check_articles.h"
#include "checker/cli/commands.h"
#include "checker/cli/print_diagnostics.h"
#include "checker/cli/load_rules.h"
#include "checker/cli/settings.h"
#include "checker/discover/find_articles.h"
#include "checker/report/report.h"
#include "checker/text/load_article.h"
#include "checker/util/edit_distance.h"
#include "checker/util/read_file.h"

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
  const ProjectDefaults project = project_defaults(diags);
  LoadedRules loaded = load_project_rules(options.rule_paths, project, diags);
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
  const ProjectDefaults project = project_defaults(diags);
  LoadedRules loaded = load_project_rules(options.rule_paths, project, diags);
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

namespace {

// The article at `path`, or nullopt when it cannot be read.
std::optional<text::Article> read_article(const std::string& path, std::size_t max_file_size) {
  util::ReadResult file = util::read_file(path, max_file_size);
  if (!file.content) return std::nullopt;
  Diagnostics ignored;
  auto loaded = text::load_article(path, std::move(*file.content), ignored);
  auto* article = std::get_if<text::Article>(&loaded);
  if (!article) return std::nullopt;
  return std::move(*article);
}

// `explain <fact> --in PATH...`: every claim the fact selects in those
// articles, with how its cues bind it, the verdict and the credit, and which
// articles the sheet does not cover at all. Articles past `max_file_size`
// are skipped, as `check` skips them.
ExitCode explain_in(const std::vector<std::string>& articles, const rules::RuleSet& rules,
                    const rules::CompiledSheet& sheet, const rules::CompiledFact& fact, const std::string& id,
                    const ArticleLimit& max_file_size, std::ostream& out, std::ostream& err) {
  Diagnostics check_diags;
  const CheckResult result = check_articles(articles, rules, {}, 1, max_file_size, check_diags, true);
  print_diagnostics(check_diags, err);
  const bool color = false;
  int shown = 0;
  std::set<std::string> with_claims;
  for (const ArticleExplanation& a : result.explanations) {
    if (a.explanation.rule != id) continue;
    ++shown;
    with_claims.insert(a.path);
    out << fmt::format("{}:{}:{}: {}\n", a.path, a.explanation.line, a.explanation.column, a.explanation.text);
    report::write_excerpt(a.explanation.sentence, a.explanation.highlight_begin, a.explanation.highlight_end,
                          color, out);
  }
  // A skipped article (too large, binary, not UTF-8) says why, as `check` does, not "not covered".
  std::map<std::string, std::string> skipped;
  for (const SkippedFile& s : result.skipped) skipped.emplace(s.file, s.reason);
  // Near misses: what a cue edit would gain, or what an edit already lost.
  int uncovered = 0, near = 0;
  std::vector<std::string> unchecked;
  for (const std::string& path : articles) {
    if (const auto s = skipped.find(path); s != skipped.end()) {
      unchecked.push_back(fmt::format("{}: skipped: {}\n", path, s->second));
      continue;
    }
    const std::optional<text::Article> article = read_article(path, max_file_size.bytes);
    if (!article || !check::in_scope(sheet, *article)) {
      if (with_claims.contains(path)) continue;
      ++uncovered;
      unchecked.push_back(fmt::format("{}: not covered by sheet '{}' (scope: mentions, published window or paths)\n",
                                        path, sheet.sheet->id));
      continue;
    }
    for (const check::NearMiss& m : check::near_misses(*article, rules, sheet, fact)) {
      if (near++ == 0) out << "near misses (a value of the fact's kind, and some but not all of what makes a claim):\n";
      out << fmt::format("{}:{}:{}: near miss: {}\n", path, m.line, m.column, m.why);
      report::write_excerpt(m.sentence, m.highlight_begin, m.highlight_end, color, out);
    }
  }
  for (const std::string& line : unchecked) out << line;
  out << fmt::format("explain: {} claim{} of '{}' in {} article{}", shown, shown == 1 ? "" : "s", id,
                     articles.size(), articles.size() == 1 ? "" : "s");
  if (near > 0) out << fmt::format(", {} near miss{}", near, near == 1 ? "" : "es");
  if (uncovered > 0) out << fmt::format(", {} not covered by its sheet", uncovered);
  if (!skipped.empty()) out << fmt::format(", {} skipped", skipped.size());
  out << "\n";
  return ExitCode::kClean;
}

// The fact `wanted` (<sheet>/<fact>) was likely meant to name, among `known`:
// the id a typo away ("lavrov-pakistan-2021/arival"), else the one fact of
// that name, or a typo away from it, in some sheet ("lavrov-pakistan/arrival",
// the sheet's id misremembered).
std::optional<std::string> nearest_fact(std::string_view wanted, const std::vector<std::string>& known) {
  const std::vector<std::string_view> ids(known.begin(), known.end());
  if (std::optional<std::string> near = util::closest(wanted, ids)) return near;
  const std::string_view fact = wanted.substr(wanted.find('/') + 1);  // all of it without a '/'
  if (fact.empty()) return std::nullopt;
  std::vector<std::string_view> facts;
  for (const std::string_view id : ids) facts.push_back(id.substr(id.find('/') + 1));
  // How many sheets have a fact `name`, and the first one's id.
  const auto with_fact = [&](std::string_view name) {
    std::size_t count = 0;
    std::string_view first;
    for (std::size_t i = 0; i < ids.size(); ++i) {
      if (facts[i] == name && count++ == 0) first = ids[i];
    }
    return std::pair{count, std::string(first)};
  };
  // In several sheets, which one was meant cannot be told.
  if (auto [count, id] = with_fact(fact); count > 0) return count == 1 ? std::optional(id) : std::nullopt;
  const std::optional<std::string> near = util::closest(fact, facts);
  if (!near) return std::nullopt;
  auto [count, id] = with_fact(*near);
  return count == 1 ? std::optional(id) : std::nullopt;
}

}  // namespace

ExitCode run_explain(const RulesOptions& options, std::ostream& out, std::ostream& err) {
  Diagnostics diags;
  const ProjectDefaults project = project_defaults(diags);
  LoadedRules loaded = load_project_rules(options.rule_paths, project, diags);
  print_diagnostics(diags, err);
  if (diags.has_errors()) return ExitCode::kUsage;
  // The articles of --in are found before anything is printed: a wrong path is
  // an error on its own, not one after the fact's description.
  std::vector<std::string> articles;
  if (!options.in.empty()) {
    Diagnostics found;
    articles = discover::find_articles(options.in, found);
    print_diagnostics(found, err);
    if (found.has_errors()) return ExitCode::kUsage;
  }
  std::vector<std::string> known;
  for (const rules::CompiledSheet& s : loaded.rules.sheets) {
    for (const rules::CompiledFact& cf : s.facts) {
      const rules::Fact& f = *cf.fact;
      std::string id = s.sheet->id + "/" + f.id;
      known.push_back(id);
      if (id != options.fact) continue;
      out << fmt::format("{}  ({}:{})\n", id, f.where.file, f.where.line);
      if (!f.claim.empty()) out << fmt::format("  claim:    {}\n", f.claim);
      if (f.entries.empty()) {
        out << fmt::format("  expect:   {}\n", join(f.expect_text, " or "));
      } else {
        // A timeline, oldest first, each entry with what replaced it; or figures by source.
        out << fmt::format("  expect:   {}\n", f.timeline ? "a timeline: each figure holds until the next of its line"
                                                            : "figures by source");
        for (std::size_t i = 0; i < f.entries.size(); ++i) {
          const rules::ExpectEntry& e = f.entries[i];
          std::string line = fmt::format("    {:<12}", f.expect_text[i]);
          if (e.as_of) line += fmt::format(" as of {}", to_text(*e.as_of));
          if (!e.said_by.empty()) line += fmt::format(" said by {}", e.said_by);
          if (!e.source.empty()) line += fmt::format(" ({})", e.source);
          if (f.timeline)
            line += e.withdrawn ? fmt::format("; withdrawn {}", to_text(*e.withdrawn))
                    : e.next < 0 ? std::string("; current")
                                 : fmt::format("; until {}", to_text(*f.entries[static_cast<std::size_t>(e.next)].as_of));
          out << line << "\n";
        }
      }
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
      if (!options.in.empty()) return explain_in(articles, loaded.rules, s, cf, id, project.max_file_size, out, err);
      return ExitCode::kClean;
    }
  }
  err << fmt::format("factlint: error: no fact '{}' in the fact sheets", options.fact);
  if (!known.empty()) {
    const std::optional<std::string> near = nearest_fact(options.fact, known);
    err << fmt::format(" ({}known facts: run 'factlint rules list')", near ? fmt::format("did you mean '{}'? ", *near) : "");
  }
  err << "\n";
  return ExitCode::kUsage;
}

}  // namespace factlint::cli
