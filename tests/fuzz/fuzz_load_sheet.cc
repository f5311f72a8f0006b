// Fuzz target: any bytes as a fact sheet -> load_sheet -> compile_rules. A bad
// sheet is diagnostics, never an exception or a crash.
#include <cstddef>
#include <cstdio>
#include <cstdint>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "checker/rules/compiled_rules.h"
#include "checker/rules/load_sheet.h"
#include "checker/util/yaml_tree.h"
#include "checker/util/utf8.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

// The YAML tree of any UTF-8 text: every mark inside the text, every
// collection's entries reachable, the error (if any) inside the text too.
// Only text load_sheet gives the parser: UTF-8 without NUL.
void check_tree(std::string_view yaml) {
  if (factlint::util::first_invalid_utf8(yaml) || yaml.find('\0') != std::string_view::npos) return;
  const factlint::util::YamlTree tree = factlint::util::parse_yaml(yaml);
  if (tree.error()) {
    FUZZ_CHECK(!tree.error()->message.empty());
    FUZZ_CHECK(tree.error()->mark.offset <= yaml.size());
  }
  std::vector<factlint::util::YamlNode> todo = tree.documents();
  std::size_t visited = 0;
  while (!todo.empty() && visited < 100000) {  // aliases may make a cycle: bounded
    const factlint::util::YamlNode node = todo.back();
    todo.pop_back();
    ++visited;
    FUZZ_CHECK(!node.missing());
    FUZZ_CHECK(node.mark().offset <= yaml.size());
    for (std::size_t i = 0; i < node.size(); ++i) {
      if (node.is_map()) {
        todo.push_back(node.key(i));
        todo.push_back(node.value(i));
      } else {
        todo.push_back(node.item(i));
      }
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view yaml(reinterpret_cast<const char*>(data), size);
  check_tree(yaml);
  return factlint::fuzz::guarded([&] {
    factlint::Diagnostics diags;
    std::optional<factlint::rules::Sheet> sheet = factlint::rules::load_sheet("rules/fuzz.yaml", yaml, diags);
    FUZZ_CHECK(sheet.has_value() == !diags.has_errors());
    for (const factlint::Diagnostic& d : diags.entries()) {
      FUZZ_CHECK(!d.message.empty());
      FUZZ_CHECK(d.where.line >= 0 && d.where.column >= 0);
      (void)factlint::format_diagnostic(d);
    }
    if (sheet) {
      std::vector<factlint::rules::Sheet> sheets;
      sheets.push_back(std::move(*sheet));
      factlint::Diagnostics compile_diags;
      factlint::rules::RuleSet rules = factlint::rules::compile_rules(std::move(sheets), compile_diags);
      FUZZ_CHECK(rules.sheets.size() + (compile_diags.has_errors() ? 1 : 0) == 1);
    }
  });
}
