#include "checker/util/diagnostics.h"

#include <fmt/format.h>

namespace factlint {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "info";
  }
  return "error";
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string where;
  if (d.where.file.empty()) {
    where = "factlint";
  } else if (d.where.line <= 0) {
    where = d.where.file;
  } else if (d.where.column <= 0) {
    where = fmt::format("{}:{}", d.where.file, d.where.line);
  } else {
    where = fmt::format("{}:{}:{}", d.where.file, d.where.line, d.where.column);
  }
  std::string text = fmt::format("{}: {}: {}", where, severity_name(d.severity), d.message);
  if (!d.hint.empty()) text += fmt::format(" ({})", d.hint);
  return text;
}

void Diagnostics::error(SourceLocation where, std::string message, std::string hint) {
  add({Severity::kError, std::move(where), std::move(message), std::move(hint)});
}

void Diagnostics::warning(SourceLocation where, std::string message, std::string hint) {
  add({Severity::kWarning, std::move(where), std::move(message), std::move(hint)});
}

void Diagnostics::add(Diagnostic diagnostic) {
  if (diagnostic.severity == Severity::kError) ++errors_;
  entries_.push_back(std::move(diagnostic));
}

void Diagnostics::append(const Diagnostics& other) {
  for (const Diagnostic& d : other.entries()) add(d);
}

}  // namespace factlint
