// Money: an amount with its currency, before ("US$100 billion", "Rs. 5bn",
// "PKR 5 billion", "€3m", "EGP 42 billion", "Dollar 3 billion", "SDR 2,250
// million") or after it ("100 billion dollars", "42 EGP", "20€", "42 Lebanese
// pounds", "2.25 billion Special Drawing Rights"), normalised to an ISO 4217
// code. A name that does not say whose currency it is ("10 dinars") keeps its
// name as the unit unless the newsroom's settings say which one it means.
#include "checker/extract/parser.h"

namespace factlint::extract::detail {
namespace {

struct Prefix {
  std::string code;
  std::size_t next = 0;  // token after the currency marker
  bool needs_scale = false;  // "N5 billion", "R2bn": a one-letter sign only before a big figure
};

// A currency symbol token ("€", "₦", "$") and its code.
std::optional<std::string> symbol_code(const Env& env, std::string_view symbol) {
  if (symbol == "$") return env.currency_for({"dollars", "USD"});
  static constexpr std::pair<std::string_view, std::string_view> kSymbols[] = {
      {"\xE2\x82\xAC", "EUR"}, {"\xC2\xA3", "GBP"},     {"\xE2\x82\xB9", "INR"}, {"\xC2\xA5", "JPY"},
      {"\xE2\x82\xA6", "NGN"}, {"\xE2\x82\xB1", "PHP"}, {"\xE2\x82\xA9", "KRW"}, {"\xE2\x82\xBA", "TRY"},
      {"\xE2\x82\xBD", "RUB"}, {"\xE2\x82\xB4", "UAH"}, {"\xE2\x82\xAB", "VND"}, {"\xE2\x82\xB5", "GHS"},
      {"\xE2\x82\xB8", "KZT"}, {"\xE2\x82\xAA", "ILS"}, {"\xE0\xA7\xB3", "BDT"}};
  for (const auto& [s, code] : kSymbols)
    if (s == symbol) return std::string(code);
  if (symbol == "\xE2\x82\xA8") return env.currency_for({"rupees", "PKR"});  // ₨
  return std::nullopt;
}

// "US$", "A$", "C$", "HK$", "S$", "NZ$", "R$", "NT$", "MX$": a country's dollar
// (R$ is the Brazilian real).
std::optional<std::string_view> dollar_prefix(std::string_view letters) {
  static constexpr std::pair<std::string_view, std::string_view> kDollars[] = {
      {"us", "USD"}, {"a", "AUD"},  {"au", "AUD"}, {"c", "CAD"},  {"ca", "CAD"}, {"hk", "HKD"},
      {"s", "SGD"},  {"nz", "NZD"}, {"r", "BRL"},  {"nt", "TWD"}, {"mx", "MXN"}, {"z", "ZWL"}};
  for (const auto& [l, code] : kDollars)
    if (l == letters) return code;
  return std::nullopt;
}

// Currency abbreviations written before an amount in mixed case: "Rs", "RM"
// (ringgit), "Rp" (rupiah), "Tk" (taka), "KSh", "LE" and "E£" (Egyptian pound), "Dh".
std::optional<std::string> abbreviation_code(const Env& env, const Token& t) {
  const std::string& w = t.lower;
  if (!t.capitalized) return std::nullopt;
  if (w == "rs") return env.currency_for({"rupees", "PKR"});
  if (w == "rm" && t.all_upper) return std::string("MYR");
  if (w == "rp") return std::string("IDR");
  if (w == "tk") return std::string("BDT");
  if (w == "ksh" || w == "kshs") return std::string("KES");
  if (w == "le" && t.all_upper) return std::string("EGP");
  if (w == "dh" || w == "dhs") return std::string("AED");
  if (w == "sh" || w == "shs") return env.currency_for({"shillings", ""});
  if (w == "kd" && t.all_upper) return std::string("KWD");
  if (w == "qr" && t.all_upper) return std::string("QAR");
  if (w == "sr" && t.all_upper) return std::string("SAR");
  if (w == "tl" && t.all_upper) return std::string("TRY");
  if (w == "ll" && t.all_upper) return std::string("LBP");  // the Lebanese lira
  return std::nullopt;
}

std::optional<Prefix> currency_prefix(const Env& env, std::size_t i) {
  const Token& t = env.tokens[i];
  if (t.kind == TokenKind::kSymbol) {
    // "$US452 million", "$A3 billion": the Australian press's way of naming the dollar.
    if (t.lower == "$" && env.adjacent(i + 1) && env.at(i + 1) && env.tokens[i + 1].kind == TokenKind::kWord &&
        env.tokens[i + 1].all_upper) {
      if (auto code = dollar_prefix(env.tokens[i + 1].lower); code && env.tokens[i + 1].lower != "s" &&
                                                             env.tokens[i + 1].lower != "r")
        return Prefix{std::string(*code), i + 2};
    }
    if (auto code = symbol_code(env, t.lower)) return Prefix{*code, i + 1};
    return std::nullopt;
  }
  if (t.kind != TokenKind::kWord) return std::nullopt;
  // "US$", "A$", "C$", "HK$", "R$"
  if (env.at(i + 1) && env.tokens[i + 1].lower == "$" && env.adjacent(i + 1) && t.all_upper) {
    if (auto code = dollar_prefix(t.lower)) return Prefix{std::string(*code), i + 2};
    return std::nullopt;
  }
  // "E£50": the Egyptian pound.
  if (t.lower == "e" && t.all_upper && env.at(i + 1) && env.tokens[i + 1].lower == "\xC2\xA3" && env.adjacent(i + 1))
    return Prefix{"EGP", i + 2};
  if (auto code = abbreviation_code(env, t))
    return Prefix{*code, env.punct(i + 1, ".") && env.adjacent(i + 1) ? i + 2 : i + 1};
  // "N5.5 trillion" (the naira, as Nigerian papers write it), "R2 billion" (the
  // rand), "P14.3 billion" (the Philippine peso): a letter before a big figure.
  if ((t.lower == "n" || t.lower == "r" || t.lower == "p") && t.all_upper && env.adjacent(i + 1) && env.is_number(i + 1))
    return Prefix{t.lower == "n" ? "NGN" : t.lower == "r" ? "ZAR" : "PHP", i + 1, true};
  if (t.all_upper && (t.lower.size() == 3 || t.lower == "sdrs")) {
    if (auto code = currency_code(t.lower)) return Prefix{std::string(*code), i + 1};
  }
  // "Dollar 3 billion", "Euro 20 million": a capitalised name before the amount.
  if (t.capitalized && !t.all_upper) {
    if (auto name = currency_word(t.lower); name && env.is_number(i + 1) && !env.adjacent(i + 1))
      return Prefix{env.currency_for(*name), i + 1};
  }
  return std::nullopt;
}

// The currency written after a quantity ending before token j: its code and
// the token after it. "dollars", "EGP", "€", "Lebanese pounds", "New Zealand
// dollars", "Special Drawing Rights", "SDRs".
struct Suffix {
  std::string code;
  std::size_t next = 0;
  bool bare_pounds = false;  // "pounds" with no country: weight or money
  bool needs_big = false;    // "won": a verb too, so only after a large figure
};

std::optional<Suffix> currency_suffix(const Env& env, std::size_t j) {
  const Token* w = env.at(j);
  if (!w) return std::nullopt;
  if (w->kind == TokenKind::kSymbol && w->lower != "$") {
    // "20€", "20 €"
    if (auto code = symbol_code(env, w->lower)) return Suffix{*code, j + 1};
    return std::nullopt;
  }
  if (w->kind != TokenKind::kWord) return std::nullopt;
  if (w->lower == "special" && env.word(j + 1, "drawing") && env.word(j + 2, "rights"))
    return Suffix{"XDR", j + 3};
  if (w->all_upper && (w->lower.size() == 3 || w->lower == "sdrs")) {
    if (auto code = currency_code(w->lower)) return Suffix{std::string(*code), j + 1};
  }
  if (w->lower == "tl" && w->all_upper) return Suffix{"TRY", j + 1};
  if (w->lower == "rm" && w->all_upper) return Suffix{"MYR", j + 1};  // "388.1 billion RM"
  if (auto name = currency_word(w->lower)) {
    if (w->lower == "pounds" && env.word(j + 1, "sterling")) return Suffix{"GBP", j + 2};
    Suffix s{env.currency_for(*name), j + 1};
    s.bare_pounds = name->family == "pounds";
    s.needs_big = w->lower == "won";
    return s;
  }
  // "Lebanese pounds", "US dollars", "New Zealand dollars", "South Korean won".
  for (std::size_t words = 1; words <= 2; ++words) {
    const Token* n = env.at(j + words);
    if (!n || n->kind != TokenKind::kWord) return std::nullopt;
    const Token* last_adjective = env.at(j + words - 1);
    if (!last_adjective || last_adjective->kind != TokenKind::kWord) return std::nullopt;
    // Most figures have no currency after them: look up the name before building any key.
    const auto name = currency_word(n->lower);
    if (!name && n->lower != "real") continue;
    std::string adjective = w->lower;
    if (words == 2) adjective += " " + env.tokens[j + 1].lower;
    // "Brazilian real": the singular of reais is an English word, read only with its country.
    if (!name) {
      if (adjective == "brazilian") return Suffix{"BRL", j + words + 1};
      continue;
    }
    if (auto code = qualified_currency(adjective, name->family)) return Suffix{std::string(*code), j + words + 1};
    if (auto code = qualified_currency(adjective, n->lower)) return Suffix{std::string(*code), j + words + 1};
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Match> match_money_prefix(const Env& env, std::size_t i) {
  // Every prefix form has its figure within two tokens ("$5", "US$5", "Rs. 5"):
  // most words have none, and are spared the lookups.
  if (!env.is_number(i + 1) && !env.is_number(i + 2)) return std::nullopt;
  auto prefix = currency_prefix(env, i);
  if (!prefix || !env.is_number(prefix->next)) return std::nullopt;  // "$" alone: no value
  auto q = parse_quantity(env, prefix->next);
  if (!q) return std::nullopt;
  if (prefix->needs_scale && !q->has_scale && !env.tokens[prefix->next].grouped) return std::nullopt;
  Match m;
  m.next = q->next;
  if (q->absurd) {
    m.suppress = true;
    return m;
  }
  m.value = make_value(env, ValueKind::kMoney, q->number, i, q->next);
  m.value.unit = prefix->code;
  return m;
}

std::optional<Match> match_money_suffix(const Env& env, const Quantity& q, std::size_t i) {
  // "a seven-billion-euro pledge", "a $5-billion loan" is read elsewhere: a figure,
  // a scale and a currency's name joined by hyphens.
  if (env.punct(q.next, "-") && env.adjacent(q.next) && env.at(q.next + 1) && env.adjacent(q.next + 1) &&
      env.tokens[q.next + 1].kind == TokenKind::kWord && env.punct(q.next + 2, "-") && env.adjacent(q.next + 2) &&
      env.at(q.next + 3) && env.adjacent(q.next + 3) && env.tokens[q.next + 3].kind == TokenKind::kWord && !q.article) {
    const auto scale = scale_word(env.tokens[q.next + 1].lower);
    const auto name = currency_word(env.tokens[q.next + 3].lower);
    if (scale && *scale >= 1000 && name) {
      Match m;
      m.value = make_value(env, ValueKind::kMoney, q.number * *scale, i, q.next + 4);
      m.value.unit = env.currency_for(*name);
      m.next = q.next + 4;
      return m;
    }
  }
  // "a dollar", "a euro": the article is the amount only before a currency's name.
  if (q.article && !(env.at(q.next) && env.tokens[q.next].kind == TokenKind::kWord && !env.tokens[q.next].all_upper &&
                     currency_word(env.tokens[q.next].lower)))
    return std::nullopt;
  auto suffix = currency_suffix(env, q.next);
  if (!suffix) return std::nullopt;
  // "pounds" after a bare number is as likely weight as money; keep only with a scale.
  if (suffix->bare_pounds && suffix->code == "GBP" && !q.has_scale) return std::nullopt;
  if (suffix->needs_big && !q.has_scale && q.number < 1000) return std::nullopt;
  Match m;
  m.value = make_value(env, ValueKind::kMoney, q.number, i, suffix->next);
  m.value.unit = suffix->code;
  m.next = suffix->next;
  return m;
}

}  // namespace factlint::extract::detail
