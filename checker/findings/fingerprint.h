// Fingerprint: a finding's identity that survives edits elsewhere in the
// article. Used by baselines (accepted findings), SARIF partialFingerprints and
// GitLab Code Quality. Never the line number: moving a paragraph keeps it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "checker/findings/finding.h"

namespace factlint {

// The sentence as compared across edits: lower case, runs of white space as one
// space, curly quotes as straight ones, trimmed.
std::string normalized_sentence(std::string_view sentence);

// 16 lowercase hex digits of a 64-bit FNV-1a hash of rule, file, the
// normalised sentence and the found text. Two findings of one rule in one
// sentence differ by their found text.
std::string fingerprint(const Finding& finding);
// The same hash as a number: fingerprint() is its 16 hex digits.
std::uint64_t fingerprint_hash(const Finding& finding);

}  // namespace factlint
