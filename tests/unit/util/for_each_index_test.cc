#include "checker/util/for_each_index.h"

#include <atomic>
#include <cstddef>
#include <set>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

namespace factlint::util {
namespace {

// A thread's own state: the indices it was handed, and the thread it lives on.
struct Seen {
  std::vector<std::size_t> indices;
  std::thread::id owner;
};

TEST_CASE("for_each_index hands every index to exactly one thread", "[util][for_each_index]") {
  for (const std::size_t n : {std::size_t{0}, std::size_t{1}, std::size_t{7}, std::size_t{1000}}) {
    for (const std::size_t threads : {std::size_t{0}, std::size_t{1}, std::size_t{2}, std::size_t{8}}) {
      CAPTURE(n, threads);
      std::vector<std::atomic<int>> calls(n);
      std::vector<std::thread::id> ran_on(n);
      std::atomic<bool> state_shared{false};
      for_each_index<Seen>(n, threads, [&](std::size_t i, Seen& seen) {
        if (seen.owner == std::thread::id{}) seen.owner = std::this_thread::get_id();
        if (seen.owner != std::this_thread::get_id()) state_shared = true;
        seen.indices.push_back(i);
        ++calls[i];
        ran_on[i] = std::this_thread::get_id();
      });
      for (std::size_t i = 0; i < n; ++i) CHECK(calls[i] == 1);
      CHECK_FALSE(state_shared);
      // Never more threads than asked (0 counts as 1), nor than indices.
      const std::set<std::thread::id> used(ran_on.begin(), ran_on.end());
      CHECK(used.size() <= std::max<std::size_t>(1, std::min(threads, n)));
      if (n > 0 && threads <= 1) CHECK(used == std::set<std::thread::id>{std::this_thread::get_id()});
    }
  }
}

}  // namespace
}  // namespace factlint::util
