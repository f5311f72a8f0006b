// Timelines in `expect` (entries with `as_of` and `said_by`): every way one can
// be wrong, with the full text the user sees, and what a good one loads as.
#include <catch2/catch.hpp>

#include <string>

#include "checker/rules/load_sheet.h"
#include "sheet_fixtures.h"

namespace factlint::rules {
namespace {

using testing::rendered;

std::string sheet(const std::string& entries) {
  return "id: quake\nsources:\n  usgs:\n    name: USGS\n  cenc:\n    name: CENC\nfacts:\n  - id: deaths\n"
         "    cues: [toll]\n    expect:\n" +
         entries;
}

std::vector<std::string> errors_of(const std::string& entries) {
  Diagnostics diags;
  load_sheet("rules/x.yaml", sheet(entries), diags);
  return rendered(diags);
}

TEST_CASE("a timeline loads with its entries linked in time order", "[rules][timeline]") {
  Diagnostics diags;
  const auto loaded = load_sheet("rules/x.yaml",
                                 sheet("      - {value: 150, as_of: 2014-08-03T19:00+08:00, source: Xinhua}\n"
                                       "      - {value: 6.1, said_by: usgs, as_of: 2014-08-03}\n"
                                       "      - {value: 398, as_of: 2014-08-04}\n"
                                       "      - {value: 6.5, said_by: cenc, as_of: 2014-08-03}\n"
                                       "      - 589 people\n"),
                                 diags);
  // The plain value has no as_of: an error, but the rest is read.
  CHECK(rendered(diags) == std::vector<std::string>{
                               "rules/x.yaml:15:9: error: this entry has no 'as_of', and others in the list do (in a "
                               "timeline every value says from when it holds, e.g. {value: 398, as_of: "
                               "2014-08-04T20:00+08:00})"});
  Diagnostics ok;
  const auto good = load_sheet("rules/x.yaml",
                               sheet("      - {value: 150, as_of: 2014-08-03T19:00+08:00, source: Xinhua}\n"
                                     "      - {value: 6.1, said_by: usgs, as_of: 2014-08-03}\n"
                                     "      - {value: 6.5, said_by: cenc, as_of: 2014-08-03}\n"
                                     "      - {value: 398, as_of: 2014-08-04}\n"
                                     "      - {value: 7.0, said_by: usgs, as_of: 2014-08-05}\n"),
                               ok);
  REQUIRE(good);
  CHECK(rendered(ok).empty());
  const Fact& fact = good->facts[0];
  CHECK(fact.timeline);
  CHECK(fact.timeline_zone == 480);  // from the first date-time's zone
  REQUIRE(fact.entries.size() == 5);
  // The story's figures (no said_by) and each source's: 150 is replaced by the
  // next figure of any source, USGS's 6.1 and CENC's 6.5 (side by side) by the
  // story's 398, the story's 398 by USGS's 7.0.
  CHECK(fact.entries[0].next == 1);
  CHECK(fact.entries[1].next == 3);
  CHECK(fact.entries[2].next == 3);
  CHECK(fact.entries[3].next == 4);
  CHECK(fact.entries[4].next == -1);
  CHECK(fact.entries[0].source == "Xinhua");
  CHECK(fact.entries[1].said_by == "usgs");
  // A date alone is the day in the timeline's zone.
  CHECK(fact.entries[3].start.latest - fact.entries[3].start.earliest == 1439);
  (void)loaded;
}

TEST_CASE("a timeline that cannot mean what it says is a located error", "[rules][timeline]") {
  CHECK(errors_of("      - {value: 150, as_of: 3 Aug 2014}\n") ==
        std::vector<std::string>{"rules/x.yaml:11:29: error: cannot read 'as_of: 3 Aug 2014': '3 Aug 2014' is not a "
                                 "date: write it as 2014-08-06, or 2014-08-06T08:00+08:00 with a time (write a date "
                                 "(2014-08-06) or a date-time with its zone (2014-08-06T08:00+08:00))"});
  CHECK(errors_of("      - {value: 150, as_of: 2014-08-03T19:00+25:00}\n") ==
        std::vector<std::string>{"rules/x.yaml:11:29: error: cannot read 'as_of: 2014-08-03T19:00+25:00': the zone "
                                 "+25:00 does not exist: UTC offsets run from -12:00 to +14:00 (write a date "
                                 "(2014-08-06) or a date-time with its zone (2014-08-06T08:00+08:00))"});
  CHECK(errors_of("      - {value: 150, as_of: 2014-08-03T19:00}\n") ==
        std::vector<std::string>{"rules/x.yaml:11:29: error: 'as_of: 2014-08-03T19:00' has a time but no zone (add "
                                 "the zone the time is in, e.g. 2014-08-03T19:00+08:00 or 2014-08-03T19:00Z)"});
  CHECK(errors_of("      - {value: 398, as_of: 2014-08-04}\n      - {value: 150, as_of: 2014-08-03}\n") ==
        std::vector<std::string>{"rules/x.yaml:12:9: error: this entry (as of 2014-08-03) is earlier than the one on "
                                 "line 11 (as of 2014-08-04) (list a timeline in time order, oldest first; check the "
                                 "date for a typo)"});
  CHECK(errors_of("      - {value: 398, as_of: 2014-08-04T20:00Z}\n      - {value: 410, as_of: 2014-08-04T20:00Z}\n") ==
        std::vector<std::string>{"rules/x.yaml:12:9: error: two figures at the same moment: '410' here and '398' on "
                                 "line 11, both as of 2014-08-04 20:00 UTC (keep the one that was announced last, or "
                                 "give each the time it was announced)"});
  CHECK(errors_of("      - {value: 398, as_of: 2014-08-04, said_by: usgss}\n") ==
        std::vector<std::string>{"rules/x.yaml:11:50: error: unknown person 'usgss' in said_by (did you mean 'usgs'?)"});
  CHECK(errors_of("      - {value: 398, asof: 2014-08-04}\n") ==
        std::vector<std::string>{
            "rules/x.yaml:11:22: error: unknown key 'asof' (did you mean 'as_of'?)"});
  CHECK(errors_of("      - {as_of: 2014-08-04}\n") ==
        std::vector<std::string>{"rules/x.yaml:11:9: error: missing key 'value' in an entry of 'expect'"});
  CHECK(errors_of("      - {value: 3 Aug, as_of: 2014-08-04}\n").size() == 1);
  CHECK(errors_of("      - {value: 398, as_of: 2014-08-04}\n      - {withdrawn: true}\n") ==
        std::vector<std::string>{"rules/x.yaml:12:9: error: a withdrawal needs 'as_of' (say when the figure was taken "
                                 "back, e.g. as_of: 2023-09-17)"});
  CHECK(errors_of("      - {value: 398, as_of: 2014-08-04}\n      - {withdrawn: true, value: 3, as_of: 2014-08-05}\n") ==
        std::vector<std::string>{"rules/x.yaml:12:9: error: an entry is a value or a withdrawal, not both (a withdrawal "
                                 "ends the source's figure without giving another: drop 'value', or drop 'withdrawn')"});
  CHECK(errors_of("      - {withdrawn: true, as_of: 2014-08-05}\n") ==
        std::vector<std::string>{"rules/x.yaml:11:7: error: 'expect' has withdrawals and no value (give at least one value)"});
}

TEST_CASE("two figures on one day and the same entry twice", "[rules][timeline]") {
  // Two figures given on one day (no times) are both that day's: no error.
  CHECK(errors_of("      - {value: 367, as_of: 2014-08-04}\n      - {value: 381, as_of: 2014-08-04}\n").empty());
  // Two sources at the same moment are two lines of figures: no error.
  CHECK(errors_of("      - {value: 6.1, as_of: 2014-08-03T08:30Z, said_by: usgs}\n"
                  "      - {value: 6.5, as_of: 2014-08-03T08:30Z, said_by: cenc}\n")
            .empty());
  // A sum in yen and the same in dollars, given together, are two quantities:
  // each is replaced by the next figure in its own currency.
  Diagnostics two;
  const auto money = load_sheet("rules/x.yaml",
                                sheet("      - {value: JPY 4 billion, as_of: 2024-01-04T10:00+09:00}\n"
                                      "      - {value: $28 million, as_of: 2024-01-04T10:00+09:00}\n"
                                      "      - {value: JPY 4.74 billion, as_of: 2024-01-05T10:00+09:00}\n"
                                      "      - {value: $32.7 million, as_of: 2024-01-05T10:00+09:00}\n"),
                                two);
  REQUIRE(money);
  CHECK(rendered(two).empty());
  CHECK(money->facts[0].entries[0].next == 2);
  CHECK(money->facts[0].entries[1].next == 3);
  Diagnostics diags;
  CHECK(load_sheet("rules/x.yaml",
                   sheet("      - {value: 398, as_of: 2014-08-04T20:00Z}\n      - {value: 398, as_of: 2014-08-04T20:00Z}\n"),
                   diags));
  CHECK(rendered(diags) == std::vector<std::string>{"rules/x.yaml:12:9: warning: '398' as of 2014-08-04 20:00 UTC is "
                                                    "listed twice (line 11) (delete one of them)"});
}

TEST_CASE("a timeline of ten thousand entries loads", "[rules][timeline]") {
  std::string entries;
  for (int i = 0; i < 10000; ++i) {
    const int day = i / 24, hour = i % 24;
    const Date d = civil_from_days(days_from_civil(2014, 8, 3) + day);
    entries += "      - {value: " + std::to_string(100 + i) + ", as_of: '" + to_iso(d) + "T" +
               (hour < 10 ? "0" : "") + std::to_string(hour) + ":00+08:00'}\n";
  }
  Diagnostics diags;
  const auto loaded = load_sheet("rules/x.yaml", sheet(entries), diags);
  REQUIRE(loaded);
  CHECK(rendered(diags).empty());
  REQUIRE(loaded->facts[0].entries.size() == 10000);
  CHECK(loaded->facts[0].entries[9998].next == 9999);
}

}  // namespace
}  // namespace factlint::rules
