// The GitHub Actions report: one workflow command per finding
// (`::error file=...,line=...::message`), which the runner turns into an
// annotation on the pull request. Article text is data here, so it is escaped
// until no part of it can be read as a command.
#include <fmt/format.h>

#include "checker/report/github_escape.h"
#include "checker/report/report.h"

namespace factlint::report {

namespace {

std::string_view command(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "notice";
  }
  return "warning";
}

constexpr std::string_view kZeroWidthSpace = "\xE2\x80\x8B";

std::string escape(std::string_view text, bool property) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? "%3A" : ":"; break;
      case ',': out += property ? "%2C" : ","; break;
      default: out += c;
    }
    // "::" and "##[" start the runner's two command syntaxes; a zero width
    // space between the characters breaks them and still reads the same.
    bool colons = !property && c == ':' && i + 1 < text.size() && text[i + 1] == ':';
    bool hashes = c == '#' && text.substr(i + 1).starts_with("#[");
    if (colons || hashes) out += kZeroWidthSpace;
  }
  return out;
}

}  // namespace

std::string github_escape_data(std::string_view text) { return escape(text, false); }

std::string github_escape_property(std::string_view text) { return escape(text, true); }

void write_github_finding(const Finding& f, const ReportOptions&, std::ostream& out) {
  std::string properties = fmt::format("file={},line={}", github_escape_property(f.file), f.line);
  // GitHub takes columns only for a one-line span.
  if (f.end_line == f.line) {
    properties += fmt::format(",col={},endLine={},endColumn={}", f.column, f.end_line, f.end_column);
  } else {
    properties += fmt::format(",endLine={}", f.end_line);
  }
  std::string title = fmt::format("{} [{}]", kind_name(f.kind), f.rule);
  properties += ",title=" + github_escape_property(title);
  std::string message = f.message;
  if (!f.source.empty()) message += fmt::format(" (source: {})", f.source);
  out << "::" << command(f.severity) << ' ' << properties << "::" << github_escape_data(message) << '\n';
}

void write_github_end(const Summary& summary, const ReportOptions&, std::ostream& out) {
  for (const SkippedFile& s : summary.skipped_files) {
    out << "::warning file=" << github_escape_property(s.file) << ",title=skipped::"
        << github_escape_data("skipped: " + s.reason) << '\n';
  }
  for (const Notice& n : summary.notices) {
    out << "::notice file=" << github_escape_property(n.file);
    if (n.line > 0) out << ",line=" << n.line;
    if (n.line > 0 && n.column > 0) out << ",col=" << n.column;
    out << "::" << github_escape_data(n.message) << '\n';
  }
}

void write_github(const FindingLog& findings, const Summary& summary, const ReportOptions& options,
                  std::ostream& out) {
  for (const Finding& f : findings) write_github_finding(f, options, out);
  write_github_end(summary, options, out);
}

}  // namespace factlint::report
