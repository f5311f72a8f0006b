#include "checker/cli/write_reports.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "checker/util/atomic_write.h"

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

}  // namespace

void write_reports(const std::vector<config::ReportRequest>& reports, const FindingLog& findings,
                   const Summary& summary, const report::ReportOptions& options, std::ostream& out,
                   Diagnostics& diags) {
  bool github = false;
  for (const config::ReportRequest& request : reports) {
    report::Writer writer = report::writer_for(request.format);
    if (writer == nullptr) continue;  // rejected by resolve_settings
    github = github || request.format == "github";
    if (request.path.empty()) {
      writer(findings, summary, options, out);
      continue;
    }
    // What went to standard output so far goes out first: the path may be
    // standard output too (--report json=/dev/stdout), written through its
    // own copy of the descriptor.
    out.flush();
    report::ReportOptions file_options = options;
    file_options.color = false;  // colour codes belong on terminals, not in files
    util::AtomicFile file(request.path);  // written as the report goes, never whole in memory
    writer(findings, summary, file_options, file.stream());
    std::string error = file.commit();
    if (!error.empty()) {
      diags.error({request.path}, fmt::format("cannot write the {} report: {}", request.format, error),
                  "check the folder exists or can be created, and is writable");
    }
  }
  if (github) append_step_summary(findings, summary, options, diags);
}

}  // namespace factlint::cli
