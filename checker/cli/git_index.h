// Git's index (`.git/index`), read so that the article cache knows an
// article's bytes in a fresh clone without reading it.
//
// For every file git checked out or added, the index holds the id of the blob
// it came from and the stat data the file had then (gitformat-index(5)). When
// the file's stat data is still that, and the file was last changed before
// the index was written (git's "racy" rule), the file holds that blob: a
// write changes the change time (ctime), which no user tool can set back. This
// is how `git status` knows a file is unchanged without reading it, and what
// lets a CI job that restores the cache into a new clone (new inodes, new
// times) find its articles unchanged by their blob ids instead of reading and
// hashing every one.
//
// Read directly (versions 2, 3 and 4 of the format) rather than through
// libgit2: linking libgit2 and its fifteen libraries costs every factlint run
// start-up time, and the format is a stable, documented one. An index factlint
// does not read (a split index, a SHA-256 repository's index read with the
// wrong id size, damage) is never an error: the cache then hashes the bytes,
// as it does outside git.
#pragma once

#include <array>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "checker/util/read_file.h"

namespace factlint::cli {

// A blob's id (SHA-1, or SHA-256 in a repository made with
// --object-format=sha256) and the size of the file it was checked out as:
// line-ending conversion and other filters make a blob's file differ between
// checkouts, and nearly always in size.
struct GitBlob {
  std::array<unsigned char, 32> id{};
  std::uint8_t id_size = 0;  // 0: none; 20 or 32
  std::uint64_t file_size = 0;
  bool empty() const { return id_size == 0; }
  bool operator==(const GitBlob&) const = default;
};

// One file in the index, with the stat data git keeps (the low 32 bits of
// each number, as git stores them).
struct GitIndexEntry {
  std::string path;  // from the top of the work tree, '/' between folders
  std::array<unsigned char, 32> id{};
  std::uint32_t ctime_s = 0, ctime_ns = 0, mtime_s = 0, mtime_ns = 0, inode = 0, size = 0;
};

struct GitIndexFile {
  std::uint32_t version = 0;
  std::size_t id_size = 20;
  // Regular files at stage 0 only (not symbolic links, submodules, the
  // folders of a sparse index, conflicted paths, files outside a sparse
  // checkout, or paths only marked with `git add -N`), sorted by path.
  std::vector<GitIndexEntry> entries;
  // The paths of the other entries, sorted: git tracks them too.
  std::vector<std::string> other_paths;
};

// Reads an index file's bytes, with blob ids of `id_size` bytes (20 or 32).
// nullopt, with the reason in `why`, for bytes that are not an index of
// version 2, 3 or 4 or do not read to the end, and for a split index (its
// entries are in another file).
std::optional<GitIndexFile> parse_git_index(std::string_view bytes, std::size_t id_size, std::string* why = nullptr);

// Whether a file whose stat says `stamp` still holds the blob of `entry`,
// in an index file last written at `index_mtime_ns`: the same size (not 0,
// which git writes for entries it could not vouch for), times and inode, and
// changed before the index was written (else a second write in the same
// tick would go unseen: git's racy rule).
bool unchanged_since_index(const GitIndexEntry& entry, const util::FileStamp& stamp, std::int64_t index_mtime_ns);

// The git work tree around the current folder, its index read the first
// time it is asked (thread safe). Outside a work tree, or with GIT_DIR,
// GIT_WORK_TREE, GIT_INDEX_FILE or GIT_COMMON_DIR set (git would read another
// index than the one found here), it answers nothing.
class GitWorkTree {
 public:
  GitWorkTree();  // notes the current folder; reads nothing yet

  // The blob that `path` (as factlint names articles: relative to the
  // current folder, or absolute) holds, when the index vouches for it given
  // the file's `stamp`; nullopt otherwise.
  std::optional<GitBlob> blob_of(const std::string& path, const util::FileStamp& stamp) const;

  // Whether git tracks `path` (the index has an entry for it; git ignores
  // only files it does not track); nullopt when the index is not read.
  std::optional<bool> tracked(const std::string& path) const;

  // For --stats, after a run: where the index was read from and how many
  // files it holds, or why it was not used; empty when nothing asked.
  std::string describe() const;
  bool index_read() const { return index_.has_value(); }  // after a question: the index was read

 private:
  void load() const;
  // `path` as the index names it (from the work tree's top, '/' between
  // folders): the path itself when it is that already, else made in
  // `buffer`; nullopt outside the work tree.
  std::optional<std::string_view> index_key(const std::string& path, std::string& buffer) const;
  const GitIndexEntry* entry_of(std::string_view key) const;  // after load()

  std::string cwd_;
  mutable std::once_flag once_;
  // Set once by load():
  mutable std::optional<GitIndexFile> index_;
  // Each entry by its path. A binary search over 20,000 paths took about
  // 1,000 instructions a look-up (callgrind), 8% of a fresh clone's warm run
  // with the walk's tracked() and the cache's blob_of both asking.
  mutable std::unordered_map<std::string_view, std::uint32_t> by_path_;
  mutable std::int64_t index_mtime_ns_ = 0;
  mutable std::string top_, prefix_;  // the work tree's top; the current folder within it, with '/'
  mutable std::string file_, why_not_;
  mutable double load_ms_ = 0;
};

}  // namespace factlint::cli
