// Money: an amount with its currency, before ("US$100 billion", "Rs. 5bn",
// "PKR 5 billion", "€3m") or after it ("100 billion dollars", "5 billion
// Indian rupees"), normalised to an ISO 4217 code.
#include "checker/extract/parser.h"

namespace factlint::extract::detail {
namespace {

struct Prefix {
  std::string_view code;
  std::size_t next = 0;  // token after the currency marker
};

std::optional<Prefix> currency_prefix(const Env& env, std::size_t i) {
  const Token& t = env.tokens[i];
  if (t.kind == TokenKind::kSymbol) {
    // "$US452 million", "$A3 billion": the Australian press's way of naming the dollar.
    if (t.lower == "$" && env.adjacent(i + 1) && env.at(i + 1) && env.tokens[i + 1].kind == TokenKind::kWord &&
        env.tokens[i + 1].all_upper) {
      const std::string& c = env.tokens[i + 1].lower;
      if (c == "us") return Prefix{"USD", i + 2};
      if (c == "a" || c == "au") return Prefix{"AUD", i + 2};
      if (c == "nz") return Prefix{"NZD", i + 2};
      if (c == "c" || c == "ca") return Prefix{"CAD", i + 2};
      if (c == "hk") return Prefix{"HKD", i + 2};
    }
    if (t.lower == "$") return Prefix{"USD", i + 1};
    if (t.lower == "\xE2\x82\xAC") return Prefix{"EUR", i + 1};
    if (t.lower == "\xC2\xA3") return Prefix{"GBP", i + 1};
    if (t.lower == "\xE2\x82\xB9") return Prefix{"INR", i + 1};
    if (t.lower == "\xC2\xA5") return Prefix{"JPY", i + 1};
    return std::nullopt;
  }
  if (t.kind != TokenKind::kWord) return std::nullopt;
  // "US$", "A$", "C$", "HK$"
  if (env.at(i + 1) && env.tokens[i + 1].lower == "$" && env.adjacent(i + 1) && t.all_upper) {
    if (t.lower == "us") return Prefix{"USD", i + 2};
    if (t.lower == "a" || t.lower == "au") return Prefix{"AUD", i + 2};
    if (t.lower == "c" || t.lower == "ca") return Prefix{"CAD", i + 2};
    if (t.lower == "hk") return Prefix{"HKD", i + 2};
    return std::nullopt;
  }
  if (t.lower == "rs" && t.capitalized) {
    return Prefix{"PKR", env.punct(i + 1, ".") && env.adjacent(i + 1) ? i + 2 : i + 1};
  }
  if (t.all_upper && t.lower.size() == 3) {
    if (auto code = currency_code(t.lower)) return Prefix{*code, i + 1};
  }
  return std::nullopt;
}

}  // namespace

std::optional<Match> match_money_prefix(const Env& env, std::size_t i) {
  auto prefix = currency_prefix(env, i);
  if (!prefix || !env.is_number(prefix->next)) return std::nullopt;  // "$" alone: no value
  auto q = parse_quantity(env, prefix->next);
  if (!q) return std::nullopt;
  Match m;
  m.next = q->next;
  if (q->absurd) {
    m.suppress = true;
    return m;
  }
  m.value = make_value(env, ValueKind::kMoney, q->number, i, q->next);
  m.value.unit = std::string(prefix->code);
  return m;
}

std::optional<Match> match_money_suffix(const Env& env, const Quantity& q, std::size_t i) {
  std::size_t j = q.next;
  std::string_view code;
  std::size_t next = 0;
  const Token* w = env.at(j);
  if (!w || w->kind != TokenKind::kWord) return std::nullopt;
  if (auto c = currency_word(w->lower)) {
    code = *c;
    next = j + 1;
  } else if (w->all_upper && w->lower.size() == 3 && currency_code(w->lower)) {
    code = *currency_code(w->lower);
    next = j + 1;
  } else if (const Token* w2 = env.at(j + 1); w2 && w2->kind == TokenKind::kWord) {
    // "US dollars", "Pakistani rupees", "Indian rupees"
    auto word = currency_word(w2->lower);
    if (!word) return std::nullopt;
    code = *word;
    if (w->lower == "indian" && w2->lower.rfind("rupee", 0) == 0) code = "INR";
    else if (w->lower == "us" || w->lower == "american") code = "USD";
    else if (w->lower == "pakistani") code = "PKR";
    else if (w->lower == "canadian") code = "CAD";
    else if (w->lower == "australian") code = "AUD";
    else if (w->lower == "hong") return std::nullopt;
    else if (!(w->lower == "afghan" || w->lower == "saudi" || w->lower == "chinese" ||
               w->lower == "russian" || w->lower == "turkish" || w->lower == "bangladeshi" ||
               w->lower == "sri"))
      return std::nullopt;
    if (w->lower == "afghan") code = "AFN";
    next = j + 2;
  } else {
    return std::nullopt;
  }
  // "pounds" after a bare number is as likely weight as money; keep only with a scale.
  if (code == "GBP" && !q.has_scale && w->lower.rfind("pound", 0) == 0) return std::nullopt;
  Match m;
  m.value = make_value(env, ValueKind::kMoney, q.number, i, next);
  m.value.unit = std::string(code);
  m.next = next;
  return m;
}

}  // namespace factlint::extract::detail
