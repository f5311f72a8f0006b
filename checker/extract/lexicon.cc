#include "checker/extract/lexicon.h"

#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace factlint::extract::detail {
namespace {

template <typename T>
std::optional<T> find_in(const std::unordered_map<std::string_view, T>& map, std::string_view w) {
  const auto it = map.find(w);
  if (it == map.end()) return std::nullopt;
  return it->second;
}

}  // namespace

std::optional<int> number_word(std::string_view w) {
  static const std::unordered_map<std::string_view, int> kWords = {
      {"zero", 0},      {"one", 1},        {"two", 2},        {"three", 3},     {"four", 4},
      {"five", 5},      {"six", 6},        {"seven", 7},      {"eight", 8},     {"nine", 9},
      {"ten", 10},      {"eleven", 11},    {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
      {"fifteen", 15},  {"sixteen", 16},   {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
      {"twenty", 20},   {"thirty", 30},    {"forty", 40},     {"fifty", 50},    {"sixty", 60},
      {"seventy", 70},  {"eighty", 80},    {"ninety", 90}};
  return find_in(kWords, w);
}

bool is_tens_word(std::string_view w) {
  const auto n = number_word(w);
  return n && *n >= 20 && *n % 10 == 0;
}

std::optional<double> scale_word(std::string_view w) {
  static const std::unordered_map<std::string_view, double> kScales = {
      {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9},  {"trillion", 1e12},
      {"lakh", 1e5},     {"lakhs", 1e5},   {"lac", 1e5},      {"crore", 1e7},
      {"crores", 1e7},   {"cr", 1e7},      {"mln", 1e6},      {"bln", 1e9},      {"mn", 1e6},
      {"bn", 1e9},       {"tn", 1e12},     {"trn", 1e12}};
  return find_in(kScales, w);
}

std::optional<double> scale_suffix(std::string_view w) {
  static const std::unordered_map<std::string_view, double> kSuffixes = {
      {"k", 1e3},  {"m", 1e6},   {"mn", 1e6},  {"mln", 1e6},      {"b", 1e9},
      {"bn", 1e9}, {"bln", 1e9}, {"tn", 1e12}, {"trn", 1e12},     {"million", 1e6},
      {"billion", 1e9}, {"trillion", 1e12}, {"thousand", 1e3}};
  return find_in(kSuffixes, w);
}

std::optional<int> ordinal_word(std::string_view w) {
  static const std::unordered_map<std::string_view, int> kOrdinals = {
      {"first", 1},        {"second", 2},        {"third", 3},         {"fourth", 4},
      {"fifth", 5},        {"sixth", 6},         {"seventh", 7},       {"eighth", 8},
      {"ninth", 9},        {"tenth", 10},        {"eleventh", 11},     {"twelfth", 12},
      {"thirteenth", 13},  {"fourteenth", 14},   {"fifteenth", 15},    {"sixteenth", 16},
      {"seventeenth", 17}, {"eighteenth", 18},   {"nineteenth", 19},   {"twentieth", 20},
      {"thirtieth", 30},   {"fortieth", 40},     {"fiftieth", 50},     {"sixtieth", 60},
      {"seventieth", 70},  {"eightieth", 80},    {"ninetieth", 90},    {"hundredth", 100}};
  return find_in(kOrdinals, w);
}

std::optional<int> month_word(std::string_view w) {
  static const std::unordered_map<std::string_view, int> kMonths = {
      {"january", 1}, {"jan", 1},  {"february", 2}, {"feb", 2},  {"march", 3},     {"mar", 3},
      {"april", 4},   {"apr", 4},  {"may", 5},      {"june", 6}, {"jun", 6},       {"july", 7},
      {"jul", 7},     {"august", 8}, {"aug", 8},    {"september", 9}, {"sep", 9}, {"sept", 9},
      {"october", 10}, {"oct", 10}, {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12}};
  return find_in(kMonths, w);
}

std::optional<int> weekday_word(std::string_view w) {
  static const std::unordered_map<std::string_view, int> kDays = {
      {"monday", 0}, {"tuesday", 1}, {"wednesday", 2}, {"thursday", 3},
      {"friday", 4}, {"saturday", 5}, {"sunday", 6}};
  return find_in(kDays, w);
}

std::optional<DurationUnit> duration_unit(std::string_view w) {
  static const std::unordered_map<std::string_view, DurationUnit> kUnits = {
      {"day", {"days", 1}},         {"days", {"days", 1}},
      {"week", {"weeks", 1}},       {"weeks", {"weeks", 1}},
      {"fortnight", {"weeks", 2}},  {"fortnights", {"weeks", 2}},
      {"month", {"months", 1}},     {"months", {"months", 1}},
      {"year", {"years", 1}},       {"years", {"years", 1}},
      {"decade", {"years", 10}},    {"decades", {"years", 10}},
      {"century", {"years", 100}},  {"centuries", {"years", 100}},
      {"hour", {"hours", 1}},       {"hours", {"hours", 1}},
      {"minute", {"minutes", 1}},   {"minutes", {"minutes", 1}}};
  return find_in(kUnits, w);
}

std::optional<std::string_view> currency_word(std::string_view w) {
  static const std::unordered_map<std::string_view, std::string_view> kWords = {
      {"dollar", "USD"}, {"dollars", "USD"}, {"rupee", "PKR"}, {"rupees", "PKR"},
      {"euro", "EUR"},   {"euros", "EUR"},   {"pound", "GBP"}, {"pounds", "GBP"},
      {"rouble", "RUB"}, {"roubles", "RUB"}, {"ruble", "RUB"}, {"rubles", "RUB"},
      {"yuan", "CNY"},   {"renminbi", "CNY"}, {"yen", "JPY"},  {"riyal", "SAR"},
      {"riyals", "SAR"}, {"dirham", "AED"},  {"dirhams", "AED"}, {"taka", "BDT"},
      {"lira", "TRY"},   {"afghanis", "AFN"}};
  return find_in(kWords, w);
}

std::optional<std::string_view> currency_code(std::string_view w) {
  static const std::unordered_map<std::string_view, std::string_view> kCodes = {
      {"usd", "USD"}, {"pkr", "PKR"}, {"inr", "INR"}, {"eur", "EUR"}, {"gbp", "GBP"},
      {"rub", "RUB"}, {"cny", "CNY"}, {"rmb", "CNY"}, {"jpy", "JPY"}, {"sar", "SAR"},
      {"aed", "AED"}, {"bdt", "BDT"}, {"afn", "AFN"}, {"try", "TRY"}, {"cad", "CAD"},
      {"aud", "AUD"}, {"chf", "CHF"}};
  return find_in(kCodes, w);
}

bool starts_value(std::string_view w) {
  static const std::unordered_set<std::string_view> kStarters = [] {
    std::unordered_set<std::string_view> set = {"a", "an", "half", "rs", "today", "tonight",
                                                "yesterday", "tomorrow", "last", "next", "this",
                                                "earlier", "later"};
    static constexpr std::string_view kWords[] = {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "january", "jan", "february", "feb", "march", "mar", "april", "apr", "may",
        "june", "jun", "july", "jul", "august", "aug", "september", "sep", "sept", "october",
        "oct", "november", "nov", "december", "dec", "first", "second", "third", "fourth",
        "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
        "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
        "eightieth", "ninetieth", "hundredth"};
    set.insert(std::begin(kWords), std::end(kWords));
    return set;
  }();
  return kStarters.count(w) > 0;
}

bool unit_stop_word(std::string_view w) {
  static const std::unordered_set<std::string_view> kStop = {
      "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or",
      "but", "nor", "as", "is", "was", "were", "are", "be", "been", "being", "has", "have",
      "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do",
      "does", "did", "that", "which", "who", "whom", "whose", "this", "these", "those", "it",
      "its", "he", "she", "they", "we", "i", "you", "him", "them", "us", "me", "his", "her",
      "their", "our", "my", "your", "per", "percent", "pc", "cent", "percentage", "than",
      "more", "less", "fewer", "am", "pm", "also", "after", "before", "since", "until", "till",
      "when", "while", "where", "if", "so", "not", "no", "up", "down", "over", "under", "into",
      "out", "about", "against", "between", "during", "through", "via", "each", "every", "all",
      "both", "there", "here", "then", "now", "ago", "later", "earlier", "last", "next", "said",
      "says", "say", "told", "added", "st", "nd", "rd", "th", "times", "o", "gmt", "pst", "est",
      "utc", "pkt", "ist", "hrs", "onwards", "onward", "only", "just", "alone", "too", "yet",
      "again", "such", "some", "any", "other", "another", "same", "own", "what", "how", "why",
      "very", "even", "still", "already", "ever", "never", "most", "least", "many", "much",
      "few", "several", "out", "off", "away", "back", "because", "though", "although",
      "however", "whether", "either", "neither", "instead", "among", "amid", "across", "along",
      "around", "near", "toward", "towards", "upon", "within", "without", "beyond", "like",
      "unlike", "onto", "s", "t", "vs", "versus", "etc", "x", "mph", "kph", "to", "bce", "ce",
      "ad", "bc", "respectively", "apiece", "each", "ok", "plus", "minus", "half", "quarter",
      "dozen", "dozens", "hundred", "hundreds", "thousands", "millions", "billions", "new",
      "old", "top",
      // Verbs and adverbs that follow a figure in news copy ("1.5 billion remain").
      "remain", "remains", "loom", "looms", "die", "dies", "stand", "stands", "stood", "went",
      "came", "come", "comes", "left", "took", "take", "takes", "won", "win", "lost", "fled",
      "face", "faces", "make", "makes", "made", "get", "gets", "got", "saw", "see", "ran",
      "fell", "rose", "grew", "overall", "overnight", "total", "altogether", "far", "became",
      "become", "went", "go", "goes", "need", "needs", "want", "wants", "hold", "holds",
      "held", "live", "lives", "work", "works", "say", "think", "believe", "remained", "turned",
      "joined", "signed", "attended", "voted", "returned", "arrived", "perished", "survived",
      "died", "fled", "inclusive", "annually", "daily", "monthly", "weekly", "yearly", "worth",
      "later", "earlier", "ago", "away", "out", "yesterday", "today", "tomorrow", "tonight"};
  return kStop.count(w) > 0;
}

bool unit_filler_word(std::string_view w) {
  return w == "more" || w == "additional" || w == "extra" || w == "other" || w == "new" ||
         w == "further" || w == "fresh" || w == "further";
}

bool year_context_word(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "in", "since", "by", "until", "till", "from", "before", "after", "during", "through",
      "throughout", "year", "fiscal", "of", "early", "late", "mid", "circa", "around", "until",
      "between", "and", "to", "summer", "winter", "spring", "autumn", "fall", "election",
      "elections", "budget", "calendar", "ending", "end", "beginning", "start",
      // Determiners: "the 2018 elections" names a year, not 2018 elections.
      "the", "its", "their", "his", "her", "our", "this", "that"};
  return kWords.count(w) > 0;
}

bool label_word(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "article", "articles", "section", "sections", "clause", "clauses", "chapter", "para",
      "paragraph", "rule", "resolution", "no", "nos", "number", "page", "pages", "p", "pp",
      "vol", "volume", "act", "amendment", "item", "sura", "surah", "verse", "flight",
      "route", "platform", "room", "gate", "junction", "junctions", "ward", "block", "sector", "street", "road",
      "phase", "level", "grade", "class", "model", "version", "v", "channel", "pg", "ch",
      "sec", "art", "schedule", "annex", "annexure", "appendix", "table", "figure", "fig"};
  return kWords.count(w) > 0;
}

}  // namespace factlint::extract::detail
