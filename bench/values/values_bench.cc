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

namespace {

double seconds_for(const std::string& text) {
  const auto begin = std::chrono::steady_clock::now();
  const std::size_t n = factlint::extract::find_values(text).size();
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  return n == static_cast<std::size_t>(-1) ? 0 : s;
}

// --pathological: runs of one form repeated to 1, 2 and 4 MB; a linear parser
// takes twice the time for twice the text (ratios near 2.0).
int pathological() {
  const char* units[] = {"$$", "\xE2\x82\xAC", "1,", "1-", "EGP 4 ", "6.5-magnitude ", "magnitude ", "10 km ",
                         "of gas a day ", "4:30 pm ", "0830 UTC ", "21-04-", "13.5.", "mid-July ", "the end of ",
                         "Tuesday the ", "twenty ", "one hundred ", "3/4 ", "4 thousand 3 hundred and ", "half a ",
                         "handed over ", "N5 ", "R$", "km kilometres miles hectares acres barrels "};
  std::printf("%-28s %8s %8s %8s %6s %6s\n", "form", "1 MB s", "2 MB s", "4 MB s", "2/1", "4/2");
  for (const char* unit : units) {
    double t[3];
    for (int k = 0; k < 3; ++k) {
      std::string text;
      const std::size_t size = (1u << 20) << k;
      while (text.size() < size) text += unit;
      t[k] = seconds_for(text);
    }
    std::string shown = unit;
    for (char& c : shown)
      if (static_cast<unsigned char>(c) >= 0x80) c = '?';
    std::printf("%-28s %8.3f %8.3f %8.3f %6.2f %6.2f\n", ("'" + shown + "'").c_str(), t[0], t[1], t[2],
                t[1] / t[0], t[2] / t[1]);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 2 && std::string(argv[1]) == "--pathological") return pathological();
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
