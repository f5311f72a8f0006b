// Diagnostics: problems that stop factlint doing its job (a bad flag, fact sheet,
// path or config), as opposed to findings about articles. Loaders append and carry
// on so one run reports every error; callers check has_errors() between stages.
#pragma once

#include <string>
#include <vector>

namespace factlint {

enum class Severity { kError, kWarning, kInfo };

std::string_view severity_name(Severity severity);  // "error", "warning", "info"

// A place in a file on disk: 1-based line and column (column in code points).
// line == 0 means "the file as a whole"; an empty file means "no file".
struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;
};

// A value read from a file, with where it was written.
template <class T>
struct Located {
  T value;
  SourceLocation where;
};

struct Diagnostic {
  Severity severity = Severity::kError;
  SourceLocation where;
  std::string message;  // lowercase, no final period, user text in 'single quotes'
  std::string hint;     // e.g. "did you mean 'expect'?"; may be empty
};

// "rules/a.yaml:14:5: error: unknown key 'expct' (did you mean 'expect'?)"
// or "factlint: error: no articles found under 'corpus/'" when there is no file.
std::string format_diagnostic(const Diagnostic& diagnostic);

class Diagnostics {
 public:
  void error(SourceLocation where, std::string message, std::string hint = {});
  void warning(SourceLocation where, std::string message, std::string hint = {});
  void add(Diagnostic diagnostic);
  void append(const Diagnostics& other);

  bool has_errors() const { return errors_ > 0; }
  int error_count() const { return errors_; }
  const std::vector<Diagnostic>& entries() const { return entries_; }

 private:
  std::vector<Diagnostic> entries_;
  int errors_ = 0;
};

}  // namespace factlint
