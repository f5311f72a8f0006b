#include "checker/findings/fingerprint.h"

#include <catch2/catch.hpp>

namespace factlint {
namespace {

Finding finding(std::string sentence, int line = 7) {
  Finding f;
  f.file = "corpus/a.md";
  f.rule = "visit/trade";
  f.found = "64 percent";
  f.line = line;
  f.sentence = std::move(sentence);
  return f;
}

TEST_CASE("normalised sentences ignore case and white space and quote style", "[findings][fingerprint]") {
  CHECK(normalized_sentence("  \xE2\x80\x9CTrade\xE2\x80\x9D  grew\n64 percent  ") == "\"trade\" grew 64 percent");
  CHECK(normalized_sentence("Pakistan\xE2\x80\x99s") == "pakistan's");
}

TEST_CASE("a fingerprint survives moves and rewrapping but not a changed sentence", "[findings][fingerprint]") {
  std::string base = fingerprint(finding("Trade grew 64 percent."));
  CHECK(base.size() == 16);
  CHECK(fingerprint(finding("Trade grew 64 percent.", 90)) == base);      // moved down the file
  CHECK(fingerprint(finding("Trade  grew\n64 percent.")) == base);        // rewrapped
  CHECK(fingerprint(finding("Trade grew 64 percent in 2020.")) != base);  // the sentence changed
  Finding other_rule = finding("Trade grew 64 percent.");
  other_rule.rule = "visit/other";
  CHECK(fingerprint(other_rule) != base);
  Finding other_found = finding("Trade grew 64 percent.");
  other_found.found = "65 percent";
  CHECK(fingerprint(other_found) != base);
}

}  // namespace
}  // namespace factlint
