// Throughput of the value parser: find_values over the seed articles repeated
// to ~20 MB, split in paragraphs as the checker feeds it sentences. Built by
// run.sh, not by CMake.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "checker/extract/value.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: values_bench FILE... (seed or article texts)\n");
    return 2;
  }
  std::string corpus;
  for (int k = 1; k < argc; ++k) {
    std::ifstream in(argv[k], std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    corpus += buffer.str();
    corpus += "\n\n";
  }
  if (corpus.size() < 10) return 2;
  std::vector<std::string> paragraphs;
  std::size_t start = 0;
  while (start < corpus.size()) {
    std::size_t end = corpus.find("\n\n", start);
    if (end == std::string::npos) end = corpus.size();
    if (end > start) paragraphs.push_back(corpus.substr(start, end - start));
    start = end + 2;
  }
  constexpr std::size_t kTarget = 20u << 20;
  factlint::extract::ParseContext context;
  context.published = factlint::Date{2021, 4, 7, factlint::DatePrecision::kDay};
  std::size_t bytes = 0, values = 0;
  const auto begin = std::chrono::steady_clock::now();
  while (bytes < kTarget) {
    for (const std::string& p : paragraphs) {
      values += factlint::extract::find_values(p, context).size();
      bytes += p.size();
    }
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  std::printf("%.1f MB in %.3f s: %.1f MB/s, %zu values\n", bytes / 1e6, seconds,
              bytes / 1e6 / seconds, values);
  return 0;
}
