#include "checker/util/common_words.h"

#include <algorithm>
#include <array>
#include <span>
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
    // cmake/common_words.cmake writes them sorted (byte order, as string_view
    // compares); the unit test "the everyday-word list is sorted" keeps it so.
    return out;
  }();
  return sorted;
}

}  // namespace

bool is_common_word(std::string_view word) {
  std::array<char, 64> buffer;
  if (word.empty() || word.size() > buffer.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c < 'a' || c > 'z') return false;
    buffer[i] = c;
  }
  return std::binary_search(words().begin(), words().end(), std::string_view(buffer.data(), word.size()));
}

std::span<const std::string_view> common_words() { return words(); }

}  // namespace factlint::util
