// Fuzz target: any bytes as a fact sheet -> load_sheet -> compile_rules. A bad
// sheet is diagnostics, never an exception or a crash.
#include <cstddef>
#include <cstdio>
#include <cstdint>
#include <exception>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "checker/rules/compiled_rules.h"
#include "checker/rules/load_sheet.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view yaml(reinterpret_cast<const char*>(data), size);
  try {
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
  } catch (const std::exception& e) {
    std::fprintf(stderr, "uncaught exception: %s\n", e.what());
    std::abort();
  } catch (...) {
    std::fprintf(stderr, "uncaught non-standard exception\n");
    std::abort();
  }
  return 0;
}
