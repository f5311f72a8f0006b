// Writing every requested report: to standard output, or to a file written
// atomically (util/atomic_write.h) with its folder created. The github format
// also appends a Markdown summary to $GITHUB_STEP_SUMMARY when that is set.
#pragma once

#include <ostream>
#include <vector>

#include "checker/config/config.h"
#include "checker/findings/finding_log.h"
#include "checker/report/report.h"
#include "checker/util/diagnostics.h"

namespace factlint::cli {

// Reports that cannot be written are errors in `diags` (exit 2); the others
// are still written.
void write_reports(const std::vector<config::ReportRequest>& reports, const FindingLog& findings,
                   const Summary& summary, const report::ReportOptions& options, std::ostream& out,
                   Diagnostics& diags);

}  // namespace factlint::cli
