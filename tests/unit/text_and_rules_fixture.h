// Builds articles and rule sets from text, so the tests of later stages
// (match, attribution) need no disk.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "checker/rules/compiled_rules.h"
#include "checker/rules/load_sheet.h"
#include "checker/text/load_article.h"
#include "checker/util/diagnostics.h"

namespace factlint::testing {

// Sheets given as (path, YAML), compiled together; any error throws.
inline rules::RuleSet rules_from(const std::vector<std::pair<std::string, std::string>>& files) {
  Diagnostics diags;
  std::vector<rules::Sheet> sheets;
  for (const auto& [path, yaml] : files) {
    if (auto sheet = rules::load_sheet(path, yaml, diags)) sheets.push_back(std::move(*sheet));
  }
  rules::RuleSet set = rules::compile_rules(std::move(sheets), diags);
  if (diags.has_errors()) throw std::runtime_error(format_diagnostic(diags.entries().front()));
  return set;
}

inline rules::RuleSet rules_from(const std::string& yaml) { return rules_from({{"rules/test.yaml", yaml}}); }

// Several sheets, rules/s0.yaml, rules/s1.yaml, ... in the order given.
inline rules::RuleSet rules_from(const std::vector<std::string>& yamls) {
  std::vector<std::pair<std::string, std::string>> files;
  for (std::size_t i = 0; i < yamls.size(); ++i) files.emplace_back("rules/s" + std::to_string(i) + ".yaml", yamls[i]);
  return rules_from(files);
}

inline text::Article article_from(const std::string& raw, const std::string& path = "corpus/a.md") {
  Diagnostics diags;
  auto loaded = text::load_article(path, raw, diags);
  if (!std::holds_alternative<text::Article>(loaded)) throw std::runtime_error("article skipped");
  return std::get<text::Article>(std::move(loaded));
}

// An article published on 2021-04-08 with `body` after its front matter.
inline text::Article dated_article(const std::string& body) {
  return article_from("---\ndate: 2021-04-08\n---\n" + body);
}

}  // namespace factlint::testing
