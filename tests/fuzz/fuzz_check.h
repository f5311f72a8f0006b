// Shared by the fuzz targets: a failed invariant aborts, so libFuzzer records
// the input as a crash with the message that says which invariant broke.
#pragma once

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                            \
  do {                                                                                   \
    if (!(condition)) {                                                                  \
      std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                      \
    }                                                                                    \
  } while (false)

#include <exception>

namespace factlint::fuzz {

// Runs one input's checks; an exception that escapes them is a crash too.
template <typename Body>
int guarded(Body&& body) {
  try {
    body();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "uncaught exception: %s\n", e.what());
    std::abort();
  } catch (...) {
    std::fprintf(stderr, "uncaught non-standard exception\n");
    std::abort();
  }
  return 0;
}

}  // namespace factlint::fuzz
