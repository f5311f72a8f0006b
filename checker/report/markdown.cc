#include "checker/report/markdown.h"

namespace factlint::report {

std::string markdown_escape(std::string_view text) {
  constexpr std::string_view kSyntax = "\\`*_[]<>|~&$";
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
      continue;
    }
    if (kSyntax.find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

}  // namespace factlint::report
