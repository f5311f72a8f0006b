// Which patterns match each article, by several engines (issue 12's question:
// RE2::Set, or Hyperscan / Vectorscan with RE2 confirming?).
//
//   engines ENGINE PATTERNS CORPUS [--limit N]   time one engine (prints a summary)
//   engines --verify PATTERNS CORPUS [--limit N] every engine, compared with re2set
//   engines --stats PATTERNS                     compile times and sizes
//
// PATTERNS: one RE2 regex a line, matched ignoring case (factlint's cues).
// CORPUS: a folder (every file below it, sorted by path) or a file listing paths.
// ENGINE:
//   read              read the files, match nothing (the floor)
//   re2set            RE2::Set, once per article (factlint's scope mentions)
//   re2set-sentences  RE2::Set, once per sentence, split at ". " (factlint's cues)
//   hs                Hyperscan/Vectorscan (one database, block mode), then RE2
//                     confirms each pattern it reports: RE2::PartialMatch of that
//                     pattern on the article
//   hs-window         the same, RE2 confirming only from the reported match end
//                     back by the pattern's longest match (hs_expression_info),
//                     then on to the end if that finds nothing
//   hs-raw            Hyperscan's answer alone, unconfirmed (not RE2's semantics
//                     in general; here to show what confirming costs)
// A pattern Hyperscan refuses is compiled in its prefilter mode (a superset that
// RE2 confirms); one refused in that mode too is searched by RE2 in every
// article. --verify exits 1 at the first engine whose match sets differ from
// re2set's, after printing the first differences.
#include <fcntl.h>
#include <hs/hs.h>
#include <re2/re2.h>
#include <re2/set.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#ifndef HS_FLAVOUR
#define HS_FLAVOUR "hyperscan"
#endif

namespace {

using Clock = std::chrono::steady_clock;
using Hits = std::vector<int>;  // indices of the patterns that match, ascending

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

[[noreturn]] void die(const std::string& message) {
  std::fprintf(stderr, "engines: %s\n", message.c_str());
  std::exit(2);
}

std::vector<std::string> read_lines(const std::string& path) {
  std::ifstream in(path);
  if (!in) die("cannot read " + path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

std::vector<std::string> corpus_files(const std::string& corpus, std::size_t limit) {
  std::vector<std::string> files;
  if (std::filesystem::is_directory(corpus)) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(corpus)) {
      if (entry.is_regular_file()) files.push_back(entry.path().string());
    }
    std::sort(files.begin(), files.end());
  } else {
    files = read_lines(corpus);
  }
  if (limit > 0 && files.size() > limit) files.resize(limit);
  return files;
}

// The whole file in one read() call (two if it grew), into a reused buffer.
void read_file(const std::string& path, std::string& buffer) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) die("cannot open " + path);
  struct stat st{};
  ::fstat(fd, &st);
  buffer.resize(static_cast<std::size_t>(st.st_size) + 1);
  std::size_t got = 0;
  for (;;) {
    const ssize_t n = ::read(fd, buffer.data() + got, buffer.size() - got);
    if (n < 0) die("cannot read " + path);
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
    if (got == buffer.size()) buffer.resize(buffer.size() * 2);
  }
  ::close(fd);
  buffer.resize(got);
}

re2::RE2::Options re2_options() {
  re2::RE2::Options options;
  options.set_log_errors(false);
  options.set_encoding(re2::RE2::Options::EncodingUTF8);
  options.set_case_sensitive(false);
  options.set_longest_match(false);
  options.set_max_mem(64 << 20);  // as factlint's PatternSet
  return options;
}

// Whether text is well-formed UTF-8 (what Hyperscan's UTF-8 mode requires:
// on anything else its results are undefined). ASCII eight bytes at a time.
bool valid_utf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char* const end = p + text.size();
  while (p < end) {
    if (end - p >= 8) {
      std::uint64_t word;
      std::memcpy(&word, p, 8);
      if ((word & 0x8080808080808080ULL) == 0) {
        p += 8;
        continue;
      }
    }
    const unsigned char c = *p;
    if (c < 0x80) {
      ++p;
      continue;
    }
    int n;
    unsigned lo = 0x80, hi = 0xBF;  // the second byte's range
    if (c >= 0xC2 && c <= 0xDF) {
      n = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 2;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;  // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 3;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return false;
    }
    if (end - p <= n || p[1] < lo || p[1] > hi) return false;
    for (int k = 2; k <= n; ++k) {
      if ((p[k] & 0xC0) != 0x80) return false;
    }
    p += n + 1;
  }
  return true;
}

// ---- engines ---------------------------------------------------------------

class Engine {
 public:
  virtual ~Engine() = default;
  virtual void match(std::string_view text, Hits& hits) = 0;
};

class ReadOnly final : public Engine {
 public:
  void match(std::string_view, Hits& hits) override { hits.clear(); }
};

class Re2SetEngine final : public Engine {
 public:
  Re2SetEngine(const std::vector<std::string>& patterns, bool per_sentence)
      : set_(re2_options(), re2::RE2::UNANCHORED), per_sentence_(per_sentence) {
    for (const std::string& p : patterns) {
      std::string error;
      if (set_.Add(p, &error) < 0) die("RE2 refuses '" + p + "': " + error);
    }
    if (!set_.Compile()) die("RE2::Set::Compile failed (out of memory)");
  }
  void match(std::string_view text, Hits& hits) override {
    hits.clear();
    if (!per_sentence_) {
      one(text, hits);
    } else {
      // ". " ends a sentence unless the word before is a short capitalised
      // abbreviation ("Gen. Bajwa", "Mr. Khan"): enough for the benchmark.
      std::size_t start = 0;
      for (std::size_t dot = text.find(". "); dot != std::string_view::npos; dot = text.find(". ", dot + 1)) {
        std::size_t word = dot;
        while (word > start && std::isalpha(static_cast<unsigned char>(text[word - 1]))) --word;
        if (dot - word <= 4 && dot > word && std::isupper(static_cast<unsigned char>(text[word]))) continue;
        one(text.substr(start, dot + 1 - start), part_);
        hits.insert(hits.end(), part_.begin(), part_.end());
        start = dot + 2;
      }
      one(text.substr(start), part_);
      hits.insert(hits.end(), part_.begin(), part_.end());
      std::sort(hits.begin(), hits.end());
      hits.erase(std::unique(hits.begin(), hits.end()), hits.end());
    }
  }

 private:
  void one(std::string_view text, Hits& out) {
    out.clear();
    re2::RE2::Set::ErrorInfo error{};
    if (!set_.Match(text, &out, &error) && error.kind != re2::RE2::Set::kNoError) {
      die("RE2::Set::Match failed (DFA out of memory)");
    }
    std::sort(out.begin(), out.end());
  }
  re2::RE2::Set set_;
  bool per_sentence_;
  Hits part_;
};

struct HsCompiled {
  hs_database_t* db = nullptr;
  std::vector<int> ids;                  // database id -> pattern index
  std::vector<unsigned> max_width;       // per pattern, UINT_MAX if unbounded
  std::vector<std::string> prefiltered;  // refused exactly, compiled as a prefilter
  std::vector<int> unfiltered;           // refused even as a prefilter: RE2 every time
  double compile_ms = 0;  // all of it
  double multi_ms = 0;    // hs_compile_multi alone (the rest: hs_expression_info per pattern)
};

HsCompiled compile_hs(const std::vector<std::string>& patterns) {
  HsCompiled out;
  std::vector<const char*> exprs;
  std::vector<unsigned> flags;
  out.max_width.assign(patterns.size(), UINT_MAX);
  const auto start = Clock::now();
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    // UTF-8 mode, as RE2's: '.' and [^x] take a whole character, and case is
    // folded beyond ASCII ("ZOË" finds "Zoë"). Without it Hyperscan misses
    // such matches, which no confirming can bring back. \b and \w stay ASCII
    // (no HS_FLAG_UCP), as in RE2.
    unsigned f = HS_FLAG_CASELESS | HS_FLAG_SINGLEMATCH | HS_FLAG_ALLOWEMPTY | HS_FLAG_UTF8;
    hs_expr_info_t* info = nullptr;
    hs_compile_error_t* error = nullptr;
    if (hs_expression_info(patterns[i].c_str(), f, &info, &error) != HS_SUCCESS) {
      std::string why = error->message;
      hs_free_compile_error(error);
      f = HS_FLAG_CASELESS | HS_FLAG_SINGLEMATCH | HS_FLAG_UTF8 | HS_FLAG_PREFILTER;
      if (hs_expression_info(patterns[i].c_str(), f, &info, &error) != HS_SUCCESS) {
        hs_free_compile_error(error);
        out.unfiltered.push_back(static_cast<int>(i));
        std::fprintf(stderr, "engines: " HS_FLAVOUR " refuses '%s' (%s): RE2 searches it in every article\n",
                     patterns[i].c_str(), why.c_str());
        continue;
      }
      out.prefiltered.push_back(patterns[i] + "  (" + why + ")");
    } else {
      out.max_width[i] = info->max_width;  // a prefilter's width is not the pattern's
    }
    std::free(info);
    exprs.push_back(patterns[i].c_str());
    flags.push_back(f);
    out.ids.push_back(static_cast<int>(i));
  }
  const auto multi = Clock::now();
  if (!exprs.empty()) {
    std::vector<unsigned> ids(exprs.size());
    for (std::size_t k = 0; k < ids.size(); ++k) ids[k] = static_cast<unsigned>(k);
    hs_compile_error_t* error = nullptr;
    if (hs_compile_multi(exprs.data(), flags.data(), ids.data(), static_cast<unsigned>(exprs.size()),
                         HS_MODE_BLOCK, nullptr, &out.db, &error) != HS_SUCCESS) {
      const std::string why = error->message;
      const int at = error->expression;
      hs_free_compile_error(error);
      die("hs_compile_multi: " + why + (at >= 0 ? " in '" + std::string(exprs[static_cast<std::size_t>(at)]) + "'" : ""));
    }
  }
  out.multi_ms = ms_since(multi);
  out.compile_ms = ms_since(start);
  return out;
}

class HsEngine final : public Engine {
 public:
  enum class Confirm { kNone, kWhole, kWindow };
  HsEngine(const std::vector<std::string>& patterns, Confirm confirm)
      : hs_(compile_hs(patterns)), confirm_(confirm), first_end_(patterns.size(), 0) {
    if (hs_.db != nullptr && hs_alloc_scratch(hs_.db, &scratch_) != HS_SUCCESS) die("hs_alloc_scratch failed");
    {  // also for hs-raw: an article that is not UTF-8 is searched by RE2 alone
      for (const std::string& p : patterns) res_.push_back(std::make_unique<re2::RE2>(p, re2_options()));
    }
  }
  ~HsEngine() override {
    hs_free_scratch(scratch_);
    hs_free_database(hs_.db);
  }
  const HsCompiled& compiled() const { return hs_; }
  std::size_t scratch_size() const {
    std::size_t size = 0;
    if (scratch_ != nullptr) hs_scratch_size(scratch_, &size);
    return size;
  }

  std::size_t not_utf8() const { return not_utf8_; }

  void match(std::string_view text, Hits& hits) override {
    hits.clear();
    if (!valid_utf8(text)) {  // rare: every pattern by RE2
      ++not_utf8_;
      for (std::size_t i = 0; i < res_.size(); ++i) {
        if (re2::RE2::PartialMatch(text, *res_[i])) hits.push_back(static_cast<int>(i));
      }
      return;
    }
    reported_.clear();
    if (hs_.db != nullptr) {
      // A 0-length block: Hyperscan wants a pointer all the same.
      const char* data = text.empty() ? "" : text.data();
      if (hs_scan(hs_.db, data, static_cast<unsigned>(text.size()), 0, scratch_, &HsEngine::on_match, this) !=
          HS_SUCCESS) {
        die("hs_scan failed");
      }
    }
    for (int i : reported_) {
      if (confirm_ == Confirm::kNone || confirmed(i, text)) hits.push_back(i);
    }
    for (int i : hs_.unfiltered) {
      if (re2::RE2::PartialMatch(text, *res_[static_cast<std::size_t>(i)])) hits.push_back(i);
    }
    std::sort(hits.begin(), hits.end());
  }

 private:
  static int on_match(unsigned id, unsigned long long, unsigned long long to, unsigned, void* context) {
    auto* self = static_cast<HsEngine*>(context);
    const int i = self->hs_.ids[id];
    self->reported_.push_back(i);
    self->first_end_[static_cast<std::size_t>(i)] = to;
    return 0;
  }
  bool confirmed(int i, std::string_view text) const {
    const re2::RE2& re = *res_[static_cast<std::size_t>(i)];
    if (confirm_ == Confirm::kWhole) return re2::RE2::PartialMatch(text, re);
    // The first match Hyperscan reports ends at `end`; a real one starts at
    // most max_width bytes before. Matching text[from, end) with the whole
    // text as context keeps \b, ^ and $ as they are in the article.
    const std::size_t end = first_end_[static_cast<std::size_t>(i)];
    const unsigned width = hs_.max_width[static_cast<std::size_t>(i)];
    const std::size_t from = width == UINT_MAX || width >= end ? 0 : end - width;
    if (re.Match(text, from, end, re2::RE2::UNANCHORED, nullptr, 0)) return true;
    // A prefilter's report can be false, and no real match ends before it.
    return re.Match(text, from, text.size(), re2::RE2::UNANCHORED, nullptr, 0);
  }

  HsCompiled hs_;
  Confirm confirm_;
  hs_scratch_t* scratch_ = nullptr;  // one per thread; this program has one
  std::vector<std::unique_ptr<re2::RE2>> res_;
  std::vector<unsigned long long> first_end_;
  Hits reported_;
  std::size_t not_utf8_ = 0;
};

std::unique_ptr<Engine> make_engine(const std::string& name, const std::vector<std::string>& patterns) {
  if (name == "read") return std::make_unique<ReadOnly>();
  if (name == "re2set") return std::make_unique<Re2SetEngine>(patterns, false);
  if (name == "re2set-sentences") return std::make_unique<Re2SetEngine>(patterns, true);
  if (name == "hs") return std::make_unique<HsEngine>(patterns, HsEngine::Confirm::kWhole);
  if (name == "hs-window") return std::make_unique<HsEngine>(patterns, HsEngine::Confirm::kWindow);
  if (name == "hs-raw") return std::make_unique<HsEngine>(patterns, HsEngine::Confirm::kNone);
  die("unknown engine '" + name + "' (read, re2set, re2set-sentences, hs, hs-window, hs-raw)");
}

// ---- commands --------------------------------------------------------------

struct Run {
  std::vector<Hits> hits;  // per article (kept only when verifying)
  std::size_t bytes = 0, matches = 0;
  double setup_ms = 0, scan_ms = 0;  // scan: reading and matching
  double match_ms = 0;               // matching alone
};

// Reading and matching every article: its own function, so that callgrind can
// count it apart from compiling (run.sh reads its inclusive cost).
[[gnu::noinline]] void scan_all(Engine& engine, const std::vector<std::string>& files, bool keep, Run& r) {
  std::string buffer;
  Hits hits;
  for (const std::string& file : files) {
    read_file(file, buffer);
    r.bytes += buffer.size();
    const auto matching = Clock::now();
    engine.match(buffer, hits);
    r.match_ms += ms_since(matching);
    r.matches += hits.size();
    if (keep) r.hits.push_back(hits);
  }
}

Run run(const std::string& engine_name, const std::vector<std::string>& patterns,
        const std::vector<std::string>& files, bool keep) {
  Run r;
  auto start = Clock::now();
  std::unique_ptr<Engine> engine = make_engine(engine_name, patterns);
  r.setup_ms = ms_since(start);
  start = Clock::now();
  scan_all(*engine, files, keep, r);
  r.scan_ms = ms_since(start);
  if (const auto* hs = dynamic_cast<const HsEngine*>(engine.get()); hs != nullptr && hs->not_utf8() > 0) {
    std::fprintf(stderr, "engines: %zu articles not UTF-8, searched by RE2 alone\n", hs->not_utf8());
  }
  return r;
}

std::string join(const Hits& hits, const std::vector<std::string>& patterns, const Hits& other) {
  std::string out;
  for (int i : hits) {
    if (std::binary_search(other.begin(), other.end(), i)) continue;
    out += (out.empty() ? "" : ", ") + patterns[static_cast<std::size_t>(i)];
  }
  return out.empty() ? "-" : out;
}

int verify(const std::vector<std::string>& patterns, const std::vector<std::string>& files) {
  const Run reference = run("re2set", patterns, files, true);
  std::printf("re2set: %zu articles, %zu patterns, %zu article-pattern matches\n", files.size(), patterns.size(),
              reference.matches);
  int status = 0;
  for (const char* name : {"re2set-sentences", "hs", "hs-window", "hs-raw"}) {
    const Run other = run(name, patterns, files, true);
    int shown = 0, differ = 0;
    for (std::size_t a = 0; a < files.size(); ++a) {
      if (other.hits[a] == reference.hits[a]) continue;
      ++differ;
      if (shown++ < 5) {
        std::printf("  %s: %s: only re2set: %s; only %s: %s\n", name, files[a].c_str(),
                    join(reference.hits[a], patterns, other.hits[a]).c_str(), name,
                    join(other.hits[a], patterns, reference.hits[a]).c_str());
      }
    }
    std::printf("%s: %s (%d of %zu articles differ)\n", name, differ == 0 ? "same match sets" : "DIFFERENT", differ,
                files.size());
    if (differ != 0) status = 1;
  }
  return status;
}

int stats(const std::vector<std::string>& patterns) {
  std::printf("library: %s %s\n", HS_FLAVOUR, hs_version());
  std::printf("patterns: %zu\n", patterns.size());
  // RE2: the set, and the program size (instructions) of every pattern alone
  // and of all as one alternation, which is the program the set runs.
  auto start = Clock::now();
  { Re2SetEngine set(patterns, false); }
  const double set_ms = ms_since(start);
  long alone = 0;
  for (const std::string& p : patterns) alone += re2::RE2(p, re2_options()).ProgramSize();
  std::string alternation;
  for (const std::string& p : patterns) alternation += (alternation.empty() ? "(?:" : "|(?:") + p + ")";
  const re2::RE2 all(alternation, re2_options());
  std::printf("re2set: compile %.2f ms; program %d instructions as one alternation (%ld for the patterns alone)\n",
              set_ms, all.ProgramSize(), alone);
  HsEngine hs(patterns, HsEngine::Confirm::kNone);
  std::size_t db_size = 0;
  if (hs.compiled().db != nullptr) hs_database_size(hs.compiled().db, &db_size);
  std::printf("%s: compile %.2f ms (hs_compile_multi %.2f ms, the rest hs_expression_info per pattern), "
              "database %zu bytes, scratch %zu bytes\n",
              HS_FLAVOUR, hs.compiled().compile_ms, hs.compiled().multi_ms, db_size, hs.scratch_size());
  std::printf("%s: %zu refused exactly, compiled as a prefilter; %zu refused even so\n", HS_FLAVOUR,
              hs.compiled().prefiltered.size(), hs.compiled().unfiltered.size());
  for (const std::string& p : hs.compiled().prefiltered) std::printf("  prefilter: %s\n", p.c_str());
  for (int i : hs.compiled().unfiltered) std::printf("  refused: %s\n", patterns[static_cast<std::size_t>(i)].c_str());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  std::size_t limit = 0;
  for (std::size_t i = 0; i + 1 < args.size(); ++i) {
    if (args[i] == "--limit") {
      limit = std::stoul(args[i + 1]);
      args.erase(args.begin() + static_cast<long>(i), args.begin() + static_cast<long>(i) + 2);
      break;
    }
  }
  if (args.size() == 2 && args[0] == "--stats") return stats(read_lines(args[1]));
  if (args.size() != 3) {
    std::fprintf(stderr,
                 "usage: engines ENGINE PATTERNS CORPUS [--limit N]\n"
                 "       engines --verify PATTERNS CORPUS [--limit N]\n"
                 "       engines --stats PATTERNS\n"
                 "ENGINE: read, re2set, re2set-sentences, hs, hs-window, hs-raw\n");
    return 2;
  }
  const std::vector<std::string> patterns = read_lines(args[1]);
  const std::vector<std::string> files = corpus_files(args[2], limit);
  if (args[0] == "--verify") return verify(patterns, files);
  const Run r = run(args[0], patterns, files, false);
  std::printf("%s (%s): %zu articles, %zu bytes, %zu patterns, %zu matches; setup %.2f ms, read+match %.2f ms, "
              "match %.2f ms, %.1f MB/s matching\n",
              args[0].c_str(), HS_FLAVOUR, files.size(), r.bytes, patterns.size(), r.matches, r.setup_ms, r.scan_ms,
              r.match_ms, r.match_ms > 0 ? static_cast<double>(r.bytes) / r.match_ms / 1e3 : 0.0);
  return 0;
}
