// Discovery: the article files under the paths a user gave, in a stable order.
// A missing path is a located usage error; finding no article at all is too.
#pragma once

#include <string>
#include <vector>

#include "checker/util/diagnostics.h"

namespace factlint::discover {

// Extensions checked when walking a directory (a file named explicitly is
// checked whatever its extension).
bool is_article_file(const std::string& path);

// Files under `paths` (files or directories, walked recursively, hidden
// entries skipped), de-duplicated, sorted by path. Paths keep the spelling
// the user gave ("corpus/a.md", not "/abs/corpus/a.md").
std::vector<std::string> find_articles(const std::vector<std::string>& paths, Diagnostics& diags);

// Fact sheets (*.yaml, *.yml) under `paths`, the same way.
std::vector<std::string> find_sheets(const std::vector<std::string>& paths, Diagnostics& diags);

}  // namespace factlint::discover
