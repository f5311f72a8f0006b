// `factlint init`: a starter project an editor can run at once, with the
// files factlint reads: .factlint.yaml, one fact sheet, a fixture for it, and
// the JSON Schemas that give editors completion. It never overwrites a file:
// the sheet and fixture must be new; the config and schemas are kept when
// there, so `init --story another` adds a story to a project.
#include <fmt/format.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "checker/cli/commands.h"
#include "checker/rules/validate_sheet.h"
#include "checker/util/atomic_write.h"

namespace factlint::cli {
namespace {

#include "fact-sheet.schema.inc"       // k_fact_sheet_schema
#include "factlint-config.schema.inc"  // k_factlint_config_schema

namespace fs = std::filesystem;

constexpr std::string_view kConfig = R"(# yaml-language-server: $schema=.factlint/factlint-config.schema.json
# factlint's settings for this repository. Every key is optional; flags win.
# Reference: docs/ci.md, ".factlint.yaml".
articles: [corpus]              # what 'factlint check' checks
rules: [rules]                  # the fact sheets
fail-on: error                  # exit 1 on errors; 'warning' to fail on warnings too
# severity:
#   possible-misspelling: error # make a finding kind (or one rule) stricter or milder
# values:
#   dates: day-first            # 05/04/2024 is 5 April
# max-file-size: 32M            # skip (and count) larger articles; default 16M
)";

constexpr std::string_view kSheet = R"(# yaml-language-server: $schema=../.factlint/fact-sheet.schema.json
# A fact sheet: what is known about one story. Reference: docs/fact-sheets.md.
# Check it with 'factlint rules check', test it with 'factlint rules test'.
id: {id}
title: One line that says what the story is

scope:
  # An article is checked against this sheet when it matches one of these
  # patterns (regular expressions, in single quotes).
  mentions: ['\bflood\b']
  # published: 2024-01-01..2024-12-31   # and, if given, appeared in this window

people:
  spokesperson:
    name: Jane Example
    also: [Example, the spokesperson]   # other ways articles name her
    misspellings: [Jane Exampel]       # reported wherever they appear

facts:
  - id: houses-destroyed
    claim: The flood destroyed 1,200 houses
    # Every cue must match a sentence, near the figure, for it to be this fact's.
    cues: ['\bhouses\b', '\b(?:destroyed|wrecked|washed away)\b']
    expect: 1,200 houses
    said_by: [spokesperson]
    source: Jane Example at the press conference, 2 January 2024
)";

constexpr std::string_view kFixture = R"(---
title: A test article for the '{id}' sheet
date: 2024-01-02
---
Each comment says what factlint must report on the next line; 'factlint rules test'
checks that it does.

<!-- expect: nothing -->
The flood destroyed 1,200 houses, Jane Example said.

<!-- expect: contradiction houses-destroyed -->
The flood destroyed 2,100 houses, Jane Example said.

<!-- expect: missing-attribution houses-destroyed -->
The flood destroyed 1,200 houses.

<!-- expect: misspelling people.spokesperson -->
Jane Exampel said the water was falling.
)";

std::string with_id(std::string_view text, const std::string& id) {
  std::string out(text);
  for (std::size_t at = out.find("{id}"); at != std::string::npos; at = out.find("{id}", at + id.size()))
    out.replace(at, 4, id);
  return out;
}

}  // namespace

ExitCode run_init(const InitOptions& options, std::ostream& out, std::ostream& err) {
  if (!rules::is_valid_sheet_id(options.story)) {
    err << fmt::format(
        "factlint: error: '{}' cannot be a sheet id (use lower-case letters, digits, '-', '_' and '.', starting with "
        "a letter or digit, e.g. 'flood-2024')\n",
        options.story);
    return ExitCode::kUsage;
  }
  const fs::path root = options.dir.empty() ? fs::path(".") : fs::path(options.dir);
  struct File {
    fs::path path;
    std::string content;
    bool shared;  // the project's: kept when there, so a second story can be added
  };
  const std::vector<File> files = {
      {root / ".factlint.yaml", std::string(kConfig), true},
      {root / "rules" / (options.story + ".yaml"), with_id(kSheet, options.story), false},
      {root / "rules" / "tests" / (options.story + ".md"), with_id(kFixture, options.story), false},
      {root / ".factlint" / "fact-sheet.schema.json", std::string(k_fact_sheet_schema), true},
      {root / ".factlint" / "factlint-config.schema.json", std::string(k_factlint_config_schema), true},
  };
  auto exists = [](const fs::path& p) {
    std::error_code ec;
    return fs::exists(fs::symlink_status(p, ec));
  };
  // The story's own files: refuse before writing anything when one is there.
  bool refused = false;
  for (const File& f : files) {
    if (f.shared || !exists(f.path)) continue;
    err << fmt::format("factlint: error: {} already exists; init never overwrites a file\n",
                       f.path.lexically_normal().string());
    refused = true;
  }
  if (refused) {
    err << "factlint: nothing was written (choose another sheet id with --story)\n";
    return ExitCode::kUsage;
  }
  for (const File& f : files) {
    const std::string shown = f.path.lexically_normal().string();
    if (exists(f.path)) {
      out << fmt::format("kept {} (already there)\n", shown);
      continue;
    }
    const std::string problem = util::atomic_write(f.path.string(), f.content);
    if (!problem.empty()) {
      err << fmt::format("factlint: error: cannot write {}: {}\n", shown, problem);
      return ExitCode::kUsage;
    }
    out << fmt::format("wrote {}\n", shown);
  }
  out << fmt::format(
      "next: edit rules/{0}.yaml for your story (docs/fact-sheets.md), then\n"
      "  factlint rules check          # the sheet is valid\n"
      "  factlint rules test           # the fixture rules/tests/{0}.md gives what its comments expect\n"
      "  factlint check                # put articles under corpus/ first\n",
      options.story);
  return ExitCode::kClean;
}

}  // namespace factlint::cli
