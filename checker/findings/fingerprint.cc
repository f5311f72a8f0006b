#include "checker/findings/fingerprint.h"

#include <cctype>
#include <cstdint>

#include <fmt/format.h>

namespace factlint {

std::string normalized_sentence(std::string_view sentence) {
  std::string out;
  out.reserve(sentence.size());
  bool space = false;
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(sentence[i]);
    // U+2018/2019 and U+201C/201D (E2 80 98..9D) as straight quotes.
    if (c == 0xE2 && i + 2 < sentence.size() && static_cast<unsigned char>(sentence[i + 1]) == 0x80) {
      unsigned char d = static_cast<unsigned char>(sentence[i + 2]);
      if (d >= 0x98 && d <= 0x9D) {
        c = d <= 0x9B ? '\'' : '"';
        i += 2;
      }
    }
    if (std::isspace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(c));
  }
  return out;
}

std::string fingerprint(const Finding& finding) { return fmt::format("{:016x}", fingerprint_hash(finding)); }

std::uint64_t fingerprint_hash(const Finding& finding) {
  std::uint64_t hash = 14695981039346656037ull;
  auto mix = [&](std::string_view part) {
    for (unsigned char c : part) {
      hash ^= c;
      hash *= 1099511628211ull;
    }
    hash ^= 0xFF;  // separator, so ("ab","c") and ("a","bc") differ
    hash *= 1099511628211ull;
  };
  mix(finding.rule);
  mix(finding.file);
  mix(normalized_sentence(finding.sentence));
  mix(finding.found);
  return hash;
}

}  // namespace factlint
