#include "checker/cli/article_cache.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "checker/findings/finding_codec.h"
#include "checker/util/atomic_write.h"
#include "checker/util/byte_codec.h"
#include "checker/util/read_file.h"

namespace factlint::cli {

namespace fs = std::filesystem;

namespace {

// The file: a header (magic, format, run key), the entries (per entry the
// path, the content hash, the stamp, the git blob and the outcome), and a
// trailer (the entry count and an XXH3 checksum of the entries), so that it is
// written as it goes. Format 2 added the blob.
// Numbers little-endian whatever the machine, so a cache restored on another
// runner (actions/cache) reads the same.
constexpr std::string_view kMagic = "factlint-cache\n";
constexpr std::uint32_t kFormat = 2;
constexpr std::size_t kMaxFileBytes = std::size_t{4} << 30;
constexpr std::size_t kHeaderBytes = kMagic.size() + 4 + 16;
constexpr std::size_t kTrailerBytes = 4 + 8;

class Writer : public util::ByteWriter {
 public:
  void hash(Hash128 h) {
    u64(h.low);
    u64(h.high);
  }
  void stamp(const util::FileStamp& s) {
    for (std::uint64_t v : {s.size, static_cast<std::uint64_t>(s.mtime_ns), static_cast<std::uint64_t>(s.ctime_ns),
                            s.inode, s.device})
      u64(v);
  }
  void blob(const GitBlob& b) {
    str({reinterpret_cast<const char*>(b.id.data()), b.id_size});
    u64(b.file_size);
  }
};

// Reads what Writer wrote (util::ByteReader: never out of bounds).
class Reader : public util::ByteReader {
 public:
  using ByteReader::ByteReader;
  Hash128 hash() {
    Hash128 h;
    h.low = u64();
    h.high = u64();
    return h;
  }
  util::FileStamp stamp() {
    util::FileStamp s;
    s.size = u64();
    s.mtime_ns = static_cast<std::int64_t>(u64());
    s.ctime_ns = static_cast<std::int64_t>(u64());
    s.inode = u64();
    s.device = u64();
    return s;
  }
  // An id of 0, 20 or 32 bytes; any other size is damage.
  GitBlob blob() {
    GitBlob b;
    const std::string_view id = str();
    if (id.size() != 0 && id.size() != 20 && id.size() != 32) fail();
    if (!ok()) return {};
    std::copy(id.begin(), id.end(), b.id.begin());
    b.id_size = static_cast<std::uint8_t>(id.size());
    b.file_size = u64();
    return b;
  }
};

void put_file_reason(Writer& w, const std::optional<SkippedFile>& f) {
  w.u32(f ? 1 : 0);
  if (!f) return;
  w.str(f->file);
  w.str(f->reason);
}

// Read, and kept only if `keep`.
std::optional<SkippedFile> get_file_reason(Reader& r, bool keep) {
  if (r.u32() == 0) return std::nullopt;
  const std::string_view file = r.str(), reason = r.str();
  if (!keep) return std::nullopt;
  return SkippedFile{std::string(file), std::string(reason)};
}

using findings::kLeastFindingBytes;

// An outcome's fields before its findings, read into `out`, or only passed
// over when it is null (count_findings); then the findings' count. nullopt
// when the bytes do not read or a count is more than they can hold.
std::optional<std::uint32_t> read_head(Reader& r, ArticleOutcome* out) {
  const bool keep = out != nullptr;
  const bool checked = r.u32() != 0;
  const int suppressed = r.i32();
  std::optional<SkippedFile> skipped = get_file_reason(r, keep);
  std::optional<SkippedFile> uncovered = get_file_reason(r, keep);
  // Counts are checked against the bytes left before anything is reserved.
  const std::uint32_t notices = r.u32();
  if (!r.ok() || notices > r.left()) return std::nullopt;
  for (std::uint32_t i = 0; i < notices && r.ok(); ++i) {
    const std::string_view file = r.str();
    const int line = r.i32(), column = r.i32();
    const std::string_view message = r.str();
    if (keep) out->notices.push_back({std::string(file), line, column, std::string(message)});
  }
  const std::uint32_t findings = r.u32();
  if (!r.ok() || findings > r.left() / kLeastFindingBytes) return std::nullopt;
  if (keep) {
    out->checked = checked;
    out->suppressed = suppressed;
    out->skipped = std::move(skipped);
    out->uncovered = std::move(uncovered);
  }
  return findings;
}

}  // namespace

// Sorted by path, one entry per path: save() writes them so; a file from
// elsewhere with a path twice keeps the last, as a map assigned in turn would.
void ArticleCache::by_path(std::vector<Stored>& entries) {
  auto before = [](const Stored& a, const Stored& b) { return a.path < b.path; };
  if (std::adjacent_find(entries.begin(), entries.end(), [](const Stored& a, const Stored& b) {
        return !(a.path < b.path);
      }) == entries.end())
    return;
  std::stable_sort(entries.begin(), entries.end(), before);
  std::size_t kept = 0;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (i + 1 < entries.size() && entries[i + 1].path == entries[i].path) continue;
    entries[kept++] = entries[i];
  }
  entries.resize(kept);
}

std::string Hash128::hex() const { return fmt::format("{:016x}{:016x}", high, low); }

Hash128 hash_bytes(std::string_view bytes) {
  const XXH128_hash_t h = XXH3_128bits(bytes.data(), bytes.size());
  return {h.low64, h.high64};
}

KeyBuilder& KeyBuilder::add(std::string_view part) {
  material_ += fmt::format("{}:", part.size());
  material_ += part;
  return *this;
}

std::string encode_outcome(const ArticleOutcome& outcome) {
  Writer w;
  w.u32(outcome.checked ? 1 : 0);
  w.i32(outcome.suppressed);
  put_file_reason(w, outcome.skipped);
  put_file_reason(w, outcome.uncovered);
  w.u32(static_cast<std::uint32_t>(outcome.notices.size()));
  for (const Notice& n : outcome.notices) {
    w.str(n.file);
    w.i32(n.line);
    w.i32(n.column);
    w.str(n.message);
  }
  w.u32(static_cast<std::uint32_t>(outcome.findings.size()));
  for (const Finding& f : outcome.findings) factlint::findings::encode_finding(w, f);
  return std::move(w.bytes());
}

std::optional<ArticleOutcome> decode_outcome(std::string_view bytes) {
  Reader r(bytes);
  ArticleOutcome outcome;
  const std::optional<std::uint32_t> findings = read_head(r, &outcome);
  if (!findings) return std::nullopt;
  outcome.findings.reserve(*findings);
  for (std::uint32_t i = 0; i < *findings && r.ok(); ++i) {
    Finding f;
    if (!factlint::findings::decode_finding(r, f)) return std::nullopt;
    outcome.findings.push_back(std::move(f));
  }
  if (!r.done()) return std::nullopt;
  return outcome;
}

std::size_t count_findings(std::string_view bytes) {
  Reader r(bytes);
  return read_head(r, nullptr).value_or(0);
}

ArticleCache::ArticleCache(std::string folder, Hash128 key, Diagnostics& diags, const GitWorkTree* git)
    : folder_(std::move(folder)), file_((fs::path(folder_) / (key.hex() + ".cache")).string()), key_(key), git_(git) {
  std::error_code ec;
  if (!fs::exists(file_, ec)) return;
  util::ReadResult read = util::read_file(file_, kMaxFileBytes);
  const char* damage = nullptr;
  if (!read.content) {
    diags.warning({file_}, fmt::format("cannot read the cache: {}; every article is checked afresh", read.error));
    return;
  }
  bytes_ = std::move(*read.content);
  const std::string_view all(bytes_);
  if (all.substr(0, kMagic.size()) != kMagic) {
    damage = "it is not a factlint cache file";
  } else {
    Reader header(all.substr(kMagic.size(), kHeaderBytes - kMagic.size()));
    const std::uint32_t format = header.u32();
    const Hash128 key_read = header.hash();
    const bool whole = all.size() >= kHeaderBytes + kTrailerBytes;
    const std::string_view payload =
        whole ? all.substr(kHeaderBytes, all.size() - kHeaderBytes - kTrailerBytes) : std::string_view{};
    Reader trailer(whole ? all.substr(all.size() - kTrailerBytes) : std::string_view{});
    const std::uint32_t count = trailer.u32();
    const std::uint64_t checksum = trailer.u64();
    if (!header.ok()) {
      damage = "it is cut short";
    } else if (format != kFormat) {
      damage = "it was written in another format (by another factlint version)";
    } else if (!(key_read == key_)) {
      damage = "its contents belong to other sheets or another factlint (its name was changed)";
    } else if (!whole) {
      damage = "it is cut short";
    } else if (XXH3_64bits(payload.data(), payload.size()) != checksum) {
      damage = "its checksum does not match (the file was cut short, changed or damaged)";
    } else {
      Reader r(payload);
      old_.reserve(std::min<std::size_t>(count, payload.size() / 16));
      for (std::uint32_t i = 0; i < count && r.ok(); ++i) {
        Stored& stored = old_.emplace_back();
        stored.path = r.str();
        stored.entry.content = r.hash();
        stored.entry.stamp = r.stamp();
        stored.entry.blob = r.blob();
        stored.entry.outcome = r.str();
      }
      by_path(old_);
      found_.assign(old_.size(), false);
      if (!r.done()) damage = "its entries do not read back";
    }
  }
  if (damage) {
    diags.warning({file_}, fmt::format("the cache was not used: {}; every article is checked afresh", damage),
                  "it is rewritten at the end of this run; deleting the folder is always safe");
    old_.clear();
    found_.clear();
    bytes_.clear();
  }
}

ArticleCache::Slot ArticleCache::slot(std::string_view path) const {
  const auto it = std::lower_bound(old_.begin(), old_.end(), path,
                                   [](const Stored& s, std::string_view p) { return s.path < p; });
  if (it == old_.end() || it->path != path) return std::nullopt;
  return static_cast<std::size_t>(it - old_.begin());
}

std::vector<ArticleCache::Slot> ArticleCache::slots(const std::vector<std::string>& paths) const {
  std::vector<Slot> out(paths.size());
  if (!std::is_sorted(paths.begin(), paths.end())) {
    for (std::size_t i = 0; i < paths.size(); ++i) out[i] = slot(paths[i]);
    return out;
  }
  std::size_t at = 0;  // both sorted: walk them side by side
  for (std::size_t i = 0; i < paths.size(); ++i) {
    while (at < old_.size() && old_[at].path < paths[i]) ++at;
    if (at < old_.size() && old_[at].path == paths[i]) out[i] = at;
  }
  return out;
}

std::size_t ArticleCache::findings_in(const std::vector<Slot>& slots) const {
  std::size_t findings = 0;
  for (const Slot& slot : slots)
    if (slot) findings += count_findings(old_[*slot].entry.outcome);
  return findings;
}

std::optional<std::string_view> ArticleCache::find(Slot slot, Hash128 content) const {
  if (!slot || !(old_[*slot].entry.content == content)) return std::nullopt;
  return old_[*slot].entry.outcome;
}

std::optional<ArticleCache::Found> ArticleCache::find_unchanged(Slot slot, const util::FileStamp& stamp) const {
  if (!slot) return std::nullopt;
  const Entry& entry = old_[*slot].entry;
  if (entry.stamp.empty() || !(entry.stamp == stamp)) return std::nullopt;
  return Found{entry.content, entry.stamp, entry.blob, entry.outcome};
}

std::optional<ArticleCache::Found> ArticleCache::find_blob(Slot slot, const GitBlob& blob) const {
  if (!slot) return std::nullopt;
  const Entry& entry = old_[*slot].entry;
  if (entry.blob.empty() || !(entry.blob == blob)) return std::nullopt;
  return Found{entry.content, entry.stamp, entry.blob, entry.outcome};
}

void ArticleCache::record(const std::string& path, Hash128 content, const util::FileStamp& stamp,
                          const GitBlob& blob, std::string outcome) {
  fresh_.push_back({path, {content, stamp, blob, {}}, std::move(outcome)});
  changed_ = true;
}

void ArticleCache::record_found(const std::string& path, std::size_t slot, Hash128 content,
                                const util::FileStamp& stamp, const GitBlob& blob) {
  const Entry& stored = old_.at(slot).entry;
  // The same bytes: a blob stored for them still stands when this run knows
  // none (git's index not in use, or the file changed since the checkout).
  const GitBlob& known = blob.empty() ? stored.blob : blob;
  if (stored.content == content && stored.stamp == stamp && stored.blob == known) {  // kept as it was read
    if (!found_[slot]) ++found_count_;
    found_[slot] = true;
    return;
  }
  fresh_.push_back({path, {content, stamp, known, stored.outcome}, {}});
  changed_ = true;
}

void ArticleCache::save(Diagnostics& diags) {
  // Every stored entry found again as it was and nothing new: the file stays.
  if (!changed_ && found_count_ == old_.size()) return;
  std::vector<std::pair<std::string_view, Entry>> entries;
  entries.reserve(fresh_.size() + old_.size());
  for (Fresh& f : fresh_) {
    if (!f.outcome.empty()) f.entry.outcome = f.outcome;
    entries.push_back({f.path, f.entry});
  }
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  const std::size_t ran = entries.size();
  for (std::size_t slot = 0; slot < old_.size(); ++slot) {
    const auto& [path, entry] = old_[slot];
    if (found_[slot]) {
      entries.push_back({path, entry});
      continue;
    }
    std::error_code ec;
    const bool in_run = std::binary_search(entries.begin(), entries.begin() + static_cast<std::ptrdiff_t>(ran),
                                           std::pair<std::string_view, Entry>{path, {}},
                                           [](const auto& a, const auto& b) { return a.first < b.first; });
    if (!in_run && fs::is_regular_file(fs::path(std::string(path)), ec)) entries.push_back({path, entry});
  }
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::error_code ec;
  const bool made = !fs::exists(folder_, ec);
  util::AtomicFile file(file_);  // written as it goes: never a second copy in memory
  Writer header;
  header.bytes() = std::string(kMagic);
  header.u32(kFormat);
  header.hash(key_);
  file.stream() << header.bytes();
  XXH3_state_t* checksum = XXH3_createState();
  XXH3_64bits_reset(checksum);
  for (const auto& [path, entry] : entries) {
    Writer w;
    w.str(path);
    w.hash(entry.content);
    w.stamp(entry.stamp);
    w.blob(entry.blob);
    w.u32(static_cast<std::uint32_t>(entry.outcome.size()));
    XXH3_64bits_update(checksum, w.bytes().data(), w.bytes().size());
    XXH3_64bits_update(checksum, entry.outcome.data(), entry.outcome.size());
    file.stream() << w.bytes() << entry.outcome;
  }
  Writer trailer;
  trailer.u32(static_cast<std::uint32_t>(entries.size()));
  trailer.u64(XXH3_64bits_digest(checksum));
  XXH3_freeState(checksum);
  file.stream() << trailer.bytes();
  std::string error = file.commit();
  if (!error.empty()) {
    diags.warning({file_}, fmt::format("cannot write the cache: {}; the results are complete, but the next run "
                                       "checks every article again",
                                       error),
                  "make the folder writable, name another with --cache-dir, or leave out --cache");
    return;
  }
  if (made) {  // a new folder: backup tools and git leave it alone
    util::atomic_write((fs::path(folder_) / "CACHEDIR.TAG").string(),
                       "Signature: 8a477f597d28d172789f06886806bc55\n"
                       "# This folder is factlint's article cache (factlint check --cache); deleting it is safe.\n");
    util::atomic_write((fs::path(folder_) / ".gitignore").string(), "# factlint's article cache\n*\n");
  }
  // Other run keys' files (other sheets, another factlint): keep the newest few.
  std::vector<std::pair<fs::file_time_type, fs::path>> files;
  for (const fs::directory_entry& e : fs::directory_iterator(folder_, ec)) {
    std::error_code time_ec;
    if (e.path().extension() == ".cache" && e.path() != fs::path(file_))
      files.push_back({e.last_write_time(time_ec), e.path()});
  }
  std::sort(files.begin(), files.end(), std::greater<>());
  for (std::size_t i = kKeptFiles - 1; i < files.size(); ++i) fs::remove(files[i].second, ec);
}

}  // namespace factlint::cli
