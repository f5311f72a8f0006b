// Paths as the globs users write see them: a sheet's `scope.paths` and
// .factlint.yaml's `exclude` (both matched by rules::GlobSet, rules/glob.h).
#pragma once

#include <optional>
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

// The same without a copy where it changes nothing but a leading "./" (most
// paths: relative and UTF-8): a view of `path`, else of this thread's copy of
// the last path it rewrote, valid until this thread's next call (so that the
// globs of a hundred sheets asked about one absolute path rewrite it once).
std::string_view glob_view(std::string_view path);

// When `path` holds a wildcard (`*`, `?`, `[`): the folder it was written in
// ("corpus/*.md" -> "corpus", "*.md" -> "."), for a hint where folders and
// files are taken, not globs. Nullopt otherwise.
std::optional<std::string> glob_folder(std::string_view path);

}  // namespace factlint::util
