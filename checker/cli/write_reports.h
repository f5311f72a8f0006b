// Writing every requested report: to standard output, or to a file written
// atomically (util/atomic_write.h) with its folder created. The github format
// also appends a Markdown summary to $GITHUB_STEP_SUMMARY when that is set.
#pragma once

#include <memory>
#include <optional>
#include <ostream>
#include <vector>

#include "checker/config/config.h"
#include "checker/findings/finding_log.h"
#include "checker/report/report.h"
#include "checker/util/atomic_write.h"
#include "checker/util/diagnostics.h"

namespace factlint::cli {

// Reports that cannot be written are errors in `diags` (exit 2); the others
// are still written.
void write_reports(const std::vector<config::ReportRequest>& reports, const FindingLog& findings,
                   const Summary& summary, const report::ReportOptions& options, std::ostream& out,
                   Diagnostics& diags);

// The reports of a check, the first of them written as the findings come
// when its format allows (text and github: report::streaming_writer_for), so
// that whoever reads it, in a terminal or a CI log, sees each finding once
// its article is checked rather than after the last one. Only the first:
// the reports then reach every destination in the order write_reports
// writes them, byte for byte, whatever the destinations are (two may be
// standard output, one of them as /dev/stdout).
class StreamedReports {
 public:
  // `reports`, `options` and `out` must outlive this object. `stream`
  // false: nothing is written before finish() (findings that may come out of
  // order, which FindingLog sorts).
  StreamedReports(const std::vector<config::ReportRequest>& reports, const report::ReportOptions& options,
                  std::ostream& out, bool stream = true);
  StreamedReports(const StreamedReports&) = delete;
  StreamedReports& operator=(const StreamedReports&) = delete;
  ~StreamedReports();

  // Whether add() writes anything: the first report streams.
  bool streaming() const { return writer_.has_value(); }
  // Whether finish() reads the findings: a report not streamed, or the
  // GitHub job summary ($GITHUB_STEP_SUMMARY set). When not, the run need
  // only count them (FindingLog::count_only).
  bool needs_findings() const;
  // One finding, as it is reported: each after every finding before it in
  // the reports' order (findings/finding.h, finding_before).
  void add(const Finding& finding);
  // Every report, finished: the streamed one's end (files skipped, notices,
  // summary) and the others whole, from `findings` (every finding added).
  void finish(const FindingLog& findings, const Summary& summary, Diagnostics& diags);

 private:
  const std::vector<config::ReportRequest>& reports_;
  const report::ReportOptions& options_;
  std::ostream& out_;
  std::optional<report::StreamingWriter> writer_;
  report::ReportOptions file_options_;  // the streamed report's, when it goes to a file
  std::unique_ptr<util::AtomicFile> file_;
  std::ostream* stream_ = nullptr;  // where the streamed report goes
};

}  // namespace factlint::cli
