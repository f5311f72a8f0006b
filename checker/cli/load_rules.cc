#include "checker/cli/load_rules.h"

#include <algorithm>

#include <fmt/format.h>

#include "checker/discover/find_articles.h"
#include "checker/rules/load_sheet.h"
#include "checker/util/read_file.h"

namespace factlint::cli {

namespace {
constexpr std::size_t kMaxSheetSize = 16u << 20;
}

rules::RuleSet compile_sheet_texts(const std::vector<SheetText>& texts, Diagnostics& diags,
                                   const config::AttributionDefaults& defaults, const extract::ParseContext& values) {
  rules::PatternCache patterns;  // each regex compiled once, though checked while loading
  std::vector<rules::Sheet> sheets;
  for (const SheetText& t : texts)
    if (auto sheet = rules::load_sheet(t.path, t.text, diags, values, &patterns)) sheets.push_back(std::move(*sheet));
  for (rules::Sheet& sheet : sheets) {
    rules::AttributionPolicy& policy = sheet.attribution;
    if (!policy.display) policy.display = defaults.display;
    if (!policy.within && defaults.within) {
      policy.within = *defaults.within == "article"     ? rules::Within::kArticle
                      : *defaults.within == "paragraph" ? rules::Within::kParagraph
                                                        : rules::Within::kSentence;
    }
  }
  rules::RuleSet set = rules::compile_rules(std::move(sheets), diags, &patterns);
  set.values = values;
  set.values.published.reset();
  return set;
}

LoadedRules load_rules(std::vector<std::string> paths, Diagnostics& diags,
                       const config::AttributionDefaults& defaults, const extract::ParseContext& values,
                       const std::vector<SourceLocation>& named_at) {
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
  loaded.rules = compile_sheet_texts(texts, diags, defaults, values);
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
  if (!given.empty()) return load_rules(given, diags, project.attribution, project.values);
  return load_rules(project.rule_paths, diags, project.attribution, project.values, project.rule_where);
}

}  // namespace factlint::cli
