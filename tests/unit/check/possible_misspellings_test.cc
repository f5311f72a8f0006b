#include "checker/check/check_document.h"

#include <catch2/catch.hpp>

#include "../text_and_rules_fixture.h"

namespace factlint::check {
namespace {

using testing::article_from;
using testing::rules_from;

const char* kSheet = R"(id: imf
people:
  porter:
    name: Nathan Porter
    also: [Porter, IMF mission chief Nathan Porter]
  sharif:
    name: Shehbaz Sharif
    also: [Sharif, Prime Minister Shehbaz Sharif]
    misspellings: [Shahbaz Sharif]
    others: [Nawaz Sharif]
  sitharaman:
    name: Nirmala Sitharaman
    also: [Sitharaman]
  dar:
    name: Ishaq Dar
sources:
  imf:
    name: International Monetary Fund
    also: [IMF, administration in control of eastern Libya]
)";

std::vector<Finding> possible(const std::string& body, const std::string& front = "date: 2023-07-01\n") {
  static const rules::RuleSet rules = rules_from(kSheet);
  std::vector<Finding> out;
  for (Finding& f : check_document(article_from("---\n" + front + "---\n" + body), rules).findings)
    if (f.kind == FindingKind::kPossibleMisspelling) out.push_back(std::move(f));
  return out;
}

TEST_CASE("a near miss of a declared name is a possible misspelling with the name it resembles",
          "[check][possible_misspelling]") {
  const std::vector<Finding> found = possible("Nathan Potter, the fund's mission chief, said so.\n");
  REQUIRE(found.size() == 1);
  const Finding& f = found[0];
  CHECK(f.severity == Severity::kWarning);
  CHECK(f.rule == "imf/people.porter");
  CHECK(f.found == "Nathan Potter");
  CHECK(f.expected == "Nathan Porter");
  CHECK(f.line == 4);
  CHECK(f.column == 1);
  CHECK(f.message ==
        "'Nathan Potter' is close to 'Nathan Porter' but is no spelling the sheet knows: did you mean 'Nathan "
        "Porter'? (a right spelling goes under the person's 'also', another person's name under 'others')");
}

TEST_CASE("possible misspellings: what is reported", "[check][possible_misspelling]") {
  struct Row {
    const char* body;
    const char* found;
    const char* rule;
  };
  for (const Row& row : {
           Row{"Poter said the deal was close.\n", "Poter", "imf/people.porter"},
           Row{"Finance Minister Sitharman presented it.\n", "Sitharman", "imf/people.sitharaman"},
           Row{"Nirmala Sitharman presented it.\n", "Nirmala Sitharman", "imf/people.sitharaman"},
           Row{"Ishaq Darr told reporters.\n", "Ishaq Darr", "imf/people.dar"},  // short, beside a same word
           Row{"Shehbaz Shariff's office agreed.\n", "Shehbaz Shariff", "imf/people.sharif"},
       }) {
    CAPTURE(row.body);
    const std::vector<Finding> found = possible(row.body);
    REQUIRE(found.size() == 1);
    CHECK(found[0].found == row.found);
    CHECK(found[0].rule == row.rule);
  }
}

TEST_CASE("possible misspellings: what is never reported", "[check][possible_misspelling]") {
  for (const char* body : {
           "Nathan Porter and Porter's team met Shehbaz Sharif.\n",  // declared spellings
           "Nawaz Sharif returned to Lahore.\n",                     // listed under others
           "Shahbaz Sharif tweeted.\n",                              // a listed misspelling, reported as one
           "Potter said the deal was close.\n",                      // an everyday word alone (a potter)
           "Harry Potter fans queued.\n",                            // a surname alias beside another first name
           "Libyan officials met the IMF.\n",                        // a place at the end of a source's description
           "Dar and Das met.\n",                                     // a short word alone
           "The IMG said so.\n",                                     // acronyms only as written
       }) {
    CAPTURE(body);
    CHECK(possible(body).empty());
  }
}

TEST_CASE("a possible misspelling can be ignored for one article like a misspelling",
          "[check][possible_misspelling]") {
  CHECK(possible("Nathan Potter said.\n", "date: 2023-07-01\nfactlint: {ignore: [people.porter]}\n").empty());
}

}  // namespace
}  // namespace factlint::check
