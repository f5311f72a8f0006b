#include "checker/util/common_words.h"

#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace factlint::util {
namespace {

using namespace std::string_view_literals;  // the chunks are "..."sv
#include "common_words.inc"  // kCommonWordChunks, generated at build time

// cmake/common_words.cmake writes the words sorted (byte order, as string_view
// compares), one a line, 4,000 to a chunk; the unit test "the everyday-word
// list is sorted" keeps it so. A word is looked up in that text as it is:
// nothing is built at start-up.

std::string_view first_line(std::string_view chunk) { return chunk.substr(0, chunk.find('\n')); }

// Binary search over the lines of one chunk. A probe at byte `mid` reads the
// line holding it (a '\n' belongs to the line it ends), so each step drops
// that line and everything on one side of it.
bool chunk_holds(std::string_view chunk, std::string_view word) {
  std::size_t lo = 0;
  std::size_t hi = chunk.size();
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    const std::size_t start = mid == 0 ? 0 : chunk.rfind('\n', mid - 1) + 1;  // npos + 1 == 0
    const std::size_t end = std::min(chunk.find('\n', start), chunk.size());
    const std::string_view line = chunk.substr(start, end - start);
    if (line == word) return true;
    if (line < word) {
      lo = end + 1;
    } else {
      hi = start;
    }
  }
  return false;
}

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
  const std::string_view lower(buffer.data(), word.size());
  std::span<const std::string_view> chunks(kCommonWordChunks);
  if (!chunks.empty() && chunks.back().empty()) chunks = chunks.first(chunks.size() - 1);  // 4,000 words × n
  // The last chunk whose first word is not after `lower` is the one that can hold it.
  const auto after = std::upper_bound(chunks.begin(), chunks.end(), lower,
                                      [](std::string_view w, std::string_view chunk) { return w < first_line(chunk); });
  return after != chunks.begin() && chunk_holds(*(after - 1), lower);
}

std::span<const std::string_view> common_words() { return words(); }

}  // namespace factlint::util
