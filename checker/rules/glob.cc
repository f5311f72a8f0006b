#include <string>
#include <string_view>

#include "checker/rules/compiled_rules.h"

namespace factlint::rules {

// "corpus/**/*.md" -> "corpus/(?:.*/)?[^/]*\.md". `**/` may match no
// directory at all, so "corpus/**/*.md" covers corpus/a.md too.
std::string glob_to_regex(std::string_view glob) {
  std::string regex;
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
  return regex;
}

}  // namespace factlint::rules
