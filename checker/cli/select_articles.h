// Which articles a run checks: those found under the paths, minus the
// config's `exclude` globs, narrowed by --changed-since to those git says
// changed (or all of them when a fact sheet or the config changed).
#pragma once

#include <string>
#include <vector>

#include "checker/cli/settings.h"
#include "checker/util/diagnostics.h"

namespace factlint::cli {

std::vector<std::string> select_articles(const CheckSettings& settings, const std::vector<std::string>& sheets,
                                         const std::string& changed_since, Diagnostics& diags);

// `files` without those matching any of `globs`.
std::vector<std::string> exclude_files(std::vector<std::string> files, const std::vector<std::string>& globs);

}  // namespace factlint::cli
