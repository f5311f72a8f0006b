#include "checker/rules/glob.h"

#include <re2/re2.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "checker/rules/compiled_rules.h"
#include "checker/util/glob_path.h"

namespace factlint::rules {

// "corpus/**/*.md" -> "corpus/(?s:.*/)?[^/]*\.md(?:/(?s:.*))?". `**/` may
// match no directory at all, so "corpus/**/*.md" covers corpus/a.md too.
// The same for a sheet's `paths` and the config's `exclude`, so that one
// glob means one thing wherever an editor writes it: a leading "./" is
// dropped ("." alone is every path); a glob that matches a folder covers
// everything in it ("corpus", "corpus/"); a glob without a slash matches a
// name at any depth ("*.md", as in .gitignore).
std::string glob_to_regex(std::string_view glob) {
  while (glob.starts_with("./")) glob.remove_prefix(2);
  while (glob.size() > 1 && glob.ends_with('/')) glob.remove_suffix(1);
  if (glob.empty() || glob == ".") return "(?s:.+)";  // every path
  std::string regex;
  if (glob.find('/') == std::string_view::npos) regex += "(?s:.*/)?";
  std::size_t i = 0;
  while (i < glob.size()) {
    // (?s): a file name may hold a line break, which '.' alone would not
    // match ("corpus/**" missed "corpus/two\nlines.md"); [^/] matches one.
    if (glob.substr(i, 3) == "**/") {
      regex += "(?s:.*/)?";
      i += 3;
    } else if (glob.substr(i, 2) == "**") {
      regex += "(?s:.*)";
      i += 2;
    } else if (glob[i] == '*') {
      regex += "[^/]*";
      ++i;
    } else if (glob[i] == '/') {
      regex += '/';  // plain in RE2; QuoteMeta would write "\/"
      ++i;
    } else if (glob[i] == '?') {
      regex += "[^/]";
      ++i;
    } else {
      // Quote a run of plain text at once; QuoteMeta keeps UTF-8 intact.
      const std::size_t end = glob.find_first_of("*?/", i);
      const std::size_t stop = end == std::string_view::npos ? glob.size() : end;
      regex += quote_meta(glob.substr(i, stop - i));
      i = stop;
    }
  }
  regex += "(?:/(?s:.*))?";  // a folder's files
  return regex;
}

GlobSet::GlobSet(const std::vector<std::string>& globs) {
  re2::RE2::Options options;
  options.set_log_errors(false);
  options.set_encoding(re2::RE2::Options::EncodingUTF8);
  for (const std::string& glob : globs) {
    auto regex = std::make_unique<const re2::RE2>(glob_to_regex(glob), options);
    // Every glob makes a regex RE2 takes (its text is quoted); an empty glob
    // matches nothing, as before.
    if (regex->ok() && !glob.empty()) regexes_.push_back(std::move(regex));
  }
}

GlobSet::~GlobSet() = default;
GlobSet::GlobSet(GlobSet&&) noexcept = default;
GlobSet& GlobSet::operator=(GlobSet&&) noexcept = default;

bool GlobSet::matches(std::string_view path) const {
  if (regexes_.empty()) return false;
  const std::string_view from_root = util::glob_view(path);
  return std::any_of(regexes_.begin(), regexes_.end(),
                     [&](const auto& regex) { return re2::RE2::FullMatch(from_root, *regex); });
}

}  // namespace factlint::rules
