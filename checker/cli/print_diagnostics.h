// Diagnostics on stderr, one formatted line each: the only way a subcommand
// reports that it could not do its job (findings go to the reports).
#pragma once

#include <ostream>

#include "checker/util/diagnostics.h"

namespace factlint::cli {

inline void print_diagnostics(const Diagnostics& diags, std::ostream& err) {
  for (const Diagnostic& d : diags.entries()) err << format_diagnostic(d) << '\n';
}

}  // namespace factlint::cli
