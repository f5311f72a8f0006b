// A small report fixture shared by the format tests: three findings of three
// severities in two articles (one after an emoji), a skipped file, the rules.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "checker/report/report.h"

namespace factlint::report::fixture {

inline Finding finding(std::string file, int line, int column, int width, Severity severity, FindingKind kind,
                       std::string rule, std::string message, std::string sentence, int highlight) {
  Finding f;
  f.file = std::move(file);
  f.line = line;
  f.column = column;
  f.end_line = line;
  f.end_column = column + width;
  f.severity = severity;
  f.kind = kind;
  f.rule = std::move(rule);
  f.message = std::move(message);
  f.sentence = std::move(sentence);
  f.highlight_begin = highlight;
  f.highlight_end = highlight + width;
  return f;
}

// corpus/a.md line 3: "Trade grew 64 percent." (the sentence starts the line).
// corpus/a.md line 5: "\xF0\x9F\x98\x80 Lavorv came." (an emoji, U+1F600, first).
// corpus/b.md line 2: "It was a 3-day visit." as info.
inline std::vector<Finding> findings() {
  Finding trade = finding("corpus/a.md", 3, 12, 10, Severity::kError, FindingKind::kContradiction, "visit/trade",
                          "article says 64 percent; the fact sheet says 46%", "Trade grew 64 percent.", 11);
  trade.found = "64 percent";
  trade.expected = "46%";
  trade.source = "Lavrov, 7 April 2021";
  Finding name = finding("corpus/a.md", 5, 3, 6, Severity::kWarning, FindingKind::kMisspelling,
                         "visit/people.lavrov", "'Lavorv' is a misspelling of 'Sergey Lavrov'",
                         "\xF0\x9F\x98\x80 Lavorv came.", 2);
  name.found = "Lavorv";
  name.expected = "Sergey Lavrov";
  Finding days = finding("corpus/b.md", 2, 10, 5, Severity::kInfo, FindingKind::kContradiction, "visit/length",
                         "article says 3-day (3 days); the fact sheet says 2 days", "It was a 3-day visit.", 9);
  days.found = "3-day";
  days.expected = "2 days";
  return {trade, name, days};
}

inline Summary summary(const std::vector<Finding>& list) {
  return summarize(list, 2, {{"corpus/bad.md", "contains a NUL byte at line 1, column 4 (binary file?)"}});
}

inline ReportOptions options() {
  ReportOptions o;
  o.tool_version = "0.1.0";
  o.articles = {"corpus/a.md", "corpus/b.md", "corpus/bad.md", "corpus/clean.md"};
  o.sheets = {"rules/visit.yaml"};
  o.source_root = "/repo";
  o.timestamp = 1617753600;  // 2021-04-07T00:00:00Z
  auto rule = [](std::string id, std::string text, Severity s, int line) {
    RuleInfo r;
    r.id = std::move(id);
    r.short_text = text;
    r.full_text = text + ". The fact sheet expects it.";
    r.severity = s;
    r.sheet = "rules/visit.yaml";
    r.line = line;
    return r;
  };
  o.rules = {rule("visit/length", "The visit lasted 2 days", Severity::kInfo, 20),
             rule("visit/people.lavrov", "Spelling of Sergey Lavrov", Severity::kError, 5),
             rule("visit/trade", "Trade grew 46 percent", Severity::kError, 12)};
  return o;
}

inline std::string render(Writer writer, const std::vector<Finding>& list, const Summary& s,
                          const ReportOptions& o) {
  std::ostringstream out;
  writer(list, s, o, out);
  return out.str();
}

}  // namespace factlint::report::fixture
