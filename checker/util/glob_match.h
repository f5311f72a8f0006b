// Matching paths against the globs users write in .factlint.yaml `exclude`:
// `*` and `?` stay within one path segment, `**` crosses them.
#pragma once

#include <string>
#include <string_view>

namespace factlint::util {

// Whether `path` ("corpus/drafts/a.md") matches `glob`. A glob without a
// slash ("*.draft.md") matches the file name at any depth, as in .gitignore;
// a glob that matches a leading directory ("corpus/drafts") matches every
// file under it. A leading "./" on either side is ignored; "." alone is the
// repository root, every path. The same rules as a sheet's `scope.paths`
// (rules::glob_to_regex).
bool glob_match(std::string_view glob, std::string_view path);

// `path` as the globs of sheets (`scope.paths`) and of the config
// (`exclude`) are written for it: from the repository root, which is the
// folder factlint runs in. An absolute path under that folder, as an editor
// or a script passes one ("/home/me/news/corpus/a.md"), becomes the path from
// it ("corpus/a.md"); a leading "./" is dropped; any other path is returned
// as it is. Lexical: links are not resolved.
std::string path_for_globs(std::string_view path);

}  // namespace factlint::util
