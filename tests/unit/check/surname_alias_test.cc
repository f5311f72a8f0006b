#include "checker/check/check_document.h"

#include <catch2/catch.hpp>

#include "../text_and_rules_fixture.h"

namespace factlint::check {
namespace {

using testing::article_from;
using testing::rules_from;

const char* kSheet = R"(id: imf
people:
  shehbaz:
    name: Shehbaz Sharif
    also: [Sharif, Prime Minister Shehbaz Sharif]
  dar:
    name: Ishaq Dar
facts:
  - id: loan
    cues: ['\bloan\b']
    expect: $3 billion
    said_by: [dar]
)";

std::vector<Finding> check(const std::string& body) {
  static const rules::RuleSet rules = rules_from(kSheet);
  return check_document(article_from("---\ndate: 2023-07-01\n---\n" + body), rules).findings;
}

// The fact is Ishaq Dar's: a credit to Shehbaz Sharif is a misattribution, a
// credit to someone the sheet does not know is not.
TEST_CASE("a surname alias credits its person unless another first name stands before it",
          "[check][attribution]") {
  for (const char* body : {"The $3 billion loan is a relief, Sharif said.\n",
                           "The $3 billion loan is a relief, Prime Minister Sharif said.\n",
                           "The $3 billion loan is a relief, PM Sharif said.\n",
                           "The $3 billion loan is a relief, Shehbaz Sharif said.\n"}) {
    CAPTURE(body);
    const std::vector<Finding> findings = check(body);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].kind == FindingKind::kMisattribution);
  }
  for (const char* body : {"The $3 billion loan is a relief, Nawaz Sharif said.\n",
                           "The $3 billion loan is a relief, Maryam Nawaz Sharif said.\n"}) {
    CAPTURE(body);
    CHECK(check(body).empty());
  }
}

}  // namespace
}  // namespace factlint::check
