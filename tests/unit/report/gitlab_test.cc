#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "checker/findings/fingerprint.h"
#include "tests/unit/report/report_fixture.h"

namespace factlint::report {
namespace {

TEST_CASE("GitLab Code Quality issues carry the fields GitLab reads", "[report][gitlab]") {
  std::vector<Finding> list = fixture::findings();
  std::string text = fixture::render(write_gitlab, list, fixture::summary(list), fixture::options());
  CHECK(text.rfind("[\n", 0) == 0);  // an array first: no byte-order mark
  nlohmann::json issues = nlohmann::json::parse(text);
  REQUIRE(issues.size() == 3);
  CHECK(issues[0] == nlohmann::json::parse(R"x({
    "description": "article says 64 percent; the fact sheet says 46% (source: Lavrov, 7 April 2021)",
    "check_name": "visit/trade",
    "fingerprint": ")x" + fingerprint(list[0]) + R"x(",
    "severity": "critical",
    "location": {"path": "corpus/a.md", "lines": {"begin": 3}}
  })x"));
  CHECK(issues[1]["severity"] == "minor");
  CHECK(issues[2]["severity"] == "info");
}

TEST_CASE("GitLab fingerprints are unique even for a repeated sentence", "[report][gitlab]") {
  std::vector<Finding> list = {fixture::findings()[0], fixture::findings()[0], fixture::findings()[0]};
  list[1].line = 8;
  list[2].line = 20;
  nlohmann::json issues = nlohmann::json::parse(fixture::render(write_gitlab, list, summarize(list, 1, {}), {}));
  std::string print = fingerprint(list[0]);
  CHECK(issues[0]["fingerprint"] == print);
  CHECK(issues[1]["fingerprint"] == print + "-2");
  CHECK(issues[2]["fingerprint"] == print + "-3");
}

TEST_CASE("a clean run gives an empty GitLab array", "[report][gitlab]") {
  CHECK(fixture::render(write_gitlab, {}, summarize(std::vector<Finding>{}, 1, {}), {}) == "[]\n");
}

}  // namespace
}  // namespace factlint::report
