#include "checker/discover/find_articles.h"

#include <dirent.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "checker/util/error_reason.h"
#include "checker/util/glob_path.h"

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

// An open folder, read entry by entry (readdir); closed when it goes.
class Directory {
 public:
  explicit Directory(const fs::path& dir) : dir_(opendir(dir.c_str())) {}
  ~Directory() {
    if (dir_) closedir(dir_);
  }
  Directory(const Directory&) = delete;
  Directory& operator=(const Directory&) = delete;
  explicit operator bool() const { return dir_ != nullptr; }
  // The next entry, or null at the end or on an error (then error() says which).
  const dirent* next() {
    errno = 0;
    const dirent* d = readdir(dir_);
    if (!d) error_ = errno;
    return d;
  }
  int error() const { return error_; }

 private:
  DIR* dir_;
  int error_ = 0;
};

// The type readdir gave; unknown where the file system gives none.
fs::file_type type_of_entry(unsigned char d_type) {
  switch (d_type) {
    case DT_REG: return fs::file_type::regular;
    case DT_DIR: return fs::file_type::directory;
    case DT_LNK: return fs::file_type::symlink;
    case DT_FIFO: return fs::file_type::fifo;
    case DT_SOCK: return fs::file_type::socket;
    case DT_CHR: return fs::file_type::character;
    case DT_BLK: return fs::file_type::block;
    default: return fs::file_type::unknown;
  }
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
  for (std::size_t i = 0; i < paths.size(); ++i) {
    const std::string& path = paths[i];
    std::error_code e;
    const fs::file_status status = fs::status(path, e);  // a path the user named is followed
    if (e || !fs::exists(status)) {
      // Named in a file (.factlint.yaml, an @FILE list): the error stands at
      // its line. git keeps no empty folder, so a folder that holds nothing
      // yet is missing from every fresh clone, a CI job's too; a list made by
      // `git diff --name-only` names the files a change deleted. A glob where
      // a path goes (a shell expands one on the command line): say that only
      // folders and files are taken, and which folder the glob was in.
      const SourceLocation where = i < options.named_at.size() ? options.named_at[i] : SourceLocation{};
      const std::optional<std::string> folder = util::glob_folder(path);
      std::string hint;
      if (!where.file.empty() && !options.listed) {
        hint = fmt::format("{}git keeps no empty folder: one that must exist before anything is in it needs a file "
                           "such as .gitkeep",
                           fs::path(path).is_absolute()
                               ? ""
                               : fmt::format("paths in {} are relative to its folder; ",
                                             fs::path(where.file).filename().string()));
      } else if (folder) {
        hint = fmt::format("give folders and files, not globs: the folder ('{}'), with 'exclude' in .factlint.yaml "
                           "for the files to leave out",
                           *folder);
      } else if (!where.file.empty()) {
        hint = "a list's paths are read from the folder factlint runs in; for a list made by 'git diff "
               "--name-only', add --diff-filter=d to leave out deleted files";
      } else {
        hint = "check the path, or run factlint from the repository root";
      }
      diags.error(where, fmt::format("cannot read '{}': no such file or directory", path), hint);
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
      // readdir's entry types, not a stat of every entry: the walk of 20,000
      // articles was 20,000 lstat calls (about half of a warm --cache run's
      // system time). A file system that gives no type (DT_UNKNOWN) is asked.
      Directory folder(dir);
      if (!folder) {
        if (errno == EACCES) {
          // The folder as the user would name it: "corpus", "corpus/2021".
          const std::string shown =
              dir_relative.empty() ? path : join(path, dir_relative.substr(0, dir_relative.size() - 1));
          skips.push_back({shown, "a folder factlint may not read (permission denied): not read"});
        } else {
          diags.error({},
                      fmt::format("cannot read directory '{}': {}", dir.generic_string(), util::error_reason(errno)));
        }
        continue;
      }
      while (const dirent* d = folder.next()) {
        const std::string_view name = d->d_name;
        if (name == "." || name == ".." || is_hidden(name)) continue;
        const std::string relative = dir_relative + std::string(name);
        const std::string shown = join(path, relative);
        // The entry's path as a string: an fs::path is made only where the
        // file system is asked about it (a link, an unknown type, a folder),
        // not for each of 20,000 articles (3% of a warm --cache run).
        const std::string& parent = dir.native();  // as `dir / name` would join them
        const std::string full = parent + (parent.ends_with('/') ? "" : "/") + std::string(name);
        const auto entry = [&] { return fs::path(full); };
        fs::file_type type = type_of_entry(d->d_type);
        if (type == fs::file_type::unknown) {
          const fs::file_status own = fs::symlink_status(entry(), e);
          if (e) continue;
          type = own.type();
        }
        if (type == fs::file_type::symlink) {
          const fs::file_status target = fs::status(entry(), e);
          const bool folder_link = !e && fs::is_directory(target);
          if (!folder_link && !accept(full)) continue;  // a link to a picture: nothing to say
          if (!options.follow) {
            skips.push_back({shown, folder_link ? "a link to a folder, not followed (--follow follows links inside the "
                                                  "checked folders)"
                                                : "a symbolic link, not followed (--follow follows links inside the "
                                                  "checked folders)"});
            continue;
          }
          const fs::path resolved = fs::weakly_canonical(entry(), e);
          if (e || !within(resolved, roots)) {
            skips.push_back({shown, fmt::format("a link to {}, outside the checked folders: not read",
                                                e ? std::string("a path that does not exist") : resolved.string())});
            continue;
          }
          if (folder_link) {
            stack.push_back({entry(), relative + "/"});
          } else if (fs::is_regular_file(target)) {
            files.push_back(shown);
          } else {
            skips.push_back({shown, type_of(target.type()) + ", not a regular file: not read"});
          }
          continue;
        }
        if (type == fs::file_type::directory) {
          stack.push_back({entry(), relative + "/"});
        } else if (accept(full)) {
          if (type == fs::file_type::regular)
            files.push_back(shown);
          else
            skips.push_back({shown, type_of(type) + ", not a regular file: not read"});
        }
      }
      if (folder.error() != 0)
        diags.error({}, fmt::format("cannot read directory '{}': {}", dir.generic_string(),
                                    util::error_reason(folder.error())));
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

std::vector<std::string> find_sheets(const std::vector<std::string>& paths, Diagnostics& diags,
                                     const std::vector<SourceLocation>& named_at) {
  return walk(
      paths, diags, "fact sheets (.yaml, .yml)", [](const std::string& p) { return has_extension(p, {".yaml", ".yml"}); },
      WalkOptions{.follow = false, .named_at = named_at}, nullptr);
}

}  // namespace factlint::discover
