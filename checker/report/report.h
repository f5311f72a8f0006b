// Reporters: findings and the summary -> one output format. One function per
// format, one signature; each writes to the stream it is given.
#pragma once

#include <cstdint>
#include <ostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/findings/finding_log.h"

namespace factlint::report {

// One rule a finding can name, for formats that list rules (SARIF).
struct RuleInfo {
  std::string id;           // "<sheet-id>/<fact-id>" or "<sheet-id>/people.<person-id>"
  std::string short_text;   // the fact's claim, or "Spelling of Sergey Lavrov"
  std::string full_text;    // claim, expected values and source in a sentence or two
  std::string source;       // the fact's source; may be empty
  Severity severity = Severity::kError;
  std::string sheet;        // the fact sheet's path
  int line = 0;             // where the fact (or person) is declared in it
};

struct ReportOptions {
  bool color = false;          // ANSI colour (text only)
  bool quiet = false;          // text: finding lines only, no excerpts or summary
  bool verbose = false;        // text: also each finding's detail
  std::string tool_version;    // "0.1.0"
  // What was checked, for formats that report per file (JUnit) or per rule (SARIF).
  std::vector<std::string> articles;  // every article found, checked or skipped, sorted
  std::vector<std::string> sheets;    // every fact sheet loaded, sorted
  std::vector<RuleInfo> rules;        // every rule of every sheet, sorted by id
  // SARIF: the absolute path of the directory finding paths are relative to
  // (originalUriBaseIds %SRCROOT%); empty: the working directory.
  std::string source_root;
  // JUnit's timestamp, seconds since 1970 (UTC); -1: $SOURCE_DATE_EPOCH if
  // set, else now.
  std::int64_t timestamp = -1;
  // The least severe finding that fails the run (--fail-on); nullopt for
  // `never`. JUnit makes only these failures.
  std::optional<Severity> fail_at = Severity::kError;
  // --shard I/N: this run checked shard `shard_index` (1-based) of
  // `shard_count`; 0 when the run was not sharded (shard.h).
  int shard_index = 0;
  int shard_count = 0;
};

void write_text(const FindingLog& findings, const Summary& summary, const ReportOptions& options,
                std::ostream& out);
void write_json(const FindingLog& findings, const Summary& summary, const ReportOptions& options,
                std::ostream& out);

// SARIF 2.1.0 for GitHub code scanning (sarif.cc).
void write_sarif(const FindingLog& findings, const Summary& summary, const ReportOptions& options,
                 std::ostream& out);
// JUnit XML (Ant schema) for Jenkins and GitLab test reports (junit.cc).
void write_junit(const FindingLog& findings, const Summary& summary, const ReportOptions& options,
                 std::ostream& out);
// GitHub Actions workflow commands: one annotation per finding (github.cc).
void write_github(const FindingLog& findings, const Summary& summary, const ReportOptions& options,
                  std::ostream& out);
// A Markdown job summary with a table of all findings, for $GITHUB_STEP_SUMMARY
// (github_summary.cc). Not a --format of its own: the CLI appends it.
void write_github_summary(const FindingLog& findings, const Summary& summary,
                          const ReportOptions& options, std::ostream& out);
// GitLab Code Quality JSON (gitlab.cc).
void write_gitlab(const FindingLog& findings, const Summary& summary, const ReportOptions& options,
                  std::ostream& out);
// Checkstyle XML, as reviewdog and other tools read it (checkstyle.cc).
// The checkstyle `source` of a finding: "factlint.<kind>.<rule>", the rule's
// dots as colons (checkstyle.cc says why).
std::string checkstyle_source(const Finding& finding);
void write_checkstyle(const FindingLog& findings, const Summary& summary, const ReportOptions& options,
                      std::ostream& out);

using Writer = void (*)(const FindingLog&, const Summary&, const ReportOptions&, std::ostream&);

// The writer for a format name ("text", "json", "sarif", ...), or nullptr.
Writer writer_for(std::string_view format);

// A report that can be written as the findings come, in the order they are
// reported: one call per finding, then one for its end (the files skipped,
// the notices and, for text, the summary line) once every finding is in.
// The two together write what the format's Writer writes.
struct StreamingWriter {
  void (*finding)(const Finding&, const ReportOptions&, std::ostream&) = nullptr;
  void (*end)(const Summary&, const ReportOptions&, std::ostream&) = nullptr;
};
// The streaming writer of a format: text and github, whose findings come
// first and stand one per line; nullopt for the others, which open with
// counts or group findings by file (JSON, SARIF, JUnit, GitLab, checkstyle).
std::optional<StreamingWriter> streaming_writer_for(std::string_view format);
void write_text_finding(const Finding& finding, const ReportOptions& options, std::ostream& out);
void write_text_end(const Summary& summary, const ReportOptions& options, std::ostream& out);
void write_github_finding(const Finding& finding, const ReportOptions& options, std::ostream& out);
void write_github_end(const Summary& summary, const ReportOptions& options, std::ostream& out);
// Every format name, in the order of format_names().
std::vector<std::string> format_list();
// "text, json, sarif, junit, github, gitlab, checkstyle": for --help and error messages.
std::string format_names();

// A count as the reports print it for people: "20,000" (thousands grouped
// with commas, as the articles write their figures).
std::string count(std::size_t n);
// "20,000 articles", "1 article".
std::string plural(std::size_t n, std::string_view word);

// The sentence, cut to some words either side of [highlight_begin,
// highlight_end) (code points), with that span underlined: the lines under
// each finding of the text report, and under each claim `explain --in` shows.
void write_excerpt(std::string_view sentence, int highlight_begin, int highlight_end, bool color,
                   std::ostream& out);

}  // namespace factlint::report
