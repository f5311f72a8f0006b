#include "checker/util/read_file.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

namespace fs = std::filesystem;
using factlint::util::read_file;
using factlint::util::human_size;
using factlint::util::larger_than;

TEST_CASE("read_file refuses a named pipe without waiting for a writer", "[util][read_file]") {
  const fs::path fifo = fs::temp_directory_path() / ("factlint-fifo-" + std::to_string(::getpid()));
  fs::remove(fifo);
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const auto result = read_file(fifo.string(), 1 << 20);
  fs::remove(fifo);
  CHECK_FALSE(result.content);
  CHECK(result.error == "a named pipe (FIFO), not a regular file: not read");
}

TEST_CASE("read_file reads a file that reports no size to its end and keeps the limit", "[util][read_file]") {
  const auto status = read_file("/proc/self/status", 1 << 20);  // st_size 0, yet it has lines
  REQUIRE(status.content);
  CHECK(status.content->find("Name:") != std::string::npos);
  const auto small = read_file("/proc/self/status", 16);
  CHECK(small.too_large);
  CHECK_FALSE(small.content);
}

TEST_CASE("read_file reads a regular file whole and names a missing one", "[util][read_file]") {
  const fs::path file = fs::temp_directory_path() / ("factlint-read-" + std::to_string(::getpid()));
  std::ofstream(file) << std::string(200000, 'x');
  const auto result = read_file(file.string(), 1 << 20);
  fs::remove(file);
  REQUIRE(result.content);
  CHECK(result.content->size() == 200000);
  const auto missing = read_file(file.string(), 1 << 20);
  CHECK(missing.error == "no such file or directory");
  CHECK(read_file(fs::temp_directory_path().string(), 1 << 20).error == "is a directory");
}

TEST_CASE("read_file keeps the limit to the byte and takes the stamp stat gives", "[util][read_file]") {
  const fs::path file = fs::temp_directory_path() / ("factlint-limit-" + std::to_string(::getpid()));
  std::ofstream(file) << std::string(1000, 'y');
  CHECK(read_file(file.string(), 1000).content == std::string(1000, 'y'));
  CHECK(read_file(file.string(), 999).too_large);
  CHECK(read_file(file.string(), SIZE_MAX).content == std::string(1000, 'y'));  // no limit: no overflow
  const auto read = read_file(file.string(), 1 << 20);
  const auto stamp = factlint::util::stamp_of(file.string());
  REQUIRE(stamp);
  CHECK(read.stamp == *stamp);
  CHECK(stamp->size == 1000);
  CHECK(read.stamp_after.empty());  // not asked for
  const auto twice = read_file(file.string(), 1 << 20, true);
  CHECK(twice.stamp_after == twice.stamp);  // nothing wrote the file while it was read
  CHECK(twice.stamp_after == *stamp);
  // A write moves the change time past any stamp taken before it.
  CHECK_FALSE(factlint::util::stamp_trusted(*stamp, stamp->ctime_ns + 1'000'000'000));
  CHECK(factlint::util::stamp_trusted(*stamp, stamp->ctime_ns + 3'000'000'000));
  std::ofstream(file, std::ios::app) << "z";
  CHECK_FALSE(factlint::util::stamp_of(file.string()) == stamp);
  fs::remove(file);
  CHECK_FALSE(factlint::util::stamp_of(file.string()));
  CHECK_FALSE(factlint::util::stamp_of(fs::temp_directory_path().string()));  // a folder has none
}

TEST_CASE("human_size writes whole units or one decimal and larger_than never repeats the limit", "[util][read_file]") {
  CHECK(human_size(16u << 20) == "16 MiB");
  CHECK(human_size(std::size_t{2} << 30) == "2 GiB");
  CHECK(human_size(512u << 10) == "512 KiB");
  CHECK(human_size(300) == "300 bytes");
  CHECK(human_size(10239) == "10239 bytes");  // below 10 KiB: exact
  CHECK(human_size(12800) == "12.5 KiB");
  CHECK(human_size(209716278) == "200.0 MiB");
  CHECK(human_size((std::size_t{3} << 30) + (std::size_t{1} << 29)) == "3.5 GiB");
  CHECK(larger_than(16u << 20, 209716278) == "larger than the 16 MiB limit (200.0 MiB)");
  CHECK(larger_than(50, 60, "see --max-file-size") == "larger than the 50 bytes limit (60 bytes; see --max-file-size)");
  // Just past the limit, one decimal would read as the limit itself.
  CHECK(larger_than(16u << 20, (16u << 20) + 5) == "larger than the 16 MiB limit (16777221 bytes)");
  CHECK(larger_than(16u << 20, (16u << 20) + (1u << 19)) == "larger than the 16 MiB limit (16.5 MiB)");
}

TEST_CASE("parse_size reads bytes and sizes with a unit and says what is wrong with the rest", "[util][read_file]") {
  using factlint::util::parse_size;
  struct Row { std::string text; std::uint64_t bytes; };
  for (const Row& row : {Row{"0", 0}, Row{"300", 300}, Row{"300b", 300}, Row{"1K", 1024}, Row{"1k", 1024},
                         Row{"1KiB", 1024}, Row{"1kb", 1024}, Row{"16M", 16u << 20}, Row{"2g", std::uint64_t{2} << 30},
                         Row{"4611686018427387904", std::uint64_t{1} << 62}}) {
    CAPTURE(row.text);
    const factlint::util::Size size = parse_size(row.text);
    CHECK(size.problem.empty());
    CHECK(size.bytes == row.bytes);
  }
  for (const std::string text : {"", "-5", "10.5M", "32MB/s", "M", "1T", "1 K", "8Mi"}) {
    CAPTURE(text);
    CHECK(parse_size(text).problem == "is no size");
  }
  for (const std::string text : {"4611686018427387905", "99999999999999999999", "4294967297G"}) {
    CAPTURE(text);
    CHECK(parse_size(text).problem == "is more than any file");
  }
}
