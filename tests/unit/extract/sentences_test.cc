#include <catch2/catch.hpp>

#include <vector>

#include "tests/unit/extract/value_rows.h"

namespace factlint::extract::testing {
namespace {

// Whole sentences in news style: every value the parser finds, and nothing
// else. `value` is the number, or for a date its ISO form.
struct Expected {
  std::string_view span;
  ValueKind kind;
  std::string_view value;
  std::string_view unit = "";
};

struct SentenceRow {
  std::string_view text;
  std::vector<Expected> values;
};

constexpr auto kNum = ValueKind::kNumber;
constexpr auto kPct = ValueKind::kPercent;
constexpr auto kCnt = ValueKind::kCount;
constexpr auto kMon = ValueKind::kMoney;
constexpr auto kDat = ValueKind::kDate;
constexpr auto kDur = ValueKind::kDuration;
constexpr auto kYr = ValueKind::kYear;
constexpr auto kOrd = ValueKind::kOrdinal;
constexpr auto kTim = ValueKind::kTime;      // value: minutes after midnight
constexpr auto kMea = ValueKind::kMeasure;

// Published 2021-04-07, a Wednesday.
const SentenceRow kSentences[] = {
    {"Lavrov, the first Russian foreign minister to visit Pakistan since 2012, arrived on "
     "Tuesday on a two-day visit.",
     {{"first", kOrd, "1"}, {"2012", kYr, "2012"}, {"Tuesday", kDat, "2021-04-06"},
      {"two-day", kDur, "2", "days"}}},
    {"Russia has provided 50,000 doses of its Covid-19 Sputnik-V vaccine and Pakistan will buy "
     "5 million doses.",
     {{"50,000 doses", kCnt, "50000", "doses"}, {"5 million doses", kCnt, "5000000", "doses"}}},
    {"Trade between the two countries grew 46 percent last year, Lavrov said.",
     {{"two countries", kCnt, "2", "countries"}, {"46 percent", kPct, "46"},
      {"last year", kDat, "2020"}}},
    {"The D-8 aims to expand intra-D-8 trade from around US$100 billion to US$ 500 billion by "
     "2030.",
     {{"US$100 billion", kMon, "100000000000", "USD"},
      {"US$ 500 billion", kMon, "500000000000", "USD"}, {"2030", kYr, "2030"}}},
    {"The pipeline will carry 1.6 billion cubic feet per day of gas from Karachi to Lahore.",
     {{"1.6 billion cubic feet per day", kMea, "1.6", "bcf/d"}}},
    {"Indian forces killed 10 more Kashmiris in Pulwama and Shopian over the past week.",
     {{"10 more Kashmiris", kCnt, "10", "kashmiris"}}},
    // "since August 5" in April: last August, not four months ahead.
    {"The valley has been locked down for over 53 days since August 5.",
     {{"53 days", kDur, "53", "days"}, {"August 5", kDat, "2020-08-05"}}},
    {"Khan met Lavrov on the sidelines of the 74th session of the UNGA on 27 Sep, 2019.",
     {{"74th", kOrd, "74"}, {"27 Sep, 2019", kDat, "2019-09-27"}}},
    {"The talks, held on April 6-7, covered energy and defence.",
     {{"April 6", kDat, "2021-04-06"}, {"7", kDat, "2021-04-07"}}},
    {"Polls opened at 8 am on 3-4 May and 1,234 stations reported by May 5-6.",
     {{"8 am", kTim, "480"}, {"3", kDat, "2021-05-03"}, {"4 May", kDat, "2021-05-04"},
      {"1,234 stations", kCnt, "1234", "stations"}, {"May 5", kDat, "2021-05-05"},
      {"6", kDat, "2021-05-06"}}},
    {"A score of 7-5 settled it after 2 hours.",
     {{"7", kNum, "7"}, {"5", kNum, "5"}, {"2 hours", kDur, "2", "hours"}}},
    {"Inflation eased to 8.7% in March from 9.1% in February, the bureau said yesterday.",
     {{"8.7%", kPct, "8.7"}, {"March", kDat, "2021-03"}, {"9.1%", kPct, "9.1"},
      {"February", kDat, "2021-02"}, {"yesterday", kDat, "2021-04-06"}}},
    {"The government allocated Rs5 billion for 1,50,000 homes under the 10-year plan.",
     {{"Rs5 billion", kMon, "5000000000", "PKR"}, {"1,50,000 homes", kCnt, "150000", "homes"},
      {"10-year", kDur, "10", "years"}}},
    {"At least 25 people were killed and 40 injured when a bus fell into a ravine at 5 pm.",
     {{"25 people", kCnt, "25", "people"}, {"40", kNum, "40"}, {"5 pm", kTim, "1020"}}},
    {"Some 3,000 troops will leave by May 1, the 20th anniversary of the deployment.",
     {{"3,000 troops", kCnt, "3000", "troops"}, {"May 1", kDat, "2021-05-01"},
      {"20th", kOrd, "20"}}},
    {"The IMF approved a $500 million tranche of its $6 billion loan on Friday.",
     {{"$500 million", kMon, "500000000", "USD"}, {"$6 billion", kMon, "6000000000", "USD"},
      {"Friday", kDat, "2021-04-02"}}},
    {"Exports fell 3.5 per cent to $2.1bn in the first quarter of 2021.",
     {{"3.5 per cent", kPct, "3.5"}, {"$2.1bn", kMon, "2100000000", "USD"},
      {"first", kOrd, "1"}, {"2021", kYr, "2021"}}},
    {"Nearly two-thirds of the 342 members voted for the bill on 13/04/2021.",
     {{"two-thirds", kNum, "0.666667"}, {"342 members", kCnt, "342", "members"},
      {"13/04/2021", kDat, "2021-04-13"}}},
    {"The F-16 deal, signed in the 1980s under Article 151, is worth 3 billion dollars.",
     {{"3 billion dollars", kMon, "3000000000", "USD"}}},
    {"He served nine years as governor and a decade in the senate.",
     {{"nine years", kDur, "9", "years"}, {"a decade", kDur, "10", "years"}}},
    {"For more information call 051-9207000 or visit the office before 10:30 on Monday.",
     {{"10:30", kTim, "630"}, {"Monday", kDat, "2021-04-05"}}},
    {"The G-20 summit in June 2019 agreed a 2-year plan for 19 countries.",
     {{"June 2019", kDat, "2019-06"}, {"2-year", kDur, "2", "years"},
      {"19 countries", kCnt, "19", "countries"}}},
    {"Turnout was forty-six per cent, down from fifty-one percent in 2018.",
     {{"forty-six per cent", kPct, "46"}, {"fifty-one percent", kPct, "51"},
      {"2018", kYr, "2018"}}},
    {"The 5-6 million doses due next month will cost \xE2\x82\xAC" "3m.",
     {{"5", kCnt, "5000000", "doses"}, {"6 million doses", kCnt, "6000000", "doses"},
      {"next month", kDat, "2021-05"}, {"\xE2\x82\xAC" "3m", kMon, "3000000", "EUR"}}},
};

TEST_CASE("every value of a news sentence is found and nothing else", "[extract][sentences]") {
  const ParseContext context = context_for("2021-04-07");
  for (const SentenceRow& row : kSentences) {
    INFO("text: " << row.text);
    const auto values = find_values(row.text, context);
    std::string found;
    for (const Value& v : values)
      found += "'" + std::string(row.text.substr(v.begin, v.end - v.begin)) + "' ";
    INFO("found: " << found);
    REQUIRE(values.size() == row.values.size());
    std::size_t from = 0;
    for (std::size_t k = 0; k < values.size(); ++k) {
      const Expected& e = row.values[k];
      const Value& v = values[k];
      INFO("value " << k << ": " << e.span);
      const std::size_t begin = row.text.find(e.span, from);
      CHECK(v.begin == begin);
      CHECK(v.end == begin + e.span.size());
      CHECK(v.kind == e.kind);
      CHECK(v.unit == e.unit);
      if (e.kind == ValueKind::kDate) {
        CHECK(to_iso(v.date) == e.value);
      } else {
        CHECK(v.number == Approx(std::stod(std::string(e.value))).epsilon(1e-5));
      }
      from = v.end;
    }
  }
}

}  // namespace
}  // namespace factlint::extract::testing
