#include "checker/cli/run.h"

#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <fmt/format.h>

#include <cctype>
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>

#include "checker/cli/commands.h"
#include "checker/cli/completion.h"
#include "checker/cli/options.h"
#include "checker/cli/print_diagnostics.h"
#include "checker/cli/project.h"
#include "checker/cli/select_articles.h"
#include "checker/cli/settings.h"
#include "checker/cli/version.h"
#include "checker/report/report.h"
#include "checker/util/read_file.h"


namespace factlint::cli {

namespace {

constexpr const char* kDescription =
    "factlint checks news articles against fact sheets: it reports every place where an\n"
    "article contradicts a declared fact, states a figure without its attribution or\n"
    "credits it to the wrong person, or misspells a name, and fails the build.";

// Examples of `check`, shown by `factlint --help` and `factlint check --help`.
#define FACTLINT_CHECK_EXAMPLES                                                                         \
  "  factlint check                          check corpus/ against rules/\n"                           \
  "  factlint check drafts/lavrov.md         check one article\n"                                      \
  "  factlint check --format json > out.json machine-readable report\n"                                \
  "  factlint check --fail-on warning        fail on warnings too\n"                                   \
  "  factlint check --report sarif=out/factlint.sarif --report github\n"                               \
  "                                          text on the terminal, SARIF to a file, annotations\n"     \
  "  factlint check --baseline .factlint-baseline.json --update-baseline\n"                            \
  "                                          accept today's findings; later runs fail on new ones\n"   \
  "  factlint check --changed-since origin/main   only articles changed on this branch\n"              \
  "  git diff --name-only main > files.txt && factlint check @files.txt\n"                             \
  "                                          the articles a file lists\n"                              \
  "  factlint check --stdin-path corpus/draft.md - < draft.md\n"                                       \
  "                                          one article from standard input, named for reports\n"
#define FACTLINT_CHECK_CI_EXAMPLES                                                                      \
  "  factlint check --changed-files corpus/a.md rules/quake.yaml\n"                                    \
  "                                          what a commit changes (the pre-commit hook)\n"            \
  "  factlint check --cache                  re-check only articles, sheets or config that changed\n"  \
  "  factlint check --shard 2/4 --report shard=shard-2.json   one of four CI jobs\n"                   \
  "  factlint merge shard-*.json --report sarif=factlint.sarif\n"                                      \
  "                                          the four joined: the reports of one run\n"
#define FACTLINT_FINDINGS_AND_EXIT_CODES                                                                \
  "Findings: contradiction, missing-attribution, misattribution, misspelling; for a fact whose\n"      \
  "expect is a timeline (entries with as_of), outdated (a figure replaced before the article\n"         \
  "appeared) and premature (one given only after). docs/fact-sheets.md, \"Timelines\".\n"              \
  "A name close to a declared one that no sheet lists is a possible-misspelling (a warning).\n"        \
  "\n"                                                                                                \
  "Exit codes: 0 no finding at or above --fail-on; 1 at least one such finding;\n"                     \
  "            2 usage error, invalid config, fact sheet or baseline, unreadable path, or\n"           \
  "              no article found.\n"

constexpr const char* kFooter =
    "Examples:\n" FACTLINT_CHECK_EXAMPLES
    "  factlint init --story flood-2024        start a project: config, a sheet, a fixture\n"
    FACTLINT_CHECK_CI_EXAMPLES
    "  factlint completion bash > ~/.local/share/bash-completion/completions/factlint\n"
    "                                          tab completion (zsh and fish too)\n"
    "  factlint rules check                    validate the fact sheets only\n"
    "  factlint rules test                     run the fixtures in rules/tests/ against rules/\n"
    "  factlint explain lavrov-pakistan-2021/arrival --in corpus/\n"
    "                                          every claim one fact reads, why, and the verdict,\n"
    "                                          and its near misses\n"
    "  factlint rules diff rules/quake.yaml    what an uncommitted sheet edit gains and loses\n"
    "  factlint values --date 2021-04-08 \"arrived on Tuesday with 50,000 doses\"\n"
    "  factlint values --dates day-first --currency dinars=IQD \"10 dinars on 05/04/2023\"\n"
    "                                          how a figure reads with your newsroom's `values:` settings\n"
    "\n" FACTLINT_FINDINGS_AND_EXIT_CODES
    "Docs: README.md, docs/fact-sheets.md, docs/values.md, docs/reports.md, docs/ci.md, docs/install.md";

// Each command's --help ends with its own examples (a subcommand would
// otherwise repeat the whole list above, and the man page nine times over).
constexpr const char* kCheckFooter =
    "Examples:\n" FACTLINT_CHECK_EXAMPLES FACTLINT_CHECK_CI_EXAMPLES "\n" FACTLINT_FINDINGS_AND_EXIT_CODES
    "Docs: docs/reports.md (formats, exit codes), docs/ci.md (CI recipes, the cache, shards)";
#undef FACTLINT_CHECK_EXAMPLES
#undef FACTLINT_CHECK_CI_EXAMPLES
#undef FACTLINT_FINDINGS_AND_EXIT_CODES
constexpr const char* kMergeFooter =
    "Examples:\n"
    "  factlint check --shard 2/4 --fail-on never --report shard=shard-2.json   one of four CI jobs\n"
    "  factlint merge shard-*.json --fail-on error --report sarif=factlint.sarif\n"
    "                                          the four joined: the reports one run would write\n"
    "\n"
    "Exit codes: as 'factlint check': 0 no finding at or above --fail-on; 1 at least one;\n"
    "            2 a shard missing, given twice or from another run, or a bad flag.\n"
    "Docs: docs/ci.md (\"Splitting a large corpus over CI jobs\")";
constexpr const char* kValuesFooter =
    "Examples:\n"
    "  factlint values --date 2021-04-08 \"arrived on Tuesday with 50,000 doses\"\n"
    "  factlint values --dates day-first --currency dinars=IQD \"10 dinars on 05/04/2023\"\n"
    "                                          how a figure reads with your newsroom's `values:` settings\n"
    "  factlint values --format json < corpus/a.md   every value of an article, for a script\n"
    "Docs: docs/values.md";
constexpr const char* kRulesFooter =
    "Examples:\n"
    "  factlint rules check                    validate the fact sheets only: every error, located\n"
    "  factlint rules test                     run the fixtures in rules/tests/ against rules/\n"
    "  factlint rules list                     every fact and person rule, a line each\n"
    "  factlint rules diff rules/quake.yaml    what an uncommitted sheet edit gains and loses\n"
    "Docs: docs/fact-sheets.md";
constexpr const char* kRulesCheckFooter =
    "Examples:\n"
    "  factlint rules check                    every sheet under the config's `rules`, else rules/\n"
    "  factlint rules check rules/quake.yaml   one sheet\n"
    "\n"
    "Exit codes: 0 every sheet is valid; 2 an error in some sheet (each one listed, at its line).\n"
    "Docs: docs/fact-sheets.md";
constexpr const char* kRulesTestFooter =
    "Examples:\n"
    "  factlint rules test                     the fixtures in rules/tests/ against rules/\n"
    "  factlint rules test rules/tests/quake.md   one fixture\n"
    "\n"
    "Exit codes: 0 every expectation holds; 1 a fixture fails (each failure at its line);\n"
    "            2 a bad sheet or an expect: comment that cannot be read.\n"
    "Docs: docs/fact-sheets.md (\"Test fixtures\")";
constexpr const char* kRulesListFooter =
    "Examples:\n"
    "  factlint rules list                     every rule: id, severity, claim, tab-separated\n"
    "  factlint rules list | grep people.      the people's spelling rules\n"
    "Docs: docs/fact-sheets.md";
constexpr const char* kRulesDiffFooter =
    "Examples:\n"
    "  factlint rules diff rules/quake.yaml    an uncommitted edit against HEAD, on corpus/\n"
    "  factlint rules diff --against main      a branch's sheet edits, in a pull request\n"
    "  factlint rules diff rules/quake.yaml --old quake-before.yaml   without git\n"
    "\n"
    "Exit codes: 0 (with --exit-code: 0 nothing changed, 1 something did); 2 a bad sheet or flag.\n"
    "Docs: docs/fact-sheets.md";
constexpr const char* kExplainFooter =
    "Examples:\n"
    "  factlint explain lavrov-pakistan-2021/arrival   the fact: claim, cues, expected values, source\n"
    "  factlint explain lavrov-pakistan-2021/arrival --in corpus/\n"
    "                                          every claim it reads, why, the verdict, near misses\n"
    "Docs: docs/fact-sheets.md";
constexpr const char* kInitFooter =
    "Examples:\n"
    "  factlint init --story flood-2024        .factlint.yaml, rules/flood-2024.yaml, a fixture, schemas\n"
    "  factlint init newsroom/                 the same in another folder\n"
    "Docs: README.md (\"Quick start\"), docs/fact-sheets.md";
constexpr const char* kCompletionFooter =
    "Examples:\n"
    "  factlint completion bash > ~/.local/share/bash-completion/completions/factlint\n"
    "  factlint completion zsh > \"${fpath[1]}/_factlint\"\n"
    "  factlint completion fish > ~/.config/fish/completions/factlint.fish\n"
    "Docs: docs/install.md";

// The commands whose one argument is required, and what to say when it is
// left out (CLI11 says "shards is required").
struct MissingArgument {
  std::string_view argument;  // as the option is named in run()
  std::string_view command;
  std::string_view message;
};
constexpr MissingArgument kMissingArguments[] = {
    {"shards", "merge",
     "merge needs the shard files to join, one from each job of 'check --shard I/N --report shard=PATH' "
     "(e.g. factlint merge shard-*.json)"},
    {"rule", "explain", "explain needs the rule to explain, <sheet-id>/<fact-id> (e.g. factlint explain "
                        "lavrov-pakistan-2021/arrival --in corpus/a.md)"},
    {"shell", "completion", "completion needs the shell: bash, zsh or fish (e.g. factlint completion bash)"},
};

// CLI11's messages in our wording: lowercase first word, no trailing newline.
std::string usage_error(std::string message) {
  while (!message.empty() && (message.back() == '\n' || message.back() == '.')) message.pop_back();
  if (!message.empty()) message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
  return message;
}

// --max-file-size's SIZE as a count of bytes, in place (util::parse_size: "32M",
// "512KiB"); the reason, in plain words, when it is no size.
std::string read_size(std::string& size) {
  const util::Size parsed = util::parse_size(size);
  if (!parsed.problem.empty())
    return fmt::format("'{}' {}: {} (e.g. 32M; the default is 16M)", size, parsed.problem, util::kSizeForm);
  if (parsed.bytes == 0)
    return "0 would skip every article, and the run would pass: give at least 1 byte (the default is 16M)";
  size = std::to_string(parsed.bytes);
  return {};
}

void setup_logging(bool verbose) {
  // Not registered: run() may be called more than once in one process (tests).
  auto logger = std::make_shared<spdlog::logger>("factlint", std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
  logger->set_pattern("factlint: debug: %v");
  logger->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
  spdlog::set_default_logger(logger);
}

}  // namespace

ExitCode run(int argc, char** argv, std::ostream& out, std::ostream& err) {
  CLI::App app{kDescription, "factlint"};
  app.footer(kFooter);
  app.set_version_flag("--version", version_line());
  app.require_subcommand(1);
  app.fallthrough(false);

  CheckOptions check;
  auto* check_cmd = app.add_subcommand("check", "Check articles against the fact sheets (the CI job)");
  check_cmd->footer(kCheckFooter);
  check_cmd->add_option("paths", check.paths,
                        "Article files or directories (.md, .markdown, .mdx, .txt, .html, .htm); '-' reads one "
                        "article from standard input; '@FILE' reads paths from FILE, one a line; default: the config's `articles`, else corpus/");
  check_cmd->add_option("--rules", check.rule_paths,
                        "Fact sheet file or directory (*.yaml); repeatable; default: the config's `rules`, else rules/")
      ->allow_extra_args(false)  // `--rules a b` is one sheet path and one article path
      ->option_text("PATH");
  std::vector<std::string> formats = report::format_list();
  const std::string format_choices = fmt::format("{}", fmt::join(formats, "|"));
  check_cmd->add_option("--format", check.format,
                        "Report format on standard output (or --output): " + report::format_names() +
                            "; default text. text and github are written as the articles are checked")
      ->check(CLI::IsMember(formats))
      ->option_text(format_choices);
  check_cmd->add_option("--output,-o", check.output,
                        "Write the --format report to this file instead of standard output "
                        "(atomically; missing folders are created)")
      ->option_text("PATH");
  check_cmd->add_option("--report", check.reports,
                        "Also write a report: FORMAT=PATH to a file, or FORMAT alone to standard output; "
                        "repeatable (e.g. --report sarif=out/factlint.sarif --report github)")
      ->allow_extra_args(false)
      ->option_text("FORMAT[=PATH]");
  std::string fail_on;
  check_cmd->add_option("--fail-on", fail_on,
                        "Lowest severity that fails the run (exit 1): error, warning, info, never; "
                        "default: config, else error")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}))
      ->option_text("error|warning|info|never");
  check_cmd->add_option("--config", check.config,
                        "Project settings (YAML); default: .factlint.yaml in the current folder or the nearest folder above "
                        "it, up to the repository's top. Paths in reports are relative to its folder")
      ->option_text("FILE");
  check_cmd->add_option("--baseline", check.baseline,
                        "Accept the findings recorded in FILE; only new ones are reported and fail")
      ->option_text("FILE");
  check_cmd->add_flag("--update-baseline", check.update_baseline,
                      "Record every current finding in the --baseline file (sorted, atomically)");
  check_cmd->add_option("--changed-since", check.changed_since,
                        "Check only articles changed since this git ref (all when a fact sheet or the "
                        "config changed), e.g. origin/main")
      ->option_text("REF");
  check_cmd->add_option("--jobs,-j", check.jobs, "Threads reading the fact sheets and checking the articles; default: one per core")
      ->check(CLI::Range(1u, 1024u))
      ->option_text("N");
  std::string color = "auto";
  check_cmd->add_option("--color", color, "Colour in the text report: auto (a terminal, or FORCE_COLOR/CLICOLOR_FORCE set; never with NO_COLOR), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->option_text("auto|always|never");
  check_cmd->add_flag("--quiet,-q", check.quiet, "Findings only: no sentence excerpts, no summary line");
  check_cmd->add_option("--stdin-path", check.stdin_path,
                        "The name of the article read from '-' (standard input), for reports and sheets' paths; "
                        "default: <stdin>")
      ->option_text("PATH");
  check_cmd->add_flag("--changed-files", check.changed_files,
                      "The paths are the files a commit changes (as pre-commit passes them): check the articles "
                      "among them, and when a fact sheet changed, that sheet on every article it covers; other files "
                      "are passed over, and none left to check is success");
  check_cmd->add_option("--shard", check.shard,
                        "Check only shard I of N of the articles (split by a hash of their paths, the same on every "
                        "machine), for CI jobs in parallel; write --report shard=PATH and join them with factlint merge")
      ->option_text("I/N");
  check_cmd->add_flag("--no-ignore", check.no_ignore,
                      "Also check files that .gitignore leaves out (by default they are skipped, as ripgrep does)");
  check_cmd->add_flag("--follow", check.follow,
                      "Follow symbolic links met in folders, to files and folders inside the paths given (never "
                      "outside them); without it links are listed as skipped");
  check_cmd->add_flag("--verbose,-v", check.verbose, "Explain: which sheets apply to each article (on stderr) and how each finding was reached");
  check_cmd->add_flag("--stats", check.stats,
                      "Also print on stderr how long each stage took (sheets, selection, checking with MB/s, "
                      "reports, and inside the articles: reading, markup, claims and facts, names): for benchmarks "
                      "and slow CI jobs. Also where the findings were kept: past 8 MiB "
                      "(FACTLINT_FINDINGS_IN_MEMORY=SIZE, e.g. 64M) in a temporary file in $TMPDIR, else /tmp; "
                      "and how many articles were found, from their bytes alone, to name no sheet's story");
  check_cmd->add_flag("--cache", check.cache,
                      "Keep each article's outcome in .factlint-cache/ and, on the next run, take it from there "
                      "for every article whose bytes, sheets, config and factlint version are unchanged. In CI, "
                      "restore the folder into the new checkout: git's index tells which articles are unchanged "
                      "without reading them");
  check_cmd->add_option("--cache-dir", check.cache_dir, "The cache folder (implies --cache); default: .factlint-cache")
      ->option_text("FOLDER");
  check_cmd->add_flag("--no-cache", check.no_cache, "Check every article afresh, even when .factlint.yaml says 'cache:'");
  check_cmd->add_option("--max-file-size", check.max_file_size,
                        "Skip (and report) articles larger than this: bytes, or with a unit K, M or G (1024 "
                        "based: 32M is 32 MiB); default: the config's 'max-file-size:', else 16M")
      ->transform(CLI::Validator(read_size, ""))
      ->option_text("SIZE");

  ValuesOptions values;
  std::string values_date;
  auto* values_cmd = app.add_subcommand(
      "values", "Show every value the parser finds in TEXT (or stdin): for fact-sheet authors");
  values_cmd->footer(kValuesFooter);
  values_cmd->add_option("--date", values_date,
                         "Publication date (YYYY-MM-DD) that anchors 'on Tuesday', 'yesterday', ...")
      ->option_text("YYYY-MM-DD");
  values_cmd->add_option("--format", values.format, "Output format: text, json")
      ->check(CLI::IsMember({"text", "json"}))
      ->option_text("text|json");
  values_cmd->add_option("--dates", values.dates,
                         "Read a numeric date such as 05/04/2021 day first or month first (as `values: {dates: ...}` "
                         "in .factlint.yaml); unset, an ambiguous one is not read")
      ->check(CLI::IsMember({"day-first", "month-first"}))
      ->option_text("day-first|month-first");
  values_cmd->add_option("--currency", values.currencies,
                         "What a currency name without its country means, e.g. rupees=INR, dinars=IQD "
                         "(as `values: {currencies: ...}` in .factlint.yaml); repeatable")
      ->option_text("NAME=CODE");
  values_cmd->add_option("text", values.text, "Text to parse; after -- every argument is text");

  RulesOptions rules;
  auto* rules_cmd = app.add_subcommand("rules", "Work with fact sheets");
  rules_cmd->require_subcommand(1);
  rules_cmd->footer(kRulesFooter);
  auto* rules_check = rules_cmd->add_subcommand("check", "Validate fact sheets; every error, located");
  rules_check->footer(kRulesCheckFooter);
  rules_check->add_option("paths", rules.rule_paths,
                          "Fact sheet files or directories; default: the config's `rules`, else rules/");
  // As in `check`, `rules test`, `rules list` and `explain`: a user who writes --rules gets what they mean.
  std::vector<std::string> rules_check_flag;
  rules_check->add_option("--rules", rules_check_flag, "The same as PATHS: fact sheet file or directory; repeatable")
      ->allow_extra_args(false)
      ->option_text("PATH");
  auto* rules_test = rules_cmd->add_subcommand(
      "test", "Run fact-sheet test fixtures: articles with the findings they must give written inline");
  rules_test->footer(kRulesTestFooter);
  rules_test->add_option("paths", rules.fixtures,
                         "Fixture files or directories (articles with <!-- expect: ... --> comments); "
                         "default: rules/tests/");
  rules_test->add_option("--rules", rules.rule_paths, "Fact sheet file or directory; repeatable; default: the config's `rules`, else rules/")
      ->allow_extra_args(false)
      ->option_text("PATH");
  auto* rules_list = rules_cmd->add_subcommand("list", "List every fact: rule id, severity, claim");
  rules_list->footer(kRulesListFooter);
  rules_list->add_option("--rules", rules.rule_paths, "Fact sheet file or directory; default: the config's `rules`, else rules/")
      ->allow_extra_args(false);

  auto* rules_diff = rules_cmd->add_subcommand(
      "diff",
      "Show what a sheet edit changes on the articles: claims and findings gained and lost, against the sheets "
      "as committed in git (--against, default HEAD) or an older file (--old)");
  rules_diff->footer(kRulesDiffFooter);
  rules_diff->add_option("paths", rules.rule_paths, "Fact sheet files or directories to compare; default: the config's `rules`, else rules/");
  rules_diff->add_option("--against", rules.against, "The git commit, branch or tag to compare with; default: HEAD")
      ->option_text("REV");
  rules_diff->add_option("--old", rules.old_sheet, "An older version of the one sheet named, instead of git")
      ->option_text("FILE");
  rules_diff->add_option("--in", rules.in, "Articles (files or directories; repeatable); default: the config's `articles`, else corpus/")
      ->option_text("PATH...");
  rules_diff->add_flag("--exit-code", rules.exit_code, "Exit 1 when anything changed, as 'git diff --exit-code'");
  MergeOptions merge;
  std::string merge_fail_on, merge_color = "auto";
  auto* merge_cmd = app.add_subcommand(
      "merge", "Join the shard files of a run split over CI jobs (check --shard I/N --report shard=PATH) into the "
               "reports one run would have written");
  merge_cmd->footer(kMergeFooter);
  merge_cmd->add_option("shards", merge.shards, "Shard files, one for each of the N shards")->required();
  merge_cmd->add_option("--format", merge.format, "Report format on standard output (or --output); default text")
      ->check(CLI::IsMember(formats))
      ->option_text(format_choices);
  merge_cmd->add_option("--output,-o", merge.output, "Write the --format report to this file")->option_text("PATH");
  merge_cmd->add_option("--report", merge.reports, "Also write a report: FORMAT=PATH, or FORMAT alone; repeatable")
      ->allow_extra_args(false)
      ->option_text("FORMAT[=PATH]");
  merge_cmd->add_option("--fail-on", merge_fail_on, "Lowest severity that fails (exit 1); default: the shards' --fail-on")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}))
      ->option_text("error|warning|info|never");
  merge_cmd->add_option("--color", merge_color, "Colour in the text report, as for check")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->option_text("auto|always|never");
  merge_cmd->add_flag("--quiet,-q", merge.quiet, "Findings only: no sentence excerpts, no summary line");
  merge_cmd->add_flag("--verbose,-v", merge.verbose, "Each finding's detail too");

  InitOptions init;
  auto* init_cmd = app.add_subcommand(
      "init", "Start a project: write .factlint.yaml, a fact sheet, a test fixture for it and the JSON Schemas "
              "for editors; never overwrites a file");
  init_cmd->footer(kInitFooter);
  init_cmd->add_option("dir", init.dir, "The folder to write in; default: the current folder");
  init_cmd->add_option("--story", init.story, "The sheet's id and file name, e.g. flood-2024; default: my-story")
      ->option_text("ID");
  auto* explain_cmd = app.add_subcommand(
      "explain",
      "Show one fact: claim, cues, expected values (a timeline entry by entry: its figure, as of when, who gave "
      "it, what replaced it), source; with --in, every claim it selects and, for a timeline, the entry it was "
      "judged against");
  explain_cmd->footer(kExplainFooter);
  explain_cmd->add_option("rule", rules.fact, "The rule id, <sheet-id>/<fact-id>")->required();
  explain_cmd->add_option("--rules", rules.rule_paths, "Fact sheet file or directory; default: the config's `rules`, else rules/")
      ->allow_extra_args(false);
  explain_cmd
      ->add_option("--in", rules.in,
                   "Articles (files or directories; repeatable): show every claim the fact selects in them, "
                   "how its cues bind it, the verdict and who it is credited to")
      ->option_text("PATH...");

  std::string shell;
  auto* completion_cmd = app.add_subcommand(
      "completion", "Print the shell completion script for bash, zsh or fish, e.g. "
                    "factlint completion bash > ~/.local/share/bash-completion/completions/factlint");
  completion_cmd->footer(kCompletionFooter);
  completion_cmd->add_option("shell", shell, "bash, zsh or fish")
      ->required()
      ->check(CLI::IsMember({"bash", "zsh", "fish"}));

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    app.exit(e, out, err);
    return ExitCode::kClean;
  } catch (const CLI::CallForAllHelp& e) {
    app.exit(e, out, err);
    return ExitCode::kClean;
  } catch (const CLI::CallForVersion& e) {
    app.exit(e, out, err);
    return ExitCode::kClean;
  } catch (const CLI::RequiredError& e) {
    // A command's one argument left out: say what it wants, with an example.
    for (const MissingArgument& m : kMissingArguments) {
      if (std::string_view(e.what()).starts_with(std::string(m.argument) + " is required")) {
        err << "factlint: error: " << m.message << " (run 'factlint " << m.command << " --help' for more)\n";
        return ExitCode::kUsage;
      }
    }
    err << "factlint: error: " << usage_error(e.what()) << " (run 'factlint --help' for usage)\n";
    return ExitCode::kUsage;
  } catch (const CLI::ParseError& e) {
    err << "factlint: error: " << usage_error(e.what()) << " (run 'factlint --help' for usage)\n";
    return ExitCode::kUsage;
  }

  setup_logging(check_cmd->parsed() && check.verbose);

  // Every command but init works from the project folder (project.h): the
  // folder of the config --config names, else of the nearest .factlint.yaml
  // at or above the current folder.
  namespace fs = std::filesystem;
  std::optional<WorkIn> in_project;
  if (completion_cmd->parsed()) {
    out << completion_script(app, shell);
    return ExitCode::kClean;
  }
  if (!init_cmd->parsed()) {
    std::error_code ec;
    const fs::path here = fs::current_path(ec);
    std::optional<fs::path> config;
    if (ec) {
      // No current folder (deleted under us): nothing to search from.
    } else if (check_cmd->parsed() && !check.config.empty()) {
      const fs::path named = (here / check.config).lexically_normal();
      if (fs::is_regular_file(named, ec)) config = named;  // else the config loader says what is wrong
    } else {
      config = find_config_upward(here);
    }
    if (config && config->parent_path() != here) {
      const fs::path folder = config->parent_path();
      auto rebase = [&](std::string& path) { path = rebase_path(path, here, folder); };
      auto rebase_all = [&](std::vector<std::string>& paths) {
        for (std::string& p : paths) rebase(p);
      };
      auto rebase_reports = [&](std::vector<std::string>& requests) {  // FORMAT=PATH: the path
        for (std::string& request : requests) {
          const std::size_t eq = request.find('=');
          if (eq == std::string::npos || eq + 1 == request.size()) continue;
          request = request.substr(0, eq + 1) + rebase_path(request.substr(eq + 1), here, folder);
        }
      };
      if (check_cmd->parsed()) {
        // A list's lines are paths as typed where the user is: read them here.
        Diagnostics diags;
        expand_path_lists(check.paths, check.paths_where, diags);
        if (diags.has_errors()) {
          print_diagnostics(diags, err);
          return ExitCode::kUsage;
        }
        rebase_all(check.paths);
        rebase_all(check.rule_paths);
        rebase(check.output);
        rebase(check.baseline);
        rebase(check.stdin_path);
        rebase(check.cache_dir);
        rebase_reports(check.reports);
        check.config = config->filename().string();
      }
      rebase_all(merge.shards);
      rebase(merge.output);
      rebase_reports(merge.reports);
      rebase_all(rules.rule_paths);
      rebase_all(rules_check_flag);
      rebase_all(rules.fixtures);
      rebase_all(rules.in);
      rebase(rules.old_sheet);
      in_project.emplace(folder);
      if (!in_project->error().empty()) {
        err << fmt::format("factlint: error: cannot work in '{}', the folder of {}: {}\n", folder.string(),
                           config->string(), in_project->error());
        return ExitCode::kUsage;
      }
      if (!(check_cmd->parsed() && check.quiet)) {
        const std::string shown = config->lexically_relative(here).generic_string();
        err << fmt::format("factlint: settings from {}; paths are relative to its folder, {}\n", shown,
                           folder.lexically_relative(here).generic_string());
      }
    }
  }

  try {
    if (check_cmd->parsed()) {
      if (!fail_on.empty()) check.fail_on = parse_fail_on(fail_on);
      check.color = parse_color(color);
      return run_check(check, out, err, std::cin);
    }
    if (values_cmd->parsed()) {
      if (!values_date.empty()) {
        values.date = parse_iso_date(values_date);
        if (!values.date || values.date->precision != DatePrecision::kDay) {
          err << fmt::format("factlint: error: --date '{}' is not a date (use YYYY-MM-DD, e.g. 2021-04-08)\n",
                             values_date);
          return ExitCode::kUsage;
        }
      }
      for (const std::string& pair : values.currencies) {
        const std::size_t eq = pair.find('=');
        if (eq == std::string::npos || eq == 0 || pair.size() - eq - 1 != 3) {
          err << fmt::format("factlint: error: --currency '{}' is not NAME=CODE (e.g. rupees=INR)\n", pair);
          return ExitCode::kUsage;
        }
      }
      return run_values(values, out, err);
    }
    if (rules_check->parsed()) {
      rules.rule_paths.insert(rules.rule_paths.end(), rules_check_flag.begin(), rules_check_flag.end());
      return run_rules_check(rules, out, err);
    }
    if (rules_test->parsed()) return run_rules_test(rules, out, err);
    if (rules_list->parsed()) return run_rules_list(rules, out, err);
    if (rules_diff->parsed()) return run_rules_diff(rules, out, err);
    if (init_cmd->parsed()) return run_init(init, out, err);
    if (merge_cmd->parsed()) {
      if (!merge_fail_on.empty()) merge.fail_on = parse_fail_on(merge_fail_on);
      merge.color = parse_color(merge_color);
      return run_merge(merge, out, err);
    }
    if (explain_cmd->parsed()) return run_explain(rules, out, err);
  } catch (const std::exception& e) {
    err << "factlint: error: internal error: " << e.what()
        << " (please report this with the command you ran)\n";
    return ExitCode::kUsage;
  }
  return ExitCode::kUsage;
}

}  // namespace factlint::cli
