#include "checker/claims/partial.h"

#include <catch2/catch.hpp>

#include "claims_fixture.h"

namespace factlint::claims {
namespace {

using testing::parts;

TEST_CASE("subtotals and increments and superseded figures are told from totals", "[claims][partial]") {
  struct Row {
    const char* sentence;
    const char* parts;
  };
  const Row rows[] = {
      // Subtotals.
      {"The quake killed 398 people, 357 of them in Zhaotong.", "398 people:whole 357:subtotal"},
      {"Nine people were killed in Ludian and ten others in Qiaojia.", "Nine people:subtotal ten others:subtotal"},
      {"Nine people were killed, and ten others were injured.", "Nine people:whole ten others:whole"},
      {"One person died and ten others in Qiaojia.", "One person:whole ten others:subtotal"},
      {"At least 589 died, including 53 in Ludian county.", "589:whole 53:subtotal"},
      {"152 of the dead were children.", "152:subtotal"},
      {"Among the reported deaths, 504 were in the worst-hit Ludian County and 72 in Qiaojia County.",
       "504:subtotal 72:subtotal"},
      {"Officials counted 504 deaths in the worst-hit Ludian County and 72 in Qiaojia County.",
       "504 deaths:subtotal 72:subtotal"},
      {"There were 504 deaths in Ludian alone.", "504 deaths:subtotal"},
      // Increments.
      {"Another 179 people were confirmed dead, bringing the overall toll to close to 600.",
       "179 people:increment 600:whole"},
      {"A further 20 bodies were found.", "20 bodies:increment"},
      {"Rescuers found 17 more bodies on Tuesday.", "17 more bodies:increment Tuesday:whole"},
      {"The toll rose by 179 to 589.", "179:increment 589:whole"},
      // Margins: a difference between two figures, never one of them.
      {"Kiptum won in 2:00:35, beating the record by 34 seconds.", "2:00:35:whole 34 seconds:increment"},
      {"He finished three minutes and 27 seconds ahead of Kipruto.", "three minutes and 27 seconds:increment"},
      {"Tinubu won by 1.8 million votes.", "1.8 million votes:increment"},
      // A change in a count.
      {"The KMT gained 14 seats.", "14 seats:increment"},
      {"Having lost at least 10 seats, the DPP has 51 seats.", "10 seats:increment 51 seats:whole"},
      {"The TPP added three to its count.", "three:increment"},
      {"The KMT won 52 seats.", "52 seats:whole"},
      {"Tinubu won 8,794,726 votes.", "8,794,726 votes:whole"},
      // Superseded figures.
      {"The toll rose from 410 to 589.", "410:previous 589:whole"},
      {"Ministries would be cut from 18 to nine.", "18:previous nine:whole"},
      {"He is shrinking the cabinet's ministries from 18 to nine.", "18:previous nine:whole"},
      {"The toll climbed to 589 on Wednesday from 410.", "589:whole Wednesday:whole 410:previous"},
      {"The toll was 589, up from 410 on Tuesday.", "589:whole 410:previous Tuesday:whole"},
      {"No explanation was given for the sudden increase from a toll of 410 given on Tuesday.",
       "410:previous Tuesday:whole"},
      {"Of that sum, capital expenditure accounted for Rs 1.37 lakh crore.", "Rs 1.37 lakh crore:subtotal"},
      {"Of the aid, 838 million euros will go to small firms.", "838 million euros:subtotal"},
      {"Of the 217 dead, 62 were in Paiporta.", "217:whole 62:whole"},  // a figure in it: not "Of the aid,"
      {"From 7.3 per cent in 2020-21, the deficit has come down steadily, reaching the 5.9 per cent budgeted.",
       "7.3 per cent:previous 2020-21:whole 5.9 per cent:whole"},
      // A sum given again in another dollar.
      {"She must pay $US452 million ($665 million) in restitution.", "$US452 million:whole $665 million:conversion"},
      {"She must pay $665 million (US$452 million) in restitution.", "$665 million:conversion US$452 million:whole"},
      {"The SBA is worth $3 billion ($3 billion).", "$3 billion:whole $3 billion:whole"},
      // Totals that look like parts.
      {"398 people died in Ludian county.", "398 people:whole"},
      {"About 230,000 people were evacuated from 40 villages.", "230,000 people:whole 40 villages:whole"},
      {"The infusion is part of a $3 billion new bailout deal.", "$3 billion:whole"},
      {"Rescuers found 17 new bodies.", "17 new bodies:increment"},
      {"The D-8 aims to expand intra D-8 trade from currently around US$100 billion to US$ 500 billion by 2030.",
       "US$100 billion:whole US$ 500 billion:whole 2030:whole"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.sentence);
    CHECK(parts(row.sentence) == row.parts);
  }
}

}  // namespace
}  // namespace factlint::claims
