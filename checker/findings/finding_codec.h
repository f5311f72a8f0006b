// One finding as bytes (util/byte_codec.h): the article cache stores each
// article's findings so, and a run spills its findings so when they outgrow
// memory (finding_log.h). Every field, in a fixed order; decoding checks the
// severity and kind, so damaged bytes never make an impossible finding.
#pragma once

#include "checker/findings/finding.h"
#include "checker/util/byte_codec.h"

namespace factlint::findings {

// Each encoded finding takes at least its path's length, nine numbers and
// seven more lengths: a count the bytes left cannot hold is damage, not a size
// to allocate for.
constexpr std::size_t kLeastFindingBytes = 4 + 9 * 4 + 7 * 4;

void encode_finding(util::ByteWriter& w, const Finding& f);
// Reads one finding into `f`; false (and `r` failed) on damaged bytes.
bool decode_finding(util::ByteReader& r, Finding& f);

}  // namespace factlint::findings
