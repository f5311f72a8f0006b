#include "checker/findings/finding_log.h"

#include <sys/resource.h>
#include <sys/stat.h>

#include <csignal>

#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <fmt/format.h>

namespace factlint {
namespace {

Finding make(std::string file, int line, Severity severity, std::string sentence) {
  Finding f;
  f.file = std::move(file);
  f.line = line;
  f.column = 3;
  f.end_line = line;
  f.end_column = 9;
  f.severity = severity;
  f.kind = line % 2 ? FindingKind::kContradiction : FindingKind::kMisspelling;
  f.rule = fmt::format("story/fact-{}", line % 7);
  f.message = fmt::format("article says {}; the fact sheet says 46%", line);
  f.found = std::to_string(line);
  f.expected = "46%";
  f.source = line % 3 ? "" : "the ministry, 7 April 2021";
  f.sentence = std::move(sentence);
  f.highlight_begin = 1;
  f.highlight_end = 4;
  f.utf16_column = 3;
  f.detail = line % 5 ? "" : "attributed via 'he'";
  return f;
}

// `articles` articles of `per_article` findings each, in report order; long
// sentences so that a few thousand findings fill several chunks of the file.
std::vector<Finding> many(int articles, int per_article, std::size_t sentence_bytes = 600) {
  std::vector<Finding> list;
  for (int a = 0; a < articles; ++a) {
    for (int i = 1; i <= per_article; ++i) {
      const Severity severity = static_cast<Severity>((a + i) % 3);
      list.push_back(make(fmt::format("corpus/{:04}.md", a), i, severity,
                          std::string(sentence_bytes + static_cast<std::size_t>(i), static_cast<char>('a' + i % 26))));
    }
  }
  return list;
}

bool same(const Finding& a, const Finding& b) {
  return a.file == b.file && a.line == b.line && a.column == b.column && a.end_line == b.end_line &&
         a.end_column == b.end_column && a.severity == b.severity && a.kind == b.kind && a.rule == b.rule &&
         a.message == b.message && a.found == b.found && a.expected == b.expected && a.source == b.source &&
         a.sentence == b.sentence && a.highlight_begin == b.highlight_begin && a.highlight_end == b.highlight_end &&
         a.utf16_column == b.utf16_column && a.detail == b.detail;
}

void check_reads_back(const FindingLog& log, const std::vector<Finding>& expected) {
  REQUIRE(log.size() == expected.size());
  for (int pass = 0; pass < 2; ++pass) {  // reports read the list more than once
    std::size_t i = 0;
    for (const Finding& f : log) {
      REQUIRE(i < expected.size());
      CHECK(same(f, expected[i]));
      ++i;
    }
    CHECK(i == expected.size());
  }
}

TEST_CASE("a finding log under its limit keeps the findings in memory") {
  const std::vector<Finding> list = many(3, 4);
  FindingLog log(std::size_t{1} << 30, "");
  for (const Finding& f : list) log.add(f);
  log.finish();
  CHECK_FALSE(log.spilled());
  CHECK(log.kept_in_memory_because().empty());
  check_reads_back(log, list);
}

TEST_CASE("a finding log over its limit reads every finding back from its file in order") {
  const std::vector<Finding> list = many(40, 60);  // 2,400 findings, about 1.6 MB encoded: two chunks and more
  SECTION("from the first finding") {
    FindingLog log(0, "");
    for (const Finding& f : list) log.add(f);
    log.finish();
    CHECK(log.spilled());
    CHECK(log.spilled_bytes() > (std::size_t{1} << 20));
    check_reads_back(log, list);
  }
  SECTION("after some were kept in memory") {
    FindingLog log(100 * sizeof(Finding), "");
    for (std::size_t i = 0; i < list.size(); ++i) {
      log.add(list[i]);
      if (i == 10) CHECK_FALSE(log.spilled());
    }
    CHECK(log.spilled());
    check_reads_back(log, list);  // before finish(): the last findings are read from memory
    log.finish();
    check_reads_back(log, list);
  }
  SECTION("counted by severity") {
    FindingLog log(0, "");
    for (const Finding& f : list) log.add(f);
    for (Severity s : {Severity::kError, Severity::kWarning, Severity::kInfo}) {
      CHECK(log.count(s) == static_cast<std::size_t>(std::count_if(list.begin(), list.end(), [&](const Finding& f) {
              return f.severity == s;
            })));
    }
    Summary summary = summarize(log, 40, {});
    CHECK(summary.findings == 2400);
    CHECK(summary.errors + summary.warnings + summary.infos == 2400);
  }
  SECTION("moved: the file goes with it") {
    FindingLog log(0, "");
    for (const Finding& f : list) log.add(f);
    FindingLog moved(std::move(log));
    moved.finish();
    check_reads_back(moved, list);
    FindingLog assigned;
    assigned = std::move(moved);
    check_reads_back(assigned, list);
  }
}

TEST_CASE("empty fields and empty logs read back") {
  FindingLog empty(0, "");
  empty.finish();
  CHECK(empty.begin() == empty.end());
  CHECK(empty.size() == 0);
  Finding bare;
  bare.file = "a.md";
  FindingLog one(0, "");
  one.add(bare);
  one.finish();
  check_reads_back(one, {bare});
}

TEST_CASE("a finding added out of order brings the log back into memory and sorted") {
  std::vector<Finding> list = many(5, 30);
  std::vector<Finding> shuffled = list;
  std::swap(shuffled[140], shuffled[3]);  // the last article's finding among the first
  FindingLog log(0, "");
  for (const Finding& f : shuffled) log.add(f);
  log.finish();
  CHECK_FALSE(log.spilled());
  CHECK(log.kept_in_memory_because() == "findings came out of order");
  check_reads_back(log, list);
}

TEST_CASE("a finding log that cannot make its file keeps the findings in memory and says why") {
  const std::vector<Finding> list = many(4, 10);
  FindingLog log(0, "/nonexistent/factlint-test");
  for (const Finding& f : list) log.add(f);
  log.finish();
  CHECK_FALSE(log.spilled());
  CHECK(log.kept_in_memory_because().find("cannot make a temporary file in /nonexistent/factlint-test") !=
        std::string::npos);
  check_reads_back(log, list);
}

TEST_CASE("a finding log whose file stops taking bytes keeps the rest in memory and reads all back") {
  // A file size limit stands for a full disk: the first chunk is written, the
  // next writes fail (EFBIG, with SIGXFSZ ignored).
  const std::vector<Finding> list = many(60, 60);  // about 2.4 MB encoded
  rlimit before{};
  REQUIRE(getrlimit(RLIMIT_FSIZE, &before) == 0);
  const auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
  rlimit limited = before;
  limited.rlim_cur = std::size_t{3} << 19;  // 1.5 MiB
  REQUIRE(setrlimit(RLIMIT_FSIZE, &limited) == 0);
  FindingLog log(0, "");
  for (const Finding& f : list) log.add(f);
  log.finish();
  setrlimit(RLIMIT_FSIZE, &before);
  std::signal(SIGXFSZ, old_handler);
  CHECK(log.spilled());
  CHECK(log.spilled_bytes() > 0);
  CHECK(log.spilled_bytes() <= limited.rlim_cur);
  CHECK(log.kept_in_memory_because().find("the temporary file could not be written") != std::string::npos);
  check_reads_back(log, list);
}

TEST_CASE("a finding log from a vector is sorted as the reports list findings") {
  std::vector<Finding> list = many(3, 5);
  std::vector<Finding> reversed(list.rbegin(), list.rend());
  FindingLog log(std::move(reversed));
  check_reads_back(log, list);
}

}  // namespace
}  // namespace factlint
