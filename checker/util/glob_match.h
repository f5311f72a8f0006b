// Matching paths against the globs users write in .factlint.yaml `exclude`:
// `*` and `?` stay within one path segment, `**` crosses them.
#pragma once

#include <string_view>

namespace factlint::util {

// Whether `path` ("corpus/drafts/a.md") matches `glob`. A glob without a
// slash ("*.draft.md") matches the file name at any depth, as in .gitignore;
// a glob that matches a leading directory ("corpus/drafts") matches every
// file under it. A leading "./" on either side is ignored.
bool glob_match(std::string_view glob, std::string_view path);

}  // namespace factlint::util
