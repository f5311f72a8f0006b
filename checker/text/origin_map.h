// OriginMap: where each byte of a text made from a file came from (text byte
// -> file byte), as a sequence of offsets that never goes backwards, one entry
// per text byte and one for the end.
//
// Kept as runs where the text copies the file byte for byte: prose is mostly
// one such run, so an article's map is a few entries instead of four bytes
// per byte of text (which cost 6% of checking an article in a sheet's scope:
// filling, zeroing and shifting them). Reading an entry is a binary search
// over the runs; they are few.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace factlint::text {

class OriginMap {
 public:
  OriginMap() = default;
  // The entries of `offsets`, in order (tests, small maps).
  explicit OriginMap(const std::vector<std::uint32_t>& offsets);

  // Appends one entry.
  void push_back(std::uint32_t file_offset);
  // Appends `length` entries file_offset, file_offset + 1, ...: text copied
  // from the file byte for byte.
  void append_copy(std::uint32_t file_offset, std::size_t length);
  // Appends `count` entries all equal to `file_offset`: text standing for one
  // place in the file ("..." for an ellipsis, an entity's decoded bytes).
  void append_same(std::uint32_t file_offset, std::size_t count);
  // Appends the first `count` entries of `other`.
  void append(const OriginMap& other, std::size_t count);

  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  // Entry k (k < size()); a map with no entry reads 0 everywhere (an article
  // made in a test without one).
  std::uint32_t operator[](std::size_t k) const;
  std::uint32_t front() const { return runs_.empty() ? 0 : runs_.front().file; }
  // The last entry, in the last run: no search (the HTML reader asks it for
  // every character it appends).
  std::uint32_t back() const {
    return runs_.empty() ? 0 : runs_.back().file + static_cast<std::uint32_t>(size_ - 1 - runs_.back().text);
  }

  // The first entry at or after `file_offset` among all but the last (the
  // end): std::lower_bound over them, size() - 1 when none is.
  std::size_t first_at_or_after(std::uint32_t file_offset) const;
  // The map k -> outer[(*this)[k]]: a text made from a text made from a file.
  OriginMap composed_with(const OriginMap& outer) const;

  std::vector<std::uint32_t> to_vector() const;
  // How many runs the map is kept as (its memory: 16 bytes each).
  std::size_t runs() const { return runs_.size(); }
  friend bool operator==(const OriginMap& a, const OriginMap& b) { return a.to_vector() == b.to_vector(); }

 private:
  // Entries from `text` until the next run's: file, file + 1, ...
  struct Run {
    std::size_t text;
    std::uint32_t file;
  };
  // The run holding entry k (k < size()).
  std::vector<Run>::const_iterator run_of(std::size_t k) const;
  std::size_t run_end(std::vector<Run>::const_iterator run) const {
    return run + 1 == runs_.end() ? size_ : (run + 1)->text;
  }

  std::vector<Run> runs_;
  std::size_t size_ = 0;
};

}  // namespace factlint::text
