// Little-endian binary records: lengths and numbers as fixed-width integers,
// strings as a length and their bytes. The article cache's file and the
// findings a run spills to a temporary file (findings/finding_log.h) are
// written with ByteWriter and read back with ByteReader, which never reads
// out of bounds, whatever the bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace factlint::util {

class ByteWriter {
 public:
  void u32(std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out_.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
  }
  void u64(std::uint64_t v) {
    for (int i = 0; i < 8; ++i) out_.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
  }
  void i32(int v) { u32(static_cast<std::uint32_t>(v)); }
  void str(std::string_view s) {
    u32(static_cast<std::uint32_t>(s.size()));
    out_.append(s);
  }
  std::string& bytes() { return out_; }
  const std::string& bytes() const { return out_; }

 private:
  std::string out_;
};

// Reads what ByteWriter wrote; any read past the end leaves it failed (ok()
// false) and gives zeros, so damaged bytes never read out of bounds.
class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}
  std::uint64_t u(int bytes) {
    if (!take(static_cast<std::size_t>(bytes))) return 0;
    std::uint64_t v = 0;
    for (int i = 0; i < bytes; ++i) v |= std::uint64_t{static_cast<unsigned char>(in_[at_ - bytes + i])} << (8 * i);
    return v;
  }
  std::uint32_t u32() { return static_cast<std::uint32_t>(u(4)); }
  std::uint64_t u64() { return u(8); }
  int i32() { return static_cast<int>(u32()); }
  std::string_view str() {
    const std::uint32_t size = u32();
    if (!take(size)) return {};
    return in_.substr(at_ - size, size);
  }
  void fail() { ok_ = false; }
  bool ok() const { return ok_; }
  bool done() const { return ok_ && at_ == in_.size(); }
  std::size_t left() const { return ok_ ? in_.size() - at_ : 0; }
  std::size_t at() const { return at_; }

 private:
  bool take(std::size_t n) {
    if (!ok_ || in_.size() - at_ < n) return ok_ = false;
    at_ += n;
    return true;
  }
  std::string_view in_;
  std::size_t at_ = 0;
  bool ok_ = true;
};

}  // namespace factlint::util
