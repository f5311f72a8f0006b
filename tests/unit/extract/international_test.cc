// Issue 9: values as international newsrooms write them. One table per kind;
// each row is a form the issue lists, read as a careful reader would.
#include <catch2/catch.hpp>

#include "tests/unit/extract/value_rows.h"

namespace factlint::extract::testing {
namespace {

constexpr ValueKind kMoney = ValueKind::kMoney;
constexpr ValueKind kNumber = ValueKind::kNumber;
constexpr ValueKind kMeasure = ValueKind::kMeasure;
constexpr ValueKind kTime = ValueKind::kTime;
constexpr ValueKind kDuration = ValueKind::kDuration;
constexpr ValueKind kOrdinal = ValueKind::kOrdinal;

TEST_CASE("money is read with codes and names and symbols of every country", "[extract][money][international]") {
  const Row rows[] = {
      {"the fund lent EGP 42 billion", "EGP 42 billion", kMoney, 42e9, "EGP"},
      {"a ticket costs 42 EGP now", "42 EGP", kMoney, 42, "EGP"},
      {"it borrowed USD 1.1 billion", "USD 1.1 billion", kMoney, 1.1e9, "USD"},
      {"Dollar 3 billion was pledged", "Dollar 3 billion", kMoney, 3e9, "USD"},
      {"a meal costs 20\xE2\x82\xAC here", "20\xE2\x82\xAC", kMoney, 20, "EUR"},
      {"a meal costs \xE2\x82\xAC" "20 here", "\xE2\x82\xAC" "20", kMoney, 20, "EUR"},
      {"he earned \xC2\xA3" "5m last year", "\xC2\xA3" "5m", kMoney, 5e6, "GBP"},
      {"tomatoes cost Rs20 a kilo", "Rs20", kMoney, 20, "PKR"},
      {"the plan costs \xE2\x82\xB9" "500 crore", "\xE2\x82\xB9" "500 crore", kMoney, 5e9, "INR"},
      {"bread costs 42 Lebanese pounds", "42 Lebanese pounds", kMoney, 42, "LBP"},
      {"the fee is 10 Iraqi dinars", "10 Iraqi dinars", kMoney, 10, "IQD"},
      {"the fee is 10 dinars", "10 dinars", kMoney, 10, "dinars"},  // whose dinar is not said
      {"Lebanon paid 42 pounds and Iraq 10 dinars", "10 dinars", kMoney, 10, "dinars"},  // not a model number
      {"it raised 5 billion ringgit", "5 billion ringgit", kMoney, 5e9, "MYR"},
      {"it paid 7 billion yuan", "7 billion yuan", kMoney, 7e9, "CNY"},
      {"it paid 8 billion renminbi", "8 billion renminbi", kMoney, 8e9, "CNY"},
      {"a RMB 9 billion fund", "RMB 9 billion", kMoney, 9e9, "CNY"},
      {"it costs a dollar", "a dollar", kMoney, 1, "USD"},
      {"the IMF approved SDR 2,250 million", "SDR 2,250 million", kMoney, 2.25e9, "XDR"},
      {"a loan of 3 billion Special Drawing Rights", "3 billion Special Drawing Rights", kMoney, 3e9, "XDR"},
      {"quota of XDR 1 billion", "XDR 1 billion", kMoney, 1e9, "XDR"},
      {"the scheme costs 500 crore rupees", "500 crore rupees", kMoney, 5e9, "PKR"},
      {"the budget is N21.83 trillion", "N21.83 trillion", kMoney, 21.83e12, "NGN"},
      {"losses of P14.3 billion", "P14.3 billion", kMoney, 14.3e9, "PHP"},
      {"a R2 billion grant", "R2 billion", kMoney, 2e9, "ZAR"},
      {"worth 500 billion won", "500 billion won", kMoney, 500e9, "KRW"},
      {"a budget of 388.1 billion RM", "388.1 billion RM", kMoney, 388.1e9, "MYR"},
      {"the rate is LL 15,000", "LL 15,000", kMoney, 15000, "LBP"},
      {"about 30 billion reais", "30 billion reais", kMoney, 30e9, "BRL", Hedge::kApprox},
      {"an R$5 billion plan", "R$5 billion", kMoney, 5e9, "BRL"},
      {"a HK$10,000 voucher", "HK$10,000", kMoney, 10000, "HKD"},
      {"it costs \xE2\x82\xA6" "500", "\xE2\x82\xA6" "500", kMoney, 500, "NGN"},
      {"the seven-billion-euro pledge", "seven-billion-euro", kMoney, 7e9, "EUR"},
      {"a 10-million-dollar fund", "10-million-dollar", kMoney, 1e7, "USD"},
  };
  for (const Row& row : rows) check_row(row);
}

TEST_CASE("a newsroom's settings say which currency a bare name means", "[extract][money][international]") {
  ParseContext india;
  india.currencies = {{"rupees", "INR"}, {"dollars", "CAD"}, {"dinars", "IQD"}};
  check_row({"the scheme costs 500 crore rupees", "500 crore rupees", kMoney, 5e9, "INR"}, india);
  check_row({"tomatoes cost Rs20 a kilo", "Rs20", kMoney, 20, "INR"}, india);
  check_row({"a $5 billion plan", "$5 billion", kMoney, 5e9, "CAD"}, india);
  check_row({"the fee is 10 dinars", "10 dinars", kMoney, 10, "IQD"}, india);
  // A name with its country, a code or a symbol does not change.
  check_row({"a US$5 billion plan", "US$5 billion", kMoney, 5e9, "USD"}, india);
  check_row({"5 billion Pakistani rupees", "5 billion Pakistani rupees", kMoney, 5e9, "PKR"}, india);
}

TEST_CASE("numbers are read in words and digits with scales and fractions", "[extract][numbers][international]") {
  const Row rows[] = {
      {"half a million fled", "half a million", kNumber, 5e5},
      {"half million fled", "half million", kNumber, 5e5},
      {"a quarter of a million fled", "a quarter of a million", kNumber, 2.5e5},
      {"one and a half million fled", "one and a half million", kNumber, 1.5e6},
      {"3 million and a half fled", "3 million and a half", kNumber, 3.5e6},
      {"two-thirds of the buildings", "two-thirds", kNumber, 2.0 / 3},
      {"three quarters of homes", "three quarters", kNumber, 0.75},
      {"3/4 of the city", "3/4", kNumber, 0.75},
      {"it fell to minus 5", "minus 5", kNumber, -5},
      {"it read negative 3 on the index", "negative 3", kNumber, -3},
      {"a rate of .08 was set", ".08", kNumber, 0.08},
      {"the toll rose to 192.", "192", kNumber, 192},
      {"nearly 10 lakh", "10 lakh", kNumber, 1e6, "", Hedge::kNearly},
      {"some 3 lac", "3 lac", kNumber, 3e5, "", Hedge::kApprox},
      {"a 5 cr budget", "5 cr", kNumber, 5e7},
      {"2mil in sales", "2mil", kNumber, 2e6},
  };
  for (const Row& row : rows) check_row(row);
}

TEST_CASE("measures keep their figure and the symbol of their unit", "[extract][measures][international]") {
  const Row rows[] = {
      {"the 6.5-magnitude quake", "6.5-magnitude", kMeasure, 6.5, "magnitude"},
      {"a magnitude-6.1 quake", "magnitude-6.1", kMeasure, 6.1, "magnitude"},
      {"an M6.1 quake", "M6.1", kMeasure, 6.1, "magnitude"},
      {"it measured magnitude 6.1", "magnitude 6.1", kMeasure, 6.1, "magnitude"},
      {"it measured 6.1 on the Richter scale", "6.1 on the Richter scale", kMeasure, 6.1, "magnitude"},
      {"a 6.4 magnitude quake", "6.4 magnitude", kMeasure, 6.4, "magnitude"},
      {"at a depth of 10 km", "10 km", kMeasure, 10, "km"},
      {"at a depth of 10km", "10km", kMeasure, 10, "km"},
      {"about 6 miles deep", "6 miles", kMeasure, 6, "mi", Hedge::kApprox},
      {"10 kilometres deep", "10 kilometres", kMeasure, 10, "km"},
      {"10 kilometers deep", "10 kilometers", kMeasure, 10, "km"},
      {"a 5-kilometre stretch", "5-kilometre", kMeasure, 5, "km"},
      {"4,167 metres high", "4,167 metres", kMeasure, 4167, "m"},
      {"3 kg of rice", "3 kg", kMeasure, 3, "kg"},
      {"12 tonnes of aid", "12 tonnes", kMeasure, 12, "t"},
      {"500 hectares burned", "500 hectares", kMeasure, 500, "ha"},
      {"20 acres burned", "20 acres", kMeasure, 20, "acre"},
      {"30 square kilometres burned", "30 square kilometres", kMeasure, 30, "km2"},
      {"78,000 km2 burned", "78,000 km2", kMeasure, 78000, "km2"},
      {"40 litres of water", "40 litres", kMeasure, 40, "l"},
      {"50 barrels of oil", "50 barrels", kMeasure, 50, "bbl"},
      {"300,000 barrels per day", "300,000 barrels per day", kMeasure, 3e5, "bbl/d"},
      {"2 bcf/day of gas", "2 bcf/day", kMeasure, 2, "bcf/d"},
      {"2.7bn cfd of gas", "2.7bn cfd", kMeasure, 2.7, "bcf/d"},
      {"winds of 80 km/h", "80 km/h", kMeasure, 80, "km/h"},
      {"winds of 180kph", "180kph", kMeasure, 180, "km/h"},
      {"winds of 75 mph", "75 mph", kMeasure, 75, "mph"},
      {"35 degrees Celsius in the shade", "35 degrees Celsius", kMeasure, 35, "degC"},
      {"it reached 40.3C", "40.3C", kMeasure, 40.3, "degC"},
      {"it reached 104 degrees Fahrenheit", "104 degrees Fahrenheit", kMeasure, 104, "degF"},
      {"a 1,200 megawatt plant", "1,200 megawatt", kMeasure, 1200, "MW"},
      {"Quake Strikes 10 Miles Deep", "10 Miles", kMeasure, 10, "mi"},  // a headline in title case
      {"measuring 7.8 and 7.5 on the Richter scale", "7.8", kMeasure, 7.8, "magnitude"},  // one unit for both
      {"quakes of magnitude 7.8 and 7.5 struck", "7.5", kMeasure, 7.5, "magnitude"},
      {"a focus 10-12 km deep", "10", kMeasure, 10, "km"},
  };
  for (const Row& row : rows) check_row(row);
}

TEST_CASE("times of day are read with their zone", "[extract][times][international]") {
  const Row rows[] = {
      {"it struck at 4:30 pm", "4:30 pm", kTime, 16 * 60 + 30},
      {"it struck at 4.30pm", "4.30pm", kTime, 16 * 60 + 30},
      {"it struck at 16:30 local time", "16:30 local time", kTime, 16 * 60 + 30, "local"},
      {"it struck at 0830 UTC", "0830 UTC", kTime, 8 * 60 + 30, "UTC"},
      {"it struck at 08:30 GMT", "08:30 GMT", kTime, 8 * 60 + 30, "UTC"},
      {"it struck at noon Beijing time", "noon Beijing time", kTime, 12 * 60, "+08:00"},
      {"it struck at 9:59 p.m. local time", "9:59 p.m. local time", kTime, 21 * 60 + 59, "local"},
      {"it struck at midnight", "midnight", kTime, 0},
      {"it made landfall at around 8 am IST", "8 am IST", kTime, 8 * 60, "+05:30", Hedge::kApprox},
      {"it struck at 12 pm", "12 pm", kTime, 12 * 60},
      {"it struck at 12 am", "12 am", kTime, 0},
      {"at 1630 hrs", "1630 hrs", kTime, 16 * 60 + 30},
      {"at 22:11 GMT+1", "22:11 GMT+1", kTime, 22 * 60 + 11, "+01:00"},
  };
  for (const Row& row : rows) check_row(row);
}

TEST_CASE("the zone of the events is the first time of day given in a named zone", "[extract][times][international]") {
  CHECK(event_utc_offset("It struck at 0830 GMT, or 16:30 Beijing time, on Sunday.") == 8 * 60);
  CHECK(event_utc_offset("Fani made landfall at 8 am IST.") == 5 * 60 + 30);
  CHECK(event_utc_offset("The quake hit at 22:11 GMT+1 on Friday.") == 60);
  CHECK(event_utc_offset("Polls closed at 8 pm EST.") == -5 * 60);
  CHECK_FALSE(event_utc_offset("It struck at 0830 GMT and 11:11 pm local time.").has_value());  // no place
  CHECK_FALSE(event_utc_offset("Beijing time is eight hours ahead.").has_value());              // no time of day
}

TEST_CASE("durations and ordinals in international forms", "[extract][durations][international]") {
  const Row rows[] = {
      {"a term of 3.5 years", "3.5 years", kDuration, 3.5, "years"},
      {"for one and a half years", "one and a half years", kDuration, 1.5, "years"},
      {"for a fortnight", "a fortnight", kDuration, 2, "weeks"},
      {"a nine-month delay", "nine-month", kDuration, 9, "months"},
      {"a 9-month delay", "9-month", kDuration, 9, "months"},
      {"a strike of 48 hours", "48 hours", kDuration, 48, "hours"},
      {"for half a day", "half a day", kDuration, 0.5, "days"},
      {"the twenty fifth anniversary", "twenty fifth", kOrdinal, 25},
      {"the one hundred twenty-fifth session", "one hundred twenty-fifth", kOrdinal, 125},
      {"on the thirty-first day", "thirty-first", kOrdinal, 31},
      {"the one hundred and first session", "one hundred and first", kOrdinal, 101},
      // A cardinal before an ordinal is no compound unless a tens word or a scale joins them.
      {"the nineteen second-graders", "second", kOrdinal, 2},
      // ... and "second" after a figure is a unit of time.
      {"one second later", "one second", kDuration, 1, "seconds"},
      {"the five tenth graders", "tenth", kOrdinal, 10},
      {"two third parties", "two", kNumber, 2},
  };
  for (const Row& row : rows) check_row(row);
}

TEST_CASE("dates in numeric and spoken forms and parts of months", "[extract][dates][international]") {
  const DateRow rows[] = {
      {"a bulletin dated 2015-3-3 listed", "2015-3-3", "2015-03-03"},
      {"on 21-04-2016 the court", "21-04-2016", "2016-04-21"},
      {"on 21/04/2016 the court", "21/04/2016", "2016-04-21"},
      {"on 13.5.2015 the court", "13.5.2015", "2015-05-13"},
      {"on 05-Aug-2016 the court", "05-Aug-2016", "2016-08-05"},
      {"on 23/Sep/2020 the court", "23/Sep/2020", "2020-09-23"},
      {"on Sep-23-2020 the court", "Sep-23-2020", "2020-09-23"},
      {"on Tuesday the 19th it rained", "Tuesday the 19th", "2021-01-19", "2021-01-21"},
      {"on Friday, April 9 it rained", "Friday, April 9", "2021-04-09", "2021-04-21"},
      {"on the 1st of March it rained", "1st of March", "2021-03-01", "2021-04-21"},
      {"on March first it rained", "March first", "2021-03-01", "2021-04-21"},
      {"on the tenth of September it rained", "tenth of September", "2020-09-10", "2021-04-21"},
      {"the twenty-second of June 2017", "twenty-second of June 2017", "2017-06-22"},
      {"in mid-July the rains", "mid-July", "mid-2021-07", "2021-06-21"},
      {"in early July the rains", "early July", "early-2021-07", "2021-06-21"},
      {"in late July 2023 the rains", "late July 2023", "late-2023-07"},
      {"by the end of July the rains", "end of July", "late-2021-07", "2021-06-21"},
      {"by end-2019 the field", "end-2019", "late-2019"},
      {"in early 2023 the talks", "early 2023", "early-2023"},
      {"late last year the talks", "late last year", "late-2020", "2021-04-21"},
      {"on the 12th of next month", "12th of next month", "2021-05-12", "2021-04-21"},
      {"earlier this month the talks", "earlier this month", "2021-04", "2021-04-21"},
      {"last Wednesday the talks", "last Wednesday", "2021-04-14", "2021-04-21"},  // published on a Wednesday
      {"on Thu. the talks", "Thu.", "2021-04-15", "2021-04-21"},
      {"on Sept. 23 the talks", "Sept. 23", "2020-09-23", "2021-04-21"},
      {"on Sept 23 the talks", "Sept 23", "2020-09-23", "2021-04-21"},
  };
  for (const DateRow& row : rows) check_date_row(row);
}

TEST_CASE("an ambiguous numeric date is read only with the newsroom's order", "[extract][dates][international]") {
  CHECK(find_values("on 05/04/2021 the court").empty());
  CHECK(find_values("on 7.4.2021 the court").empty());
  ParseContext day_first, month_first;
  day_first.date_order = DateOrder::kDayFirst;
  month_first.date_order = DateOrder::kMonthFirst;
  const auto a = value_at("on 05/04/2021 the court", "05/04/2021", day_first);
  REQUIRE(a);
  CHECK(to_iso(a->date) == "2021-04-05");
  const auto b = value_at("on 05/04/2021 the court", "05/04/2021", month_first);
  REQUIRE(b);
  CHECK(to_iso(b->date) == "2021-05-04");
  const auto c = value_at("on 7.4.2021 the court", "7.4.2021", day_first);
  REQUIRE(c);
  CHECK(to_iso(c->date) == "2021-04-07");
}

TEST_CASE("over after a phrasal verb is no hedge and hedges are read", "[extract][hedges][international]") {
  const Row rows[] = {
      {"he handed over 500 rifles", "500 rifles", ValueKind::kCount, 500, "rifles"},
      {"they rolled over $2bn of debt", "$2bn", kMoney, 2e9, "USD"},
      {"it took over 3 firms", "3 firms", ValueKind::kCount, 3, "firms"},
      {"they will hand over 12 tanks", "12 tanks", ValueKind::kCount, 12, "tanks"},
      {"they carried over 40 cases", "40 cases", ValueKind::kCount, 40, "cases"},
      {"over 40 cases were heard", "40 cases", ValueKind::kCount, 40, "cases", Hedge::kMoreThan},
      {"as many as 40 died", "40", kNumber, 40, "", Hedge::kAtMost},
      {"up to 50 died", "50", kNumber, 50, "", Hedge::kAtMost},
      {"upwards of 60 died", "60", kNumber, 60, "", Hedge::kMoreThan},
      {"in excess of 70 died", "70", kNumber, 70, "", Hedge::kMoreThan},
      {"just under 80 died", "80", kNumber, 80, "", Hedge::kNearly},
      {"nearly 90 died", "90", kNumber, 90, "", Hedge::kNearly},
      {"close to 100 died", "100", kNumber, 100, "", Hedge::kApprox},
      {"almost 110 died", "110", kNumber, 110, "", Hedge::kNearly},
      {"some 300 died", "300", kNumber, 300, "", Hedge::kApprox},
  };
  for (const Row& row : rows) check_row(row);
  // "up to" is a bound, not a rise.
  const auto v = value_at("winds of up to 180 km/h", "180 km/h");
  REQUIRE(v);
  CHECK(v->direction == Direction::kNone);
}

}  // namespace
}  // namespace factlint::extract::testing
