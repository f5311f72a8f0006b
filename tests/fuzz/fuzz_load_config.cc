// Fuzz target: any bytes as a .factlint.yaml -> parse_config. A bad config is
// diagnostics, never an exception or a crash.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <string_view>

#include "checker/config/config.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view yaml(reinterpret_cast<const char*>(data), size);
  return factlint::fuzz::guarded([&] {
    factlint::Diagnostics diags;
    (void)factlint::config::parse_config("ci/.factlint.yaml", yaml, diags);
    for (const factlint::Diagnostic& d : diags.entries()) {
      FUZZ_CHECK(!d.message.empty());
      FUZZ_CHECK(d.where.line >= 0 && d.where.column >= 0);
    }
  });
}
