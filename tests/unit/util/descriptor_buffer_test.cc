#include "checker/util/descriptor_buffer.h"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <ostream>
#include <string>

namespace factlint::util {
namespace {

// What a descriptor's reading end holds, up to `limit` bytes.
std::string drain(int fd, std::size_t limit) {
  std::string got(limit, '\0');
  std::size_t size = 0;
  while (size < limit) {
    const ssize_t n = ::read(fd, got.data() + size, limit - size);
    if (n <= 0) break;
    size += static_cast<std::size_t>(n);
  }
  got.resize(size);
  return got;
}

TEST_CASE("a descriptor buffer hands every byte over in large pieces and at a flush", "[util][descriptor_buffer]") {
  std::FILE* file = std::tmpfile();
  REQUIRE(file != nullptr);
  const int fd = ::fileno(file);
  std::string written;
  {
    DescriptorBuffer buffer(fd);
    std::ostream out(&buffer);
    for (int i = 0; i < 20000; ++i) {  // 20,000 lines: past the 64 KiB buffer several times
      const std::string line = "line " + std::to_string(i) + "\n";
      out << line;
      written += line;
    }
    out.flush();
    CHECK(out.good());
    CHECK(buffer.error() == 0);
  }
  REQUIRE(::lseek(fd, 0, SEEK_SET) == 0);
  CHECK(drain(fd, written.size() + 1) == written);
  std::fclose(file);
}

TEST_CASE("a descriptor buffer keeps the first failure and the stream goes bad", "[util][descriptor_buffer]") {
  SECTION("a full disk") {
    const int fd = ::open("/dev/full", O_WRONLY | O_CLOEXEC);
    if (fd < 0) return;  // no /dev/full here: nothing to learn
    DescriptorBuffer buffer(fd);
    std::ostream out(&buffer);
    out << std::string(100000, 'x');  // past the buffer: written, and refused
    CHECK_FALSE(out.good());
    CHECK(buffer.error() == ENOSPC);
    out << "more" << std::flush;  // dropped, the first reason kept
    CHECK(buffer.error() == ENOSPC);
    ::close(fd);
  }
  SECTION("a pipe whose reader has gone") {
    int ends[2];
    REQUIRE(::pipe(ends) == 0);
    ::close(ends[0]);
    auto* before = std::signal(SIGPIPE, SIG_IGN);  // else the write would end this test
    DescriptorBuffer buffer(ends[1]);
    std::ostream out(&buffer);
    out << "a line\n" << std::flush;
    std::signal(SIGPIPE, before);
    CHECK_FALSE(out.good());
    CHECK(buffer.error() == EPIPE);
    ::close(ends[1]);
  }
  SECTION("no descriptor") {
    DescriptorBuffer buffer(-1);
    std::ostream out(&buffer);
    out << "x" << std::flush;
    CHECK_FALSE(out.good());
    CHECK(buffer.error() == EBADF);
  }
  SECTION("nothing written, nothing fails") {
    DescriptorBuffer buffer(-1);
    std::ostream out(&buffer);
    out.flush();
    CHECK(out.good());
    CHECK(buffer.error() == 0);
  }
}

}  // namespace
}  // namespace factlint::util
