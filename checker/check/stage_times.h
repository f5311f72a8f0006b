// Where the time of checking articles goes, stage by stage, for `check
// --stats`: summed over every article (and every job), so the figures add up
// to the CPU time of the checking, not to the wall time.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <string_view>

namespace factlint::check {

enum class Stage {
  kRead,                  // reading the file (or its stat stamp, with --cache)
  kCache,                 // decoding an outcome the cache kept
  kLoad,                  // front matter, Markdown or HTML to text, suppression comments
  kScope,                 // which sheets cover the article
  kSentences,             // sentences, clauses and paragraphs
  kCues,                  // which sentences hold each fact's cues
  kFacts,                 // claims, their values and attribution, judged against the facts
  kSpellings,             // listed misspellings
  kPossibleMisspellings,  // names close to a declared one
  kCount
};

// "reading", "the cache", ...
std::string_view stage_name(Stage stage);

struct StageTimes {
  std::array<std::int64_t, static_cast<std::size_t>(Stage::kCount)> ns{};
  void add(const StageTimes& other) {
    for (std::size_t i = 0; i < ns.size(); ++i) ns[i] += other.ns[i];
  }
};

// Charges the time since it was made (or since the last lap) to a stage; does
// nothing when `times` is null, so the checker pays nothing without --stats.
class StageTimer {
 public:
  explicit StageTimer(StageTimes* times) : times_(times) {
    if (times_) last_ = Clock::now();
  }
  void lap(Stage stage) {
    if (!times_) return;
    const Clock::time_point now = Clock::now();
    times_->ns[static_cast<std::size_t>(stage)] +=
        std::chrono::duration_cast<std::chrono::nanoseconds>(now - last_).count();
    last_ = now;
  }

 private:
  using Clock = std::chrono::steady_clock;
  StageTimes* times_;
  Clock::time_point last_{};
};

}  // namespace factlint::check
