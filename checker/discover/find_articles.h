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

struct WalkOptions {
  // Follow symbolic links met in a walk, to files and folders inside the
  // paths given; never to anything outside them.
  bool follow = false;
  // Where each path was written when a file named it (the config's
  // `articles:`, or an @FILE list's line), parallel to the paths, or empty: a
  // path that does not exist is an error there, at its line.
  std::vector<SourceLocation> named_at;
  // The files of `named_at` are @FILE lists, whose paths are read from the
  // current folder, not the config (whose paths are read from its folder).
  bool listed = false;
};

// A file a walk met and did not take, and why ("a symbolic link, not followed").
struct Skipped {
  std::string path;
  std::string reason;
};

// Files under `paths` (files or directories, walked recursively, hidden
// entries skipped), de-duplicated, sorted by path. Paths keep the spelling
// the user gave ("corpus/a.md", not "/abs/corpus/a.md"). As ripgrep walks:
// symbolic links are not followed unless `options.follow`, and then only to
// files and folders inside `paths`; named pipes, sockets and devices are never
// opened. What is passed over goes to `skipped`, or, without it, is a warning.
// A path named in `paths` is the user's choice: a link is followed, and a file
// outside the current folder is read with a warning.
std::vector<std::string> find_articles(const std::vector<std::string>& paths, Diagnostics& diags,
                                       const WalkOptions& options = {}, std::vector<Skipped>* skipped = nullptr);

// Fact sheets (*.yaml, *.yml) under `paths`, the same way (links not followed).
// `named_at` as in WalkOptions.
std::vector<std::string> find_sheets(const std::vector<std::string>& paths, Diagnostics& diags,
                                     const std::vector<SourceLocation>& named_at = {});

}  // namespace factlint::discover
