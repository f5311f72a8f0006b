#include <catch2/catch.hpp>
#include <cstdlib>

#include "tests/unit/report/report_fixture.h"

namespace factlint::report {
namespace {

TEST_CASE("JUnit fails an article's test with its findings at or above fail-on and tells the rest",
          "[report][junit]") {
  std::vector<Finding> list = fixture::findings();
  ReportOptions options = fixture::options();
  options.fail_at = Severity::kWarning;  // --fail-on warning
  CHECK(fixture::render(write_junit, list, fixture::summary(list), options) ==
        R"x(<?xml version="1.0" encoding="UTF-8"?>
<testsuites>
  <testsuite package="factlint" id="0" name="factlint.articles" timestamp="2021-04-07T00:00:00" hostname="localhost" tests="4" failures="1" errors="0" skipped="1" time="0">
    <properties>
      <property name="factlint.version" value="0.1.0"/>
    </properties>
    <testcase name="corpus/a.md" classname="factlint.articles" time="0">
      <failure message="2 findings: 1 error, 1 warning" type="error">corpus/a.md:3:12: error[visit/trade] contradiction: article says 64 percent; the fact sheet says 46% (source: Lavrov, 7 April 2021)
corpus/a.md:5:3: warning[visit/people.lavrov] misspelling: 'Lavorv' is a misspelling of 'Sergey Lavrov'
</failure>
    </testcase>
    <testcase name="corpus/b.md" classname="factlint.articles" time="0"/>
    <testcase name="corpus/bad.md" classname="factlint.articles" time="0">
      <skipped message="contains a NUL byte at line 1, column 4 (binary file?)"></skipped>
    </testcase>
    <testcase name="corpus/clean.md" classname="factlint.articles" time="0"/>
    <system-out>Findings below --fail-on (not failures):
corpus/b.md:2:10: info[visit/length] contradiction: article says 3-day (3 days); the fact sheet says 2 days
</system-out>
    <system-err/>
  </testsuite>
  <testsuite package="factlint" id="1" name="factlint.rules" timestamp="2021-04-07T00:00:00" hostname="localhost" tests="1" failures="0" errors="0" skipped="0" time="0">
    <properties>
      <property name="factlint.version" value="0.1.0"/>
    </properties>
    <testcase name="rules/visit.yaml" classname="factlint.rules" time="0"/>
    <system-out>rules/visit.yaml: 3 findings: 1 error, 1 warning, 1 info
</system-out>
    <system-err/>
  </testsuite>
</testsuites>
)x");
}

TEST_CASE("with fail-on never no JUnit test fails and every finding is told", "[report][junit]") {
  std::vector<Finding> list = fixture::findings();
  ReportOptions options = fixture::options();
  options.fail_at = std::nullopt;
  const std::string xml = fixture::render(write_junit, list, fixture::summary(list), options);
  CHECK(xml.find("<failure") == std::string::npos);
  CHECK(xml.find(R"x(tests="4" failures="0")x") != std::string::npos);
  CHECK(xml.find("corpus/a.md:3:12: error[visit/trade]") != std::string::npos);
}

TEST_CASE("JUnit escapes every string and drops characters XML forbids", "[report][junit]") {
  std::vector<Finding> list = {fixture::findings()[0]};
  list[0].file = "corpus/<a&b>\".md";
  list[0].message = "says \"64\" & <more>\x01\x1b";
  ReportOptions o = fixture::options();
  o.articles = {list[0].file};
  std::string xml = fixture::render(write_junit, list, summarize(list, 1, {}), o);
  CHECK(xml.find(R"x(<testcase name="corpus/&lt;a&amp;b&gt;&quot;.md")x") != std::string::npos);
  CHECK(xml.find("says \"64\" &amp; &lt;more&gt; (source") != std::string::npos);
  CHECK(xml.find('\x01') == std::string::npos);
  CHECK(xml.find('\x1b') == std::string::npos);
}

TEST_CASE("an article only a finding names still gets its test", "[report][junit]") {
  std::vector<Finding> list = {fixture::findings()[2]};
  ReportOptions o;  // no articles, sheets or rules listed
  o.timestamp = 0;
  std::string xml = fixture::render(write_junit, list, summarize(list, 1, {}), o);
  CHECK(xml.find(R"x(timestamp="1970-01-01T00:00:00")x") != std::string::npos);
  CHECK(xml.find(R"x(<testcase name="corpus/b.md" classname="factlint.articles" time="0"/>)x") != std::string::npos);
  CHECK(xml.find("Findings below --fail-on (not failures):") != std::string::npos);  // an info, under the default
  CHECK(xml.find(R"x(name="factlint.rules" timestamp="1970-01-01T00:00:00" hostname="localhost" tests="0")x") !=
        std::string::npos);
}

TEST_CASE("without a timestamp JUnit takes SOURCE_DATE_EPOCH for reproducible reports", "[report][junit]") {
  ReportOptions o;  // timestamp -1
  ::setenv("SOURCE_DATE_EPOCH", "86400", 1);
  std::string xml = fixture::render(write_junit, {}, summarize(std::vector<Finding>{}, 0, {}), o);
  ::unsetenv("SOURCE_DATE_EPOCH");
  CHECK(xml.find(R"x(timestamp="1970-01-02T00:00:00")x") != std::string::npos);
}

}  // namespace
}  // namespace factlint::report
