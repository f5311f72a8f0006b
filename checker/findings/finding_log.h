// FindingLog: the findings of a run, in report order, for the reporters to
// read as often as they need. They are held in memory up to a limit; past it
// every finding goes to an unnamed temporary file (encoded as the article
// cache encodes them, finding_codec.h) and is read back, one at a time, each
// time a report walks the list. Peak memory then no longer grows with the
// number of findings.
//
// The reports must come out the same with the findings in memory or in the
// file (tests/unit/report/report_spill_test.cc writes every format both
// ways). Findings are expected in sort_findings' order (the jobs merge them
// so); one added out of that order brings every finding back into memory, to
// be sorted by finish(), rather than give a report in another order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "checker/findings/finding.h"
#include "checker/util/byte_codec.h"

namespace factlint {

class FindingLog {
 public:
  // Never spills: every finding in memory.
  FindingLog() = default;
  // Findings already at hand (tests, `factlint merge`), in memory, sorted
  // as the reports list them. Not explicit: a reporter can be given a vector.
  FindingLog(std::vector<Finding> findings);  // NOLINT(google-explicit-constructor)
  // Spills to a temporary file in `folder` (empty: $TMPDIR, else /tmp) once
  // the findings in memory take more than `memory_limit` bytes.
  FindingLog(std::size_t memory_limit, std::string folder);
  FindingLog(FindingLog&& other) noexcept;
  FindingLog& operator=(FindingLog&& other) noexcept;
  FindingLog(const FindingLog&) = delete;
  FindingLog& operator=(const FindingLog&) = delete;
  ~FindingLog();

  void add(Finding finding);
  // From now on findings are counted, not kept: for a run whose every report
  // was written as the findings came (cli/write_reports.h), where only the
  // counts are asked for (the summary, the exit code). Walking the log then
  // gives no finding. Call before the first add().
  void count_only() { count_only_ = true; }
  // Sorts the findings if one came out of order. Call once all are added.
  void finish();

  std::size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }
  // Findings of each severity.
  std::size_t count(Severity severity) const { return by_severity_[static_cast<int>(severity)]; }

  // For --stats: whether findings went to the temporary file, how many bytes,
  // and why a log that should have spilled kept them in memory ("" if not).
  bool spilled() const { return spilled_; }
  std::uint64_t spilled_bytes() const { return file_bytes_; }
  const std::string& kept_in_memory_because() const { return why_in_memory_; }

  // An input iterator: each dereference is valid until the next increment,
  // and copies share the buffer of what was read: advance one copy only.
  // Reading the temporary file back can fail only as the disk fails; that
  // throws std::runtime_error with a plain message.
  class Iterator {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = Finding;
    using difference_type = std::ptrdiff_t;
    using pointer = const Finding*;
    using reference = const Finding&;

    Iterator() = default;
    const Finding& operator*() const { return *current_; }
    const Finding* operator->() const { return current_; }
    Iterator& operator++();
    bool operator==(const Iterator& other) const { return index_ == other.index_; }

   private:
    friend class FindingLog;
    Iterator(const FindingLog* log, std::size_t index);
    void load();  // decodes finding index_ from the chunks (spilled logs)

    const FindingLog* log_ = nullptr;
    std::size_t index_ = 0;
    const Finding* current_ = nullptr;
    // Spilled: the chunk being read, where in it, and the finding decoded.
    std::size_t chunk_ = 0;
    std::size_t offset_ = 0;
    std::shared_ptr<std::string> buffer_;
    std::shared_ptr<Finding> decoded_;
  };
  Iterator begin() const { return Iterator(this, count_only_ ? count_ : 0); }
  Iterator end() const { return Iterator(this, count_); }

 private:
  // A run of whole encoded findings: in the file at `offset`, or in `bytes`
  // when the file could not take them.
  struct Chunk {
    std::uint64_t offset = 0;
    std::size_t size = 0;
    std::string bytes;
    bool in_file = false;
  };
  void spill();
  void flush();
  bool in_order(const Finding& f) const;
  void unspill();

  std::vector<Finding> memory_;
  std::size_t memory_bytes_ = 0;
  std::size_t limit_ = static_cast<std::size_t>(-1);
  std::string folder_;
  bool spilled_ = false;
  bool sorted_ = true;
  bool count_only_ = false;
  int fd_ = -1;
  bool file_failed_ = false;  // a write failed: later chunks stay in memory
  std::uint64_t file_bytes_ = 0;
  std::vector<Chunk> chunks_;
  util::ByteWriter pending_;  // encoded findings not yet in a chunk
  std::string why_in_memory_;
  std::size_t count_ = 0;
  std::size_t by_severity_[3] = {0, 0, 0};
  Finding last_;  // the order key of the last finding added (file, line, column, rule, kind, ...)
};

// The summary's counts of the findings, with the skipped files sorted.
Summary summarize(const FindingLog& findings, int articles, std::vector<SkippedFile> skipped);
// The same for findings at hand (tests), which a brace list can name.
Summary summarize(const std::vector<Finding>& findings, int articles, std::vector<SkippedFile> skipped);

}  // namespace factlint
