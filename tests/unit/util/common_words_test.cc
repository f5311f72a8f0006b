#include "checker/util/common_words.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using factlint::util::common_words;
using factlint::util::is_common_word;

TEST_CASE("the everyday-word list is sorted and lower case", "[util][common_words]") {
  const auto words = common_words();
  CHECK(words.size() > 50000);  // Debian's wamerican: about 64,000 lower-case words
  CHECK(std::is_sorted(words.begin(), words.end()));
  CHECK(std::all_of(words.begin(), words.end(), [](std::string_view w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  }));
}

TEST_CASE("everyday words are found in any case and names are not", "[util][common_words]") {
  for (const char* w : {"homes", "Homes", "POTTER", "will", "Mark", "when"}) {
    CAPTURE(w);
    CHECK(is_common_word(w));
  }
  for (const char* w : {"Sitharaman", "Poter", "Shettima", "", "O'Brien", "zo\xC3\xAB"}) {
    CAPTURE(w);
    CHECK_FALSE(is_common_word(w));
  }
}

TEST_CASE("every word of the list is found and its near neighbours only when listed", "[util][common_words]") {
  const auto words = common_words();
  const auto listed = [&](std::string_view w) { return std::binary_search(words.begin(), words.end(), w); };
  for (const std::string_view word : words) {
    REQUIRE(is_common_word(word));
    // One letter less or more: the neighbours the search's probes land between.
    const std::string shorter(word.substr(0, word.size() - 1));
    if (!shorter.empty()) REQUIRE(is_common_word(shorter) == listed(shorter));
    for (const char c : {'a', 's', 'z'}) {
      const std::string longer = std::string(word) + c;
      REQUIRE(is_common_word(longer) == listed(longer));
    }
  }
  for (const char* w : {"a", "aa", "zzzzzzzzz", "zyzzyvas", "aaaaaaaaa"}) {
    CAPTURE(w);
    CHECK(is_common_word(w) == listed(w));
  }
}
