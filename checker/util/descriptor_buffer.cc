#include "checker/util/descriptor_buffer.h"

#include <unistd.h>

#include <cerrno>

namespace factlint::util {

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

int DescriptorBuffer::sync() {
  const std::string_view pending(pbase(), static_cast<std::size_t>(pptr() - pbase()));
  if (error_ == 0 && !pending.empty() && (fd_ < 0 || !write_all(fd_, pending))) error_ = fd_ < 0 ? EBADF : errno;
  reset();
  return error_ == 0 ? 0 : -1;
}

DescriptorBuffer::int_type DescriptorBuffer::overflow(int_type c) {
  if (sync() != 0) return traits_type::eof();  // the stream goes bad: nothing more is written
  if (!traits_type::eq_int_type(c, traits_type::eof())) {
    *pptr() = traits_type::to_char_type(c);
    pbump(1);
  }
  return traits_type::not_eof(c);
}

}  // namespace factlint::util
