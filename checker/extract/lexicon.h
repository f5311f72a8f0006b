// Word lists of the value parser: number and scale words, months, weekdays,
// currencies, duration units, and the function words that cannot be a
// count's unit. Lookups take lower-case words. Internal.
#pragma once

#include <optional>
#include <string_view>

namespace factlint::extract::detail {

std::optional<int> number_word(std::string_view w);     // "zero".."nineteen", "twenty".."ninety"
bool is_tens_word(std::string_view w);                   // "twenty".."ninety"
std::optional<double> scale_word(std::string_view w);    // "thousand", "million", "lakh", "crore"...
std::optional<double> scale_suffix(std::string_view w);  // "k", "m", "mn", "bn", "tn" (attached)
std::optional<int> ordinal_word(std::string_view w);     // "first".."twentieth", "thirtieth"...
std::optional<int> month_word(std::string_view w);       // "january", "jan", "sept" -> 1..12
std::optional<int> weekday_word(std::string_view w);     // "monday" -> 0 ... "sunday" -> 6

struct DurationUnit {
  std::string_view unit;  // "days", "weeks", "months", "years", "hours", "minutes", "seconds"
  double factor = 1;      // "decade" -> years x 10
};
std::optional<DurationUnit> duration_unit(std::string_view w);

// A currency's name ("dollars", "dinar"): `family` is its plural name (the key
// of ParseContext::currencies), `code` its ISO 4217 code when the name alone
// says it ("naira" -> NGN; "dollars" -> USD, "rupees" -> PKR by default), ""
// when it does not ("dinars", "pesos", "shillings", "francs").
struct CurrencyName {
  std::string_view family;
  std::string_view code;
};
std::optional<CurrencyName> currency_word(std::string_view w);
// "lebanese" + "pounds" -> LBP, "new zealand" + "dollars" -> NZD.
std::optional<std::string_view> qualified_currency(std::string_view adjective, std::string_view family);
// ISO 4217 codes written in capitals before or after an amount ("PKR", "USD").
std::optional<std::string_view> currency_code(std::string_view lower);

// Words that may begin a value ("two", "April", "yesterday", "a"): one lookup
// that spares the matchers every other word.
bool starts_value(std::string_view w);
// Words that cannot be the unit of a count: "50,000 of", "2030, ...", "5 pm".
bool unit_stop_word(std::string_view w);
// Words allowed between a number and its unit: "10 more Kashmiris".
bool unit_filler_word(std::string_view w);
// Words after which a four-digit number is a year: "since 2012", "in 2019".
bool year_context_word(std::string_view w);
// Words before a number that make it a label: "Article 370", "Section 144".
bool label_word(std::string_view w);

}  // namespace factlint::extract::detail
