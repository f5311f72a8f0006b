// Fuzz target: git's index file, as factlint reads it for the article cache
// (checker/cli/git_index.cc). A repository's .git/index is input like any
// other: written by whatever git, tool or hand made the clone.
//
// Each input is read with SHA-1 and with SHA-256 ids. Checks: no crash or
// sanitizer report; the entries of an index that reads are sorted, one per
// path, none empty; each entry stands for a file whose stat is its own (and
// not for one changed after the index was written, or one of another size).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "checker/cli/git_index.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

using factlint::cli::GitIndexEntry;

void read_as(std::string_view bytes, std::size_t id_size) {
  const auto index = factlint::cli::parse_git_index(bytes, id_size);
  if (!index) return;
  FUZZ_CHECK(index->version >= 2 && index->version <= 4);
  for (std::size_t i = 0; i < index->entries.size(); ++i) {
    const GitIndexEntry& e = index->entries[i];
    FUZZ_CHECK(!e.path.empty());
    if (i > 0) FUZZ_CHECK(index->entries[i - 1].path < e.path);
    factlint::util::FileStamp own;
    own.size = e.size;
    own.inode = e.inode;
    own.mtime_ns = std::int64_t{e.mtime_s} * 1'000'000'000 + e.mtime_ns;
    own.ctime_ns = std::int64_t{e.ctime_s} * 1'000'000'000 + e.ctime_ns;
    const bool whole = e.size != 0 && e.mtime_ns < 1'000'000'000 && e.ctime_ns < 1'000'000'000;
    FUZZ_CHECK(factlint::cli::unchanged_since_index(e, own, own.mtime_ns + 1) == whole);
    FUZZ_CHECK(!factlint::cli::unchanged_since_index(e, own, own.mtime_ns));  // racy
    own.size += 1;
    FUZZ_CHECK(!factlint::cli::unchanged_since_index(e, own, own.mtime_ns + 1));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  read_as(bytes, 20);
  read_as(bytes, 32);
  return 0;
}
