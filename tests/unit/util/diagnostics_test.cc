#include "checker/util/diagnostics.h"

#include <catch2/catch.hpp>

#include <string>

using factlint::Diagnostic;
using factlint::Diagnostics;
using factlint::format_diagnostic;
using factlint::Severity;

TEST_CASE("format_diagnostic writes the place and severity and message and hint", "[util][diagnostics]") {
  struct Row {
    Diagnostic diagnostic;
    std::string text;
  };
  const Row rows[] = {
      {{Severity::kError, {"rules/a.yaml", 14, 5}, "unknown key 'expct'", "did you mean 'expect'?"},
       "rules/a.yaml:14:5: error: unknown key 'expct' (did you mean 'expect'?)"},
      {{Severity::kWarning, {"corpus/x.md", 3, 0}, "invalid publication date 'soon'", ""},
       "corpus/x.md:3: warning: invalid publication date 'soon'"},
      {{Severity::kInfo, {"corpus/x.md", 0, 0}, "skipped", ""}, "corpus/x.md: info: skipped"},
      {{Severity::kError, {"", 0, 0}, "no articles found under 'corpus/'", ""},
       "factlint: error: no articles found under 'corpus/'"},
      {{Severity::kError, {"", 7, 2}, "bad flag", "see --help"}, "factlint: error: bad flag (see --help)"},
  };
  for (const Row& row : rows) CHECK(format_diagnostic(row.diagnostic) == row.text);
}

TEST_CASE("Diagnostics counts errors but not warnings", "[util][diagnostics]") {
  Diagnostics diags;
  diags.warning({"a.md", 1, 1}, "w");
  CHECK_FALSE(diags.has_errors());
  diags.error({"b.yaml", 2, 3}, "e", "h");
  Diagnostics more;
  more.error({}, "e2");
  more.add({Severity::kInfo, {}, "i", ""});
  diags.append(more);
  CHECK(diags.has_errors());
  CHECK(diags.error_count() == 2);
  REQUIRE(diags.entries().size() == 4);
  CHECK(diags.entries()[1].hint == "h");
  CHECK(format_diagnostic(diags.entries()[3]) == "factlint: info: i");
}
