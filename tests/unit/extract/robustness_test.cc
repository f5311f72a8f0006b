#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <string>

#include "tests/unit/extract/value_rows.h"

namespace factlint::extract::testing {
namespace {

// Every value lies inside the text, in order, without overlap, and is finite.
void check_well_formed(std::string_view text, const std::vector<Value>& values) {
  std::size_t last_end = 0;
  std::string problem;
  for (const Value& v : values) {
    if (v.begin >= v.end || v.end > text.size() || v.begin < last_end)
      problem = "bad span at " + std::to_string(v.begin);
    else if (!std::isfinite(v.number) || std::fabs(v.number) > 1e18)
      problem = "absurd number at " + std::to_string(v.begin);
    if (!problem.empty()) break;
    last_end = v.end;
  }
  INFO(problem);
  CHECK(problem.empty());
}

// Bad input is dropped and the figure after it is still read.
TEST_CASE("absurd figures are dropped and the text after them is still parsed",
          "[extract][robustness]") {
  const std::string tail = " and 46% of them";
  const std::string inputs[] = {
      "999999999999999999999 trillion",
      std::string(10000, '9'),
      "1" + std::string(10000, '0') + ".5",
      [] {
        std::string s = "1";
        for (int k = 0; k < 5000; ++k) s += ",000";
        return s;
      }(),
      "$$$ \xE2\x82\xAC \xC2\xA3 US$ Rs. PKR",
      "the 45th of Smarch",
      "February 30, March 32, 2021-02-30, 31/31/2021",
      "99999 trillion billion",
      "1.2.3.4.5.6.7.8",
      "\xFF\xFE\xE2\x82 broken utf-8 \xC2",
      // Issue 9: runs of separators and currency signs, a 200,000-digit number, every unit word.
      "$$$$$$$$$$$$$$$$$$$$ 1",
      "\xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC" "1",
      [] {
        std::string s = "1";
        for (int k = 0; k < 20000; ++k) s += ",1";
        return s;
      }(),
      std::string(200000, '7'),
      "km kilometres miles metres m kg tonnes tons hectares acres square kilometres km2 litres barrels "
      "cubic feet bcf/day km/h mph knots degrees Celsius \xC2\xB0" "C magnitude Richter scale MW GW kWh",
      "EGP USD SDR XDR RMB Special Drawing Rights dinars rupees naira ringgit reais R$ HK$ N P R LL RM",
      "12:99 25:00 99:99 pm a.m. p.m. local time UTC GMT+99 noon midnight",
      "31/31/2021 00-00-0000 13.13.2013 Sep-99-2020 mid- late end of the",
  };
  for (const std::string& input : inputs) {
    const std::string text = input + tail;
    INFO("input starts: " << text.substr(0, 40));
    const auto values = find_values(text);
    check_well_formed(text, values);
    REQUIRE_FALSE(values.empty());
    const Value& last = values.back();
    CHECK(last.kind == ValueKind::kPercent);
    CHECK(last.number == 46);
    CHECK(last.begin == text.size() - std::string_view("46% of them").size());
  }
}

TEST_CASE("a figure at the very end of the text is read", "[extract][robustness]") {
  const std::string_view endings[] = {"5 to", "5 -", "5-", "April 6 and", "$", "US", "Rs.",
                                      "one and a", "half a", "6th of", "last", "forty-",
                                      "10:", "5 p.", "No.", "2019-"};
  for (std::string_view text : endings) {
    INFO(text);
    const auto values = find_values(text);
    for (const Value& v : values) CHECK(v.end <= text.size());
  }
}

TEST_CASE("a figure of any size beside a ratio or a duration's parts is read as itself", "[extract][robustness]") {
  // Found by fuzz_find_values: a figure past INT_MAX was cast to int to ask if it was whole.
  for (const char* text : {"1 in 5555555555555555 homes", "one in 5555555555555555 homes",
                           "5555555555555555 in 9 homes", "5555555555555555 hours and 3 minutes"}) {
    CAPTURE(text);
    const std::vector<Value> values = find_values(text);
    REQUIRE_FALSE(values.empty());
    CHECK(values.back().number >= 3);  // no ratio formed with the huge figure: it stays a figure
  }
}

TEST_CASE("a fraction's denominator of any size is read without overflow", "[extract][robustness]") {
  // Found by fuzz_find_values on 2026-12-03: "5/5555555555555" cast the denominator to int.
  for (const char* text : {"5/5555555555555 of the vote", "1/99999999999999999 homes"}) {
    CAPTURE(text);
    const std::vector<Value> values = find_values(text);
    for (const Value& v : values) CHECK(v.number >= 1);  // no fraction formed: not a share
  }
  const std::vector<Value> half = find_values("1/2 of the vote");
  REQUIRE(half.size() == 1);
  CHECK(half[0].number == 0.5);
}

TEST_CASE("the 45th of Smarch is an ordinal and nothing else", "[extract][robustness]") {
  const auto values = find_values("the 45th of Smarch");
  REQUIRE(values.size() == 1);
  CHECK(values[0].kind == ValueKind::kOrdinal);
  CHECK(values[0].number == 45);
}

// A deterministic 1 MB mix of digits, words, currency and date pieces and raw bytes.
std::string random_text(std::size_t size, std::uint32_t seed) {
  static const std::string_view kPieces[] = {
      "1",     "23",    "456",  ",",     ".",    "-",     " ",     "  ",   "\n",  "%",
      "$",     "US",    "Rs",   "\xE2\x82\xAC", "\xC2\xA3", "million", "bn", "k",  "m",
      "April", "6th",   "of",   "2021",  "/",    ":",     "days",  "two",  "-day", "percent",
      "per",   "cent",  "doses", "more", "than", "about", "Tuesday", "last", "month", "a",
      "half",  "and",   "one",  "hundred", "thousand", "\xFF", "\xE2\x80", "0", "000", "th",
      "Covid", "G",     "s",    "pm",    "Rs.",  "PKR",   "since", "decade", "crore", "lakh",
      "km",    "magnitude", "EGP", "SDR", "\xC2\xB0" "C", "local", "time", "UTC", "mid", "Sep",
      "the",   "Dollar", "dinars", "over", "handed", "noon", "hrs", "N", "M", "per", "day", "R$"};
  std::string out;
  out.reserve(size + 16);
  std::uint32_t state = seed;
  while (out.size() < size) {
    state = state * 1664525u + 1013904223u;
    out += kPieces[(state >> 8) % std::size(kPieces)];
  }
  return out;
}

TEST_CASE("a megabyte of random-ish text parses without a crash or an absurd value",
          "[extract][robustness]") {
  for (std::uint32_t seed : {7u}) {
    const std::string text = random_text(1 << 20, seed);
    const auto values = find_values(text);
    check_well_formed(text, values);
    CHECK(values.size() > 1000);
  }
}

// Inputs built to make a careless scanner rescan: each must parse in time
// proportional to its length (a generous bound that holds in a debug build).
TEST_CASE("pathological runs parse in linear time", "[extract][robustness]") {
  const std::string_view units[] = {"1-", "one thousand and ", "6-7 April ", "$", "1, ",
                                    "forty-", "123 ", "the 2019 ", "a ", "Rs. ", "1:"};
  for (std::string_view unit : units) {
    std::string text;
    while (text.size() < (1 << 18)) text += unit;
    const auto start = std::chrono::steady_clock::now();
    const auto values = find_values(text);
    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    INFO("unit '" << unit << "': " << seconds << " s");
    check_well_formed(text, values);
    CHECK(seconds < 10.0);
  }
}

// Issue 9's forms repeated to 256 KB each: no crash, every value well formed.
// (Their cost per byte is measured by bench/values/run.sh --pathological, not here.)
TEST_CASE("runs of currency and unit and time and date forms parse without a crash", "[extract][robustness]") {
  const std::string_view units[] = {"$$", "\xE2\x82\xAC", "1,", "EGP 4 ", "42 EGP ", "6.5-magnitude ",
                                    "magnitude ", "M6.", "10 km ", "km/h ", "of gas a day ", "4:30 pm ",
                                    "0830 UTC ", "noon Beijing time ", "21-04-", "13.5.", "mid-July ",
                                    "the end of ", "Tuesday the ", "twenty ", "one hundred ", "3/4 ", "1 1/2 ",
                                    "4 thousand 3 hundred and ", "half a ", "handed over ", "N5 ", "R$"};
  for (std::string_view unit : units) {
    std::string text;
    while (text.size() < (1 << 18)) text += unit;
    INFO("unit '" << unit << "'");
    check_well_formed(text, find_values(text));
    CHECK_FALSE(parse_expect(text).has_value());
  }
}

TEST_CASE("parse_expect survives bad input", "[extract][robustness]") {
  CHECK_FALSE(parse_expect(std::string(10000, '9')).has_value());
  CHECK_FALSE(parse_expect("999999999999999999999 trillion").has_value());
  CHECK_FALSE(parse_expect("\xFF\xFE").has_value());
  CHECK_FALSE(parse_expect(std::string_view("46\0%", 4)).has_value());
}

}  // namespace
}  // namespace factlint::extract::testing
