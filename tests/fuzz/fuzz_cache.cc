// Fuzz target: the article cache's bytes. A cache folder is input like any
// other: actions/cache restores it from an earlier run, possibly of another
// branch, and a shared folder can hold anything. Two readings of each input:
//
// 1. as one article's stored outcome: decode_outcome, and count_findings
//    (which sizes a run's list of findings without decoding): whenever the
//    bytes decode, the count is the number of findings decoded, and the count
//    is never more than the bytes can hold;
// 2. as the entries of a cache file with a right header and checksum, as
//    article_cache.cc writes them (so they get past the checksum that damage
//    by chance fails on): ArticleCache reads them, finds slots, counts the
//    findings of every entry found, decodes what it finds and saves the file
//    again (into a folder of this process's own).
//
// Checks: no crash or sanitizer report; the invariants above; a file read
// back holds no more entries than it declares.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "checker/cli/article_cache.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

namespace fs = std::filesystem;
using factlint::cli::ArticleCache;
using factlint::cli::ArticleOutcome;
using factlint::cli::Hash128;

void put32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

void put64(std::string& out, std::uint64_t v) {
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

void as_outcome(std::string_view bytes) {
  const std::size_t counted = factlint::cli::count_findings(bytes);
  FUZZ_CHECK(counted * 68 <= bytes.size());
  if (const std::optional<ArticleOutcome> outcome = factlint::cli::decode_outcome(bytes))
    FUZZ_CHECK(counted == outcome->findings.size());
}

void as_cache_file(std::string_view input) {
  if (input.empty()) return;
  // The input's last byte is the count the trailer declares; the rest, the entries.
  const std::uint32_t declared = static_cast<unsigned char>(input.back());
  const std::string_view entries = input.substr(0, input.size() - 1);
  static const fs::path folder = fs::temp_directory_path() / ("factlint-fuzz-cache-" + std::to_string(::getpid()));
  static const Hash128 key = factlint::cli::KeyBuilder().add("fuzz").key();
  fs::remove_all(folder);
  fs::create_directories(folder);
  // The header (magic, format 2, run key), the entries, the trailer (how many
  // entries, and the XXH3 of their bytes): the layout article_cache.cc writes.
  std::string file = "factlint-cache\n";
  put32(file, 2);
  put64(file, key.low);
  put64(file, key.high);
  file.append(entries);
  put32(file, declared);
  put64(file, XXH3_64bits(entries.data(), entries.size()));
  std::ofstream(folder / (key.hex() + ".cache"), std::ios::binary) << file;

  factlint::Diagnostics diags;
  ArticleCache cache(folder.string(), key, diags);
  FUZZ_CHECK(cache.stored() >= 0 && static_cast<std::uint32_t>(cache.stored()) <= declared);
  // Two common paths and the first entry's (its length, then its bytes), so
  // that some lookups find an entry.
  std::vector<std::string> paths{"a.md", "corpus/a.md"};
  if (entries.size() >= 4 && static_cast<unsigned char>(entries[0]) <= 64)
    paths.emplace_back(entries.substr(4, static_cast<unsigned char>(entries[0])));
  const std::vector<ArticleCache::Slot> slots = cache.slots(paths);
  for (std::size_t i = 0; i < paths.size(); ++i) FUZZ_CHECK(slots[i] == cache.slot(paths[i]));
  (void)cache.findings_in(slots);  // every found entry's outcome counted
  // Lookups by blob: an entry found is the one whose blob was asked for.
  factlint::cli::GitBlob blob;
  blob.id_size = 20;
  for (const ArticleCache::Slot& slot : slots) {
    if (const auto found = cache.find_blob(slot, blob)) FUZZ_CHECK(cache.has_blob(slot) && found->blob == blob);
  }
  cache.save(diags);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  as_outcome(bytes);
  as_cache_file(bytes);
  return 0;
}
