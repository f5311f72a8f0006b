#include "checker/findings/finding_codec.h"

namespace factlint::findings {
namespace {

// A string read into `s`: copied where `s` has room (a Finding decoded again
// and again, findings/finding_log.cc), else made at its size at once (a
// fresh Finding, as the article cache decodes them: assigning through
// std::string's general replace cost a warm --cache run 3.7% more work).
void read_into(util::ByteReader& r, std::string& s) {
  const std::string_view bytes = r.str();
  if (s.capacity() >= bytes.size())
    s.assign(bytes);
  else
    s = std::string(bytes);
}

}  // namespace

void encode_finding(util::ByteWriter& w, const Finding& f) {
  w.str(f.file);
  for (int v : {f.line, f.column, f.end_line, f.end_column, static_cast<int>(f.severity), static_cast<int>(f.kind),
                f.highlight_begin, f.highlight_end, f.utf16_column})
    w.i32(v);
  for (const std::string* s : {&f.rule, &f.message, &f.found, &f.expected, &f.source, &f.sentence, &f.detail})
    w.str(*s);
}

bool decode_finding(util::ByteReader& r, Finding& f) {
  read_into(r, f.file);
  f.line = r.i32();
  f.column = r.i32();
  f.end_line = r.i32();
  f.end_column = r.i32();
  const int severity = r.i32(), kind = r.i32();
  if (severity < 0 || severity > static_cast<int>(Severity::kInfo) || kind < 0 ||
      kind >= static_cast<int>(kFindingKinds.size())) {
    r.fail();
    return false;
  }
  f.severity = static_cast<Severity>(severity);
  f.kind = static_cast<FindingKind>(kind);
  f.highlight_begin = r.i32();
  f.highlight_end = r.i32();
  f.utf16_column = r.i32();
  for (std::string* s : {&f.rule, &f.message, &f.found, &f.expected, &f.source, &f.sentence, &f.detail}) read_into(r, *s);
  return r.ok();
}

}  // namespace factlint::findings
