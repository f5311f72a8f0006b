#include "checker/util/edit_distance.h"

#include <array>

#include <algorithm>
#include <vector>

namespace factlint::util {

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

namespace {

std::size_t max_typo_distance(std::size_t length) {
  if (length <= 3) return 1;
  if (length <= 6) return 2;
  return 3;
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  // Three rolling rows: the swap rule looks two rows back. Words (names, keys)
  // fit on the stack; longer text gets the heap.
  const std::size_t n = b.size();
  constexpr std::size_t kSmall = 64;
  std::array<std::size_t, kSmall + 1> r0{}, r1{}, r2{};
  std::vector<std::size_t> h0, h1, h2;
  std::span<std::size_t> before_previous, previous, current;
  if (n <= kSmall) {
    before_previous = std::span(r0).first(n + 1);
    previous = std::span(r1).first(n + 1);
    current = std::span(r2).first(n + 1);
  } else {
    h0.resize(n + 1), h1.resize(n + 1), h2.resize(n + 1);
    before_previous = h0, previous = h1, current = h2;
  }
  for (std::size_t j = 0; j <= n; ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    std::size_t row_min = i;
    for (std::size_t j = 1; j <= n; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        current[j] = std::min(current[j], before_previous[j - 2] + 1);
      }
      row_min = std::min(row_min, current[j]);
    }
    // Every alignment passes through each row (a swap skips one, but the row
    // it skips holds a cell no dearer than where the swap starts, plus one):
    // a row all above the limit ends the search.
    if (row_min > limit) return limit + 1;
    std::swap(before_previous, previous);
    std::swap(previous, current);
  }
  return limit < previous[n] ? limit + 1 : previous[n];
}

std::uint32_t letter_set(std::string_view word) {
  std::uint32_t set = 0;
  for (char c : word) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c >= 'a' && c <= 'z') set |= 1u << (c - 'a');
  }
  return set;
}

std::optional<std::string> closest(std::string_view word,
                                   std::span<const std::string_view> candidates) {
  const std::string lowered = ascii_lower(word);
  const std::size_t limit = max_typo_distance(word.size());
  std::optional<std::string> best;
  std::size_t best_distance = limit + 1;
  for (std::string_view candidate : candidates) {
    if (candidate == word) return std::nullopt;
    const std::size_t distance = edit_distance(lowered, ascii_lower(candidate));
    // A suggestion must keep something of the word: "id" is 2 edits from "xy".
    if (distance < best_distance && distance < std::max(word.size(), candidate.size())) {
      best = std::string(candidate);
      best_distance = distance;
    }
  }
  if (best || word.size() < 3) return best;
  // No near miss: an unambiguous abbreviation ("warn", "exp") still helps.
  for (std::string_view candidate : candidates) {
    if (ascii_lower(candidate).starts_with(lowered)) {
      if (best) return std::nullopt;
      best = std::string(candidate);
    }
  }
  return best;
}

}  // namespace factlint::util
