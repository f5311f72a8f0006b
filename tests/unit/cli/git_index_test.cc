#include "checker/cli/git_index.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "checker/cli/git.h"

namespace factlint::cli {
namespace {

namespace fs = std::filesystem;

// An index file's bytes as gitformat-index(5) lays them out, for the parser's
// own cases; the cases with real git below check that git writes the same.
class IndexBytes {
 public:
  explicit IndexBytes(std::uint32_t version, std::size_t id_size = 20) : version_(version), id_size_(id_size) {}

  struct Entry {
    std::string path;
    std::uint32_t mode = 0100644;
    unsigned char id = 0xab;  // every byte of the id
    int stage = 0;
    bool assume_valid = false;
    std::uint16_t extended = 0;  // 0x4000 skip-worktree, 0x2000 intent-to-add
    std::uint32_t size = 10, mtime_s = 1000, inode = 7;
    int name_length = -1;  // as written in the flags; -1: the path's
  };
  IndexBytes& add(const Entry& e) {
    const std::size_t start = entries_.size();
    for (std::uint32_t v : {1001u, 5u, e.mtime_s, 6u, 1u, e.inode, e.mode, 0u, 0u, e.size}) be32(entries_, v);
    entries_.append(id_size_, static_cast<char>(e.id));
    const std::size_t length = e.name_length >= 0 ? static_cast<std::size_t>(e.name_length)
                                                  : std::min<std::size_t>(e.path.size(), 0xfff);
    std::uint16_t flags = static_cast<std::uint16_t>(length | (e.stage << 12));
    if (e.assume_valid) flags |= 0x8000;
    if (e.extended) flags |= 0x4000;
    be16(entries_, flags);
    if (e.extended) be16(entries_, e.extended);
    if (version_ == 4) {
      std::size_t common = 0;
      while (common < previous_.size() && common < e.path.size() && previous_[common] == e.path[common]) ++common;
      varint(entries_, previous_.size() - common);
      entries_ += e.path.substr(common);
      entries_.push_back('\0');
    } else {
      entries_ += e.path;
      const std::size_t padded = ((entries_.size() - start) + 8) & ~std::size_t{7};
      entries_.append(start + padded - entries_.size(), '\0');
    }
    previous_ = e.path;
    ++count_;
    return *this;
  }
  IndexBytes& extension(std::string_view signature, std::string_view data) {
    extensions_ += signature;
    be32(extensions_, static_cast<std::uint32_t>(data.size()));
    extensions_ += data;
    return *this;
  }
  std::string bytes() const {
    std::string out = "DIRC";
    be32(out, version_);
    be32(out, count_);
    out += entries_ + extensions_;
    out.append(id_size_, '\x5a');  // the checksum, which the parser leaves alone
    return out;
  }

 private:
  static void be32(std::string& s, std::uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8) s.push_back(static_cast<char>((v >> shift) & 0xff));
  }
  static void be16(std::string& s, std::uint16_t v) {
    s.push_back(static_cast<char>(v >> 8));
    s.push_back(static_cast<char>(v & 0xff));
  }
  static void varint(std::string& s, std::size_t value) {  // git's varint.c, encode_varint
    unsigned char varint[16];
    unsigned pos = sizeof(varint) - 1;
    varint[pos] = value & 127;
    while (value >>= 7) varint[--pos] = 128 | (--value & 127);
    s.append(reinterpret_cast<const char*>(varint + pos), sizeof(varint) - pos);
  }
  std::uint32_t version_;
  std::size_t id_size_;
  std::uint32_t count_ = 0;
  std::string entries_, extensions_, previous_;
};

std::vector<std::string> paths_of(const GitIndexFile& index) {
  std::vector<std::string> out;
  for (const GitIndexEntry& e : index.entries) out.push_back(e.path);
  return out;
}

TEST_CASE("git index files of versions 2 3 and 4 read to the same entries", "[cli][git]") {
  for (std::uint32_t version : {2u, 3u, 4u}) {
    for (std::size_t id_size : {std::size_t{20}, std::size_t{32}}) {
      INFO(fmt::format("version {}, ids of {} bytes", version, id_size));
      IndexBytes index(version, id_size);
      index.add({.path = "corpus/a.md", .id = 1, .size = 100, .mtime_s = 2000, .inode = 11})
          .add({.path = "corpus/ab.md", .id = 2})
          .add({.path = "corpus/b/c.md", .id = 3})
          .add({.path = "rules/" + std::string(300, 'x') + ".yaml", .id = 4})
          .extension("TREE", "whatever a cache tree holds");
      std::string why;
      const auto read = parse_git_index(index.bytes(), id_size, &why);
      REQUIRE(read);
      CHECK(read->version == version);
      CHECK(paths_of(*read) == std::vector<std::string>{"corpus/a.md", "corpus/ab.md", "corpus/b/c.md",
                                                        "rules/" + std::string(300, 'x') + ".yaml"});
      const GitIndexEntry& a = read->entries[0];
      CHECK((a.size == 100 && a.mtime_s == 2000 && a.mtime_ns == 6 && a.ctime_s == 1001 && a.ctime_ns == 5 &&
             a.inode == 11));
      CHECK(std::all_of(a.id.begin(), a.id.begin() + static_cast<std::ptrdiff_t>(id_size),
                        [](unsigned char c) { return c == 1; }));
      CHECK(read->entries[3].id[0] == 4);
    }
  }
}

TEST_CASE("git index entries that do not stand for a checked-out file are left out", "[cli][git]") {
  IndexBytes index(3);
  index.add({.path = "a.md"})
      .add({.path = "b.md", .assume_valid = true})      // git update-index --assume-unchanged
      .add({.path = "c.md", .stage = 1})                // a conflict's three stages
      .add({.path = "c.md", .stage = 2})
      .add({.path = "c.md", .stage = 3})
      .add({.path = "d.md", .extended = 0x4000})        // outside a sparse checkout
      .add({.path = "e.md", .extended = 0x2000})        // git add -N
      .add({.path = "f.md", .mode = 0120000})           // a symbolic link
      .add({.path = "g", .mode = 0160000})              // a submodule
      .add({.path = "h.md", .mode = 0100755})           // executable: still a file
      .add({.path = "sparse/", .mode = 040000});        // a sparse index's folder
  const auto read = parse_git_index(index.bytes(), 20);
  REQUIRE(read);
  CHECK(paths_of(*read) == std::vector<std::string>{"a.md", "h.md"});
  // Still tracked: git ignores none of them.
  CHECK(read->other_paths == std::vector<std::string>{"b.md", "c.md", "d.md", "e.md", "f.md", "g", "sparse/"});
}

TEST_CASE("a git index that does not read is refused with the reason", "[cli][git]") {
  auto refused = [](const std::string& bytes, std::size_t id_size = 20) {
    std::string why;
    const bool read = parse_git_index(bytes, id_size, &why).has_value();
    return read ? std::string("(read)") : why;
  };
  IndexBytes good(2);
  good.add({.path = "corpus/a.md"}).add({.path = "corpus/b.md"}).extension("TREE", "x");
  const std::string bytes = good.bytes();
  REQUIRE(refused(bytes) == "(read)");
  // Cut short anywhere: refused, or (cut in the extensions, which the
  // checksum's bytes are then taken from) the same entries, never others.
  const std::vector<std::string> all = paths_of(*parse_git_index(bytes, 20));
  for (std::size_t cut = 0; cut < bytes.size(); ++cut) {
    INFO(cut);
    const auto read = parse_git_index(bytes.substr(0, cut), 20);
    if (read) CHECK(paths_of(*read) == all);
    if (cut < bytes.size() - 20 - 9) CHECK_FALSE(read);  // the entries cut, or the header
  }
  CHECK(refused("PACK" + bytes.substr(4)) == "it is not a git index");
  CHECK(refused(IndexBytes(5).bytes()).find("version 5") != std::string::npos);
  CHECK(refused(IndexBytes(1).bytes()).find("version 1") != std::string::npos);
  CHECK(refused(IndexBytes(2).add({.path = "a.md", .name_length = 3}).bytes()) ==
        "an entry's name does not match its length");
  CHECK(refused(IndexBytes(2).add({.path = "a.md", .extended = 0x4000}).bytes()).find("version 2") !=
        std::string::npos);
  CHECK(refused(IndexBytes(2).add({.path = "b.md"}).add({.path = "a.md"}).bytes()) == "its entries are out of order");
  CHECK(refused(IndexBytes(2).add({.path = "a.md"}).extension("link", std::string(20, '\0')).bytes())
            .find("split index") != std::string::npos);
  CHECK(refused(bytes, 32) != "(read)");  // a SHA-1 index read with SHA-256 ids
  std::string many = bytes;                // a count the bytes cannot hold
  many[8] = '\x7f';
  CHECK(refused(many) == "it holds fewer entries than it says");
  IndexBytes v4(4);  // a path that drops more than the one before had
  v4.add({.path = "a.md"});
  std::string drop = v4.bytes();
  drop[12 + 62] = 9;
  CHECK(refused(drop) == "an entry's path does not read");
}

TEST_CASE("a file is the index's blob only while its stat is the one git recorded before writing the index",
          "[cli][git]") {
  GitIndexEntry e;
  e.size = 120;
  e.mtime_s = 1'700'000'000;
  e.mtime_ns = 250;
  e.ctime_s = 1'700'000'001;
  e.ctime_ns = 500;
  e.inode = 42;
  util::FileStamp s;
  s.size = 120;
  s.mtime_ns = 1'700'000'000'000'000'250;
  s.ctime_ns = 1'700'000'001'000'000'500;
  s.inode = 42;
  s.device = 99;  // git leaves the device out by default, so does factlint
  const std::int64_t written = 1'700'000'005'000'000'000;
  CHECK(unchanged_since_index(e, s, written));
  auto with = [&](auto change) {
    util::FileStamp t = s;
    change(t);
    return unchanged_since_index(e, t, written);
  };
  CHECK_FALSE(with([](util::FileStamp& t) { t.size = 121; }));
  CHECK_FALSE(with([](util::FileStamp& t) { t.mtime_ns += 1; }));
  CHECK_FALSE(with([](util::FileStamp& t) { t.mtime_ns += 1'000'000'000; }));
  CHECK_FALSE(with([](util::FileStamp& t) { t.ctime_ns += 1; }));
  CHECK_FALSE(with([](util::FileStamp& t) { t.inode = 43; }));
  CHECK_FALSE(with([](util::FileStamp& t) { t.mtime_ns = -1; }));
  // git keeps the low 32 bits of sizes and inodes.
  CHECK(with([](util::FileStamp& t) { t.inode = (std::uint64_t{1} << 32) + 42; }));
  e.size = 7;
  CHECK(with([](util::FileStamp& t) { t.size = (std::uint64_t{1} << 32) + 7; }));
  e.size = 120;
  // Racy: changed in the tick the index was written, or after it.
  CHECK_FALSE(unchanged_since_index(e, s, s.mtime_ns));
  CHECK_FALSE(unchanged_since_index(e, s, s.mtime_ns - 1));
  CHECK(unchanged_since_index(e, s, s.mtime_ns + 1));
  // Size 0: git's mark on an entry it smudged as racy (and an empty file, cheap to read anyway).
  e.size = 0;
  CHECK_FALSE(with([](util::FileStamp& t) { t.size = 0; }));
}

// --- With real git --------------------------------------------------------

bool have_git() { return run_git({"--version"}).status == 0; }

void git_in(const fs::path& repo, std::vector<std::string> args) {
  args.insert(args.begin(), {"-C", repo.string(), "-c", "user.name=t", "-c", "user.email=t@example.org"});
  const GitResult r = run_git(args);
  INFO(r.err);
  REQUIRE(r.status == 0);
}

void write(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << text;
  // An hour old: git's index, written now, is then strictly later (else git
  // may mark an entry racy, as it must, and the test would see no blob).
  fs::last_write_time(file, fs::file_time_type::clock::now() - std::chrono::hours(1));
}

// "id path" of each regular file at stage 0, as `git ls-files -s` lists them.
std::vector<std::string> listed(const fs::path& repo) {
  const GitResult r = run_git({"-C", repo.string(), "ls-files", "-s"});
  std::vector<std::string> out;
  std::istringstream in(r.out);
  std::string mode, id, stage, path;
  while (in >> mode >> id >> stage >> path)
    if (mode.starts_with("100")) out.push_back(id + " " + path);
  return out;
}

std::string hex(const unsigned char* id, std::size_t size) {
  std::string out;
  for (std::size_t i = 0; i < size; ++i) out += fmt::format("{:02x}", id[i]);
  return out;
}

std::vector<std::string> parsed(const fs::path& repo, std::size_t id_size = 20) {
  std::ifstream in(repo / ".git" / "index", std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::string why;
  const auto index = parse_git_index(bytes, id_size, &why);
  INFO(why);
  REQUIRE(index);
  std::vector<std::string> out;
  for (const GitIndexEntry& e : index->entries) out.push_back(hex(e.id.data(), id_size) + " " + e.path);
  return out;
}

struct TempRepo {
  fs::path dir;
  TempRepo() {
    char name[] = "/tmp/factlint-git-index-XXXXXX";
    dir = ::mkdtemp(name);
  }
  ~TempRepo() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

// Runs the body in `dir`, then returns to where the test was.
struct InFolder {
  fs::path before = fs::current_path();
  explicit InFolder(const fs::path& dir) { fs::current_path(dir); }
  ~InFolder() { fs::current_path(before); }
};

TEST_CASE("the index git writes reads as git lists it in every version", "[cli][git]") {
  REQUIRE(have_git());  // scripts/install-packages build
  TempRepo repo;
  git_in(repo.dir, {"init", "-q"});
  write(repo.dir / "corpus" / "a.md", "Trade grew 46 percent.\n");
  write(repo.dir / "corpus" / "b.md", "Lavrov spoke.\n");
  write(repo.dir / "corpus" / "deep" / "folder" / "c.md", "c\n");
  write(repo.dir / "rules" / "story.yaml", "facts: []\n");
  fs::create_symlink("corpus/a.md", repo.dir / "link.md");
  git_in(repo.dir, {"add", "-A"});
  git_in(repo.dir, {"commit", "-qm", "articles"});
  REQUIRE(listed(repo.dir).size() == 4);
  for (const char* version : {"2", "3", "4"}) {
    INFO(version);
    git_in(repo.dir, {"update-index", "--index-version", version});
    CHECK(parsed(repo.dir) == listed(repo.dir));
  }
  // A split index keeps its entries in another file: not read, with the reason.
  git_in(repo.dir, {"update-index", "--split-index"});
  std::ifstream in(repo.dir / ".git" / "index", std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::string why;
  CHECK_FALSE(parse_git_index(bytes, 20, &why));
  CHECK(why.find("split index") != std::string::npos);
}

TEST_CASE("a SHA-256 repository's index reads with its longer ids", "[cli][git]") {
  REQUIRE(have_git());  // scripts/install-packages build
  TempRepo repo;
  REQUIRE(run_git({"-C", repo.dir.string(), "init", "-q", "--object-format=sha256"}).status == 0);
  write(repo.dir / "a.md", "Trade grew 46 percent.\n");
  git_in(repo.dir, {"add", "-A"});
  CHECK(parsed(repo.dir, 32) == listed(repo.dir));
  CHECK(listed(repo.dir).at(0).size() == 64 + 1 + 4);
  InFolder here(repo.dir);
  const GitWorkTree tree;
  const auto blob = tree.blob_of("a.md", *util::stamp_of("a.md"));
  REQUIRE(blob);
  CHECK(blob->id_size == 32);
  CHECK(hex(blob->id.data(), 32) + " a.md" == listed(repo.dir).at(0));
}

TEST_CASE("the work tree gives a file's blob by any name of the file until it is written", "[cli][git]") {
  REQUIRE(have_git());  // scripts/install-packages build
  TempRepo repo;
  git_in(repo.dir, {"init", "-q"});
  write(repo.dir / "a.md", "Trade grew 46 percent.\n");
  write(repo.dir / "corpus" / "b.md", "Lavrov spoke.\n");
  git_in(repo.dir, {"add", "-A"});
  git_in(repo.dir, {"commit", "-qm", "articles"});
  const std::vector<std::string> ids = listed(repo.dir);  // a.md, corpus/b.md
  auto id_of = [](const std::optional<GitBlob>& blob) {
    return blob ? hex(blob->id.data(), blob->id_size) : std::string("(none)");
  };
  const std::string a = ids.at(0).substr(0, 40), b = ids.at(1).substr(0, 40);
  {
    InFolder here(repo.dir / "corpus");
    const GitWorkTree tree;
    const util::FileStamp stamp_b = *util::stamp_of("b.md");
    CHECK(id_of(tree.blob_of("b.md", stamp_b)) == b);
    CHECK(id_of(tree.blob_of("./b.md", stamp_b)) == b);
    CHECK(id_of(tree.blob_of("../corpus/b.md", stamp_b)) == b);
    CHECK(id_of(tree.blob_of((repo.dir / "corpus" / "b.md").string(), stamp_b)) == b);
    CHECK(id_of(tree.blob_of("../a.md", *util::stamp_of("../a.md"))) == a);
    CHECK(tree.blob_of("b.md", stamp_b)->file_size == 14);
    CHECK(id_of(tree.blob_of("missing.md", stamp_b)) == "(none)");
    CHECK(id_of(tree.blob_of("/elsewhere/b.md", stamp_b)) == "(none)");
    CHECK(tree.describe().find("version 2, 2 files") != std::string::npos);
    CHECK(tree.tracked("b.md") == std::optional<bool>(true));
    CHECK(tree.tracked("../a.md") == std::optional<bool>(true));
    CHECK(tree.tracked("missing.md") == std::optional<bool>(false));
    CHECK(tree.tracked("/elsewhere/b.md") == std::optional<bool>(false));
  }
  // Added with `git add -N`: tracked, but no blob to vouch for.
  {
    write(repo.dir / "corpus" / "new.md", "New.\n");
    git_in(repo.dir, {"add", "-N", "corpus/new.md"});
    InFolder here(repo.dir);
    const GitWorkTree tree;
    CHECK(tree.tracked("corpus/new.md") == std::optional<bool>(true));
    CHECK(id_of(tree.blob_of("corpus/new.md", *util::stamp_of("corpus/new.md"))) == "(none)");
    git_in(repo.dir, {"rm", "-q", "--cached", "corpus/new.md"});
    fs::remove(repo.dir / "corpus" / "new.md");
  }
  // Written after the index: no blob, whatever the file's times say.
  {
    std::ofstream(repo.dir / "a.md", std::ios::app) << "x";
    fs::last_write_time(repo.dir / "a.md", fs::file_time_type::clock::now() - std::chrono::hours(1));
    InFolder here(repo.dir);
    const GitWorkTree tree;
    CHECK(id_of(tree.blob_of("a.md", *util::stamp_of("a.md"))) == "(none)");
    CHECK(id_of(tree.blob_of("corpus/b.md", *util::stamp_of("corpus/b.md"))) == b);
  }
  // Changed in the future of the index (racy): no blob.
  {
    git_in(repo.dir, {"checkout", "-q", "--", "a.md"});
    fs::last_write_time(repo.dir / "a.md", fs::file_time_type::clock::now() + std::chrono::hours(1));
    git_in(repo.dir, {"update-index", "--refresh"});
    InFolder here(repo.dir);
    const GitWorkTree tree;
    CHECK(id_of(tree.blob_of("a.md", *util::stamp_of("a.md"))) == "(none)");
  }
  // A linked worktree: .git is a file naming its own git folder and index.
  {
    git_in(repo.dir, {"worktree", "add", "-q", (repo.dir / "linked").string()});
    InFolder here(repo.dir / "linked");
    const GitWorkTree tree;
    // Its files were checked out just now: their times may be the index's own tick.
    const auto blob = tree.blob_of("corpus/b.md", *util::stamp_of("corpus/b.md"));
    CHECK(tree.describe().find("worktrees") != std::string::npos);
    if (blob) CHECK(id_of(blob) == b);
  }
  // GIT_DIR set: git would read another index, so nothing is answered.
  {
    InFolder here(repo.dir);
    ::setenv("GIT_DIR", (repo.dir / ".git").c_str(), 1);
    const GitWorkTree tree;
    CHECK(id_of(tree.blob_of("corpus/b.md", *util::stamp_of("corpus/b.md"))) == "(none)");
    CHECK(tree.describe() == "git index not used: GIT_DIR is set");
    ::unsetenv("GIT_DIR");
  }
  // Outside any work tree.
  {
    TempRepo plain;
    write(plain.dir / "a.md", "x\n");
    InFolder here(plain.dir);
    const GitWorkTree tree;
    CHECK_FALSE(tree.blob_of("a.md", *util::stamp_of("a.md")));
    CHECK_FALSE(tree.tracked("a.md").has_value());
    CHECK(tree.describe() == "git index not used: not inside a git work tree");
  }
}

}  // namespace
}  // namespace factlint::cli
