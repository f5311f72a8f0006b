// Output to a file descriptor that remembers why it failed. std::cout says
// only that a write went wrong, if anyone asks, and a report written to a
// full disk (`factlint check > report.txt`) or to a closed pipe must not pass
// for a finished one: this buffer keeps the errno of the first failed write,
// and drops everything after it.
#pragma once

#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

namespace factlint::util {

// Writes all of `bytes` to `fd`, again after a signal interrupts it; false
// (errno set) when a write fails.
bool write_all(int fd, std::string_view bytes);

// Collects writes in `size` bytes and hands them to the descriptor. After
// the first failure the stream reads as failed (badbit) and later writes are
// dropped. `fd` < 0 fails every write (EBADF). The descriptor stays open.
class DescriptorBuffer : public std::streambuf {
 public:
  explicit DescriptorBuffer(int fd, std::size_t size = 1 << 16) : fd_(fd), data_(size) { reset(); }
  DescriptorBuffer(const DescriptorBuffer&) = delete;
  DescriptorBuffer& operator=(const DescriptorBuffer&) = delete;

  // errno of the first failed write; 0 while every write succeeded.
  int error() const { return error_; }

 protected:
  int sync() override;
  int_type overflow(int_type c) override;

 private:
  void reset() { setp(data_.data(), data_.data() + data_.size()); }
  int fd_;
  int error_ = 0;
  std::vector<char> data_;
};

}  // namespace factlint::util
