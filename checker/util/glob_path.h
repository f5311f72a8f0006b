// Paths as the globs users write see them: a sheet's `scope.paths` and
// .factlint.yaml's `exclude` (both matched by rules::GlobSet, rules/glob.h).
#pragma once

#include <string>
#include <string_view>

namespace factlint::util {

// `path` as the globs are written for it: from the repository root, which is
// the folder factlint runs in. An absolute path under that folder, as an
// editor or a script passes one ("/home/me/news/corpus/a.md"), becomes the
// path from it ("corpus/a.md"); a leading "./" is dropped; a byte that is not
// UTF-8 (Linux allows any in a file name) becomes U+FFFD, as the reports
// print it, for the globs are RE2 patterns over UTF-8 where no wildcard
// matches such a byte. Lexical: links are not resolved.
std::string path_for_globs(std::string_view path);

// Whether path_for_globs could change `path` (beyond a leading "./"): an
// absolute path, or one that is not UTF-8. Most are neither.
bool needs_path_for_globs(std::string_view path);

}  // namespace factlint::util
