#include "checker/discover/find_articles.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>

namespace factlint::discover {
namespace fs = std::filesystem;

namespace {

bool has_extension(const std::string& path, std::initializer_list<std::string_view> extensions) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return std::find(extensions.begin(), extensions.end(), ext) != extensions.end();
}

// "corpus/" + "a/b.md" -> "corpus/a/b.md", keeping the user's spelling of the root.
std::string join(const std::string& root, const fs::path& relative) {
  std::string rel = relative.generic_string();
  if (root.empty() || root == ".") return rel;
  if (root.back() == '/') return root + rel;
  return root + "/" + rel;
}

bool is_hidden(const fs::path& relative) {
  for (const fs::path& part : relative) {
    std::string name = part.string();
    if (name.size() > 1 && name[0] == '.' && name != "..") return true;
  }
  return false;
}

template <class Accept>
std::vector<std::string> walk(const std::vector<std::string>& paths, Diagnostics& diags,
                              std::string_view what, Accept accept) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      diags.error({}, fmt::format("cannot read '{}': no such file or directory", path),
                  "check the path, or run factlint from the repository root");
      continue;
    }
    if (!fs::is_directory(status)) {
      files.push_back(path);
      continue;
    }
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      diags.error({}, fmt::format("cannot read directory '{}': {}", path, ec.message()));
      continue;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) {
        diags.error({}, fmt::format("cannot read directory '{}': {}", path, ec.message()));
        break;
      }
      fs::path relative = it->path().lexically_relative(path);
      if (is_hidden(relative)) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec) && accept(it->path().string())) files.push_back(join(path, relative));
    }
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  if (files.empty() && !diags.has_errors()) {
    std::string list;
    for (const std::string& p : paths) list += (list.empty() ? "'" : ", '") + p + "'";
    diags.error({}, fmt::format("no {} found under {}", what, list));
  }
  return files;
}

}  // namespace

bool is_article_file(const std::string& path) {
  return has_extension(path, {".md", ".markdown", ".mdx", ".txt", ".html", ".htm"});
}

std::vector<std::string> find_articles(const std::vector<std::string>& paths, Diagnostics& diags) {
  return walk(paths, diags, "articles (.md, .markdown, .mdx, .txt, .html, .htm)", is_article_file);
}

std::vector<std::string> find_sheets(const std::vector<std::string>& paths, Diagnostics& diags) {
  return walk(paths, diags, "fact sheets (.yaml, .yml)",
              [](const std::string& p) { return has_extension(p, {".yaml", ".yml"}); });
}

}  // namespace factlint::discover
