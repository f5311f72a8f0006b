#include "checker/util/error_reason.h"

#include <catch2/catch.hpp>

#include <cerrno>

namespace factlint::util {
namespace {

TEST_CASE("error_reason is strerror in plain words", "[util][error_reason]") {
  CHECK(error_reason(ENOSPC) == "no space left on device");
  CHECK(error_reason(EPIPE) == "broken pipe");
  CHECK(error_reason(ENOENT) == "no such file or directory");
}

TEST_CASE("error_reason lowers only the first letter", "[util][error_reason]") {
  // The rest keeps its case: an abbreviation stays one.
  CHECK(error_reason(EREMOTEIO) == "remote I/O error");
}

}  // namespace
}  // namespace factlint::util
