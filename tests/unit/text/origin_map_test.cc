#include "checker/text/origin_map.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

using factlint::text::OriginMap;

namespace {

// The map as it was before it was kept as runs: one offset per entry.
void check_same(const OriginMap& map, const std::vector<std::uint32_t>& model) {
  REQUIRE(map.size() == model.size());
  REQUIRE(map.to_vector() == model);
  for (std::size_t k = 0; k < model.size(); ++k) REQUIRE(map[k] == model[k]);
  if (model.empty()) return;
  CHECK(map.front() == model.front());
  CHECK(map.back() == model.back());
  // lower_bound over all entries but the end, as map_marks did.
  for (std::uint32_t v = 0; v <= model.back() + 2; ++v) {
    const auto expected = static_cast<std::size_t>(std::lower_bound(model.begin(), model.end() - 1, v) - model.begin());
    REQUIRE(map.first_at_or_after(v) == expected);
  }
}

}  // namespace

TEST_CASE("OriginMap keeps text copied byte for byte as one run", "[text][origin]") {
  OriginMap map;
  map.append_copy(10, 100000);
  map.push_back(100010);  // the end, right after the copy
  CHECK(map.runs() == 1);
  CHECK(map.size() == 100001);
  CHECK(map[0] == 10);
  CHECK(map[99999] == 100009);
  CHECK(map.back() == 100010);
  // A dropped '\r' starts a new run; a tab read as a space does not.
  map.append_copy(100012, 5);
  CHECK(map.runs() == 2);
  CHECK(map[100001] == 100012);
}

TEST_CASE("OriginMap reads as the offsets it was given", "[text][origin]") {
  // An ellipsis ("..." all at its first byte), a dropped byte, a copy.
  OriginMap map;
  map.append_copy(0, 3);
  map.append_same(3, 3);
  map.append_copy(6, 2);
  map.append_copy(9, 4);
  map.push_back(13);
  check_same(map, {0, 1, 2, 3, 3, 3, 6, 7, 9, 10, 11, 12, 13});
  CHECK(OriginMap(map.to_vector()) == map);
}

TEST_CASE("OriginMap matches a plain vector of offsets on random maps", "[text][origin]") {
  std::mt19937 random(12);
  for (int round = 0; round < 200; ++round) {
    OriginMap map;
    std::vector<std::uint32_t> model;
    std::uint32_t at = static_cast<std::uint32_t>(random() % 4);
    const int steps = static_cast<int>(random() % 12);
    for (int s = 0; s < steps; ++s) {
      at += static_cast<std::uint32_t>(random() % 3);  // never backwards; sometimes a byte or two dropped
      const std::size_t n = random() % 5;
      switch (random() % 3) {
        case 0:
          map.append_copy(at, n);
          for (std::size_t i = 0; i < n; ++i) model.push_back(at + static_cast<std::uint32_t>(i));
          at += static_cast<std::uint32_t>(n);
          break;
        case 1:
          map.append_same(at, n);
          model.insert(model.end(), n, at);
          break;
        default:
          map.push_back(at);
          model.push_back(at);
          break;
      }
    }
    map.push_back(at + 1);
    model.push_back(at + 1);
    check_same(map, model);

    // Appending part of another map.
    OriginMap joined;
    joined.append_same(0, 2);
    std::vector<std::uint32_t> joined_model = {0, 0};
    const std::size_t count = random() % (model.size() + 1);
    joined.append(map, count);
    joined_model.insert(joined_model.end(), model.begin(), model.begin() + static_cast<std::ptrdiff_t>(count));
    joined.push_back(joined_model.empty() ? 0 : joined_model.back());
    joined_model.push_back(joined_model.back());
    check_same(joined, joined_model);

    // Composed with an outer map over [0, model.back()]: k -> outer[map[k]].
    OriginMap outer;
    std::vector<std::uint32_t> outer_model;
    std::uint32_t o = static_cast<std::uint32_t>(random() % 7);
    while (outer_model.size() <= model.back()) {
      o += static_cast<std::uint32_t>(random() % 3 == 0 ? 0 : 1 + random() % 2);
      outer.push_back(o);
      outer_model.push_back(o);
    }
    std::vector<std::uint32_t> composed_model;
    for (const std::uint32_t v : model) composed_model.push_back(outer_model[v]);
    check_same(map.composed_with(outer), composed_model);
  }
}

TEST_CASE("OriginMap with no entry reads 0", "[text][origin]") {
  const OriginMap none;
  CHECK(none.size() == 0);
  CHECK(none[0] == 0);
  CHECK(none.front() == 0);
  CHECK(none.back() == 0);
  CHECK(none.first_at_or_after(5) == 0);
}

TEST_CASE("OriginMap composed with a shorter map ends at the outer end", "[text][origin]") {
  OriginMap inner;
  inner.append_copy(0, 6);  // entries 0..5; the outer map has 4
  OriginMap outer;
  outer.append_copy(20, 4);
  CHECK(inner.composed_with(outer).to_vector() == std::vector<std::uint32_t>{20, 21, 22, 23, 23, 23});
}
