// The article cache (`check --cache`): what checking each article gave, kept
// between runs so that an unchanged article is not checked again.
//
// One file per *run key*: a hash of everything besides the article that
// decides its result (the factlint build, every sheet's bytes, the config's
// bytes, the size limit). Inside, one entry per article: its path, a hash of
// its bytes, its stat stamp and its outcome (findings, notices, why it was
// skipped). An entry is used only when the path and the bytes are the same,
// so an edited article, sheet, config or factlint gives a fresh result, never
// a stale one. The bytes are known to be the same from their hash or, without
// reading the file, from an unchanged stamp (util::FileStamp: size, times,
// inode, as git's index uses them), kept only for files whose last change was
// well before they were read, or, in a git work tree, from the blob git's
// index says the file holds (git_index.h): a fresh clone has new stamps, but
// its index vouches for every file it checked out.
//
// The file is written whole to a temporary file and renamed (atomic_write), so
// concurrent runs each see a complete file, old or new; the worst a race does
// is lose some entries, which the next run makes again. A damaged file (bad
// checksum, cut short, another format) is a warning and is ignored; a folder
// that cannot be written is a warning: the results are complete either way.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/cli/git_index.h"
#include "checker/findings/finding.h"
#include "checker/util/diagnostics.h"
#include "checker/util/read_file.h"

namespace factlint::cli {

// The part of one article's result that is the same on every run with the same
// inputs: what the cache keeps.
struct ArticleOutcome {
  std::vector<Finding> findings;         // suppressed ones already dropped
  std::vector<Notice> notices;
  int suppressed = 0;
  std::optional<SkippedFile> skipped;    // not checked: why
  std::optional<SkippedFile> uncovered;  // read, but no sheet covers it: why
  bool checked = false;
};

// 128 bits of XXH3: for article bytes and run keys.
struct Hash128 {
  std::uint64_t low = 0;
  std::uint64_t high = 0;
  bool operator==(const Hash128&) const = default;
  std::string hex() const;  // 32 hex digits
};
Hash128 hash_bytes(std::string_view bytes);

// What decides a run key: call add() with each input, in a fixed order.
class KeyBuilder {
 public:
  KeyBuilder& add(std::string_view part);  // length-prefixed, so parts cannot run together
  Hash128 key() const { return hash_bytes(material_); }

 private:
  std::string material_;
};

// An outcome as bytes, and back; decode gives nullopt for bytes it cannot read.
std::string encode_outcome(const ArticleOutcome& outcome);
std::optional<ArticleOutcome> decode_outcome(std::string_view bytes);
// How many findings the outcome in `bytes` holds, without decoding them (0 if
// it does not read).
std::size_t count_findings(std::string_view bytes);

class ArticleCache {
 public:
  // Reads `<folder>/<key>.cache` if there is one. A damaged file is a warning
  // in `diags` (the run goes on as if there were none); a missing one is not.
  // `git`: the work tree whose index vouches for files (find_blob); none
  // outside a run (tests, fuzzing).
  ArticleCache(std::string folder, Hash128 key, Diagnostics& diags, const GitWorkTree* git = nullptr);

  // Where the entry of `path` is among those read; nullopt: there is none.
  using Slot = std::optional<std::size_t>;
  Slot slot(std::string_view path) const;  // a binary search
  // The slots of many paths: one pass when they are sorted, as a run's
  // articles are (a hash map's three lookups an article were a tenth of a
  // warm run); a binary search each otherwise.
  std::vector<Slot> slots(const std::vector<std::string>& paths) const;
  // How many findings the entries in `slots` hold: what a run that finds
  // them all will report, so its list of findings is allocated once.
  std::size_t findings_in(const std::vector<Slot>& slots) const;

  // The stored outcome in `slot` if its bytes hash to `content`. Safe to call
  // from several threads at once (nothing is written while checking).
  std::optional<std::string_view> find(Slot slot, Hash128 content) const;
  // The entry in `slot`, if it was stored with a stamp and `stamp` is that
  // stamp (the file was not written since): find_unchanged; or if it was
  // stored with a git blob and `blob` is that blob, checked out as a file of
  // the same size: find_blob.
  struct Found {
    Hash128 content;
    util::FileStamp stamp;
    GitBlob blob;
    std::string_view outcome;
  };
  std::optional<Found> find_unchanged(Slot slot, const util::FileStamp& stamp) const;
  std::optional<Found> find_blob(Slot slot, const GitBlob& blob) const;
  // Whether the entry in `slot` has a blob to compare (else git's index need
  // not be read for it).
  bool has_blob(Slot slot) const { return slot && !old_[*slot].entry.blob.empty(); }

  // The work tree whose index find_blob's blobs come from, if any.
  const GitWorkTree* git() const { return git_; }

  // This run's outcome of `path`, in any order: the bytes of encode_outcome,
  // or, when find() gave it from `slot`, nothing (the stored entry is kept).
  // Not thread safe: called while results are merged.
  // `stamp`: empty when the file's bytes must be hashed next time; `blob`:
  // empty when git's index did not vouch for the bytes read (a found entry
  // then keeps the blob it had: it still names these bytes).
  void record(const std::string& path, Hash128 content, const util::FileStamp& stamp, const GitBlob& blob,
              std::string outcome);
  void record_found(const std::string& path, std::size_t slot, Hash128 content, const util::FileStamp& stamp,
                    const GitBlob& blob);

  // Writes the file: this run's entries, and the earlier ones of articles this
  // run did not check that still exist (a --shard or --changed-files run
  // keeps the others'). Leaves at most kKeptFiles cache files in the folder,
  // dropping the least recently written. A failure is a warning in `diags`.
  void save(Diagnostics& diags);

  const std::string& file() const { return file_; }
  int stored() const { return static_cast<int>(old_.size()); }  // entries read from the file

  static constexpr int kKeptFiles = 8;

 private:
  struct Entry {
    Hash128 content;
    util::FileStamp stamp;
    GitBlob blob;
    std::string_view outcome;  // into bytes_ (read) or fresh_ (recorded)
  };
  std::string folder_, file_;
  Hash128 key_;
  std::string bytes_;  // the file as read
  struct Stored {
    std::string_view path;  // into bytes_
    Entry entry;
  };
  std::vector<Stored> old_;  // the entries read, sorted by path, one per path
  static void by_path(std::vector<Stored>& entries);
  struct Fresh {
    std::string path;
    Entry entry;
    std::string outcome;  // entry.outcome's bytes, for a new outcome
  };
  std::vector<Fresh> fresh_;  // recorded: new outcomes, and stored ones found with a new stamp
  std::vector<bool> found_;   // per entry read: found again as it was (record_found)
  std::size_t found_count_ = 0;
  bool changed_ = false;      // anything recorded differs from what was read
  const GitWorkTree* git_ = nullptr;
};

}  // namespace factlint::cli
