// The text report: compiler-style lines an editor or terminal can jump to,
// each followed by the sentence with the finding underlined, then a summary.
#include <fmt/format.h>

#include <algorithm>
#include <cstring>

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

void add(fmt::memory_buffer& out, std::string_view text) { out.append(text.data(), text.data() + text.size()); }

// `text` in the colour `code` (an SGR code), as Style::wrap writes it.
void add_wrapped(fmt::memory_buffer& out, const Style& style, std::string_view code, std::string_view text) {
  if (!style.on) return add(out, text);
  add(out, "\x1b[");
  add(out, code);
  add(out, "m");
  add(out, text);
  add(out, "\x1b[0m");
}

// The two lines under a finding, built in one buffer and written at once.
void write_excerpt(std::string_view sentence, int highlight_begin, int highlight_end, const Style& style,
                   std::ostream& out) {
  if (sentence.empty()) return;
  const int from = std::max(0, highlight_begin - kContext);
  const int to = highlight_end + kContext;
  const std::size_t b = util::byte_of_code_point(sentence, static_cast<std::size_t>(from));
  const std::size_t e = util::byte_of_code_point(sentence, static_cast<std::size_t>(to));
  const std::string_view prefix = from > 0 ? "..." : "";
  const std::string_view suffix = e < sentence.size() ? "..." : "";
  const int pad = std::max(0, static_cast<int>(prefix.size()) + highlight_begin - from);
  const int width = std::max(1, highlight_end - highlight_begin);
  fmt::memory_buffer text, underline;
  add(text, "    ");
  add(text, prefix);
  add(text, sentence.substr(b, e - b));
  add(text, suffix);
  add(text, "\n    ");
  text.resize(text.size() + static_cast<std::size_t>(pad));
  std::fill(text.end() - pad, text.end(), ' ');
  underline.push_back('^');
  underline.resize(static_cast<std::size_t>(width));
  std::fill(underline.begin() + 1, underline.end(), '~');
  add_wrapped(text, style, "1;32", {underline.data(), underline.size()});
  text.push_back('\n');
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
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
void add_one_line(fmt::memory_buffer& out, std::string_view text) {
  // Most messages hold none: three memchr scans cost less than one test of
  // every byte (a warm --cache run's text report, 46,000 findings: 5% of it).
  const auto holds = [&](char c) { return std::memchr(text.data(), c, text.size()) != nullptr; };
  if (text.empty() || (!holds('\n') && !holds('\r') && !holds('\t'))) return add(out, text);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;  // CRLF is one break
    if (c == '\n' || c == '\r')
      add(out, "\\n");
    else if (c == '\t')
      add(out, "\\t");
    else
      out.push_back(c);
  }
}

std::string one_line(std::string_view text) {
  fmt::memory_buffer out;
  add_one_line(out, text);
  return fmt::to_string(out);
}

}  // namespace

void write_text_finding(const Finding& f, const ReportOptions& options, std::ostream& out) {
  Style style{options.color};
  // The line is built in one buffer and written with one call: a dozen
  // stream insertions and five temporary strings a line were a third of a
  // warm --cache run of 46,495 findings (callgrind).
  fmt::memory_buffer row, part;
  // Appended piece by piece: fmt's format strings, parsed at run time,
  // cost two thirds of the report.
  add_one_line(part, f.file);  // a file name may hold a line break too
  part.push_back(':');
  const fmt::format_int line_number(f.line), column(f.column);
  add(part, {line_number.data(), line_number.size()});
  part.push_back(':');
  add(part, {column.data(), column.size()});
  part.push_back(':');
  add_wrapped(row, style, "1", {part.data(), part.size()});
  row.push_back(' ');
  part.clear();
  add(part, severity_name(f.severity));
  part.push_back('[');
  add(part, f.rule);
  part.push_back(']');
  add_wrapped(row, style, severity_colour(f.severity), {part.data(), part.size()});
  row.push_back(' ');
  add(row, kind_name(f.kind));
  add(row, ": ");
  add_one_line(row, f.message);
  if (!f.source.empty()) {
    add(row, " (source: ");
    add_one_line(row, f.source);
    row.push_back(')');
  }
  row.push_back('\n');
  out.write(row.data(), static_cast<std::streamsize>(row.size()));
  if (!options.quiet) write_excerpt(f.sentence, f.highlight_begin, f.highlight_end, style, out);
  if (options.verbose && !f.detail.empty()) out << "    " << style.wrap("1;36", "note:") << ' ' << f.detail << '\n';
}

void write_text_end(const Summary& summary, const ReportOptions& options, std::ostream& out) {
  Style style{options.color};
  for (const SkippedFile& s : summary.skipped_files) {
    out << style.wrap("1", one_line(s.file) + ":") << ' ' << style.wrap(severity_colour(Severity::kWarning), "warning")
        << ": skipped: " << one_line(s.reason) << '\n';
  }
  for (const Notice& n : summary.notices) {
    out << style.wrap("1", fmt::format("{}:{}:{}:", one_line(n.file), n.line, n.column)) << ' '
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

void write_text(const FindingLog& findings, const Summary& summary, const ReportOptions& options,
                std::ostream& out) {
  for (const Finding& f : findings) write_text_finding(f, options, out);
  write_text_end(summary, options, out);
}

}  // namespace factlint::report
