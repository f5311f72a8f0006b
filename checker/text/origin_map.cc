#include "checker/text/origin_map.h"

#include <algorithm>

namespace factlint::text {

OriginMap::OriginMap(const std::vector<std::uint32_t>& offsets) {
  for (const std::uint32_t o : offsets) push_back(o);
}

void OriginMap::push_back(std::uint32_t file_offset) { append_copy(file_offset, 1); }

void OriginMap::append_copy(std::uint32_t file_offset, std::size_t length) {
  if (length == 0) return;
  // A new run unless the last one goes on into these entries.
  if (runs_.empty() || runs_.back().file + (size_ - runs_.back().text) != file_offset)
    runs_.push_back({size_, file_offset});
  size_ += length;
}

void OriginMap::append_same(std::uint32_t file_offset, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) push_back(file_offset);
}

void OriginMap::append(const OriginMap& other, std::size_t count) {
  count = std::min(count, other.size_);
  for (auto run = other.runs_.begin(); run != other.runs_.end() && run->text < count; ++run)
    append_copy(run->file, std::min(other.run_end(run), count) - run->text);
}

std::vector<OriginMap::Run>::const_iterator OriginMap::run_of(std::size_t k) const {
  if (runs_.size() == 1) return runs_.begin();
  return std::upper_bound(runs_.begin(), runs_.end(), k, [](std::size_t at, const Run& r) { return at < r.text; }) -
         1;
}

std::uint32_t OriginMap::operator[](std::size_t k) const {
  if (runs_.empty()) return 0;
  const auto run = run_of(k);
  return run->file + static_cast<std::uint32_t>(k - run->text);
}

std::size_t OriginMap::first_at_or_after(std::uint32_t file_offset) const {
  if (size_ == 0) return 0;
  // Entries never go backwards, so neither do the runs' last entries: the
  // first run whose last entry reaches the offset holds the answer.
  const auto last_entry = [this](std::vector<Run>::const_iterator run) {
    return run->file + static_cast<std::uint32_t>(run_end(run) - run->text - 1);
  };
  auto lo = runs_.begin(), hi = runs_.end();
  while (lo < hi) {
    const auto mid = lo + (hi - lo) / 2;
    if (last_entry(mid) < file_offset) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  if (lo == runs_.end()) return size_ - 1;
  const std::size_t k = lo->text + (file_offset > lo->file ? file_offset - lo->file : 0);
  return std::min(k, size_ - 1);
}

OriginMap OriginMap::composed_with(const OriginMap& outer) const {
  OriginMap out;
  for (auto run = runs_.begin(); run != runs_.end(); ++run) {
    const std::size_t length = run_end(run) - run->text;
    for (std::size_t j = 0; j < length;) {
      const std::size_t x = run->file + j;
      if (x >= outer.size_) {  // past the outer map's end: its end, as a clamp
        out.append_same(outer.back(), length - j);
        break;
      }
      const auto at = outer.run_of(x);
      const std::size_t n = std::min(outer.run_end(at) - x, length - j);
      out.append_copy(at->file + static_cast<std::uint32_t>(x - at->text), n);
      j += n;
    }
  }
  return out;
}

std::vector<std::uint32_t> OriginMap::to_vector() const {
  std::vector<std::uint32_t> out;
  out.reserve(size_);
  for (auto run = runs_.begin(); run != runs_.end(); ++run) {
    for (std::size_t k = run->text; k < run_end(run); ++k)
      out.push_back(run->file + static_cast<std::uint32_t>(k - run->text));
  }
  return out;
}

}  // namespace factlint::text
