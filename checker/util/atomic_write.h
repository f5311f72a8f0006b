// Writing a whole file so that readers see the old file or the new one, never
// half of either: a temporary file in the same directory, then rename(2).
// A CI step that uploads a report after an interrupted run finds no torn SARIF.
#pragma once

#include <string>
#include <string_view>

namespace factlint::util {

// Writes `content` to `path`, creating missing parent directories. Returns an
// empty string on success, else the reason in plain words ("permission denied",
// "is a directory"); no temporary file is left behind either way.
std::string atomic_write(const std::string& path, std::string_view content);

}  // namespace factlint::util
