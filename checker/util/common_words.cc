#include "checker/util/common_words.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace factlint::util {
namespace {

#include "common_words.inc"  // kCommonWordChunks, generated at build time

const std::vector<std::string_view>& words() {
  static const std::vector<std::string_view> sorted = [] {
    std::vector<std::string_view> out;
    out.reserve(70000);
    for (std::string_view chunk : kCommonWordChunks) {
      while (!chunk.empty()) {
        const std::size_t nl = chunk.find('\n');
        out.push_back(chunk.substr(0, nl));
        if (nl == std::string_view::npos) break;
        chunk.remove_prefix(nl + 1);
      }
    }
    std::sort(out.begin(), out.end());
    return out;
  }();
  return sorted;
}

}  // namespace

bool is_common_word(std::string_view word) {
  if (word.empty() || word.size() > 64) return false;
  std::string lower(word);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c < 'a' || c > 'z') return false;
  }
  return std::binary_search(words().begin(), words().end(), std::string_view(lower));
}

}  // namespace factlint::util
