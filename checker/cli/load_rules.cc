#include "checker/cli/load_rules.h"

#include <fmt/format.h>

#include "checker/discover/find_articles.h"
#include "checker/rules/load_sheet.h"
#include "checker/util/read_file.h"

namespace factlint::cli {

namespace {
constexpr std::size_t kMaxSheetSize = 16u << 20;
}

LoadedRules load_rules(std::vector<std::string> paths, Diagnostics& diags) {
  if (paths.empty()) paths.push_back("rules");
  LoadedRules loaded;
  std::vector<rules::Sheet> sheets;
  for (const std::string& path : discover::find_sheets(paths, diags)) {
    ++loaded.sheet_files;
    util::ReadResult file = util::read_file(path, kMaxSheetSize);
    if (!file.content) {
      diags.error({path}, fmt::format("cannot read fact sheet: {}", file.error));
      continue;
    }
    if (auto sheet = rules::load_sheet(path, *file.content, diags)) sheets.push_back(std::move(*sheet));
  }
  loaded.rules = rules::compile_rules(std::move(sheets), diags);
  return loaded;
}

}  // namespace factlint::cli
