#include "checker/cli/write_reports.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

namespace factlint::cli {

namespace {

// GitHub shows at most 10 annotations per level per step; the job summary is
// where the whole list lives. The file is GitHub's, shared by every step of
// the job, so we append to it rather than replace it.
void append_step_summary(const FindingLog& findings, const Summary& summary,
                         const report::ReportOptions& options, Diagnostics& diags) {
  const char* path = std::getenv("GITHUB_STEP_SUMMARY");
  if (path == nullptr || *path == '\0') return;
  std::ofstream file(path, std::ios::app | std::ios::binary);
  if (!file) {
    diags.warning({path}, "cannot append the job summary to $GITHUB_STEP_SUMMARY");
    return;
  }
  report::write_github_summary(findings, summary, options, file);
}

// Colour codes belong on terminals, not in files.
report::ReportOptions for_a_file(const report::ReportOptions& options) {
  report::ReportOptions file_options = options;
  file_options.color = false;
  return file_options;
}

void commit(util::AtomicFile& file, const config::ReportRequest& request, Diagnostics& diags) {
  std::string error = file.commit();
  if (!error.empty()) {
    diags.error({request.path}, fmt::format("cannot write the {} report: {}", request.format, error),
                "check the folder exists or can be created, and is writable");
  }
}

// Every report from `first` on, written whole.
void write_from(std::size_t first, const std::vector<config::ReportRequest>& reports, const FindingLog& findings,
                const Summary& summary, const report::ReportOptions& options, std::ostream& out,
                Diagnostics& diags) {
  for (std::size_t i = first; i < reports.size(); ++i) {
    const config::ReportRequest& request = reports[i];
    report::Writer writer = report::writer_for(request.format);
    if (writer == nullptr) continue;  // rejected by resolve_settings
    if (request.path.empty()) {
      writer(findings, summary, options, out);
      continue;
    }
    // What went to standard output so far goes out first: the path may be
    // standard output too (--report json=/dev/stdout), written through its
    // own copy of the descriptor.
    out.flush();
    util::AtomicFile file(request.path);  // written as the report goes, never whole in memory
    writer(findings, summary, for_a_file(options), file.stream());
    commit(file, request, diags);
  }
}

bool any_github(const std::vector<config::ReportRequest>& reports) {
  for (const config::ReportRequest& request : reports)
    if (request.format == "github" && report::writer_for(request.format) != nullptr) return true;
  return false;
}

}  // namespace

void write_reports(const std::vector<config::ReportRequest>& reports, const FindingLog& findings,
                   const Summary& summary, const report::ReportOptions& options, std::ostream& out,
                   Diagnostics& diags) {
  write_from(0, reports, findings, summary, options, out, diags);
  if (any_github(reports)) append_step_summary(findings, summary, options, diags);
}

StreamedReports::StreamedReports(const std::vector<config::ReportRequest>& reports,
                                 const report::ReportOptions& options, std::ostream& out, bool stream)
    : reports_(reports), options_(options), out_(out) {
  if (!stream || reports_.empty() || report::writer_for(reports_.front().format) == nullptr) return;
  writer_ = report::streaming_writer_for(reports_.front().format);
  if (!writer_) return;
  if (reports_.front().path.empty()) {
    stream_ = &out_;
  } else {
    out_.flush();
    file_options_ = for_a_file(options_);
    file_ = std::make_unique<util::AtomicFile>(reports_.front().path);
    stream_ = &file_->stream();
  }
}

StreamedReports::~StreamedReports() = default;

bool StreamedReports::needs_findings() const {
  if (!writer_ || reports_.size() > 1) return true;
  const char* summary = std::getenv("GITHUB_STEP_SUMMARY");
  return any_github(reports_) && summary != nullptr && *summary != '\0';
}

void StreamedReports::add(const Finding& finding) {
  if (writer_) writer_->finding(finding, file_ ? file_options_ : options_, *stream_);
}

void StreamedReports::finish(const FindingLog& findings, const Summary& summary, Diagnostics& diags) {
  std::size_t first = 0;
  if (writer_) {
    writer_->end(summary, file_ ? file_options_ : options_, *stream_);
    if (file_) commit(*file_, reports_.front(), diags);
    first = 1;
  }
  write_from(first, reports_, findings, summary, options_, out_, diags);
  if (any_github(reports_)) append_step_summary(findings, summary, options_, diags);
}

}  // namespace factlint::cli
