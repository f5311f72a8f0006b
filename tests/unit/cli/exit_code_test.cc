#include <catch2/catch.hpp>

#include <sstream>

#include "checker/cli/run.h"
#include "checker/cli/settings.h"

namespace factlint::cli {
namespace {

ExitCode run_with(std::vector<std::string> args, std::string& out, std::string& err) {
  args.insert(args.begin(), "factlint");
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  std::ostringstream o, e;
  ExitCode code = run(static_cast<int>(argv.size()), argv.data(), o, e);
  out = o.str();
  err = e.str();
  return code;
}

const std::string kCase = std::string(FACTLINT_SOURCE_DIR) + "/tests/golden/text-report";

TEST_CASE("each --fail-on level gives its exit code", "[cli][exit-code]") {
  // The case has 3 errors and 1 warning.
  struct Row { std::string fail_on; ExitCode code; };
  const std::string errors = kCase + "/corpus";
  for (const Row& row : {Row{"error", ExitCode::kFindings}, Row{"warning", ExitCode::kFindings},
                         Row{"info", ExitCode::kFindings}, Row{"never", ExitCode::kClean}}) {
    CAPTURE(row.fail_on);
    std::string out, err;
    CHECK(run_with({"check", errors, "--rules", kCase + "/rules", "--fail-on", row.fail_on, "-q", "-j", "1"}, out,
                   err) == row.code);
    CHECK(err.empty());
  }
}

TEST_CASE("fail-on compares each severity with the failing level", "[cli][exit-code]") {
  struct Row { Severity severity; FailOn fail_on; bool fails; };
  for (const Row& row : {Row{Severity::kError, FailOn::kError, true}, Row{Severity::kWarning, FailOn::kError, false},
                         Row{Severity::kInfo, FailOn::kError, false}, Row{Severity::kError, FailOn::kWarning, true},
                         Row{Severity::kWarning, FailOn::kWarning, true}, Row{Severity::kInfo, FailOn::kWarning, false},
                         Row{Severity::kInfo, FailOn::kInfo, true}, Row{Severity::kError, FailOn::kNever, false}}) {
    CAPTURE(severity_name(row.severity), static_cast<int>(row.fail_on));
    CHECK(fails(row.severity, row.fail_on) == row.fails);
  }
  CHECK(parse_fail_on("warning") == FailOn::kWarning);
  CHECK_FALSE(parse_fail_on("warn"));
}

TEST_CASE("bad report requests are usage errors before anything is read", "[cli][exit-code]") {
  struct Row { std::vector<std::string> args; std::string err; };
  for (const Row& row : {
           Row{{"--report", "pdf=x.pdf"},
               "factlint: error: --report unknown report format 'pdf' (formats: text, json, sarif, junit, github, "
               "gitlab, checkstyle, shard)\n"},
           Row{{"--report", "sarif="}, "factlint: error: --report 'sarif=' has no file after '=' (e.g. --report "
                                       "sarif=out/factlint.sarif)\n"},
           Row{{"--report", "json"}, "factlint: error: reports text, json would all go to standard output (write one "
                                     "to a file: --report json=PATH)\n"},
           Row{{"--report", "json=a.json", "--report", "sarif=a.json"},
               "factlint: error: two reports would be written to 'a.json' (give each report its own file)\n"},
           Row{{"--update-baseline"}, "factlint: error: --update-baseline needs a baseline file (give --baseline FILE, "
                                      "or 'baseline: FILE' in .factlint.yaml)\n"},
       }) {
    std::vector<std::string> args = {"check", kCase + "/corpus", "--rules", kCase + "/rules"};
    args.insert(args.end(), row.args.begin(), row.args.end());
    std::string out, err;
    CHECK(run_with(args, out, err) == ExitCode::kUsage);
    CHECK(out.empty());
    CHECK(err == row.err);
  }
}

TEST_CASE("a command's required argument left out is said in plain words with an example", "[cli][exit-code]") {
  struct Row { std::string command; std::string err; };
  for (const Row& row : {
           Row{"merge", "factlint: error: merge needs the shard files to join, one from each job of 'check --shard "
                        "I/N --report shard=PATH' (e.g. factlint merge shard-*.json) (run 'factlint merge --help' "
                        "for more)\n"},
           Row{"explain", "factlint: error: explain needs the rule to explain, <sheet-id>/<fact-id> (e.g. factlint "
                          "explain lavrov-pakistan-2021/arrival --in corpus/a.md) (run 'factlint explain --help' for "
                          "more)\n"},
           Row{"completion", "factlint: error: completion needs the shell: bash, zsh or fish (e.g. factlint "
                             "completion bash) (run 'factlint completion --help' for more)\n"},
       }) {
    CAPTURE(row.command);
    std::string out, err;
    CHECK(run_with({row.command}, out, err) == ExitCode::kUsage);
    CHECK(out.empty());
    CHECK(err == row.err);
  }
  // Any other usage error keeps CLI11's words.
  std::string out, err;
  CHECK(run_with({"check", "--no-such-flag"}, out, err) == ExitCode::kUsage);
  CHECK(err == "factlint: error: the following argument was not expected: --no-such-flag (run 'factlint --help' for "
               "usage)\n");
}

TEST_CASE("max-file-size takes bytes or a size with a unit and refuses what would skip everything", "[cli][exit-code]") {
  // The case's one article is 317 bytes.
  struct Row { std::string size; bool skipped; };
  for (const Row& row : {Row{"317", false}, Row{"316", true}, Row{"316b", true}, Row{"1K", false}, Row{"1k", false},
                         Row{"1KiB", false}, Row{"1kb", false}, Row{"16M", false}, Row{"2g", false}}) {
    CAPTURE(row.size);
    std::string out, err;
    CHECK(run_with({"check", kCase + "/corpus", "--rules", kCase + "/rules", "--max-file-size", row.size, "-j", "1"},
                   out, err) == (row.skipped ? ExitCode::kClean : ExitCode::kFindings));
    CHECK((out.find("1 skipped") != std::string::npos) == row.skipped);
  }
  struct Bad { std::string size; std::string err; };
  const std::string form = "give a number of bytes, or one with a unit K, M or G (e.g. 32M; the default is 16M)";
  for (const Bad& row : {Bad{"0", "0 would skip every article, and the run would pass: give at least 1 byte (the "
                                  "default is 16M)"},
                         Bad{"-5", "'-5' is no size: " + form}, Bad{"10.5M", "'10.5M' is no size: " + form},
                         Bad{"32MB/s", "'32MB/s' is no size: " + form}, Bad{"M", "'M' is no size: " + form},
                         Bad{"99999999999999999999", "'99999999999999999999' is more than any file: " + form},
                         Bad{"17179869184G", "'17179869184G' is more than any file: " + form}}) {
    CAPTURE(row.size);
    std::string out, err;
    CHECK(run_with({"check", kCase + "/corpus", "--rules", kCase + "/rules", "--max-file-size", row.size}, out,
                   err) == ExitCode::kUsage);
    CHECK(out.empty());
    CHECK(err == "factlint: error: --max-file-size: " + row.err + " (run 'factlint --help' for usage)\n");
  }
}

TEST_CASE("explain of a fact no sheet has suggests the one meant", "[cli][exit-code]") {
  // The case's sheet 'visit' has the facts trade-growth, doses and arrival.
  struct Row { std::string fact; std::string suggested; };
  for (const Row& row : {Row{"visit/arival", "visit/arrival"}, Row{"VISIT/DOSES", "visit/doses"},
                         Row{"visits/doses", "visit/doses"}, Row{"the-visit/trade-growth", "visit/trade-growth"},
                         Row{"doses", "visit/doses"}, Row{"other/dosse", "visit/doses"}, Row{"visit/", ""},
                         Row{"nothing/like-it", ""}}) {
    CAPTURE(row.fact);
    std::string out, err;
    CHECK(run_with({"explain", row.fact, "--rules", kCase + "/rules"}, out, err) == ExitCode::kUsage);
    CHECK(out.empty());
    const std::string hint = row.suggested.empty() ? "" : "did you mean '" + row.suggested + "'? ";
    CHECK(err == "factlint: error: no fact '" + row.fact + "' in the fact sheets (" + hint +
                     "known facts: run 'factlint rules list')\n");
  }
}

TEST_CASE("each command's help ends with its own examples", "[cli][exit-code]") {
  std::string all, err;
  REQUIRE(run_with({"--help"}, all, err) == ExitCode::kClean);
  for (const std::string command : {"check", "values", "merge", "init", "explain", "completion", "rules",
                                     "rules check", "rules test", "rules list", "rules diff"}) {
    CAPTURE(command);
    std::vector<std::string> args;
    for (std::size_t at = 0; at <= command.size();) {
      const std::size_t space = std::min(command.find(' ', at), command.size());
      args.push_back(command.substr(at, space - at));
      at = space + 1;
    }
    args.push_back("--help");
    std::string out;
    REQUIRE(run_with(args, out, err) == ExitCode::kClean);
    const std::size_t examples = out.find("\nExamples:\n");
    REQUIRE(examples != std::string::npos);
    // Its own command among the examples (merge's begin with the shard jobs'
    // check), not the whole list every command used to repeat.
    CHECK(out.find("  factlint " + command, examples) != std::string::npos);
    CHECK(out.size() - examples < all.size() / 2);
  }
  // The list of everything stays on factlint --help.
  CHECK(all.find("factlint completion bash") != std::string::npos);
  CHECK(all.find("factlint rules diff rules/quake.yaml") != std::string::npos);
}

TEST_CASE("every format the report table knows is accepted by --format", "[cli][exit-code]") {
  for (std::string format : {"text", "json", "sarif", "junit", "github", "gitlab", "checkstyle", "shard"}) {
    CAPTURE(format);
    std::string out, err;
    CHECK(run_with({"check", kCase + "/corpus", "--rules", kCase + "/rules", "--format", format, "--fail-on", "never"},
                   out, err) == ExitCode::kClean);
    CHECK_FALSE(out.empty());
  }
}

}  // namespace
}  // namespace factlint::cli
