#include "checker/cli/load_rules.h"

#include <algorithm>
#include <exception>
#include <optional>
#include <thread>

#include <fmt/format.h>

#include "checker/discover/find_articles.h"
#include "checker/rules/load_sheet.h"
#include "checker/util/for_each_index.h"
#include "checker/util/read_file.h"

namespace factlint::cli {

namespace {
constexpr std::size_t kMaxSheetSize = 16u << 20;

// Threads for reading and compiling `sheets` sheets: up to `jobs`, and none
// beyond the first for fewer than 16 (a thread costs about what a small
// sheet does).
std::size_t sheet_threads(std::size_t sheets, unsigned jobs) {
  constexpr std::size_t kSheetsPerThread = 8;
  return std::clamp<std::size_t>(sheets / kSheetsPerThread, 1, std::max(jobs, 1u));
}

// No more threads than the cores for the sheets, whatever --jobs says: each
// compiles again the regexes that sheets share (1,000 sheets took 1.4 times
// as long with --jobs 64 as with 2, on 2 cores).
unsigned at_most_cores(unsigned jobs) {
  const unsigned cores = std::thread::hardware_concurrency();  // 0: not known
  return cores > 0 ? std::min(jobs, cores) : jobs;
}
}  // namespace

rules::RuleSet compile_sheet_texts(const std::vector<SheetText>& texts, Diagnostics& diags,
                                   const config::AttributionDefaults& defaults, const extract::ParseContext& values,
                                   unsigned jobs) {
  // Each sheet read, checked and compiled on its own (load_sheet, then
  // compile_sheet), on up to `jobs` threads; what each reports is kept apart
  // and shown in the sheets' order, so the output is the same for any jobs.
  struct Slot {
    Diagnostics loading;
    std::optional<rules::SheetCompilation> compiled;
  };
  std::vector<Slot> slots(texts.size());
  const auto one_sheet = [&](std::size_t i, rules::PatternCache& patterns) {
    // The regexes compiled to check the sheet are kept in `patterns` for compile_sheet.
    std::optional<rules::Sheet> sheet =
        rules::load_sheet(texts[i].path, texts[i].text, slots[i].loading, values, &patterns);
    if (!sheet) return;
    rules::AttributionPolicy& policy = sheet->attribution;
    if (!policy.display) policy.display = defaults.display;
    if (!policy.within && defaults.within) {
      policy.within = *defaults.within == "article"     ? rules::Within::kArticle
                      : *defaults.within == "paragraph" ? rules::Within::kParagraph
                                                        : rules::Within::kSentence;
    }
    rules::SheetCompilation& c = slots[i].compiled.emplace();
    c.sheet = rules::compile_sheet(std::move(*sheet), c.diags, patterns);
  };
  const auto compile_one = [&](std::size_t i, rules::PatternCache& patterns) {
    try {
      one_sheet(i, patterns);
    } catch (const std::exception& e) {  // a bug or no memory left: an error of the sheet, not an abort
      slots[i].compiled.reset();
      slots[i].loading.error({texts[i].path}, fmt::format("internal error while compiling fact sheet: {}", e.what()),
                             "please report this with the command you ran");
    }
  };
  // A cache per thread: a regex that sheets share is compiled once on each.
  util::for_each_index<rules::PatternCache>(texts.size(), sheet_threads(texts.size(), jobs), compile_one);
  std::vector<rules::SheetCompilation> compiled;
  for (Slot& slot : slots) {
    diags.append(slot.loading);
    if (slot.compiled) compiled.push_back(std::move(*slot.compiled));
  }
  rules::RuleSet set = rules::link_rules(std::move(compiled), diags);
  set.values = values;
  set.values.published.reset();
  return set;
}

LoadedRules load_rules(std::vector<std::string> paths, Diagnostics& diags,
                       const config::AttributionDefaults& defaults, const extract::ParseContext& values,
                       const std::vector<SourceLocation>& named_at, unsigned jobs) {
  if (paths.empty()) paths.push_back("rules");
  LoadedRules loaded;
  std::vector<SheetText> texts;
  for (const std::string& path : discover::find_sheets(paths, diags, named_at)) {
    loaded.sheet_paths.push_back(path);
    util::ReadResult file = util::read_file(path, kMaxSheetSize);
    if (!file.content) {
      diags.error({path}, fmt::format("cannot read fact sheet: {}", file.error));
      continue;
    }
    texts.push_back({path, std::move(*file.content)});
    loaded.sheet_bytes += fmt::format("{}:{}{}:", path.size(), path, texts.back().text.size());
    loaded.sheet_bytes += texts.back().text;
  }
  loaded.rules = compile_sheet_texts(texts, diags, defaults, values, at_most_cores(jobs));
  return loaded;
}

std::vector<report::RuleInfo> describe_rules(const rules::RuleSet& rules) {
  std::vector<report::RuleInfo> infos;
  for (const rules::CompiledSheet& s : rules.sheets) {
    for (const rules::CompiledFact& cf : s.facts) {
      const rules::Fact& f = *cf.fact;
      std::string expected;
      for (const std::string& e : f.expect_text) expected += (expected.empty() ? "" : " or ") + e;
      report::RuleInfo info;
      info.id = s.sheet->id + "/" + f.id;
      info.short_text = f.claim.empty() ? fmt::format("{}: {}", f.id, expected) : f.claim;
      info.full_text = fmt::format("{}. The fact sheet expects {}.", info.short_text, expected);
      if (!f.source.empty()) info.full_text += fmt::format(" Source: {}.", f.source);
      info.source = f.source;
      info.severity = f.severity;
      info.sheet = s.sheet->path;
      info.line = f.where.line;
      infos.push_back(std::move(info));
    }
    for (const rules::CompiledPerson& p : s.people) {
      report::RuleInfo info;
      info.id = s.sheet->id + "/" + p.person->rule_id();
      info.short_text = fmt::format("Spelling of {}", p.person->name);
      info.full_text = fmt::format("Names are spelled as the fact sheet declares: {}.", p.person->name);
      info.severity = Severity::kError;
      info.sheet = s.sheet->path;
      info.line = p.person->where.line;
      infos.push_back(std::move(info));
    }
  }
  std::sort(infos.begin(), infos.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  return infos;
}

std::vector<std::string> rule_ids(const std::vector<report::RuleInfo>& rules) {
  std::vector<std::string> ids;
  for (const report::RuleInfo& r : rules) ids.push_back(r.id);
  return ids;
}

LoadedRules load_project_rules(const std::vector<std::string>& given, const ProjectDefaults& project,
                               Diagnostics& diags) {
  if (!given.empty()) return load_rules(given, diags, project.attribution, project.values, {}, project.jobs);
  return load_rules(project.rule_paths, diags, project.attribution, project.values, project.rule_where, project.jobs);
}

}  // namespace factlint::cli
