#include "checker/extract/lexicon.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

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
      {"billion", 1e9}, {"trillion", 1e12}, {"thousand", 1e3}, {"mil", 1e6}, {"lakh", 1e5},
      {"cr", 1e7}};
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
      {"friday", 4}, {"saturday", 5}, {"sunday", 6},
      // Abbreviations: read only with their period ("Thu.").
      {"mon", 0}, {"tue", 1}, {"tues", 1}, {"wed", 2}, {"thu", 3}, {"thur", 3}, {"thurs", 3},
      {"fri", 4}, {"sat", 5}, {"sun", 6}};
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
      {"minute", {"minutes", 1}},   {"minutes", {"minutes", 1}},
      {"second", {"seconds", 1}},   {"seconds", {"seconds", 1}},
      // The abbreviations results use: "2hr 22min 55sec", "2 hrs 5 mins".
      {"hr", {"hours", 1}},         {"hrs", {"hours", 1}},
      {"min", {"minutes", 1}},      {"mins", {"minutes", 1}},
      {"sec", {"seconds", 1}},      {"secs", {"seconds", 1}}};
  return find_in(kUnits, w);
}

std::optional<CurrencyName> currency_word(std::string_view w) {
  // family: the plural name, the key a newsroom's `currencies:` setting uses;
  // code: what the name means when the text does not say whose ("" = ask).
  static const std::unordered_map<std::string_view, CurrencyName> kWords = {
      {"dollar", {"dollars", "USD"}},     {"dollars", {"dollars", "USD"}},
      {"rupee", {"rupees", "PKR"}},       {"rupees", {"rupees", "PKR"}},
      {"euro", {"euros", "EUR"}},         {"euros", {"euros", "EUR"}},
      {"pound", {"pounds", "GBP"}},       {"pounds", {"pounds", "GBP"}},
      {"rouble", {"roubles", "RUB"}},     {"roubles", {"roubles", "RUB"}},
      {"ruble", {"roubles", "RUB"}},      {"rubles", {"roubles", "RUB"}},
      {"yuan", {"yuan", "CNY"}},          {"renminbi", {"yuan", "CNY"}},
      {"yen", {"yen", "JPY"}},            {"riyal", {"riyals", "SAR"}},
      {"riyals", {"riyals", "SAR"}},      {"rial", {"rials", ""}},
      {"rials", {"rials", ""}},           {"dirham", {"dirhams", "AED"}},
      {"dirhams", {"dirhams", "AED"}},    {"taka", {"taka", "BDT"}},
      {"lira", {"lira", "TRY"}},          {"liras", {"lira", "TRY"}},
      {"afghani", {"afghanis", "AFN"}},   {"afghanis", {"afghanis", "AFN"}},
      {"naira", {"naira", "NGN"}},        {"cedi", {"cedis", "GHS"}},
      {"cedis", {"cedis", "GHS"}},        {"shilling", {"shillings", ""}},
      {"shillings", {"shillings", ""}},   {"rand", {"rand", "ZAR"}},
      {"ringgit", {"ringgit", "MYR"}},    {"baht", {"baht", "THB"}},
      {"won", {"won", "KRW"}},            {"peso", {"pesos", ""}},
      {"pesos", {"pesos", ""}},           {"reais", {"reais", "BRL"}},
      {"dinar", {"dinars", ""}},          {"dinars", {"dinars", ""}},
      {"franc", {"francs", ""}},          {"francs", {"francs", ""}},
      {"rupiah", {"rupiah", "IDR"}},      {"dong", {"dong", "VND"}},
      {"hryvnia", {"hryvnias", "UAH"}},   {"hryvnias", {"hryvnias", "UAH"}},
      {"zloty", {"zlotys", "PLN"}},       {"zlotys", {"zlotys", "PLN"}},
      {"forint", {"forints", "HUF"}},     {"forints", {"forints", "HUF"}},
      {"krona", {"kronor", "SEK"}},       {"kronor", {"kronor", "SEK"}},
      {"krone", {"kroner", ""}},          {"kroner", {"kroner", ""}},
      {"kyat", {"kyats", "MMK"}},         {"kyats", {"kyats", "MMK"}},
      {"tenge", {"tenge", "KZT"}},        {"lari", {"lari", "GEL"}},
      {"shekel", {"shekels", "ILS"}},     {"shekels", {"shekels", "ILS"}},
      {"kwacha", {"kwacha", ""}},         {"birr", {"birr", "ETB"}},
      {"leone", {"leones", "SLE"}},       {"leones", {"leones", "SLE"}},
      {"soles", {"soles", "PEN"}},        {"rufiyaa", {"rufiyaa", "MVR"}}};
  return find_in(kWords, w);
}

std::optional<std::string_view> qualified_currency(std::string_view adjective, std::string_view family) {
  // "Lebanese pounds", "Iraqi dinars", "New Zealand dollars": the name with its country.
  static const std::unordered_map<std::string_view, std::string_view> kQualified = {
      {"us dollars", "USD"}, {"american dollars", "USD"}, {"canadian dollars", "CAD"},
      {"australian dollars", "AUD"}, {"new zealand dollars", "NZD"}, {"hong kong dollars", "HKD"},
      {"singapore dollars", "SGD"}, {"singaporean dollars", "SGD"}, {"taiwan dollars", "TWD"},
      {"taiwanese dollars", "TWD"}, {"zimbabwe dollars", "ZWL"}, {"zimbabwean dollars", "ZWL"},
      {"jamaican dollars", "JMD"}, {"liberian dollars", "LRD"}, {"namibian dollars", "NAD"},
      {"fijian dollars", "FJD"}, {"brunei dollars", "BND"}, {"bahamian dollars", "BSD"},
      {"east caribbean dollars", "XCD"}, {"guyanese dollars", "GYD"},
      {"indian rupees", "INR"}, {"pakistani rupees", "PKR"}, {"sri lankan rupees", "LKR"},
      {"nepali rupees", "NPR"}, {"nepalese rupees", "NPR"}, {"mauritian rupees", "MUR"},
      {"lebanese pounds", "LBP"}, {"egyptian pounds", "EGP"}, {"syrian pounds", "SYP"},
      {"sudanese pounds", "SDG"}, {"south sudanese pounds", "SSP"}, {"british pounds", "GBP"},
      {"iraqi dinars", "IQD"}, {"kuwaiti dinars", "KWD"}, {"jordanian dinars", "JOD"},
      {"bahraini dinars", "BHD"}, {"libyan dinars", "LYD"}, {"tunisian dinars", "TND"},
      {"algerian dinars", "DZD"}, {"serbian dinars", "RSD"},
      {"kenyan shillings", "KES"}, {"ugandan shillings", "UGX"}, {"tanzanian shillings", "TZS"},
      {"somali shillings", "SOS"},
      {"mexican pesos", "MXN"}, {"philippine pesos", "PHP"}, {"argentine pesos", "ARS"},
      {"argentinian pesos", "ARS"}, {"colombian pesos", "COP"}, {"chilean pesos", "CLP"},
      {"cuban pesos", "CUP"}, {"dominican pesos", "DOP"}, {"uruguayan pesos", "UYU"},
      {"swiss francs", "CHF"}, {"cfa francs", "XOF"}, {"congolese francs", "CDF"},
      {"rwandan francs", "RWF"}, {"burundian francs", "BIF"}, {"guinean francs", "GNF"},
      {"saudi riyals", "SAR"}, {"qatari riyals", "QAR"}, {"omani rials", "OMR"},
      {"omani riyals", "OMR"}, {"yemeni rials", "YER"}, {"yemeni riyals", "YER"},
      {"iranian rials", "IRR"}, {"emirati dirhams", "AED"}, {"uae dirhams", "AED"},
      {"moroccan dirhams", "MAD"}, {"turkish lira", "TRY"}, {"lebanese lira", "LBP"},
      {"swedish kronor", "SEK"}, {"norwegian kroner", "NOK"}, {"danish kroner", "DKK"},
      {"chinese yuan", "CNY"}, {"japanese yen", "JPY"}, {"russian roubles", "RUB"},
      {"south african rand", "ZAR"}, {"malaysian ringgit", "MYR"}, {"thai baht", "THB"},
      {"south korean won", "KRW"}, {"korean won", "KRW"}, {"brazilian reais", "BRL"},
      {"nigerian naira", "NGN"}, {"ghanaian cedis", "GHS"}, {"indonesian rupiah", "IDR"},
      {"vietnamese dong", "VND"}, {"ukrainian hryvnias", "UAH"}, {"polish zlotys", "PLN"},
      {"hungarian forints", "HUF"}, {"israeli shekels", "ILS"}, {"zambian kwacha", "ZMW"},
      {"malawian kwacha", "MWK"}, {"ethiopian birr", "ETB"}, {"bangladeshi taka", "BDT"},
      {"afghan afghanis", "AFN"}, {"saudi dirhams", "SAR"}};
  std::string key;
  key.reserve(adjective.size() + family.size() + 1);
  key.append(adjective).append(" ").append(family);
  const auto it = kQualified.find(key);
  if (it == kQualified.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string_view> currency_code(std::string_view w) {
  // ISO 4217 codes, less those that are English words or common names in
  // capitals ("ALL", "TOP", "CUP", "SOS", "BOB", "AMD", "PEN", "CVE"), plus
  // the codes newsrooms write instead ("RMB", "SDR", "NIS").
  static const std::unordered_map<std::string_view, std::string_view> kCodes = [] {
    std::unordered_map<std::string_view, std::string_view> map;
    static constexpr char kUpper[][4] = {
        "AED", "AFN", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD",
        "BIF", "BMD", "BND", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLP",
        "CNY", "COP", "CRC", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD",
        "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF",
        "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF",
        "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL",
        "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MYR", "MZN", "NAD",
        "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR",
        "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SLL",
        "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TRY", "TTD", "TWD",
        "TZS", "UAH", "UGX", "USD", "UYU", "UZS", "VES", "VND", "VUV", "WST", "XAF", "XCD", "XDR",
        "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWL"};
    // Keys are the lower-case forms the tokenizer gives; they live as long as the map.
    static char lower[std::size(kUpper)][4] = {};
    for (std::size_t k = 0; k < std::size(kUpper); ++k) {
      for (int c = 0; c < 3; ++c) lower[k][c] = static_cast<char>(kUpper[k][c] - 'A' + 'a');
      map.emplace(std::string_view(lower[k], 3), std::string_view(kUpper[k], 3));
    }
    map.emplace("rmb", "CNY");
    map.emplace("sdr", "XDR");
    map.emplace("sdrs", "XDR");
    map.emplace("nis", "ILS");
    return map;
  }();
  return find_in(kCodes, w);
}

bool starts_value(std::string_view w) {
  static const std::unordered_set<std::string_view> kStarters = [] {
    std::unordered_set<std::string_view> set = {"a", "an", "half", "rs", "today", "tonight",
                                                "yesterday", "tomorrow", "last", "next", "this",
                                                "earlier", "later", "magnitude", "noon", "midday", "midnight",
                                                "mid", "early", "late", "end", "beginning", "start",
                                                "new", "christmas", "boxing"};  // "New Year's Day", holidays
    static constexpr std::string_view kWords[] = {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "dollar", "dollars", "euro", "euros", "rp", "tk", "ksh", "kshs", "dh", "dhs", "sh", "shs", "january", "jan", "february", "feb", "march", "mar", "april", "apr", "may",
        "june", "jun", "july", "jul", "august", "aug", "september", "sep", "sept", "october",
        "oct", "november", "nov", "december", "dec", "first", "second", "third", "fourth",
        "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
        "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
        "eightieth", "ninetieth", "hundredth"};
    set.insert(std::begin(kWords), std::end(kWords));
    return set;
  }();
  // Nearly every word of a text comes here: a bit per (first letter, second
  // letter, last letter, length) of the starters spares most of them the hash.
  static const std::vector<bool> kShapes = [] {
    std::vector<bool> shapes(26 * 26 * 26 * 16, false);
    for (std::string_view s : kStarters) {
      if (s.size() < 2 || s.size() > 15) continue;
      const auto letter = [](char c) { return c >= 'a' && c <= 'z'; };
      if (!letter(s[0]) || !letter(s[1]) || !letter(s.back())) continue;
      shapes[((static_cast<std::size_t>(s[0] - 'a') * 26 + (s[1] - 'a')) * 26 + (s.back() - 'a')) * 16 + s.size()] = true;
    }
    return shapes;
  }();
  if (w.size() >= 2) {
    const auto letter = [](char c) { return c >= 'a' && c <= 'z'; };
    if (w.size() > 15) return false;  // no starter is that long
    if (letter(w[0]) && letter(w[1]) && letter(w.back()) &&
        !kShapes[((static_cast<std::size_t>(w[0] - 'a') * 26 + (w[1] - 'a')) * 26 + (w.back() - 'a')) * 16 + w.size()])
      return false;
  }
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
