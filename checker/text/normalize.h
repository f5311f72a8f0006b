// Text normalisation for matching: curly quotes and apostrophes become ' and ",
// non-breaking and other Unicode spaces become ' ', dashes and Unicode hyphens
// become '-'. Every output byte remembers the input byte it came from, so the
// map from matched text back to the file stays exact.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "checker/text/origin_map.h"

namespace factlint::text {

struct Normalized {
  std::string text;
  OriginMap origin;  // text byte -> input byte + base; size text.size()+1
};

// `input` must be valid UTF-8. `base` is added to every origin entry (the
// offset of `input` within the file).
Normalized normalize(std::string_view input, std::uint32_t base = 0);

}  // namespace factlint::text
