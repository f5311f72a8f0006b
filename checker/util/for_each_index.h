// Independent pieces of work spread over threads, for stages that are not the
// articles' (cli/check_articles.h hands those over in order as they finish).
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace factlint::util {

// Calls work(i, state) once for every i in [0, n), on up to `threads` threads,
// the calling one among them, in no particular order; each thread has a
// State of its own (value-initialised). Returns once every call has returned.
// `work` must not throw: whatever it produces goes to slot i of the caller's,
// to be read in index order, so the result is the same for any `threads`.
template <class State, class Work>
void for_each_index(std::size_t n, std::size_t threads, Work work) {
  std::atomic<std::size_t> next{0};
  const auto worker = [&] {
    State state{};
    for (std::size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < n;) work(i, state);
  };
  std::vector<std::jthread> pool;  // joined on return
  for (std::size_t t = 1; t < std::min(threads, n); ++t) pool.emplace_back(worker);
  worker();
}

}  // namespace factlint::util
