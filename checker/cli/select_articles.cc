#include "checker/cli/select_articles.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "checker/cli/git.h"
#include "checker/discover/find_articles.h"
#include "checker/rules/glob.h"
#include "checker/util/read_file.h"

namespace factlint::cli {

namespace {

namespace fs = std::filesystem;

std::string absolute(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::absolute(path, ec), ec);
  return p.lexically_normal().string();
}

bool contains(const std::vector<std::string>& sorted, const std::string& path) {
  return std::binary_search(sorted.begin(), sorted.end(), absolute(path));
}

}  // namespace

namespace {

// `path` (written at `at`), or the paths its list names, appended to `out` and `where`.
void expand_into(const std::string& path, const SourceLocation& at, Diagnostics& diags, std::vector<std::string>& out,
                 std::vector<SourceLocation>& where, int depth) {
  if (path.size() < 2 || path[0] != '@') {
    out.push_back(path);
    where.push_back(at);
    return;
  }
  const std::string list = path.substr(1);
  if (depth > 8) {
    diags.error({list}, "path lists nest more than 8 deep", "does a list name itself?");
    return;
  }
  util::ReadResult file = util::read_file(list, 16u << 20);
  if (!file.content) {
    diags.error({list}, fmt::format("cannot read the path list '{}': {}", list, file.error),
                "'@FILE' names a file of paths, one a line; write './@name' for a path that starts with '@'");
    return;
  }
  std::string_view text = *file.content;
  int number = 0;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++number;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    const std::size_t indent = line.size();
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (line.empty() || line.front() == '#') continue;
    // A path the list names that is not there is an error at this line,
    // reported by the walk with the other missing paths (discover::walk).
    expand_into(std::string(line), {list, number, static_cast<int>(indent - line.size()) + 1}, diags, out, where,
                depth + 1);
  }
}

}  // namespace

void expand_path_lists(std::vector<std::string>& paths, std::vector<SourceLocation>& where, Diagnostics& diags) {
  if (std::none_of(paths.begin(), paths.end(), [](const std::string& p) { return p.size() >= 2 && p[0] == '@'; }))
    return;
  std::vector<std::string> out;
  std::vector<SourceLocation> out_where;
  for (std::size_t i = 0; i < paths.size(); ++i)
    expand_into(paths[i], i < where.size() ? where[i] : SourceLocation{}, diags, out, out_where, 0);
  paths = std::move(out);
  where = std::move(out_where);
}

// Skipped files the config excludes are not worth a line either.
std::vector<discover::Skipped> exclude_skipped(std::vector<discover::Skipped> skipped,
                                              const std::vector<std::string>& globs) {
  const rules::GlobSet excluded(globs);
  std::erase_if(skipped, [&](const discover::Skipped& s) { return excluded.matches(s.path); });
  return skipped;
}

std::vector<std::string> exclude_files(std::vector<std::string> files, const std::vector<std::string>& globs) {
  const rules::GlobSet excluded(globs);
  if (!excluded.empty()) std::erase_if(files, [&](const std::string& file) { return excluded.matches(file); });
  return files;
}

std::vector<std::string> select_articles(const CheckSettings& settings, const std::vector<std::string>& sheets,
                                         const std::string& changed_since, Diagnostics& diags,
                                         std::vector<SkippedFile>& skipped, bool follow, bool use_gitignore,
                                         const GitWorkTree* git) {
  // Files named on the command line are always checked: when every path is
  // one, git need not be asked (a process less for an editor's or a hook's run).
  const bool only_files = std::all_of(settings.paths.begin(), settings.paths.end(), [](const std::string& p) {
    std::error_code ec;
    return fs::is_regular_file(p, ec);
  });
  std::vector<discover::Skipped> passed_over;
  std::vector<std::string> found = discover::find_articles(
      settings.paths, diags, {.follow = follow, .named_at = settings.paths_where, .listed = settings.paths_listed},
      &passed_over);
  // git ignores only files it does not track: when its index tracks every
  // file found (a CI checkout), git need not be run (about 40 ms in a
  // repository of 20,000 articles, a fifth of a warm --cache run).
  auto all_tracked = [&] {
    return git && std::all_of(found.begin(), found.end(),
                              [&](const std::string& file) { return git->tracked(file).value_or(false); });
  };
  if (use_gitignore && !found.empty() && !only_files && !all_tracked()) {
    if (std::optional<std::vector<std::string>> ignored = git_ignored(settings.paths)) {
      const std::size_t before = found.size();
      std::erase_if(found, [&](const std::string& file) {
        const bool named = std::find(settings.paths.begin(), settings.paths.end(), file) != settings.paths.end();
        return !named && is_git_ignored(file, *ignored);
      });
      if (found.size() != before)
        spdlog::debug("{} article file(s) left out: git ignores them (--no-ignore checks them)", before - found.size());
      if (found.empty()) {
        diags.error({}, fmt::format("every article found ({}) is ignored by git (.gitignore)", before),
                    "check .gitignore, or run with --no-ignore");
        return found;
      }
    }
  }
  // Test fixtures (<rules folder>/tests/) are deliberately wrong articles: a
  // walk never takes them for articles unless a path given is inside them.
  // Compared lexically from the current folder: resolving every file of a
  // large corpus (weakly_canonical) cost 0.8 s for 20,000 of them.
  std::error_code cwd_error;
  const fs::path cwd = fs::current_path(cwd_error);
  auto lexical = [&](const std::string& p) {
    const fs::path path(p);
    return ((path.is_absolute() ? path : cwd / path).lexically_normal() / "").generic_string();
  };
  for (const std::string& rules : settings.rule_paths.empty() ? std::vector<std::string>{"rules"} : settings.rule_paths) {
    std::error_code ec;
    if (!fs::is_directory(fs::path(rules) / "tests", ec)) continue;
    const std::string fixtures = lexical((fs::path(rules) / "tests").string());
    const bool asked = std::any_of(settings.paths.begin(), settings.paths.end(),
                                   [&](const std::string& p) { return lexical(p).starts_with(fixtures); });
    if (!asked) std::erase_if(found, [&](const std::string& file) { return lexical(file).starts_with(fixtures); });
  }
  for (discover::Skipped& s : exclude_skipped(std::move(passed_over), settings.exclude))
    skipped.push_back({std::move(s.path), std::move(s.reason)});
  if (diags.has_errors()) return found;
  std::vector<std::string> articles = exclude_files(found, settings.exclude);
  if (articles.empty()) {
    diags.error({settings.config_path}, fmt::format("all {} articles found are excluded by 'exclude'", found.size()),
                "check the globs in 'exclude'");
    return articles;
  }
  if (changed_since.empty()) return articles;

  std::optional<std::vector<std::string>> changed = changed_files(changed_since, diags);
  if (!changed) return {};
  // A changed fact sheet or config can change the findings of any article.
  ChangedSelection selection = select_changed(std::move(articles), sheets, settings.config_path, *changed);
  if (!selection.sheets.empty() || selection.config_changed) {
    spdlog::debug("--changed-since {}: a fact sheet or the config changed: checking every article", changed_since);
  } else {
    spdlog::debug("--changed-since {}: {} article(s) changed", changed_since, selection.articles.size());
  }
  return selection.articles;
}

ChangedSelection select_changed(std::vector<std::string> articles, const std::vector<std::string>& sheets,
                                const std::string& config_path, const std::vector<std::string>& changed) {
  std::vector<std::string> canonical;
  for (const std::string& file : changed) canonical.push_back(absolute(file));
  std::sort(canonical.begin(), canonical.end());
  ChangedSelection selection;
  for (const std::string& sheet : sheets) {
    if (contains(canonical, sheet)) selection.sheets.push_back(sheet);
  }
  selection.config_changed = !config_path.empty() && contains(canonical, config_path);
  for (const std::string& article : articles) {
    if (contains(canonical, article)) selection.changed_articles.push_back(article);
  }
  selection.articles = selection.sheets.empty() && !selection.config_changed ? selection.changed_articles
                                                                              : std::move(articles);
  return selection;
}

}  // namespace factlint::cli
