// Reporters: findings and the summary -> one output format. One function per
// format, one signature; each writes to the stream it is given.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "checker/findings/finding.h"

namespace factlint::report {

struct ReportOptions {
  bool color = false;          // ANSI colour (text only)
  bool quiet = false;          // text: finding lines only, no excerpts or summary
  std::string tool_version;    // "0.1.0"
};

void write_text(const std::vector<Finding>& findings, const Summary& summary, const ReportOptions& options,
                std::ostream& out);
void write_json(const std::vector<Finding>& findings, const Summary& summary, const ReportOptions& options,
                std::ostream& out);

using Writer = void (*)(const std::vector<Finding>&, const Summary&, const ReportOptions&, std::ostream&);

// The writer for a format name ("text", "json"), or nullptr.
Writer writer_for(std::string_view format);
// "text, json": for --help and error messages.
std::string format_names();

}  // namespace factlint::report
