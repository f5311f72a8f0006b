// Why a system call failed, in the plain words every message of factlint uses.
#pragma once

#include <string>

namespace factlint::util {

// strerror(error) with its first letter in lower case, to follow "...: " in a
// message: "no space left on device", "remote I/O error".
std::string error_reason(int error);

}  // namespace factlint::util
