#include "checker/discover/find_articles.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>

namespace factlint::discover {
namespace fs = std::filesystem;

namespace {

// The file name's extension, lowercased, is one of `extensions` (".md", ...);
// as fs::path::extension() reads it ("a.tar.MD" -> ".md"; ".md" alone has none).
bool has_extension(std::string_view path, std::initializer_list<std::string_view> extensions) {
  const std::size_t slash = path.rfind('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const std::size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || name == "..") return false;
  std::string ext(name.substr(dot));
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return std::find(extensions.begin(), extensions.end(), ext) != extensions.end();
}

// "corpus/" + "a/b.md" -> "corpus/a/b.md", keeping the user's spelling of the root.
std::string join(const std::string& root, std::string_view relative) {
  if (root.empty() || root == ".") return std::string(relative);
  if (root.back() == '/') return root + std::string(relative);
  return root + "/" + std::string(relative);
}

// Hidden: a name starting with '.' (folders are entered only when not hidden,
// so a file's own name is all there is to look at).
bool is_hidden(std::string_view name) { return name.size() > 1 && name[0] == '.' && name != ".."; }

bool within(const fs::path& path, const std::vector<fs::path>& roots) {
  for (const fs::path& root : roots) {
    const fs::path rel = path.lexically_relative(root);
    if (!rel.empty() && *rel.begin() != "..") return true;
  }
  return false;
}

std::string type_of(fs::file_type type) {
  switch (type) {
    case fs::file_type::fifo: return "a named pipe (FIFO)";
    case fs::file_type::socket: return "a socket";
    case fs::file_type::character: return "a character device";
    case fs::file_type::block: return "a block device";
    default: return "not a regular file";
  }
}

// Walks like ripgrep: symbolic links are not followed unless asked, and even
// then never to a file or folder outside the roots; named pipes, sockets and
// devices are listed as skipped, never opened. Hidden entries are left out.
template <class Accept>
std::vector<std::string> walk(const std::vector<std::string>& paths, Diagnostics& diags, std::string_view what,
                              Accept accept, const WalkOptions& options, std::vector<Skipped>* skipped) {
  std::vector<std::string> files;
  std::vector<Skipped> skips;
  std::error_code ec;
  const fs::path here = fs::weakly_canonical(fs::current_path(ec), ec);
  std::vector<fs::path> roots;  // canonical, for --follow's "inside"
  for (const std::string& path : paths) {
    std::error_code e;
    const fs::path canonical = fs::weakly_canonical(path, e);
    if (!e) roots.push_back(canonical);
  }
  for (const std::string& path : paths) {
    std::error_code e;
    const fs::file_status status = fs::status(path, e);  // a path the user named is followed
    if (e || !fs::exists(status)) {
      diags.error({}, fmt::format("cannot read '{}': no such file or directory", path),
                  "check the path, or run factlint from the repository root");
      continue;
    }
    // A path that reads as inside the current folder but resolves outside it
    // (a link, "corpus/x.md -> /etc/hosts") is read, as asked, and said so.
    const fs::path lexical = (here / path).lexically_normal();
    const fs::path canonical = fs::weakly_canonical(path, e);
    if (!e && !here.empty() && within(lexical, {here}) && !within(canonical, {here}) && canonical != here)
      diags.warning({path}, fmt::format("read as asked, though it resolves to {}, outside the current folder",
                                        canonical.string()));
    if (!fs::is_directory(status)) {
      if (!fs::is_regular_file(status)) {
        skips.push_back({path, type_of(status.type()) + ", not a regular file: not read"});
        continue;
      }
      files.push_back(path);
      continue;
    }
    // Depth first (the result is sorted anyway). Each folder with its path
    // relative to the root, "" or ending in '/'.
    std::vector<std::pair<fs::path, std::string>> stack{{fs::path(path), std::string()}};
    std::vector<fs::path> seen;  // canonical folders entered, so a followed link cannot loop
    while (!stack.empty()) {
      const auto [dir, dir_relative] = std::move(stack.back());
      stack.pop_back();
      const fs::path canonical_dir = fs::weakly_canonical(dir, e);
      if (std::find(seen.begin(), seen.end(), canonical_dir) != seen.end()) continue;
      seen.push_back(canonical_dir);
      fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, e);
      if (e) {
        diags.error({}, fmt::format("cannot read directory '{}': {}", dir.generic_string(), e.message()));
        continue;
      }
      for (; it != fs::directory_iterator(); it.increment(e)) {
        if (e) {
          diags.error({}, fmt::format("cannot read directory '{}': {}", dir.generic_string(), e.message()));
          break;
        }
        const fs::path& entry = it->path();
        const std::string& full = entry.native();
        const std::string_view name = std::string_view(full).substr(full.rfind('/') + 1);
        if (is_hidden(name)) continue;
        const std::string relative = dir_relative + std::string(name);
        const std::string shown = join(path, relative);
        const fs::file_status own = it->symlink_status(e);
        if (e) continue;
        if (fs::is_symlink(own)) {
          const fs::file_status target = fs::status(entry, e);
          const bool folder = !e && fs::is_directory(target);
          if (!folder && !accept(full)) continue;  // a link to a picture: nothing to say
          if (!options.follow) {
            skips.push_back({shown, folder ? "a link to a folder, not followed (--follow follows links inside the "
                                             "checked folders)"
                                           : "a symbolic link, not followed (--follow follows links inside the "
                                             "checked folders)"});
            continue;
          }
          const fs::path resolved = fs::weakly_canonical(entry, e);
          if (e || !within(resolved, roots)) {
            skips.push_back({shown, fmt::format("a link to {}, outside the checked folders: not read",
                                                e ? std::string("a path that does not exist") : resolved.string())});
            continue;
          }
          if (folder) {
            stack.push_back({entry, relative + "/"});
          } else if (fs::is_regular_file(target)) {
            files.push_back(shown);
          } else {
            skips.push_back({shown, type_of(target.type()) + ", not a regular file: not read"});
          }
          continue;
        }
        if (fs::is_directory(own)) {
          stack.push_back({entry, relative + "/"});
        } else if (accept(full)) {
          if (fs::is_regular_file(own))
            files.push_back(shown);
          else
            skips.push_back({shown, type_of(own.type()) + ", not a regular file: not read"});
        }
      }
    }
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  std::sort(skips.begin(), skips.end(), [](const Skipped& a, const Skipped& b) { return a.path < b.path; });
  if (skipped) {
    skipped->insert(skipped->end(), skips.begin(), skips.end());
  } else {
    for (const Skipped& s : skips) diags.warning({s.path}, fmt::format("skipped: {}", s.reason));
  }
  if (files.empty() && !diags.has_errors()) {
    std::string list;
    for (const std::string& p : paths) list += (list.empty() ? "'" : ", '") + p + "'";
    diags.error({}, fmt::format("no {} found under {}", what, list),
                skips.empty() ? std::string() : fmt::format("{} skipped: {}", skips.size(), skips.front().reason));
  }
  return files;
}

}  // namespace

bool is_article_file(const std::string& path) {
  return has_extension(path, {".md", ".markdown", ".mdx", ".txt", ".html", ".htm"});
}

std::vector<std::string> find_articles(const std::vector<std::string>& paths, Diagnostics& diags,
                                       const WalkOptions& options, std::vector<Skipped>* skipped) {
  return walk(paths, diags, "articles (.md, .markdown, .mdx, .txt, .html, .htm)", is_article_file, options, skipped);
}

std::vector<std::string> find_sheets(const std::vector<std::string>& paths, Diagnostics& diags) {
  return walk(
      paths, diags, "fact sheets (.yaml, .yml)", [](const std::string& p) { return has_extension(p, {".yaml", ".yml"}); },
      WalkOptions{}, nullptr);
}

}  // namespace factlint::discover
