// The globs users write over article paths: a sheet's `scope.paths` and
// .factlint.yaml's `exclude`, one dialect for both. `**` any run of folders,
// `*` any run within one folder or file name, `?` one character; a glob that
// matches a folder covers everything in it ("corpus", "corpus/"); one without
// a slash matches a name at any depth ("*.md", as in .gitignore); a leading
// "./" is dropped; "." alone is every path. Matched by RE2, in time linear in
// the path, as every pattern of factlint is (docs/security.md).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace factlint::rules {

// The RE2 regex for `glob`, to be matched whole against a path from the
// repository root: "corpus/**/*.md" -> "corpus/(?s:.*/)?[^/]*\.md(?:/(?s:.*))?".
std::string glob_to_regex(std::string_view glob);

// Globs compiled once, matched against paths as given (absolute or from the
// repository root, any bytes: util::path_for_globs).
class GlobSet {
 public:
  explicit GlobSet(const std::vector<std::string>& globs);
  ~GlobSet();
  GlobSet(GlobSet&&) noexcept;
  GlobSet& operator=(GlobSet&&) noexcept;
  bool empty() const { return regexes_.empty(); }
  // Whether some glob matches `path`.
  bool matches(std::string_view path) const;

 private:
  std::vector<std::unique_ptr<const re2::RE2>> regexes_;
};

}  // namespace factlint::rules
