#include "checker/findings/finding_log.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <tuple>
#include <utility>

#include <fmt/format.h>

#include "checker/findings/finding_codec.h"
#include "checker/util/byte_codec.h"
#include "checker/util/error_reason.h"

namespace factlint {

namespace {

// Findings are encoded into runs of about this many bytes, each written with
// one call and read back with one.
constexpr std::size_t kChunkBytes = std::size_t{1} << 20;

// What a finding takes in memory: the struct, and each string's heap block
// when it is too long to be held inside the string.
std::size_t footprint(const Finding& f) {
  std::size_t bytes = sizeof(Finding);
  for (const std::string* s : {&f.file, &f.rule, &f.message, &f.found, &f.expected, &f.source, &f.sentence, &f.detail})
    if (s->capacity() > 15) bytes += s->capacity() + 1;
  return bytes;
}

std::string temp_folder(const std::string& folder) {
  if (!folder.empty()) return folder;
  const char* tmpdir = std::getenv("TMPDIR");
  return tmpdir && *tmpdir ? tmpdir : "/tmp";
}

bool write_all(int fd, std::string_view bytes, std::uint64_t offset) {
  while (!bytes.empty()) {
    const ssize_t n = ::pwrite(fd, bytes.data(), bytes.size(), static_cast<off_t>(offset));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(n));
    offset += static_cast<std::uint64_t>(n);
  }
  return true;
}

}  // namespace

FindingLog::FindingLog(std::vector<Finding> findings) : memory_(std::move(findings)), count_(memory_.size()) {
  if (!std::is_sorted(memory_.begin(), memory_.end(), finding_before))
    std::stable_sort(memory_.begin(), memory_.end(), finding_before);
  if (!memory_.empty()) last_ = memory_.back();
  for (const Finding& f : memory_) ++by_severity_[static_cast<int>(f.severity)];
}

FindingLog::FindingLog(std::size_t memory_limit, std::string folder)
    : limit_(memory_limit), folder_(std::move(folder)) {}

FindingLog::FindingLog(FindingLog&& other) noexcept { *this = std::move(other); }

FindingLog& FindingLog::operator=(FindingLog&& other) noexcept {
  if (this == &other) return *this;
  if (fd_ >= 0) ::close(fd_);
  memory_ = std::move(other.memory_);
  memory_bytes_ = other.memory_bytes_;
  limit_ = other.limit_;
  folder_ = std::move(other.folder_);
  spilled_ = other.spilled_;
  sorted_ = other.sorted_;
  count_only_ = other.count_only_;
  fd_ = std::exchange(other.fd_, -1);
  file_failed_ = other.file_failed_;
  file_bytes_ = other.file_bytes_;
  chunks_ = std::move(other.chunks_);
  pending_ = std::move(other.pending_);
  why_in_memory_ = std::move(other.why_in_memory_);
  count_ = std::exchange(other.count_, 0);
  std::copy(std::begin(other.by_severity_), std::end(other.by_severity_), by_severity_);
  last_ = std::move(other.last_);
  return *this;
}

FindingLog::~FindingLog() {
  if (fd_ >= 0) ::close(fd_);
}

bool FindingLog::in_order(const Finding& f) const { return count_ == 0 || !finding_before(f, last_); }

void FindingLog::add(Finding finding) {
  ++by_severity_[static_cast<int>(finding.severity)];
  if (count_only_) {
    ++count_;
    return;
  }
  if (sorted_ && !in_order(finding)) {
    sorted_ = false;
    unspill();
  }
  if (sorted_) {  // the order key, reusing last_'s buffers
    last_.file = finding.file;
    last_.line = finding.line;
    last_.column = finding.column;
    last_.rule = finding.rule;
    last_.kind = finding.kind;
    last_.end_line = finding.end_line;
    last_.end_column = finding.end_column;
    last_.message = finding.message;
  }
  ++count_;
  if (spilled_) {
    findings::encode_finding(pending_, finding);
    if (pending_.bytes().size() >= kChunkBytes) flush();
    return;
  }
  memory_bytes_ += footprint(finding);
  memory_.push_back(std::move(finding));
  if (memory_bytes_ > limit_) spill();
}

void FindingLog::spill() {
  std::string folder = temp_folder(folder_);
  std::string path = folder + "/factlint-findings-XXXXXX";
  fd_ = ::mkstemp(path.data());
  if (fd_ < 0) {
    why_in_memory_ = fmt::format("cannot make a temporary file in {}: {}", folder, util::error_reason(errno));
    limit_ = static_cast<std::size_t>(-1);
    return;
  }
  ::unlink(path.c_str());  // gone when the run ends, however it ends
  spilled_ = true;
  for (const Finding& f : memory_) {
    findings::encode_finding(pending_, f);
    if (pending_.bytes().size() >= kChunkBytes) flush();
  }
  std::vector<Finding>().swap(memory_);  // the memory itself given back
  memory_bytes_ = 0;
}

void FindingLog::flush() {
  std::string& pending = pending_.bytes();
  if (pending.empty()) return;
  Chunk chunk;
  chunk.size = pending.size();
  if (fd_ >= 0 && !file_failed_ && write_all(fd_, pending, file_bytes_)) {
    chunk.offset = file_bytes_;
    chunk.in_file = true;
    file_bytes_ += chunk.size;
    pending.clear();
  } else {
    // A full disk: these findings, and those after them, stay in memory
    // (the file stays open: the chunks already in it are read from it).
    if (!file_failed_) {
      why_in_memory_ = fmt::format("the temporary file could not be written: {}", util::error_reason(errno));
      file_failed_ = true;
    }
    chunk.bytes = std::move(pending);
    pending.clear();
  }
  chunks_.push_back(std::move(chunk));
}

void FindingLog::unspill() {
  if (!spilled_) {
    limit_ = static_cast<std::size_t>(-1);
    return;
  }
  std::vector<Finding> all;
  all.reserve(count_);
  for (const Finding& f : *this) all.push_back(f);
  memory_ = std::move(all);
  chunks_.clear();
  pending_.bytes().clear();
  spilled_ = false;
  limit_ = static_cast<std::size_t>(-1);
  why_in_memory_ = "findings came out of order";
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
}

void FindingLog::finish() {
  if (spilled_) flush();
  if (!sorted_) std::stable_sort(memory_.begin(), memory_.end(), finding_before);
  sorted_ = true;
}

FindingLog::Iterator::Iterator(const FindingLog* log, std::size_t index) : log_(log), index_(index) {
  if (index_ < log_->count_) load();
}

FindingLog::Iterator& FindingLog::Iterator::operator++() {
  ++index_;
  if (index_ < log_->count_) load();
  return *this;
}

void FindingLog::Iterator::load() {
  if (!log_->spilled_) {
    current_ = &log_->memory_[index_];
    return;
  }
  if (!decoded_) {
    decoded_ = std::make_shared<Finding>();
    buffer_ = std::make_shared<std::string>();
    chunk_ = 0;
    offset_ = 0;
  }
  // The chunk holding this finding: chunks_, then what is pending.
  auto chunk_bytes = [&](std::size_t i) -> std::string_view {
    if (i == log_->chunks_.size()) return log_->pending_.bytes();
    const Chunk& c = log_->chunks_[i];
    if (!c.in_file) return c.bytes;
    return *buffer_;
  };
  auto read_chunk = [&](std::size_t i) {
    if (i == log_->chunks_.size() || !log_->chunks_[i].in_file) return;
    const Chunk& c = log_->chunks_[i];
    buffer_->resize(c.size);
    std::size_t done = 0;
    while (done < c.size) {
      const ssize_t n = ::pread(log_->fd_, buffer_->data() + done, c.size - done,
                                static_cast<off_t>(c.offset + done));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0)
        throw std::runtime_error(fmt::format("cannot read back the findings kept in a temporary file: {}",
                                             n < 0 ? util::error_reason(errno) : "the file is shorter than written"));
      done += static_cast<std::size_t>(n);
    }
  };
  if (offset_ == 0) read_chunk(chunk_);
  while (offset_ >= chunk_bytes(chunk_).size()) {  // this chunk read to its end: the next
    ++chunk_;
    offset_ = 0;
    if (chunk_ > log_->chunks_.size())
      throw std::runtime_error("the findings kept in a temporary file are fewer than written");
    read_chunk(chunk_);
  }
  const std::string_view bytes = chunk_bytes(chunk_);
  util::ByteReader r(bytes.substr(offset_));
  if (!findings::decode_finding(r, *decoded_))
    throw std::runtime_error("the findings kept in a temporary file do not read back as written");
  offset_ += r.at();
  current_ = decoded_.get();
}

Summary summarize(const FindingLog& findings, int articles, std::vector<SkippedFile> skipped) {
  Summary summary;
  summary.articles = articles;
  summary.findings = static_cast<int>(findings.size());
  summary.errors = static_cast<int>(findings.count(Severity::kError));
  summary.warnings = static_cast<int>(findings.count(Severity::kWarning));
  summary.infos = static_cast<int>(findings.count(Severity::kInfo));
  std::sort(skipped.begin(), skipped.end(),
            [](const SkippedFile& a, const SkippedFile& b) { return a.file < b.file; });
  summary.skipped = static_cast<int>(skipped.size());
  summary.skipped_files = std::move(skipped);
  return summary;
}

Summary summarize(const std::vector<Finding>& findings, int articles, std::vector<SkippedFile> skipped) {
  return summarize(FindingLog(findings), articles, std::move(skipped));
}

}  // namespace factlint
