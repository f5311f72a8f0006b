#include <catch2/catch.hpp>

#include "tests/unit/extract/value_rows.h"

namespace factlint::extract::testing {
namespace {

constexpr ValueKind kMoney = ValueKind::kMoney;

const Row kMoneyRows[] = {
    {"intra D-8 trade from currently around US$100 billion to US$ 500 billion by 2030",
     "US$100 billion", kMoney, 1e11, "USD", Hedge::kApprox},
    {"intra D-8 trade from currently around US$100 billion to US$ 500 billion by 2030",
     "US$ 500 billion", kMoney, 5e11, "USD"},
    {"a $100bn fund", "$100bn", kMoney, 1e11, "USD"},
    {"a $2.5 million grant", "$2.5 million", kMoney, 2.5e6, "USD"},
    {"it cost $450 in all", "$450", kMoney, 450, "USD"},
    {"a loan of $1,200,000 was approved", "$1,200,000", kMoney, 1.2e6, "USD"},
    {"the Rs5 billion package", "Rs5 billion", kMoney, 5e9, "PKR"},
    {"the Rs. 5bn package", "Rs. 5bn", kMoney, 5e9, "PKR"},
    {"the Rs 5 billion package", "Rs 5 billion", kMoney, 5e9, "PKR"},
    {"the Rs.250 fee", "Rs.250", kMoney, 250, "PKR"},
    {"a PKR 5 billion loan", "PKR 5 billion", kMoney, 5e9, "PKR"},
    {"a USD 20 million credit line", "USD 20 million", kMoney, 2e7, "USD"},
    {"an INR 300 crore project", "INR 300 crore", kMoney, 3e9, "INR"},
    {"a \xE2\x82\xAC" "3m deal", "\xE2\x82\xAC" "3m", kMoney, 3e6, "EUR"},
    {"a \xC2\xA3" "2m deal", "\xC2\xA3" "2m", kMoney, 2e6, "GBP"},
    {"a \xE2\x82\xB9" "500 crore budget", "\xE2\x82\xB9" "500 crore", kMoney, 5e9, "INR"},
    {"worth 100 billion dollars a year", "100 billion dollars", kMoney, 1e11, "USD"},
    {"spent 5 billion rupees on roads", "5 billion rupees", kMoney, 5e9, "PKR"},
    {"spent 5 billion Indian rupees on roads", "5 billion Indian rupees", kMoney, 5e9, "INR"},
    {"spent 5 billion Pakistani rupees on roads", "5 billion Pakistani rupees", kMoney, 5e9,
     "PKR"},
    {"a 20 million US dollars grant", "20 million US dollars", kMoney, 2e7, "USD"},
    {"some 3 million euros were pledged", "3 million euros", kMoney, 3e6, "EUR",
     Hedge::kApprox},
    {"a deal worth 2 billion pounds", "2 billion pounds", kMoney, 2e9, "GBP"},
    {"10 billion roubles in credit", "10 billion roubles", kMoney, 1e10, "RUB"},
    {"fifty million dollars in aid", "fifty million dollars", kMoney, 5e7, "USD"},
    {"more than $1bn in aid", "$1bn", kMoney, 1e9, "USD", Hedge::kMoreThan},
    {"up to US$3 billion in loans", "US$3 billion", kMoney, 3e9, "USD", Hedge::kAtMost},
    {"an A$5m grant", "A$5m", kMoney, 5e6, "AUD"},
    {"it raised 500 million yuan", "500 million yuan", kMoney, 5e8, "CNY"},
    // ranges: both ends are money, with the scale written once
    {"a $5-6 billion package", "$5", kMoney, 5e9, "USD"},
    {"a $5-6 billion package", "6 billion", kMoney, 6e9, "USD"},
    {"between 3 to 4 billion dollars", "3", kMoney, 3e9, "USD"},
    {"between 3 to 4 billion dollars", "4 billion dollars", kMoney, 4e9, "USD"},
};

TEST_CASE("money is read with its currency as an ISO 4217 code", "[extract][money]") {
  for (const Row& row : kMoneyRows) check_row(row);
}

const NoValueRow kNotMoney[] = {
    {"the $ sign alone"},
    {"a price in \xE2\x82\xAC or \xC2\xA3 or $"},
    {"US$ later"},
    {"Rs were paid"},
};

TEST_CASE("currency symbols without an amount yield no value", "[extract][money]") {
  for (const NoValueRow& row : kNotMoney) check_no_value(row);
}

TEST_CASE("a pound of weight is not money", "[extract][money]") {
  const auto values = find_values("it weighed 5 pounds");
  REQUIRE(values.size() == 1);
  CHECK(values[0].kind == ValueKind::kCount);
  CHECK(values[0].unit == "pounds");
}

}  // namespace
}  // namespace factlint::extract::testing
