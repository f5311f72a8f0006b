// The text report: compiler-style lines an editor or terminal can jump to,
// each followed by the sentence with the finding underlined, then a summary.
#include <fmt/format.h>

#include <algorithm>

#include "checker/report/report.h"
#include "checker/util/utf8.h"

namespace factlint::report {

namespace {

// Long sentences are cut to this many code points either side of the finding.
constexpr int kContext = 70;

struct Style {
  bool on;
  std::string wrap(std::string_view code, std::string_view text) const {
    if (!on) return std::string(text);
    return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
  }
};

std::string_view severity_colour(Severity s) {
  switch (s) {
    case Severity::kError: return "1;31";
    case Severity::kWarning: return "1;33";
    case Severity::kInfo: return "1;36";
  }
  return "1";
}

void write_excerpt(std::string_view sentence, int highlight_begin, int highlight_end, const Style& style,
                   std::ostream& out) {
  if (sentence.empty()) return;
  int from = std::max(0, highlight_begin - kContext);
  int to = highlight_end + kContext;
  std::size_t b = util::byte_of_code_point(sentence, static_cast<std::size_t>(from));
  std::size_t e = util::byte_of_code_point(sentence, static_cast<std::size_t>(to));
  std::string prefix = from > 0 ? "..." : "";
  std::string suffix = e < sentence.size() ? "..." : "";
  std::string line = prefix + std::string(sentence.substr(b, e - b)) + suffix;
  int pad = static_cast<int>(prefix.size()) + highlight_begin - from;
  int width = std::max(1, highlight_end - highlight_begin);
  out << "    " << line << '\n';
  out << "    " << std::string(pad, ' ')
      << style.wrap("1;32", "^" + std::string(static_cast<std::size_t>(width - 1), '~')) << '\n';
}

}  // namespace

void write_excerpt(std::string_view sentence, int highlight_begin, int highlight_end, bool color,
                   std::ostream& out) {
  write_excerpt(sentence, highlight_begin, highlight_end, Style{color}, out);
}

namespace {

// One finding, one line: a line break in a message or a sheet's `source`
// ("source: |" in YAML keeps them) is written as \n, a tab as \t, so
// line-based readers (errorformat, problem matchers, grep) see the whole finding.
std::string one_line(std::string_view text) {
  const auto breaks = [](char c) { return c == '\r' || c == '\n' || c == '\t'; };
  if (std::none_of(text.begin(), text.end(), breaks)) return std::string(text);  // most messages: one copy
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;  // CRLF is one break
    if (c == '\n' || c == '\r')
      out += "\\n";
    else if (c == '\t')
      out += "\\t";
    else
      out.push_back(c);
  }
  return out;
}

}  // namespace

void write_text(const std::vector<Finding>& findings, const Summary& summary, const ReportOptions& options,
                std::ostream& out) {
  Style style{options.color};
  for (const Finding& f : findings) {
    std::string where = fmt::format("{}:{}:{}:", f.file, f.line, f.column);
    std::string label = fmt::format("{}[{}]", severity_name(f.severity), f.rule);
    out << style.wrap("1", where) << ' ' << style.wrap(severity_colour(f.severity), label) << ' '
        << kind_name(f.kind) << ": " << one_line(f.message);
    if (!f.source.empty()) out << " (source: " << one_line(f.source) << ')';
    out << '\n';
    if (!options.quiet) write_excerpt(f.sentence, f.highlight_begin, f.highlight_end, style, out);
    if (options.verbose && !f.detail.empty()) out << "    " << style.wrap("1;36", "note:") << ' ' << f.detail << '\n';
  }
  for (const SkippedFile& s : summary.skipped_files) {
    out << style.wrap("1", s.file + ":") << ' ' << style.wrap(severity_colour(Severity::kWarning), "warning")
        << ": skipped: " << one_line(s.reason) << '\n';
  }
  for (const Notice& n : summary.notices) {
    out << style.wrap("1", fmt::format("{}:{}:{}:", n.file, n.line, n.column)) << ' '
        << style.wrap(severity_colour(Severity::kInfo), "info") << ": " << one_line(n.message) << '\n';
  }
  if (options.quiet) return;
  std::string line = fmt::format("{} checked: {} ({}, {}, {})", plural(summary.articles, "article"),
                                 plural(summary.findings, "finding"), plural(summary.errors, "error"),
                                 plural(summary.warnings, "warning"), plural(summary.infos, "info"));
  if (summary.skipped > 0) line += fmt::format(", {} skipped", count(summary.skipped));
  if (!summary.uncovered.empty())
    line += fmt::format(", {} covered by no sheet", plural(summary.uncovered.size(), "article"));
  if (summary.suppressed > 0) line += fmt::format(", {} suppressed", count(summary.suppressed));
  if (summary.baselined > 0) line += fmt::format(", {} baselined", count(summary.baselined));
  out << "factlint: " << line << '\n';
}

}  // namespace factlint::report
