#include <catch2/catch.hpp>

#include "claims_fixture.h"

namespace factlint::claims {
namespace {

using testing::datings;

TEST_CASE("a date or a time says what it dates", "[claims][dating]") {
  struct Row {
    const char* sentence;
    const char* datings;
  };
  const Row rows[] = {
      // An event's date.
      {"The quake struck on Sunday.", "Sunday:event"},
      {"Derna was flooded on September 10.", "September 10:event"},
      // When figures stood so.
      {"As of 2 p.m. Thursday, 240 people had died.", "2 p.m.:status(As of) Thursday:status(As of)"},
      {"The count was 1,248 as of 4 a.m. on Tuesday local time.", "4 a.m.:status(as of) Tuesday:status(as of)"},
      {"The toll rose past 40,000 on Friday.", "Friday:status(rose)"},
      {"The toll stood at 3,166 late on Sunday.", "Sunday:status(stood)"},
      {"The quake killed 2,000 people on Monday.", "Monday:event"},  // a toll's verb is not a tally's
      // When something was said.
      {"His lawyer said Thursday that he will appeal.", "Thursday:said(said)"},
      {"The minister told reporters on Monday that 398 died.", "Monday:said(reporters)"},
      // When a report came out.
      {"A UN report published on Sunday put the toll at 11,300.", "Sunday:published(published)"},
      // An opening date dates the clause with the first verb of its own.
      {"On Thursday rescuers brought a girl out of the rubble.", "Thursday:event[...bble.]"},
      {"On Wednesday morning, Tinubu, who ran for the APC, was declared winner.", "Wednesday:event[...nner.]"},
      {"On Monday, officials said that the quake struck on Sunday.", "Monday:event[...said ] Sunday:event"},
      {"Rescuers worked on Monday.", "Monday:event"},
      // A length of time between two moments the story tells, and a window of any such event.
      {"Her record came two days after her bronze.", "two days:offset(after) <after her bronze.>"},
      {"Assefa finished three seconds after Hassan.", "three seconds:offset(after)"},
      {"Four months earlier, he testified.", "Four months:offset(earlier)"},
      {"Chances of survival fall 72 hours after a quake.", "72 hours:event <after a quake.>"},
      {"She ran for 2 hours and 22 minutes.", "2 hours and 22 minutes:event"},
      // Points in time other dates are told from.
      {"On Saturday, twelve days after the earthquakes, rescuers saved a family.",
       "Saturday:event[...mily.] twelve days:event <after the earthquakes,>"},
      {"Aid came on Monday, in the wake of the floods.", "Monday:event <wake of the floods.>"},
      {"She left on Jan. 3 after jurors convicted her.", "Jan. 3:event"},  // a clause: what just happened
      {"The bridge fell at 1:30 a.m. after a cargo ship struck it.", "1:30 a.m.:event"},
      {"Rescuers found her on Tuesday after the quake struck on Sunday.",  // a clause with its own date
       "Tuesday:event Sunday:event <after the quake struck on Sunday.>"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.sentence);
    CHECK(datings(row.sentence) == row.datings);
  }
}

}  // namespace
}  // namespace factlint::claims
