#include "checker/check/judge.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace factlint::check {
namespace {

extract::Value expect(const char* text) {
  auto v = extract::parse_expect(text);
  if (!v) FAIL("cannot parse expect '" << text << "'");
  return *v;
}

TEST_CASE("comparable values are of one kind and unit", "[check][judge]") {
  struct Row {
    const char* claimed;
    const char* expected;
    bool comparable;
  };
  for (const Row& row : {
           Row{"46%", "46 percent", true},
           Row{"50,000 doses", "50,000 doses", true},
           Row{"1 dose", "50,000 doses", true},           // singular and plural
           Row{"2 cubic feet", "1.6 billion cubic feet", true},
           Row{"50,000 people", "50,000 doses", false},   // another unit
           Row{"50,000 doses", "150,000", true},          // a plain number compares with any count
           Row{"46%", "50,000 doses", false},
           Row{"US$100 billion", "$100bn", true},
           Row{"Rs 100 billion", "US$100 billion", false},  // another currency
           Row{"2 days", "48 hours", true},
           Row{"2 weeks", "14 days", true},
           Row{"9 years", "since 2012", false},           // a duration is not a year
           Row{"2012", "since 2012", true},
           Row{"2021-04-06", "2021-04", true},
           Row{"10th", "10th", true},
           Row{"10th", "10", false},
       }) {
    CAPTURE(row.claimed, row.expected);
    CHECK(comparable(expect(row.claimed), expect(row.expected)) == row.comparable);
  }
}

TEST_CASE("hedged values agree when their intervals meet", "[check][judge]") {
  struct Row {
    const char* claimed;
    const char* expected;
    bool agree;
  };
  for (const Row& row : {
           Row{"50,000 doses", "50,000 doses", true},
           Row{"500,000 doses", "50,000 doses", false},
           Row{"nearly 50,000 doses", "50,000 doses", true},
           Row{"about 50,000 doses", "50,000 doses", true},
           Row{"more than 60,000 doses", "50,000 doses", false},
           Row{"more than 40,000 doses", "50,000 doses", true},
           Row{"more than 50,000 doses", "50,000 doses", true},   // a round sheet figure is itself rounded
           Row{"more than 50,412 doses", "50,412 doses", false},  // a precise one stays strict
           Row{"at least 50,000 doses", "50,000 doses", true},
           Row{"less than 60,000 doses", "50,000 doses", true},
           Row{"up to 40,000 doses", "50,000 doses", false},
           Row{"over 53 days", "over 53 days", true},
           Row{"1.6 billion cubic feet", "1.6 billion cubic feet", true},
           Row{"1,600 million cubic feet", "1.6 billion cubic feet", true},
           Row{"48 hours", "2 days", true},
           Row{"3 days", "2 days", false},
       }) {
    CAPTURE(row.claimed, row.expected);
    CHECK(consistent(expect(row.claimed), expect(row.expected), std::nullopt) == row.agree);
  }
}

TEST_CASE("approximate figures agree within half their rounding step", "[check][judge]") {
  struct Row {
    const char* claimed;
    const char* expected;
    bool agree;
  };
  // The cases: "nears 400", "nearly 600", "close to 600" against 398 and 589.
  for (const Row& row : {
           Row{"nearly 400", "398", true},
           Row{"nearly 600", "589", true},
           Row{"close to 600", "589", true},
           Row{"about 600", "615", true},
           Row{"about 600", "660", false},   // beyond half the step of 600
           Row{"nearly 600", "615", false},  // "nearly" is from below
           Row{"nearly 600", "540", false},
           Row{"about 398", "400", false},   // a precise figure stays precise
           Row{"about $3 billion", "US$3.2 billion", true},
           Row{"about $3 billion", "US$3.5 billion", false},  // at most 10%
           Row{"nearly two weeks", "13 days", true},          // read in its own unit
           Row{"just under 600", "589", true},
           Row{"more than 400", "410", true},
           Row{"more than 400", "398", false},
       }) {
    CAPTURE(row.claimed, row.expected);
    CHECK(consistent(expect(row.claimed), expect(row.expected), std::nullopt) == row.agree);
  }
}

TEST_CASE("words of going past a figure are bounds and going up to one is not", "[check][judge]") {
  struct Row {
    const char* claimed;  // article text holding one value
    const char* expected;
    bool agree;
  };
  for (const Row& row : {
           Row{"the toll climbs past 2,000", "2,012", true},
           Row{"the toll has passed 2,000", "1,305", false},
           Row{"the toll topped 2,000", "2,122", true},
           Row{"the number of dead goes up to 2,854", "2,862", false},  // a movement, not a bound
       }) {
    CAPTURE(row.claimed, row.expected);
    std::vector<extract::Value> v = extract::find_values(row.claimed);
    REQUIRE(v.size() == 1);
    CHECK(consistent(v[0], expect(row.expected), std::nullopt) == row.agree);
  }
  // A tally after "passed" is the figure itself: "passed 221 to 207" is 221, not more.
  std::vector<extract::Value> tally = extract::find_values("The bill passed 221 to 207.");
  REQUIRE(tally.size() == 2);
  CHECK(tally[0].hedge == extract::Hedge::kNone);
  CHECK(consistent(tally[0], expect("221"), std::nullopt));
}

TEST_CASE("a sign counts when both sides give one", "[check][judge]") {
  auto article = [](const char* text) {
    std::vector<extract::Value> v = extract::find_values(text);
    REQUIRE(v.size() == 1);
    return v[0];
  };
  CHECK(consistent(article("exports fell 3 percent"), expect("-3%"), std::nullopt));
  CHECK_FALSE(consistent(article("exports rose 3 percent"), expect("-3%"), std::nullopt));
  CHECK(consistent(article("exports were 3 percent lower"), expect("-3%"), std::nullopt));  // no verb: sizes
  CHECK(consistent(article("trade grew 46 percent"), expect("+46%"), std::nullopt));
  CHECK_FALSE(consistent(article("trade fell 46 percent"), expect("+46%"), std::nullopt));
  CHECK(consistent(article("trade fell 46 percent"), expect("46%"), std::nullopt));  // unsigned: the size
}

TEST_CASE("tolerance widens numeric equality", "[check][judge]") {
  rules::Tolerance absolute{0.5, false};
  rules::Tolerance relative{0.01, true};  // 1%
  CHECK(consistent(expect("46.4%"), expect("46%"), absolute));
  CHECK_FALSE(consistent(expect("46.6%"), expect("46%"), absolute));
  CHECK(consistent(expect("50,400 doses"), expect("50,000 doses"), relative));
  CHECK_FALSE(consistent(expect("50,600 doses"), expect("50,000 doses"), relative));
  CHECK_FALSE(consistent(expect("46.4%"), expect("46%"), std::nullopt));
}

TEST_CASE("dates agree at the coarser precision", "[check][judge]") {
  CHECK(consistent(expect("2019-06-13"), expect("2019-06"), std::nullopt));
  CHECK(consistent(expect("June 2019"), expect("2019-06-13"), std::nullopt));
  CHECK_FALSE(consistent(expect("July 2019"), expect("2019-06-13"), std::nullopt));
  CHECK(consistent(expect("2019"), expect("2019-06-13"), std::nullopt));
  CHECK_FALSE(consistent(expect("2021-04-05"), expect("2021-04-06"), std::nullopt));
}

TEST_CASE("an unresolved relative date agrees with anything", "[check][judge]") {
  extract::Value tuesday = expect("2021-04-05");
  tuesday.resolved = false;
  CHECK(consistent(tuesday, expect("2021-04-06"), std::nullopt));
}

TEST_CASE("measures compare across units of one dimension", "[check][judge]") {
  struct Row {
    const char* claimed;
    const char* expected;
    bool comparable;
    bool consistent;
  };
  for (const Row& row : {
           Row{"6 miles", "10 km", true, true},        // the conversion "10 km (6 miles)"
           Row{"10 km", "6 miles", true, true},
           Row{"12 km", "10 km", true, false},
           Row{"12 km", "6 miles", true, false},
           Row{"10 kilometres", "10km", true, true},
           Row{"about 25,000 acres", "10,000 hectares", true, true},
           Row{"1.6 billion cubic feet a day", "1.6 bcf/d", true, true},
           Row{"1.6 billion cubic feet", "1.6 bcf/d", false, false},  // a volume is not a rate
           Row{"95 degrees Fahrenheit", "35 degrees Celsius", true, true},
           Row{"104 degrees Fahrenheit", "35 degrees Celsius", true, false},
           Row{"magnitude 6.1", "6.1-magnitude", true, true},
           Row{"M6.5", "magnitude 6.1", true, false},
           Row{"6.5-magnitude", "6.5", true, true},     // a plain number compares with any measure
           Row{"10 km", "10", true, true},
           Row{"10 km", "10 kg", false, false},        // another dimension
           Row{"10 km", "10 people", false, false},
       }) {
    CAPTURE(row.claimed, row.expected);
    const extract::Value claimed = expect(row.claimed), expected = expect(row.expected);
    CHECK(comparable(claimed, expected) == row.comparable);
    if (row.comparable) CHECK(consistent(claimed, expected, std::nullopt) == row.consistent);
  }
}

TEST_CASE("durations compare in seconds to weeks and in months and years", "[check][judge]") {
  struct Row {
    const char* claimed;
    const char* expected;
    bool comparable;
    bool consistent;
  };
  for (const Row& row : {
           Row{"45 minutes", "30 minutes", true, false},  // minutes used never to compare
           Row{"30 minutes", "half an hour", true, true},
           Row{"2:00:35", "2:00:35", true, true},
           Row{"2:00:50", "2:00:35", true, false},
           Row{"three minutes and 27 seconds", "207 seconds", true, true},
           Row{"3:27", "3 minutes and 27 seconds", false, false},  // "3:27" reads as a time of day
           Row{"58:01", "58 minutes and 1 second", true, true},
           Row{"more than two hours", "2:00:35", true, true},
           Row{"two hours", "2:00:35", true, false},
           Row{"34 seconds", "34 seconds", true, true},
           Row{"34 seconds", "34", false, false},  // a duration is no plain number
           Row{"2 years", "24 months", true, true},
           Row{"2 years", "730 days", false, false},  // months and days do not convert
       }) {
    CAPTURE(row.claimed, row.expected);
    const extract::Value claimed = expect(row.claimed), expected = expect(row.expected);
    CHECK(comparable(claimed, expected) == row.comparable);
    if (row.comparable) CHECK(consistent(claimed, expected, std::nullopt) == row.consistent);
  }
}

TEST_CASE("times of day agree in UTC when both zones are known", "[check][judge]") {
  CHECK(consistent(expect("0830 UTC"), expect("2014-08-03T16:30+08:00"), std::nullopt));
  CHECK(consistent(expect("16:30 local time"), expect("2014-08-03T16:30+08:00"), std::nullopt));
  CHECK(consistent(expect("4:30 pm"), expect("16:30"), std::nullopt));
  CHECK_FALSE(consistent(expect("4:30 am"), expect("16:30"), std::nullopt));
  CHECK_FALSE(consistent(expect("0930 GMT"), expect("2014-08-03T16:30+08:00"), std::nullopt));
  CHECK(consistent(expect("about 4:20 pm"), expect("16:30"), std::nullopt));
  CHECK(comparable(expect("4:30 pm"), expect("2014-08-03T16:30+08:00")));
  CHECK_FALSE(comparable(expect("4:30 pm"), expect("2014-08-03")));
}

TEST_CASE("count units a sheet declares the same compare", "[check][judge]") {
  const std::vector<std::vector<std::string>> synonyms = {{"house", "home"}, {"troop", "soldier"}};
  CHECK(comparable(expect("5,000 homes"), expect("5,000 houses"), synonyms));
  CHECK(comparable(expect("2,500 soldiers"), expect("2,500 troops"), synonyms));
  CHECK_FALSE(comparable(expect("5,000 homes"), expect("5,000 houses")));
  CHECK_FALSE(comparable(expect("5,000 homes"), expect("2,500 troops"), synonyms));
}

}  // namespace
}  // namespace factlint::check
