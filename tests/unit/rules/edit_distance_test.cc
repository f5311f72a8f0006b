// Tests checker/util/edit_distance.cc (kept with its only caller's tests).
#include "checker/util/edit_distance.h"

#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <string_view>

namespace factlint::util {
namespace {

TEST_CASE("edit distance counts insertions and deletions and substitutions and swaps",
          "[util][edit_distance]") {
  struct Row {
    std::string_view a, b;
    std::size_t distance;
  };
  for (const Row& row :
       {Row{"", "", 0}, Row{"expect", "expect", 0}, Row{"", "abc", 3}, Row{"expct", "expect", 1},
        Row{"expcet", "expect", 1}, Row{"expext", "expect", 1}, Row{"expectt", "expect", 1},
        Row{"ca", "abc", 3}, Row{"kitten", "sitting", 3}, Row{"lavorv", "lavrov", 1}}) {
    CAPTURE(row.a, row.b);
    CHECK(edit_distance(row.a, row.b) == row.distance);
    CHECK(edit_distance(row.b, row.a) == row.distance);
  }
}

TEST_CASE("closest suggests a near candidate and nothing for a far one", "[util][edit_distance]") {
  constexpr std::array<std::string_view, 5> kKeys = {"id", "cues", "unless", "expect", "said_by"};
  struct Row {
    std::string_view word;
    std::optional<std::string> suggestion;
  };
  for (const Row& row : {Row{"expct", "expect"}, Row{"Expect", "expect"}, Row{"cue", "cues"},
                         Row{"saidby", "said_by"}, Row{"said-by", "said_by"},
                         Row{"unles", "unless"}, Row{"ids", "id"}, Row{"expect", std::nullopt},
                         Row{"colour", std::nullopt}, Row{"xy", std::nullopt}, Row{"exp", "expect"},
                         Row{"sai", "said_by"}, Row{"un", std::nullopt}, Row{"", std::nullopt}}) {
    CAPTURE(row.word);
    CHECK(closest(row.word, kKeys) == row.suggestion);
  }
}

TEST_CASE("closest breaks ties in favour of the earlier candidate", "[util][edit_distance]") {
  constexpr std::array<std::string_view, 2> kWords = {"cat", "car"};
  CHECK(closest("cax", kWords) == "cat");
}

}  // namespace
}  // namespace factlint::util

TEST_CASE("edit_distance with a limit is the distance up to the limit and one more past it", "[util][edit_distance]") {
  // Random words over a small alphabet, so that near and far pairs, swaps
  // and repeats all come up; every limit from 0 to past the distance.
  std::uint32_t seed = 12345;
  const auto next = [&](std::uint32_t n) {
    seed = seed * 1103515245U + 12345U;
    return (seed >> 8) % n;
  };
  const auto word = [&] {
    std::string w;
    for (std::uint32_t k = 0, size = next(10); k < size; ++k) w += "abcab"[next(5)];
    return w;
  };
  int near = 0;
  for (int round = 0; round < 3000; ++round) {
    const std::string a = word();
    std::string b = next(2) ? word() : a;
    if (!b.empty() && next(2)) b[next(static_cast<std::uint32_t>(b.size()))] = 'x';  // a near miss
    const std::size_t full = factlint::util::edit_distance(a, b);
    near += full <= 2 ? 1 : 0;
    for (std::size_t limit = 0; limit <= full + 1; ++limit) {
      CAPTURE(a, b, limit);
      CHECK(factlint::util::edit_distance(a, b, limit) == std::min(full, limit + 1));
    }
  }
  CHECK(near > 300);
}
