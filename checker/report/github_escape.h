// GitHub Actions workflow-command escaping, shared by the annotations and tests.
// The runner reads a line starting with "::" (and, from its old syntax, "##[")
// as a command; everything factlint prints there passes through these.
#pragma once

#include <string>
#include <string_view>

namespace factlint::report {

// A command's message: '%' -> %25, CR -> %0D, LF -> %0A (all the runner
// unescapes), and a zero width space inside "::" and "##[" so no article text
// reads as a command even to a runner that looks past the line start.
std::string github_escape_data(std::string_view text);

// A property value (file=, title=): as data, and also ':' -> %3A, ',' -> %2C.
std::string github_escape_property(std::string_view text);

}  // namespace factlint::report
