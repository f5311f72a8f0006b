// Judging against timelines of growing length: loading time and the time per
// claim, through the value index (Fact::by_number) and through every entry.
// usage: timeline_bench [ENTRIES...]   (default 10 100 1000 10000 100000)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "checker/check/judge.h"
#include "checker/rules/load_sheet.h"
#include "checker/util/diagnostics.h"

using namespace factlint;
using Clock = std::chrono::steady_clock;

namespace {

std::uint32_t seed = 2024;
std::uint32_t next(std::uint32_t n) {
  seed = seed * 1664525u + 1013904223u;
  return (seed >> 8) % n;
}

// A toll that rises by 1 to 5 every 10 minutes from 2024-01-01, as_of in +09:00.
std::string sheet(int entries, const char* tolerance) {
  std::string yaml = std::string("id: t\nfacts:\n  - id: deaths\n    cues: [toll]\n") + tolerance + "    expect:\n";
  long long minute = 0;
  int value = 1;
  for (int i = 0; i < entries; ++i) {
    const Date d = civil_from_days(days_from_civil(2024, 1, 1) + static_cast<long>(minute / 1440));
    char line[128];
    std::snprintf(line, sizeof line, "      - {value: %d, as_of: '%04d-%02d-%02dT%02lld:%02lld+09:00'}\n", value, d.year,
                  d.month, d.day, (minute % 1440) / 60, minute % 60);
    yaml += line;
    minute += 10;
    value += 1 + static_cast<int>(next(5));
  }
  return yaml;
}

double seconds(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double>(b - a).count(); }

}  // namespace

int main(int argc, char** argv) {
  std::setvbuf(stdout, nullptr, _IOLBF, 0);
  std::vector<int> sizes = {10, 100, 1000, 10000, 100000};
  if (argc > 1) {
    sizes.clear();
    for (int i = 1; i < argc; ++i) sizes.push_back(std::atoi(argv[i]));
  }
  std::printf("time per claim in microseconds: through the indexes, and [looking at every entry]\n");
  for (const char* tolerance : {"", "    tolerance: 2%\n"}) {
  std::printf("%s\n%9s %10s %18s %18s %18s\n", *tolerance ? "tolerance: 2% (a claim is within reach of ~0.7% of the entries)" : "no tolerance",
              "entries", "load (ms)", "'398'", "'about 398'", "'at least 398'");
  for (int n : sizes) {
    const std::string yaml = sheet(n, tolerance);
    Diagnostics diags;
    const auto t0 = Clock::now();
    auto loaded = rules::load_sheet("bench.yaml", yaml, diags);
    const auto t1 = Clock::now();
    if (!loaded || diags.has_errors()) {
      std::fprintf(stderr, "sheet did not load\n");
      return 1;
    }
    const rules::Fact& indexed = loaded->facts[0];
    rules::Fact linear = indexed;
    linear.by_number.clear();
    const double last = indexed.expect.back().number;
    const long long begin = static_cast<long long>(days_from_civil(2024, 1, 1)) * 1440 - 540;
    const long long span = static_cast<long long>(n) * 10;
    auto run = [&](const rules::Fact& fact, int claims, extract::Hedge hedge) {
      seed = 7;
      int outdated = 0;
      const auto a = Clock::now();
      for (int k = 0; k < claims; ++k) {
        extract::Value v;
        v.kind = extract::ValueKind::kNumber;
        v.number = static_cast<double>(next(static_cast<std::uint32_t>(last) + 10));
        v.hedge = hedge;
        check::Circumstances when;
        const long long at = begin + static_cast<long long>(next(static_cast<std::uint32_t>(span + 1)));
        when.appeared = Span{at, at + 1439};
        outdated += check::judge(v, fact, when).result == check::TimedVerdict::Result::kOutdated;
      }
      const double per = seconds(a, Clock::now()) / claims * 1e6;
      return std::make_pair(per, outdated);
    };
    const int slow_claims = std::getenv("TIMELINE_BENCH_INDEXED_ONLY") ? 1 : n >= 10000 ? 200 : 2000;
    std::printf("%9d %10.1f", n, seconds(t0, t1) * 1e3);
    for (extract::Hedge h : {extract::Hedge::kNone, extract::Hedge::kApprox, extract::Hedge::kAtLeast}) {
      const auto fast = run(indexed, 20000, h);
      const auto slow = run(linear, slow_claims, h);
      std::printf(" %8.2f [%7.1f]", fast.first, slow.first);
    }
    std::printf("\n");
  }
  }
  return 0;
}
