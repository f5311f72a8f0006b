// Fuzz target: any bytes as a baseline file (a pull request can change it) ->
// parse_baseline, which reads a well-formed baseline event by event, against
// parse_baseline_tree, which builds the JSON tree: the same entries or the
// same located errors, never an exception or a crash; read to compare only
// (fingerprints_only), the same fingerprints and nothing else.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <string_view>

#include "checker/findings/baseline.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

bool same(const factlint::findings::Baseline& a, const factlint::findings::Baseline& b) {
  if (a.entries.size() != b.entries.size()) return false;
  for (std::size_t i = 0; i < a.entries.size(); ++i) {
    const auto& x = a.entries[i];
    const auto& y = b.entries[i];
    if (x.fingerprint != y.fingerprint || x.rule != y.rule || x.file != y.file || x.found != y.found ||
        x.sentence != y.sentence)
      return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  return factlint::fuzz::guarded([&] {
    factlint::Diagnostics by_events, by_tree;
    const auto read = factlint::findings::parse_baseline("baseline.json", text, by_events);
    const auto tree = factlint::findings::parse_baseline_tree("baseline.json", text, by_tree);
    FUZZ_CHECK(read.has_value() == tree.has_value());
    if (read && tree) FUZZ_CHECK(same(*read, *tree));
    FUZZ_CHECK(by_events.entries().size() == by_tree.entries().size());
    for (std::size_t i = 0; i < by_events.entries().size() && i < by_tree.entries().size(); ++i) {
      FUZZ_CHECK(factlint::format_diagnostic(by_events.entries()[i]) ==
                 factlint::format_diagnostic(by_tree.entries()[i]));
    }
    if (!read) FUZZ_CHECK(!by_events.entries().empty());  // never nothing and no reason
    // Read to compare (a run's --baseline): the same fingerprints, nothing else.
    factlint::Diagnostics lean_diags;
    const auto lean = factlint::findings::parse_baseline("baseline.json", text, lean_diags, true);
    FUZZ_CHECK(lean.has_value() == read.has_value());
    FUZZ_CHECK(lean_diags.entries().size() == by_events.entries().size());
    if (lean && read) {
      FUZZ_CHECK(lean->entries.size() == read->entries.size());
      for (std::size_t i = 0; i < lean->entries.size() && i < read->entries.size(); ++i) {
        FUZZ_CHECK(lean->entries[i].fingerprint == read->entries[i].fingerprint);
        FUZZ_CHECK(lean->entries[i].rule.empty() && lean->entries[i].sentence.empty());
      }
    }
  });
}
