// What `factlint --version` prints: the release (CMake's project version,
// FACTLINT_VERSION) and the git commit the binary was built from, so a CI log
// says exactly which factlint ran.
#pragma once

#include <string>
#include <string_view>

#ifndef FACTLINT_VERSION
#define FACTLINT_VERSION "0.0.0"
#endif

namespace factlint::cli {

// "1a2b3c4d5e6f", "1a2b3c4d5e6f-modified" or "unknown" (cmake/build_commit.cmake).
std::string_view build_commit();

// "factlint 0.2.0 (commit 1a2b3c4d5e6f)".
inline std::string version_line() {
  return std::string("factlint ") + FACTLINT_VERSION + " (commit " + std::string(build_commit()) + ")";
}

}  // namespace factlint::cli
