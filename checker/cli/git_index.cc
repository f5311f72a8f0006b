#include "checker/cli/git_index.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>
#include <re2/re2.h>

namespace factlint::cli {

namespace fs = std::filesystem;

namespace {

// Big-endian numbers at `at`; the caller has checked the bounds.
std::uint32_t be32(std::string_view s, std::size_t at) {
  std::uint32_t v = 0;
  for (std::size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(s[at + i]);
  return v;
}
std::uint16_t be16(std::string_view s, std::size_t at) {
  return static_cast<std::uint16_t>((static_cast<unsigned char>(s[at]) << 8) | static_cast<unsigned char>(s[at + 1]));
}

// Git's offset varint (varint.c), as version 4 writes the number of bytes a
// path drops from the end of the one before it; nullopt past `s`'s end or on
// overflow.
std::optional<std::uint64_t> varint(std::string_view s, std::size_t& at) {
  if (at >= s.size()) return std::nullopt;
  unsigned char c = static_cast<unsigned char>(s[at++]);
  std::uint64_t v = c & 127;
  while (c & 128) {
    v += 1;
    if (v == 0 || (v >> 57) != 0 || at >= s.size()) return std::nullopt;
    c = static_cast<unsigned char>(s[at++]);
    v = (v << 7) + (c & 127);
  }
  return v;
}

constexpr std::uint16_t kAssumeValid = 0x8000, kExtended = 0x4000;
constexpr std::uint16_t kSkipWorktree = 0x4000, kIntentToAdd = 0x2000;  // extended flags
constexpr std::uint32_t kTypeMask = 0170000, kRegular = 0100000;

// Whether a path from the command line names the file with no "." or ".."
// folder and no empty part, so that it is the index's path behind a prefix.
bool plain_relative(std::string_view path) {
  if (path.empty() || path.front() == '/') return false;
  std::size_t start = 0;
  while (start <= path.size()) {
    const std::size_t end = std::min(path.find('/', start), path.size());
    const std::string_view part = path.substr(start, end - start);
    if (part.empty() || part == "." || part == "..") return false;
    start = end + 1;
  }
  return true;
}

std::string first_line(const std::string& text) {
  std::string line = text.substr(0, text.find('\n'));
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
  return line;
}

}  // namespace

std::optional<GitIndexFile> parse_git_index(std::string_view bytes, std::size_t id_size, std::string* why) {
  auto fail = [&](std::string reason) -> std::optional<GitIndexFile> {
    if (why) *why = std::move(reason);
    return std::nullopt;
  };
  if (id_size != 20 && id_size != 32) return fail(fmt::format("blob ids of {} bytes are not git's", id_size));
  if (bytes.size() < 4 || bytes.substr(0, 4) != "DIRC") return fail("it is not a git index");
  if (bytes.size() < 12 + id_size) return fail("it is cut short");
  // The trailing checksum is not checked (index.skipHash leaves it zero):
  // damage that still parses can only make an entry differ from its file.
  const std::string_view body = bytes.substr(0, bytes.size() - id_size);
  GitIndexFile out;
  out.version = be32(body, 4);
  out.id_size = id_size;
  if (out.version < 2 || out.version > 4)
    return fail(fmt::format("it is in version {} of the format, which factlint does not read", out.version));
  const std::uint32_t count = be32(body, 8);
  const std::size_t fixed = 40 + id_size + 2;  // ten numbers, the id, the flags
  if (count > body.size() / (fixed + 1)) return fail("it holds fewer entries than it says");
  out.entries.reserve(count);
  std::size_t at = 12;
  std::string path;  // the entry before's, for version 4
  for (std::uint32_t i = 0; i < count; ++i) {
    const std::size_t start = at;
    if (body.size() - at < fixed) return fail("it is cut short");
    GitIndexEntry entry;
    entry.ctime_s = be32(body, at);
    entry.ctime_ns = be32(body, at + 4);
    entry.mtime_s = be32(body, at + 8);
    entry.mtime_ns = be32(body, at + 12);
    entry.inode = be32(body, at + 20);
    const std::uint32_t mode = be32(body, at + 24);
    entry.size = be32(body, at + 36);
    std::copy_n(body.begin() + static_cast<std::ptrdiff_t>(at + 40), id_size, entry.id.begin());
    const std::uint16_t flags = be16(body, at + 40 + id_size);
    at += fixed;
    std::uint16_t extended = 0;
    if (flags & kExtended) {
      if (out.version < 3) return fail("an entry has extended flags, which version 2 does not allow");
      if (body.size() - at < 2) return fail("it is cut short");
      extended = be16(body, at);
      at += 2;
    }
    if (out.version == 4) {
      const std::optional<std::uint64_t> drop = varint(body, at);
      if (!drop || *drop > path.size()) return fail("an entry's path does not read");
      path.resize(path.size() - static_cast<std::size_t>(*drop));
      const std::size_t nul = body.find('\0', at);
      if (nul == std::string_view::npos) return fail("it is cut short");
      path.append(body.substr(at, nul - at));
      at = nul + 1;
    } else {
      const std::size_t nul = body.find('\0', at);
      if (nul == std::string_view::npos) return fail("it is cut short");
      path.assign(body.substr(at, nul - at));
      // One to eight NULs pad the entry to a multiple of eight bytes.
      const std::size_t length = ((at - start) + path.size() + 8) & ~std::size_t{7};
      if (length > body.size() - start) return fail("it is cut short");
      at = start + length;
    }
    // Only a split index's entries, which replace those of another file,
    // have no path.
    if (path.empty()) return fail("an entry has no path, as in a split index (core.splitIndex), which factlint does not read");
    const std::size_t name_length = flags & 0xfff;
    if (name_length != 0xfff && name_length != path.size()) return fail("an entry's name does not match its length");
    const int stage = (flags >> 12) & 3;
    if (stage == 0 && (mode & kTypeMask) == kRegular && !(flags & kAssumeValid) &&
        !(extended & (kSkipWorktree | kIntentToAdd))) {
      entry.path = path;
      out.entries.push_back(std::move(entry));
    } else if (out.other_paths.empty() || out.other_paths.back() != path) {
      out.other_paths.push_back(path);
    }
  }
  // Extensions, each a signature and a size, up to the checksum.
  while (at < body.size()) {
    if (body.size() - at < 8) return fail("it is cut short");
    const std::string_view signature = body.substr(at, 4);
    const std::uint32_t size = be32(body, at + 4);
    at += 8;
    if (size > body.size() - at) return fail("it is cut short");
    if (signature == "link") return fail("it is a split index (core.splitIndex), which factlint does not read");
    at += size;
  }
  if (std::adjacent_find(out.entries.begin(), out.entries.end(), [](const GitIndexEntry& a, const GitIndexEntry& b) {
        return !(a.path < b.path);
      }) != out.entries.end())
    return fail("its entries are out of order");
  if (!std::is_sorted(out.other_paths.begin(), out.other_paths.end())) return fail("its entries are out of order");
  return out;
}

bool unchanged_since_index(const GitIndexEntry& entry, const util::FileStamp& stamp, std::int64_t index_mtime_ns) {
  constexpr std::int64_t kSecond = 1'000'000'000;
  if (entry.size == 0 || stamp.mtime_ns < 0 || stamp.ctime_ns < 0) return false;
  auto same_time = [&](std::int64_t ns, std::uint32_t s, std::uint32_t n) {
    return static_cast<std::uint32_t>(ns / kSecond) == s && static_cast<std::uint32_t>(ns % kSecond) == n;
  };
  return entry.size == static_cast<std::uint32_t>(stamp.size) &&
         entry.inode == static_cast<std::uint32_t>(stamp.inode) && same_time(stamp.mtime_ns, entry.mtime_s, entry.mtime_ns) &&
         same_time(stamp.ctime_ns, entry.ctime_s, entry.ctime_ns) && stamp.mtime_ns < index_mtime_ns;
}

GitWorkTree::GitWorkTree() {
  std::error_code ec;
  cwd_ = fs::current_path(ec).string();
}

void GitWorkTree::load() const {
  const auto began = std::chrono::steady_clock::now();
  for (const char* name : {"GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR"}) {
    if (std::getenv(name)) {
      why_not_ = fmt::format("{} is set", name);
      return;
    }
  }
  if (cwd_.empty()) {
    why_not_ = "the current folder is unknown";
    return;
  }
  // The nearest folder with a .git: a folder, or a file naming one (a linked
  // worktree's or a submodule's).
  std::error_code ec;
  fs::path dir(cwd_), git_dir;
  for (;;) {
    const fs::path dot_git = dir / ".git";
    const fs::file_status status = fs::status(dot_git, ec);
    if (fs::is_directory(status)) {
      git_dir = dot_git;
      break;
    }
    if (fs::is_regular_file(status)) {
      const util::ReadResult read = util::read_file(dot_git.string(), 64 * 1024);
      const std::string line = read.content ? first_line(*read.content) : std::string();
      if (!line.starts_with("gitdir: ")) {
        why_not_ = fmt::format("{} does not name a git folder", dot_git.string());
        return;
      }
      git_dir = dir / line.substr(8);  // an absolute path stays one
      break;
    }
    if (dir == dir.parent_path()) {
      why_not_ = "not inside a git work tree";
      return;
    }
    dir = dir.parent_path();
  }
  top_ = dir.string();
  const std::string inside = fs::path(cwd_).lexically_relative(dir).generic_string();
  prefix_ = inside.empty() || inside == "." ? "" : inside + "/";
  // The id size: SHA-256 only where the repository's config says so.
  fs::path common = git_dir;
  if (const util::ReadResult read = util::read_file((git_dir / "commondir").string(), 64 * 1024); read.content)
    common = git_dir / first_line(*read.content);
  std::size_t id_size = 20;
  if (const util::ReadResult config = util::read_file((common / "config").string(), 1 << 20); config.content) {
    static const RE2 kFormat(R"re((?im)^[ \t]*objectformat[ \t]*=[ \t]*"?([a-z0-9]+))re");
    std::string format;
    if (RE2::PartialMatch(*config.content, kFormat, &format)) {
      std::transform(format.begin(), format.end(), format.begin(), [](unsigned char c) { return std::tolower(c); });
      if (format == "sha256") {
        id_size = 32;
      } else if (format != "sha1") {
        why_not_ = fmt::format("its object format {} is unknown", format);
        return;
      }
    }
  }
  file_ = (git_dir / "index").lexically_normal().string();
  const util::ReadResult read = util::read_file(file_, std::size_t{1} << 30);
  if (!read.content) {
    why_not_ = fmt::format("cannot read {}: {}", file_, read.error);
    return;
  }
  std::string why;
  index_ = parse_git_index(*read.content, id_size, &why);
  if (!index_) {
    why_not_ = fmt::format("{}: {}", file_, why);
    return;
  }
  index_mtime_ns_ = read.stamp.mtime_ns;
  by_path_.reserve(index_->entries.size());
  for (std::size_t i = 0; i < index_->entries.size(); ++i)
    by_path_.emplace(index_->entries[i].path, static_cast<std::uint32_t>(i));
  load_ms_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - began).count();
}

std::optional<std::string_view> GitWorkTree::index_key(const std::string& path, std::string& buffer) const {
  if (plain_relative(path)) {
    if (prefix_.empty()) return path;  // a plain relative path from the top: the index's as it stands
    buffer = prefix_ + path;
    return buffer;
  }
  const fs::path full = (path.starts_with('/') ? fs::path(path) : fs::path(cwd_) / path).lexically_normal();
  buffer = full.lexically_relative(top_).generic_string();
  if (buffer.empty() || buffer == "." || buffer == ".." || buffer.starts_with("../")) return std::nullopt;
  return buffer;
}

const GitIndexEntry* GitWorkTree::entry_of(std::string_view key) const {
  const auto it = by_path_.find(key);
  return it == by_path_.end() ? nullptr : &index_->entries[it->second];
}

std::optional<bool> GitWorkTree::tracked(const std::string& path) const {
  std::call_once(once_, [this] { load(); });
  if (!index_) return std::nullopt;
  std::string buffer;
  const std::optional<std::string_view> key = index_key(path, buffer);
  return key && (entry_of(*key) ||
                 std::binary_search(index_->other_paths.begin(), index_->other_paths.end(), *key));
}

std::optional<GitBlob> GitWorkTree::blob_of(const std::string& path, const util::FileStamp& stamp) const {
  std::call_once(once_, [this] { load(); });
  if (!index_ || stamp.empty()) return std::nullopt;
  std::string buffer;
  const std::optional<std::string_view> key = index_key(path, buffer);
  const GitIndexEntry* entry = key ? entry_of(*key) : nullptr;
  if (!entry || !unchanged_since_index(*entry, stamp, index_mtime_ns_)) return std::nullopt;
  GitBlob blob;
  blob.id = entry->id;
  blob.id_size = static_cast<std::uint8_t>(index_->id_size);
  blob.file_size = stamp.size;
  return blob;
}

std::string GitWorkTree::describe() const {
  if (index_)
    return fmt::format("git index {} read in {:.1f} ms: version {}, {} file{}", file_, load_ms_, index_->version,
                       index_->entries.size(), index_->entries.size() == 1 ? "" : "s");
  if (!why_not_.empty()) return fmt::format("git index not used: {}", why_not_);
  return {};
}

}  // namespace factlint::cli
