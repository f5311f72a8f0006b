// Fuzz target: any text -> find_values, with and without a publication date;
// values come sorted, non-overlapping and inside the text. The first byte
// chooses whether there is a date, so both paths see every input shape.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "checker/extract/value.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

void check_values(std::string_view text, const factlint::extract::ParseContext& context) {
  std::size_t last_end = 0;
  for (const factlint::extract::Value& v : factlint::extract::find_values(text, context)) {
    FUZZ_CHECK(v.begin < v.end);
    FUZZ_CHECK(v.end <= text.size());
    FUZZ_CHECK(v.begin >= last_end);
    last_end = v.end;
    (void)factlint::extract::describe(v);  // what `factlint values` prints
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  check_values(text, {});
  factlint::extract::ParseContext dated;
  factlint::Date published;
  published.year = 2021;
  published.month = 4;
  published.day = 7;
  dated.published = published;
  check_values(text, dated);
  (void)factlint::extract::parse_expect(text.substr(0, 200));
  return 0;
}
