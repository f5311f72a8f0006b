#include <catch2/catch.hpp>

#include "tests/unit/extract/value_rows.h"

namespace factlint::extract::testing {
namespace {

constexpr ValueKind kNumber = ValueKind::kNumber;

const Row kNumberRows[] = {
    // digits, separators, decimals
    {"and intend to provide 150,000 more, he announced", "150,000", kNumber, 150000},
    {"a total of 50 000 were registered", "50 000", kNumber, 50000},
    {"the index stood at 1.6 on Friday", "1.6", kNumber, 1.6},
    {"the score was 46.0 overall", "46.0", kNumber, 46},
    {"turnout reached 1,234,567 this time", "1,234,567", kNumber, 1234567},
    {"a grant of 1,50,000 was made", "1,50,000", kNumber, 150000},
    {"a grant of 2,50,00,000 was made", "2,50,00,000", kNumber, 25000000},
    // narrow no-break and thin spaces as separators
    {"a total of 50\xE2\x80\xAF" "000 were registered", "50\xE2\x80\xAF" "000", kNumber, 50000},
    {"a total of 50\xE2\x80\x89" "000 were registered", "50\xE2\x80\x89" "000", kNumber, 50000},
    {"scores of 1, 2 and 3 were given", "2", kNumber, 2},
    {"The figure is 7 according to officials", "7", kNumber, 7},
    {"a ratio of 0.75 was recorded", "0.75", kNumber, 0.75},
    {"the tally rose to 12,000, officials said", "12,000", kNumber, 12000},
    // separators typed wrong in hurried copy
    {"the total votes cast were 24,966218 in all", "24,966218", kNumber, 24966218},
    {"Abubakar scored 6, 984, 520 votes", "6, 984, 520 votes", ValueKind::kCount, 6984520, "votes"},
    {"Obi garnered 6,101, 533 votes", "6,101, 533 votes", ValueKind::kCount, 6101533, "votes"},
    {"ages 4, 100 and 200 were seen", "4", kNumber, 4},
    {"registered voters numbered 93, 469, 008, while", "93, 469, 008", kNumber, 93469008},
    {"the defence sector gets 5.94 Lakh Cr this year", "5.94 Lakh Cr", kNumber, 5.94e12},
    // scale words and suffixes
    {"the fund will hold 5 million by June", "5 million", kNumber, 5e6},
    {"reserves of 1.5 billion remain", "1.5 billion", kNumber, 1.5e9},
    {"a debt of 2 trillion looms", "2 trillion", kNumber, 2e12},
    {"some 50 lakh were vaccinated", "50 lakh", kNumber, 5e6, "", Hedge::kApprox},
    {"an allocation of 3 crore was made", "3 crore", kNumber, 3e7},
    {"orders reached 5m last quarter", "5m", kNumber, 5e6},
    {"the subsidy stands at 5bn this year", "5bn", kNumber, 5e9},
    {"the page drew 50k within hours", "50k", kNumber, 5e4},
    {"bond sales of 2.5mn were reported", "2.5mn", kNumber, 2.5e6},
    {"a deficit of 1.2tn is forecast", "1.2tn", kNumber, 1.2e12},
    {"and 3 thousand joined later", "3 thousand", kNumber, 3000},
    {"nearly 2 dozen joined the march", "2 dozen", kNumber, 24, "", Hedge::kNearly},
    // words
    {"it has fifty thousand on record", "fifty thousand", kNumber, 50000},
    {"officials counted one and a half million at the rally", "one and a half million", kNumber,
     1.5e6},
    {"the number stood at nine on Friday", "nine", kNumber, 9},
    {"we recorded forty-six in the first round", "forty-six", kNumber, 46},
    {"he listed one hundred and fifty thousand in his notes", "one hundred and fifty thousand",
     kNumber, 150000},
    {"there were two hundred at the gate", "two hundred", kNumber, 200},
    {"the list had twenty-one by noon", "twenty-one", kNumber, 21},
    {"it found half a million in savings", "half a million", kNumber, 5e5},
    {"the agency recorded a million so far", "a million", kNumber, 1e6},
    {"a dozen signed the letter", "a dozen", kNumber, 12},
    {"up to two dozen were detained", "two dozen", kNumber, 24, "", Hedge::kAtMost},
    {"the roll stood at three million, he said", "three million", kNumber, 3e6},
    {"It reached ninety-nine after the recount", "ninety-nine", kNumber, 99},
    {"Seventeen were named in the report", "Seventeen", kNumber, 17},
    // fractions, only before "of"
    {"a third of the population voted", "a third", kNumber, 1.0 / 3},
    {"two-thirds of voters", "two-thirds", kNumber, 2.0 / 3},
    // ratios: a share of a group, never a count of it
    {"one in three children is malnourished", "one in three children", kNumber, 1.0 / 3},
    {"One in every four voters stayed home", "One in every four voters", kNumber, 0.25},
    {"nearly 1 in 5 adults smoke", "1 in 5 adults", kNumber, 0.2, "", Hedge::kNearly},
    {"3 out of 4 voters agreed", "3 out of 4 voters", kNumber, 0.75},
    {"two in five homes were hit", "two in five homes", kNumber, 0.4},
    {"four out of every 10 Argentines are poor", "four out of every 10 Argentines", kNumber, 0.4},
    {"the quake killed 12 in 40 villages", "12", kNumber, 12},  // more than 9: a count and a place
    {"three quarters of the budget", "three quarters", kNumber, 0.75},
    {"one-fifth of the area", "one-fifth", kNumber, 0.2},
    {"a quarter of the staff", "a quarter", kNumber, 0.25},
    // negatives
    {"the temperature fell to minus 5 overnight", "minus 5", kNumber, -5},
    // hedges are kept on the value, outside its span
    {"about 3,000 attended", "3,000", kNumber, 3000, "", Hedge::kApprox},
    {"around 400 turned up", "400", kNumber, 400, "", Hedge::kApprox},
    {"roughly 1.2 million registered", "1.2 million", kNumber, 1.2e6, "", Hedge::kApprox},
    {"approximately 700 were counted", "700", kNumber, 700, "", Hedge::kApprox},
    {"nearly 50,000 were on the list", "50,000", kNumber, 50000, "", Hedge::kNearly},
    {"almost 90 were on the list", "90", kNumber, 90, "", Hedge::kNearly},
    {"close to 800 signed", "800", kNumber, 800, "", Hedge::kApprox},
    {"more than 60,000 signed", "60,000", kNumber, 60000, "", Hedge::kMoreThan},
    {"at least 12 signed", "12", kNumber, 12, "", Hedge::kAtLeast},
    {"less than 40 signed", "40", kNumber, 40, "", Hedge::kLessThan},
    {"fewer than 30 signed", "30", kNumber, 30, "", Hedge::kLessThan},
    {"at most 15 signed", "15", kNumber, 15, "", Hedge::kAtMost},
    {"as many as 70 signed", "70", kNumber, 70, "", Hedge::kAtMost},
    {"in excess of 900 signed", "900", kNumber, 900, "", Hedge::kMoreThan},
    {"upwards of 900 signed", "900", kNumber, 900, "", Hedge::kMoreThan},
    {"an estimated 900 signed", "900", kNumber, 900, "", Hedge::kApprox},
    {"just under 900 signed", "900", kNumber, 900, "", Hedge::kNearly},
};

TEST_CASE("numbers in digits or with scales or in words are read with their hedges",
          "[extract][numbers]") {
  for (const Row& row : kNumberRows) check_row(row);
}

const NoValueRow kNotNumbers[] = {
    {"economic challenges posed by the COVID-19 pandemic"},
    {"the Covid-19 situation"},
    {"the Sputnik-V vaccine"},
    {"the G-20 meeting"},
    {"the summit of the D-8 was held"},
    {"Pakistan bought F-16 jets"},
    {"F16 jets flew past"},
    {"In the 1980s, Pakistan and the United States were allies"},
    {"Call 051-9207000 for details"},
    {"Call 920-7000 for details"},
    {"Call 5550-1234 for details"},
    {"Call 0300 1234567 for details"},
    {"Call +92 for details"},
    {"1. Introduction"},
    {"under Article 370 of the constitution"},
    {"imposed Section 144 in the city"},
    {"see clause 3.2.1 of the accord"},
    {"the 4G network"},
    {"Gen. Bajwa's 2-star rank"},
    {"the 10 Downing Street office"},
    {"he lives on 10 Mile Road"},
    {"a meeting at 7 Lok Kalyan Marg"},
    {"the Boeing 737 was grounded"},
    {"the new iPhone 15 starts at the same price"},
    {"the train left from platform 1"},
    {"closed between junctions 10 and 11"},
    {"India beat Australia 3-1 to win the series"},
    {"the match ended in a 2-2 draw"},
    {"the court ruled 6-3 in the case"},
    {"a 5-member team"},
    {"one of the largest"},
    {"no one came"},
    {"the trial of No. 10 staff"},
    {"see Vol. 3 of the report"},
    {"a 50,000-strong force"},
    {"999999999999999999999 trillion"},
};

TEST_CASE("tokens that are not quantities yield no value", "[extract][numbers]") {
  for (const NoValueRow& row : kNotNumbers) check_no_value(row);
}

}  // namespace
}  // namespace factlint::extract::testing
