#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "checker/cli/article_cache.h"

namespace factlint::cli {
namespace {

namespace fs = std::filesystem;

ArticleOutcome sample_outcome() {
  ArticleOutcome o;
  o.checked = true;
  o.suppressed = 2;
  o.uncovered = SkippedFile{"corpus/a.md", "names no sheet's story"};
  o.notices.push_back({"corpus/a.md", 3, 7, "unused suppression for 'trade-growth'"});
  Finding f;
  f.file = "corpus/a.md";
  f.line = 12;
  f.column = 5;
  f.end_line = 12;
  f.end_column = 9;
  f.severity = Severity::kWarning;
  f.kind = FindingKind::kPossibleMisspelling;
  f.rule = "lavrov/people.lavrov";
  f.message = "'Lavrof' may be a misspelling of 'Lavrov'";
  f.found = "Lavrof";
  f.expected = "Lavrov";
  f.source = "";
  f.sentence = "Lavrof said — in Islamabad — that trade grew 46%.";
  f.highlight_begin = 0;
  f.highlight_end = 6;
  f.utf16_column = 6;
  f.detail = std::string("bytes\0inside", 12);
  o.findings.push_back(f);
  f.kind = FindingKind::kContradiction;
  f.severity = Severity::kError;
  o.findings.push_back(f);
  return o;
}

void require_same(const ArticleOutcome& a, const ArticleOutcome& b) {
  REQUIRE(a.checked == b.checked);
  REQUIRE(a.suppressed == b.suppressed);
  REQUIRE(a.skipped.has_value() == b.skipped.has_value());
  REQUIRE(a.uncovered.has_value() == b.uncovered.has_value());
  if (a.uncovered) CHECK((a.uncovered->file == b.uncovered->file && a.uncovered->reason == b.uncovered->reason));
  REQUIRE(a.notices.size() == b.notices.size());
  for (std::size_t i = 0; i < a.notices.size(); ++i) {
    CHECK(a.notices[i].file == b.notices[i].file);
    CHECK(a.notices[i].line == b.notices[i].line);
    CHECK(a.notices[i].column == b.notices[i].column);
    CHECK(a.notices[i].message == b.notices[i].message);
  }
  REQUIRE(a.findings.size() == b.findings.size());
  for (std::size_t i = 0; i < a.findings.size(); ++i) {
    const Finding &x = a.findings[i], &y = b.findings[i];
    CHECK(std::tie(x.file, x.line, x.column, x.end_line, x.end_column, x.rule, x.message, x.found, x.expected,
                   x.source, x.sentence, x.highlight_begin, x.highlight_end, x.utf16_column, x.detail) ==
          std::tie(y.file, y.line, y.column, y.end_line, y.end_column, y.rule, y.message, y.found, y.expected,
                   y.source, y.sentence, y.highlight_begin, y.highlight_end, y.utf16_column, y.detail));
    CHECK(x.severity == y.severity);
    CHECK(x.kind == y.kind);
  }
}

TEST_CASE("an article's outcome reads back as it was written", "[cli][cache]") {
  const ArticleOutcome o = sample_outcome();
  const auto back = decode_outcome(encode_outcome(o));
  REQUIRE(back);
  require_same(o, *back);

  ArticleOutcome skipped;
  skipped.skipped = SkippedFile{"corpus/photo.md", "not text (binary)"};
  const auto skipped_back = decode_outcome(encode_outcome(skipped));
  REQUIRE(skipped_back);
  CHECK_FALSE(skipped_back->checked);
  REQUIRE(skipped_back->skipped);
  CHECK(skipped_back->skipped->reason == "not text (binary)");
}

TEST_CASE("an outcome's findings are counted without decoding it", "[cli][cache]") {
  ArticleOutcome o = sample_outcome();
  o.skipped = SkippedFile{"corpus/a.md", "a reason"};
  o.notices.push_back({"corpus/a.md", 4, 1, "another notice"});
  for (std::size_t findings : {0u, 1u, 2u, 7u}) {
    o.findings.resize(findings, sample_outcome().findings.front());
    CAPTURE(findings);
    CHECK(count_findings(encode_outcome(o)) == findings);
  }
  CHECK(count_findings(encode_outcome(ArticleOutcome{})) == 0);
  CHECK(count_findings("") == 0);
  const std::string bytes = encode_outcome(sample_outcome());
  for (std::size_t cut = 0; cut < bytes.size(); ++cut) CHECK(count_findings(bytes.substr(0, cut)) <= 2);
  // A count the bytes cannot hold (damage, or a file made to look like a
  // cache) is not believed: the caller would allocate for it.
  std::string header = encode_outcome(ArticleOutcome{});
  header.resize(header.size() - 4);
  CHECK(count_findings(header + std::string("\xff\xff\xff\x7f", 4) + std::string(1000, 'x')) == 0);
  CHECK(count_findings(header + std::string("\x0e\x00\x00\x00", 4) + std::string(14 * 68, 'x')) == 14);
}

TEST_CASE("damaged outcome bytes are refused and never read out of bounds", "[cli][cache]") {
  const std::string bytes = encode_outcome(sample_outcome());
  for (std::size_t cut = 0; cut < bytes.size(); ++cut) CHECK_FALSE(decode_outcome(bytes.substr(0, cut)));
  CHECK_FALSE(decode_outcome(bytes + "x"));  // trailing bytes
  // Every byte flipped: refused or decoded, never a crash (ASan/valgrind runs
  // of this test see any read past the end).
  int refused = 0;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    std::string bad = bytes;
    bad[i] = static_cast<char>(bad[i] ^ 0xff);
    refused += !decode_outcome(bad);
  }
  CHECK(refused > 0);
}

TEST_CASE("run keys differ whenever an input differs", "[cli][cache]") {
  CHECK(KeyBuilder().add("ab").add("c").key() == KeyBuilder().add("ab").add("c").key());
  CHECK_FALSE(KeyBuilder().add("ab").add("c").key() == KeyBuilder().add("a").add("bc").key());
  CHECK_FALSE(KeyBuilder().add("x").key() == KeyBuilder().add("x").add("").key());
  CHECK(hash_bytes("abc").hex().size() == 32);
  CHECK_FALSE(hash_bytes("abc") == hash_bytes("abd"));
}

// One folder per test process: ctest runs these tests side by side.
struct Folder {
  fs::path path = fs::temp_directory_path() / ("factlint-cache-test-" + std::to_string(::getpid()));
  Folder() { fs::remove_all(path); }
  ~Folder() { fs::remove_all(path); }
};

TEST_CASE("the cache finds an entry only for the same path and bytes", "[cli][cache]") {
  Folder folder;
  const Hash128 key = KeyBuilder().add("sheets v1").key();
  const Hash128 bytes = hash_bytes("article text");
  {
    Diagnostics diags;
    ArticleCache cache(folder.path.string(), key, diags);
    CHECK(cache.stored() == 0);
    CHECK_FALSE(cache.find(cache.slot("corpus/a.md"), bytes));
    cache.record("corpus/a.md", bytes, {}, {}, encode_outcome(sample_outcome()));
    cache.save(diags);
    CHECK(diags.entries().empty());
  }
  CHECK(fs::exists(folder.path / "CACHEDIR.TAG"));
  CHECK(fs::exists(folder.path / ".gitignore"));
  Diagnostics diags;
  ArticleCache cache(folder.path.string(), key, diags);
  CHECK(diags.entries().empty());
  REQUIRE(cache.stored() == 1);
  const auto found = cache.find(cache.slot("corpus/a.md"), bytes);
  REQUIRE(found);
  require_same(*decode_outcome(*found), sample_outcome());
  CHECK_FALSE(cache.find(cache.slot("corpus/a.md"), hash_bytes("article text, edited")));
  CHECK_FALSE(cache.find(cache.slot("corpus/b.md"), bytes));
  ArticleCache other(folder.path.string(), KeyBuilder().add("sheets v2").key(), diags);
  CHECK(other.stored() == 0);
}

TEST_CASE("a stored stamp finds the entry without the bytes and only that stamp does", "[cli][cache]") {
  Folder folder;
  const Hash128 key = KeyBuilder().add("k").key();
  util::FileStamp stamp;
  stamp.size = 120;
  stamp.mtime_ns = 1'700'000'000'000'000'000;
  stamp.ctime_ns = 1'700'000'000'500'000'000;
  stamp.inode = 42;
  stamp.device = 7;
  Diagnostics diags;
  {
    ArticleCache cache(folder.path.string(), key, diags);
    cache.record("corpus/a.md", hash_bytes("a"), stamp, {}, encode_outcome(sample_outcome()));
    cache.record("corpus/b.md", hash_bytes("b"), {}, {}, encode_outcome(sample_outcome()));
    cache.save(diags);
  }
  ArticleCache cache(folder.path.string(), key, diags);
  const auto found = cache.find_unchanged(cache.slot("corpus/a.md"), stamp);
  REQUIRE(found);
  CHECK(found->content == hash_bytes("a"));
  require_same(*decode_outcome(found->outcome), sample_outcome());
  util::FileStamp written = stamp;
  written.ctime_ns += 1;  // any write moves the change time
  CHECK_FALSE(cache.find_unchanged(cache.slot("corpus/a.md"), written));
  CHECK_FALSE(cache.find_unchanged(cache.slot("corpus/b.md"), {}));  // stored without a stamp: hash the bytes
  CHECK(cache.find(cache.slot("corpus/b.md"), hash_bytes("b")));
  CHECK(diags.entries().empty());
}

TEST_CASE("a stored git blob finds the entry only for that blob checked out at that size", "[cli][cache]") {
  Folder folder;
  const Hash128 key = KeyBuilder().add("k").key();
  GitBlob sha1, sha256;
  sha1.id_size = 20;
  sha1.id.fill(0x11);
  std::fill(sha1.id.begin() + 20, sha1.id.end(), 0);
  sha1.file_size = 120;
  sha256.id_size = 32;
  sha256.id.fill(0x22);
  sha256.file_size = 7;
  util::FileStamp stamp;
  stamp.size = 120;
  stamp.ctime_ns = 5;
  Diagnostics diags;
  {
    ArticleCache cache(folder.path.string(), key, diags);
    cache.record("corpus/a.md", hash_bytes("a"), stamp, sha1, encode_outcome(sample_outcome()));
    cache.record("corpus/b.md", hash_bytes("b"), {}, sha256, encode_outcome(ArticleOutcome{}));
    cache.record("corpus/c.md", hash_bytes("c"), {}, {}, encode_outcome(ArticleOutcome{}));
    cache.save(diags);
  }
  ArticleCache cache(folder.path.string(), key, diags);
  CHECK(cache.has_blob(cache.slot("corpus/a.md")));
  CHECK_FALSE(cache.has_blob(cache.slot("corpus/c.md")));
  CHECK_FALSE(cache.has_blob(cache.slot("corpus/none.md")));
  const auto found = cache.find_blob(cache.slot("corpus/a.md"), sha1);
  REQUIRE(found);
  CHECK(found->content == hash_bytes("a"));
  CHECK(found->stamp == stamp);  // as stored, for record_found to keep the entry as it is
  CHECK(found->blob == sha1);
  require_same(*decode_outcome(found->outcome), sample_outcome());
  CHECK(cache.find_blob(cache.slot("corpus/b.md"), sha256));
  GitBlob other = sha1;
  other.id[19] = 0x12;  // another blob
  CHECK_FALSE(cache.find_blob(cache.slot("corpus/a.md"), other));
  other = sha1;
  other.file_size = 124;  // the same blob checked out otherwise (line endings, a filter)
  CHECK_FALSE(cache.find_blob(cache.slot("corpus/a.md"), other));
  CHECK_FALSE(cache.find_blob(cache.slot("corpus/b.md"), sha1));
  CHECK_FALSE(cache.find_blob(cache.slot("corpus/c.md"), GitBlob{}));  // stored without a blob
  CHECK(diags.entries().empty());
  // Found by its blob and recorded as found: the entry is kept, the file left alone.
  const fs::path file = folder.path / (key.hex() + ".cache");
  fs::last_write_time(file, fs::last_write_time(file) - std::chrono::hours(1));
  const auto before = fs::last_write_time(file);
  for (const char* path : {"corpus/a.md", "corpus/b.md", "corpus/c.md"}) {
    const ArticleCache::Slot slot = cache.slot(path);
    const auto blob = cache.find_blob(slot, path == std::string("corpus/a.md") ? sha1 : sha256);
    if (blob) {
      cache.record_found(path, *slot, blob->content, blob->stamp, blob->blob);
    } else {
      cache.record_found(path, *slot, hash_bytes("c"), {}, {});
    }
  }
  cache.save(diags);
  CHECK(fs::last_write_time(file) == before);
  {  // A blob learnt for an entry stored without one: written.
    ArticleCache next(folder.path.string(), key, diags);
    next.record_found("corpus/c.md", *next.slot("corpus/c.md"), hash_bytes("c"), {}, sha1);
    next.save(diags);
    CHECK(fs::last_write_time(file) != before);
  }
  ArticleCache again(folder.path.string(), key, diags);
  CHECK(again.find_blob(again.slot("corpus/c.md"), sha1));
  // Found by its bytes in a run that knows no blob (git's index not in use):
  // the blob stays, and nothing else changed, so the file is left alone.
  fs::last_write_time(file, fs::last_write_time(file) - std::chrono::hours(1));
  const auto kept = fs::last_write_time(file);
  again.record_found("corpus/c.md", *again.slot("corpus/c.md"), hash_bytes("c"), {}, {});
  again.save(diags);
  CHECK(fs::last_write_time(file) == kept);
  ArticleCache last(folder.path.string(), key, diags);
  CHECK(last.find_blob(last.slot("corpus/c.md"), sha1));
}

TEST_CASE("slots of many paths are those of each path however they are ordered", "[cli][cache]") {
  Folder folder;
  const Hash128 key = KeyBuilder().add("k").key();
  Diagnostics diags;
  std::vector<std::string> stored;
  for (int i = 0; i < 300; i += 3) stored.push_back(fmt::format("corpus/{}/{:04}.md", i % 7, (i * 7919) % 1000));
  {
    ArticleCache cache(folder.path.string(), key, diags);
    for (const std::string& path : stored) cache.record(path, hash_bytes(path), {}, {}, encode_outcome(ArticleOutcome{}));
    cache.save(diags);
  }
  ArticleCache cache(folder.path.string(), key, diags);
  REQUIRE(cache.stored() == static_cast<int>(stored.size()));
  std::vector<std::string> run;  // stored paths and others, before, between and after them
  for (int i = 0; i < 300; ++i) run.push_back(fmt::format("corpus/{}/{:04}.md", i % 7, (i * 7919) % 1000));
  run.push_back("a.md");
  run.push_back("corpus/9.md");
  std::vector<std::string> sorted = run;
  std::sort(sorted.begin(), sorted.end());
  for (const std::vector<std::string>* paths : {&run, &sorted}) {
    const std::vector<ArticleCache::Slot> slots = cache.slots(*paths);
    REQUIRE(slots.size() == paths->size());
    int found = 0;
    for (std::size_t i = 0; i < paths->size(); ++i) {
      CAPTURE((*paths)[i]);
      CHECK(slots[i] == cache.slot((*paths)[i]));
      const bool is_stored = std::find(stored.begin(), stored.end(), (*paths)[i]) != stored.end();
      CHECK(slots[i].has_value() == is_stored);
      if (slots[i]) CHECK(cache.find(slots[i], hash_bytes((*paths)[i])));
      found += slots[i].has_value();
    }
    CHECK(found == static_cast<int>(stored.size()));
  }
}

TEST_CASE("entries found again are written back with a new stamp and kept without one", "[cli][cache]") {
  Folder folder;
  const Hash128 key = KeyBuilder().add("k").key();
  util::FileStamp stamp;
  stamp.size = 1;
  stamp.mtime_ns = 10;
  stamp.ctime_ns = 20;
  const std::vector<std::string> paths{"a.md", "b.md", "c.md"};
  Diagnostics diags;
  {
    ArticleCache cache(folder.path.string(), key, diags);
    for (const std::string& path : paths) cache.record(path, hash_bytes(path), stamp, {}, encode_outcome(sample_outcome()));
    cache.save(diags);
  }
  const fs::path file = folder.path / (key.hex() + ".cache");
  const auto written = fs::last_write_time(file);
  {  // every entry found as it was: the file is left alone
    ArticleCache cache(folder.path.string(), key, diags);
    const std::vector<ArticleCache::Slot> slots = cache.slots(paths);
    CHECK(cache.findings_in(slots) == 6);
    for (std::size_t i = 0; i < slots.size(); ++i) cache.record_found(paths[i], *slots[i], hash_bytes(paths[i]), stamp, {});
    fs::last_write_time(file, written - std::chrono::hours(1));
    cache.save(diags);
    CHECK(fs::last_write_time(file) == written - std::chrono::hours(1));
  }
  util::FileStamp touched = stamp;
  touched.ctime_ns = 30;
  {  // b.md found by its bytes with a new stamp: the file is written, every entry kept
    ArticleCache cache(folder.path.string(), key, diags);
    cache.record_found("a.md", *cache.slot("a.md"), hash_bytes("a.md"), stamp, {});
    cache.record_found("b.md", *cache.slot("b.md"), hash_bytes("b.md"), touched, {});
    cache.save(diags);
  }
  CHECK(fs::last_write_time(file) != written - std::chrono::hours(1));
  ArticleCache cache(folder.path.string(), key, diags);
  CHECK(cache.stored() == 2);  // c.md was not in the run, and there is no such file
  CHECK(cache.find_unchanged(cache.slot("a.md"), stamp));
  CHECK(cache.find_unchanged(cache.slot("b.md"), touched));
  CHECK_FALSE(cache.find_unchanged(cache.slot("b.md"), stamp));
  CHECK(diags.entries().empty());
}

TEST_CASE("a damaged cache file is a warning and is not used", "[cli][cache]") {
  Folder folder;
  const Hash128 key = KeyBuilder().add("k").key();
  Diagnostics diags;
  {
    ArticleCache cache(folder.path.string(), key, diags);
    cache.record("corpus/a.md", hash_bytes("x"), {}, {}, encode_outcome(sample_outcome()));
    cache.save(diags);
  }
  const fs::path file = folder.path / (key.hex() + ".cache");
  std::string good;
  {
    std::ifstream in(file, std::ios::binary);
    good.assign(std::istreambuf_iterator<char>(in), {});
  }
  for (std::size_t at : {good.size() - 1, good.size() / 2, std::size_t{20}, std::size_t{0}}) {
    std::string bad = good;
    bad[at] = static_cast<char>(bad[at] ^ 0x01);
    std::ofstream(file, std::ios::binary) << bad;
    Diagnostics damaged;
    ArticleCache cache(folder.path.string(), key, damaged);
    CAPTURE(at);
    CHECK(cache.stored() == 0);
    REQUIRE(damaged.entries().size() == 1);
    CHECK(damaged.entries()[0].severity == Severity::kWarning);
    CHECK(damaged.entries()[0].where.file == file.string());
    CHECK(damaged.entries()[0].message.find("the cache was not used") != std::string::npos);
  }
}

TEST_CASE("a cache folder that cannot be written is a warning", "[cli][cache]") {
  Folder folder;
  fs::create_directories(folder.path);
  std::ofstream(folder.path / "file") << "in the way";
  Diagnostics diags;
  ArticleCache cache((folder.path / "file" / "cache").string(), KeyBuilder().add("k").key(), diags);
  cache.record("corpus/a.md", hash_bytes("x"), {}, {}, encode_outcome(sample_outcome()));
  cache.save(diags);
  REQUIRE(diags.entries().size() == 1);
  CHECK(diags.entries()[0].severity == Severity::kWarning);
  CHECK(diags.entries()[0].message.find("cannot write the cache") != std::string::npos);
  CHECK_FALSE(diags.has_errors());
}

TEST_CASE("entries of articles not in this run are kept while their files exist", "[cli][cache]") {
  Folder folder;
  fs::create_directories(folder.path / "corpus");
  const fs::path kept = folder.path / "corpus" / "kept.md", gone = folder.path / "corpus" / "gone.md";
  std::ofstream(kept) << "kept";
  const Hash128 key = KeyBuilder().add("k").key();
  Diagnostics diags;
  {
    ArticleCache cache((folder.path / "cache").string(), key, diags);
    cache.record(kept.string(), hash_bytes("kept"), {}, {}, encode_outcome(sample_outcome()));
    cache.record(gone.string(), hash_bytes("gone"), {}, {}, encode_outcome(sample_outcome()));
    cache.save(diags);
  }
  {  // another run (another shard) checks a third article only
    ArticleCache cache((folder.path / "cache").string(), key, diags);
    CHECK(cache.stored() == 2);
    cache.record("corpus/third.md", hash_bytes("third"), {}, {}, encode_outcome(ArticleOutcome{}));
    cache.save(diags);
  }
  ArticleCache cache((folder.path / "cache").string(), key, diags);
  CHECK(cache.stored() == 2);
  CHECK(cache.find(cache.slot(kept.string()), hash_bytes("kept")));
  CHECK(cache.find(cache.slot("corpus/third.md"), hash_bytes("third")));
  CHECK_FALSE(cache.find(cache.slot(gone.string()), hash_bytes("gone")));
  CHECK(diags.entries().empty());
}

TEST_CASE("only the most recent cache files are kept", "[cli][cache]") {
  Folder folder;
  Diagnostics diags;
  for (int i = 0; i < ArticleCache::kKeptFiles + 4; ++i) {
    ArticleCache cache(folder.path.string(), KeyBuilder().add(std::to_string(i)).key(), diags);
    cache.record("a.md", hash_bytes("a"), {}, {}, encode_outcome(ArticleOutcome{}));
    cache.save(diags);
    // Distinct times, oldest first, whatever the file system's resolution.
    fs::last_write_time(fs::path(cache.file()), fs::file_time_type::clock::now() - std::chrono::hours(100 - i));
  }
  int files = 0;
  for (const auto& e : fs::directory_iterator(folder.path)) files += e.path().extension() == ".cache";
  CHECK(files == ArticleCache::kKeptFiles);
  Diagnostics newest;
  ArticleCache last(folder.path.string(), KeyBuilder().add(std::to_string(ArticleCache::kKeptFiles + 3)).key(), newest);
  CHECK(last.stored() == 1);
  ArticleCache first(folder.path.string(), KeyBuilder().add("0").key(), newest);
  CHECK(first.stored() == 0);
}

}  // namespace
}  // namespace factlint::cli
