#include <catch2/catch.hpp>

#include "tests/unit/report/report_fixture.h"

namespace factlint::report {
namespace {

TEST_CASE("checkstyle lists every article with its findings as errors", "[report][checkstyle]") {
  std::vector<Finding> list = fixture::findings();
  CHECK(fixture::render(write_checkstyle, list, fixture::summary(list), fixture::options()) ==
        R"x(<?xml version="1.0" encoding="UTF-8"?>
<checkstyle version="4.3">
  <file name="corpus/a.md">
    <error line="3" column="12" severity="error" message="article says 64 percent; the fact sheet says 46% (source: Lavrov, 7 April 2021)" source="factlint.contradiction.visit/trade"/>
    <error line="5" column="3" severity="warning" message="'Lavorv' is a misspelling of 'Sergey Lavrov'" source="factlint.misspelling.visit/people:lavrov"/>
  </file>
  <file name="corpus/b.md">
    <error line="2" column="10" severity="info" message="article says 3-day (3 days); the fact sheet says 2 days" source="factlint.contradiction.visit/length"/>
  </file>
  <file name="corpus/bad.md">
    <error severity="warning" message="skipped: contains a NUL byte at line 1, column 4 (binary file?)" source="factlint.notice.skipped"/>
  </file>
  <file name="corpus/clean.md"/>
</checkstyle>
)x");
}

TEST_CASE("checkstyle escapes messages and paths", "[report][checkstyle]") {
  std::vector<Finding> list = {fixture::findings()[0]};
  list[0].file = "corpus/\"q\" & <a>.md";
  list[0].message = "line one\nline two\r\x02";
  std::string xml = fixture::render(write_checkstyle, list, summarize(list, 1, {}), {});
  CHECK(xml.find(R"x(<file name="corpus/&quot;q&quot; &amp; &lt;a&gt;.md">)x") != std::string::npos);
  CHECK(xml.find(R"x(message="line one&#10;line two&#13; (source: Lavrov, 7 April 2021)")x") != std::string::npos);
}

}  // namespace
}  // namespace factlint::report
