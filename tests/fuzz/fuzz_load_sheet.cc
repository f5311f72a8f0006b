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
#include "checker/rules/yaml_documents.h"
#include "checker/util/utf8.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

// load_sheet reads a sheet in one pass when yaml_documents.cc proves that
// yaml-cpp's LoadAll would give that document alone. Check the proof: there,
// the loop guard must find nothing and LoadAll one document. Were the proof
// wrong for a hanging input, LoadAll would loop here: a timeout to report.
// Only text load_sheet gives yaml-cpp: UTF-8 without NUL, no byte-order mark.
void check_one_pass_read(std::string_view yaml) {
  if (yaml.starts_with("\xEF\xBB\xBF")) yaml.remove_prefix(3);
  if (factlint::util::first_invalid_utf8(yaml) || yaml.find('\0') != std::string_view::npos) return;
  const std::string text(yaml);
  YAML::Node first;
  try {
    first = YAML::Load(text);
  } catch (const YAML::Exception&) {
    return;  // the guard and LoadAll throw the same (tests/unit/rules/yaml_documents_test.cc)
  }
  if (!factlint::rules::first_document_is_whole(first, text)) return;
  // Neither can throw here: they read the tokens Load read, and no more.
  FUZZ_CHECK(!factlint::rules::stuck_at(text));
  FUZZ_CHECK(YAML::LoadAll(text).size() == 1);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view yaml(reinterpret_cast<const char*>(data), size);
  check_one_pass_read(yaml);
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
