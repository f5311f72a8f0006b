// Measures: a quantity with a unit of measurement ("10 km", "6 miles", "500
// hectares", "2 bcf/day", "35 degrees Celsius", "80 km/h") and earthquake
// magnitudes ("6.5-magnitude", "magnitude-6.1", "M6.1", "magnitude 6.1", "6.1
// on the Richter scale"). The value keeps the figure and unit as written; the
// judge converts between units of one dimension ("10 km" and "6 miles").
#include <array>
#include <string>
#include <unordered_map>

#include "checker/extract/parser.h"

namespace factlint::extract {
namespace {

struct UnitEntry {
  std::string_view symbol, dimension;
  double factor;
  double offset = 0;
};

// Every unit a symbol names, by symbol: the base of each dimension is m, kg,
// m2, l, m/s, degC, W, Wh; rates per day are their own dimension.
const std::unordered_map<std::string_view, UnitEntry>& units_by_symbol() {
  static const std::unordered_map<std::string_view, UnitEntry> kUnits = [] {
    static constexpr UnitEntry kList[] = {
        {"km", "length", 1000},       {"m", "length", 1},           {"cm", "length", 0.01},
        {"mm", "length", 0.001},      {"mi", "length", 1609.344},   {"ft", "length", 0.3048},
        {"in", "length", 0.0254},     {"yd", "length", 0.9144},     {"nmi", "length", 1852},
        {"kg", "mass", 1},            {"g", "mass", 0.001},         {"t", "mass", 1000},
        {"lb", "mass", 0.45359237},   {"ha", "area", 1e4},          {"acre", "area", 4046.8564224},
        {"km2", "area", 1e6},         {"m2", "area", 1},            {"mi2", "area", 2589988.110336},
        {"sqft", "area", 0.09290304}, {"l", "volume", 1},           {"ml", "volume", 0.001},
        {"bbl", "volume", 158.987294928}, {"m3", "volume", 1000},  {"cuft", "volume", 28.316846592},
        {"bcf", "volume", 28.316846592e9}, {"tcf", "volume", 28.316846592e12},
        {"gal", "volume", 3.785411784},
        {"bbl/d", "volume per day", 158.987294928}, {"bcf/d", "volume per day", 28.316846592e9},
        {"cuft/d", "volume per day", 28.316846592}, {"mmcf/d", "volume per day", 28.316846592e6}, {"m3/d", "volume per day", 1000},
        {"km/h", "speed", 1 / 3.6},   {"mph", "speed", 0.44704},    {"m/s", "speed", 1},
        {"knot", "speed", 1852.0 / 3600},
        {"degC", "temperature", 1, 0}, {"degF", "temperature", 5.0 / 9, -160.0 / 9},
        {"magnitude", "magnitude", 1},
        {"kW", "power", 1e3},         {"MW", "power", 1e6},         {"GW", "power", 1e9},
        {"kWh", "energy", 1e3},       {"MWh", "energy", 1e6},       {"GWh", "energy", 1e9}};
    std::unordered_map<std::string_view, UnitEntry> map;
    for (const UnitEntry& e : kList) map.emplace(e.symbol, e);
    return map;
  }();
  return kUnits;
}

// Written forms of the units, lower case, tokens joined by one space ("square
// kilometres", "sq km", "km/h" is "km / h"): the symbol each names.
const std::unordered_map<std::string_view, std::string_view>& unit_words() {
  static const std::unordered_map<std::string_view, std::string_view> kWords = {
      {"km", "km"}, {"kms", "km"}, {"kilometre", "km"}, {"kilometres", "km"}, {"kilometer", "km"},
      {"kilometers", "km"}, {"metre", "m"}, {"metres", "m"}, {"meter", "m"}, {"meters", "m"},
      {"cm", "cm"}, {"centimetre", "cm"}, {"centimetres", "cm"}, {"centimeter", "cm"}, {"centimeters", "cm"},
      {"mm", "mm"}, {"millimetre", "mm"}, {"millimetres", "mm"}, {"millimeter", "mm"}, {"millimeters", "mm"},
      {"mi", "mi"}, {"mile", "mi"}, {"miles", "mi"}, {"ft", "ft"}, {"foot", "ft"}, {"feet", "ft"},
      {"inch", "in"}, {"inches", "in"}, {"yard", "yd"}, {"yards", "yd"},
      {"nautical mile", "nmi"}, {"nautical miles", "nmi"}, {"nmi", "nmi"},
      {"kg", "kg"}, {"kgs", "kg"}, {"kilogram", "kg"}, {"kilograms", "kg"}, {"kilogramme", "kg"},
      {"kilogrammes", "kg"}, {"kilo", "kg"}, {"kilos", "kg"}, {"gram", "g"}, {"grams", "g"},
      {"gramme", "g"}, {"grammes", "g"}, {"tonne", "t"}, {"tonnes", "t"}, {"ton", "t"}, {"tons", "t"},
      {"metric ton", "t"}, {"metric tons", "t"}, {"metric tonnes", "t"}, {"mt", "t"}, {"lb", "lb"}, {"lbs", "lb"},
      {"ha", "ha"}, {"hectare", "ha"}, {"hectares", "ha"}, {"acre", "acre"}, {"acres", "acre"},
      {"km2", "km2"}, {"sq km", "km2"}, {"sq . km", "km2"}, {"sqkm", "km2"}, {"square kilometre", "km2"},
      {"square kilometres", "km2"}, {"square kilometer", "km2"}, {"square kilometers", "km2"},
      {"km²", "km2"}, {"m2", "m2"}, {"m²", "m2"}, {"square metre", "m2"}, {"square metres", "m2"},
      {"square meter", "m2"}, {"square meters", "m2"}, {"sq m", "m2"}, {"square mile", "mi2"},
      {"square miles", "mi2"}, {"sq mi", "mi2"}, {"square feet", "sqft"}, {"square foot", "sqft"},
      {"sq ft", "sqft"}, {"litre", "l"}, {"litres", "l"}, {"liter", "l"}, {"liters", "l"},
      {"millilitre", "ml"}, {"millilitres", "ml"}, {"milliliter", "ml"}, {"milliliters", "ml"}, {"ml", "ml"},
      {"barrel", "bbl"}, {"barrels", "bbl"}, {"bbl", "bbl"}, {"cubic metre", "m3"}, {"cubic metres", "m3"},
      {"cubic meter", "m3"}, {"cubic meters", "m3"}, {"m3", "m3"}, {"m³", "m3"}, {"cu m", "m3"},
      {"cubic feet", "cuft"}, {"cubic foot", "cuft"}, {"cu ft", "cuft"}, {"bcf", "bcf"}, {"tcf", "tcf"},
      {"gallon", "gal"}, {"gallons", "gal"},
      {"barrels per day", "bbl/d"}, {"barrels a day", "bbl/d"}, {"bpd", "bbl/d"}, {"b / d", "bbl/d"},
      {"barrels of oil per day", "bbl/d"}, {"barrels of oil a day", "bbl/d"},
      {"bcf / d", "bcf/d"}, {"bcf / day", "bcf/d"}, {"bcfd", "bcf/d"}, {"bcf per day", "bcf/d"},
      {"bcf a day", "bcf/d"}, {"cubic feet per day", "cuft/d"}, {"cubic feet a day", "cuft/d"}, {"cfd", "cuft/d"}, {"mmcfd", "mmcf/d"},
      {"cubic metres per day", "m3/d"}, {"cubic meters per day", "m3/d"},
      {"km / h", "km/h"}, {"kph", "km/h"}, {"kmph", "km/h"}, {"kmh", "km/h"},
      {"kilometres per hour", "km/h"}, {"kilometers per hour", "km/h"}, {"kilometres an hour", "km/h"},
      {"kilometers an hour", "km/h"}, {"km per hour", "km/h"}, {"km an hour", "km/h"}, {"mph", "mph"},
      {"miles per hour", "mph"}, {"miles an hour", "mph"}, {"m / s", "m/s"}, {"metres per second", "m/s"},
      {"meters per second", "m/s"}, {"knot", "knot"}, {"knots", "knot"},
      {"degrees celsius", "degC"}, {"degrees centigrade", "degC"}, {"degree celsius", "degC"},
      {"degrees c", "degC"}, {"°c", "degC"}, {"° c", "degC"}, {"celsius", "degC"},
      {"degrees fahrenheit", "degF"}, {"degree fahrenheit", "degF"}, {"degrees f", "degF"},
      {"°f", "degF"}, {"° f", "degF"}, {"fahrenheit", "degF"},
      {"kw", "kW"}, {"kilowatts", "kW"}, {"mw", "MW"}, {"megawatts", "MW"}, {"megawatt", "MW"},
      {"gw", "GW"}, {"gigawatts", "GW"}, {"gigawatt", "GW"}, {"kwh", "kWh"}, {"mwh", "MWh"}, {"gwh", "GWh"},
      {"kilowatt-hours", "kWh"}, {"megawatt-hours", "MWh"}, {"gigawatt-hours", "GWh"},
      {"kilowatt - hours", "kWh"}, {"megawatt - hours", "MWh"}, {"gigawatt - hours", "GWh"}};
  return kWords;
}

}  // namespace

std::optional<MeasureUnit> measure_unit(std::string_view symbol_or_word) {
  const auto& symbols = units_by_symbol();
  auto it = symbols.find(symbol_or_word);
  if (it == symbols.end()) {
    std::string lower;
    for (char c : symbol_or_word) lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    const auto& words = unit_words();
    const auto w = words.find(lower);
    if (w == words.end()) return std::nullopt;
    it = symbols.find(w->second);
    if (it == symbols.end()) return std::nullopt;
  }
  const UnitEntry& e = it->second;
  return MeasureUnit{e.symbol, e.dimension, e.factor, e.offset};
}

namespace detail {
namespace {

// The first words of the written unit forms: a figure followed by any other
// word has no unit, and no key is built for it.
const std::unordered_map<std::string_view, bool>& unit_first_words() {
  static const std::unordered_map<std::string_view, bool> kFirst = [] {
    std::unordered_map<std::string_view, bool> first;
    for (const auto& [form, symbol] : unit_words()) first.emplace(form.substr(0, form.find(' ')), true);
    return first;
  }();
  return kFirst;
}

// Longest written unit form at token j, up to five tokens ("barrels of oil per day").
std::optional<std::pair<std::string_view, std::size_t>> unit_form_at(const Env& env, std::size_t j) {
  const Token* head = env.at(j);
  if (!head || head->kind != TokenKind::kWord) return std::nullopt;
  const auto& firsts = unit_first_words();
  if (firsts.find(head->lower) == firsts.end()) {
    // "km2", "m3": the first word glued to its power is in the table whole.
    if (!(env.is_number(j + 1) && env.adjacent(j + 1))) return std::nullopt;
    std::string powered = head->lower;
    powered += env.text[env.tokens[j + 1].begin];
    if (firsts.find(powered) == firsts.end()) return std::nullopt;
  }
  const auto& words = unit_words();
  std::string key;
  std::optional<std::pair<std::string_view, std::size_t>> best;
  for (std::size_t k = j; k < j + 5 && k < env.size(); ++k) {
    const Token& t = env.tokens[k];
    if (t.kind == TokenKind::kNumber) {
      // "km2", "m3": a power glued to the unit.
      if (k == j || !env.adjacent(k) || t.decimal || t.grouped || t.digits != 1) break;
    } else if (t.kind == TokenKind::kSymbol) {
      break;
    }
    if (k > j) key += (t.kind == TokenKind::kNumber) ? "" : " ";
    key += t.kind == TokenKind::kNumber ? env.text.substr(t.begin, t.end - t.begin) : std::string_view(t.lower);
    if (const auto it = words.find(key); it != words.end()) best = {{it->second, k + 1}};
  }
  return best;
}

// A unit word that is part of a name: "10 Mile Road", "Five Acres Lane".
bool part_of_a_name(const Env& env, std::size_t next) {
  const Token* t = env.at(next);
  if (!t || t->kind != TokenKind::kWord || !t->capitalized) return false;
  return t->lower == "road" || t->lower == "street" || t->lower == "avenue" || t->lower == "lane" ||
         t->lower == "drive" || t->lower == "park" || t->lower == "estate";
}

bool richter_after(const Env& env, std::size_t j, std::size_t& next) {
  // "6.1 on the Richter scale", "6.1 on the Richter"
  if (!env.word(j, "on") || !env.word(j + 1, "the") || !env.word(j + 2, "richter")) return false;
  next = env.word(j + 3, "scale") ? j + 4 : j + 3;
  return true;
}

bool magnitude_figure(const Quantity& q) { return q.from_digits && q.number > 0 && q.number < 10 && !q.has_scale; }

// [first, next) the value's tokens; [figure, figure_next) the figure's.
Match measure_match(const Env& env, double number, std::string_view unit, std::size_t first, std::size_t next,
                    std::size_t figure, std::size_t figure_next) {
  Match m;
  m.value = make_value(env, ValueKind::kMeasure, number, first, next);
  m.value.unit = std::string(unit);
  m.value.figure_begin = env.tokens[figure].begin;
  m.value.figure_end = env.tokens[figure_next - 1].end;
  m.next = next;
  return m;
}

}  // namespace

std::optional<std::pair<std::string_view, std::size_t>> measure_unit_at(const Env& env, std::size_t j) {
  auto form = unit_form_at(env, j);
  if (!form || part_of_a_name(env, form->second)) return std::nullopt;
  return form;
}

std::optional<Match> match_measure_suffix(const Env& env, const Quantity& q, std::size_t i) {
  if (q.article || q.word_one) return std::nullopt;
  const std::size_t j = q.next;
  std::size_t next = 0;
  // "6.5-magnitude", "6.5 magnitude", "6.4 Richter", "6.1 on the Richter scale"
  if (magnitude_figure(q)) {
    std::size_t k = j;
    if (env.punct(k, "-") && env.adjacent(k) && env.adjacent(k + 1)) ++k;
    if (env.word(k, "magnitude") || env.word(k, "richter")) return measure_match(env, q.number, "magnitude", i, k + 1, i, j);
    if (richter_after(env, j, next)) return measure_match(env, q.number, "magnitude", i, next, i, j);
  }
  // "10-km", "a 5-kilometre stretch": a compound adjective with a unit.
  std::size_t k = j;
  if (env.punct(k, "-") && env.adjacent(k) && env.adjacent(k + 1)) ++k;
  // "40.3C", "35C": a temperature, the capital glued to the figure.
  if (k == j && env.adjacent(j) && env.at(j) && env.tokens[j].kind == TokenKind::kWord && env.tokens[j].all_upper &&
      (env.tokens[j].lower == "c" || env.tokens[j].lower == "f") && q.from_digits && !q.has_scale && q.number <= 130)
    return measure_match(env, q.number, env.tokens[j].lower == "c" ? "degC" : "degF", i, j + 1, i, j);
  auto unit = measure_unit_at(env, k);
  if (!unit) return std::nullopt;
  // "the 10 m" is vague; a bare "m" or "t" only counts glued to the figure ("10m" is million anyway).
  if ((unit->first == "m" || unit->first == "t" || unit->first == "in" || unit->first == "l" ||
       unit->first == "g") &&
      env.tokens[k].lower.size() <= 2)
    return std::nullopt;
  // "1.2 billion cubic feet of gas a day", "300,000 barrels of crude daily": a
  // rate whose "a day" stands after what is measured. The span stays the volume.
  std::string rate;
  if (unit->first == "cuft" || unit->first == "bbl" || unit->first == "m3" || unit->first == "bcf") {
    std::size_t k2 = unit->second;
    if (env.word(k2, "of") && env.at(k2 + 1) && env.tokens[k2 + 1].kind == TokenKind::kWord &&
        !env.tokens[k2 + 1].capitalized) {
      k2 += 2;
      if (env.at(k2) && env.tokens[k2].kind == TokenKind::kWord && !env.word(k2, "a") && !env.word(k2, "per") &&
          !env.word(k2, "daily"))
        ++k2;  // "of natural gas a day"
    }
    if (((env.word(k2, "a") || env.word(k2, "per")) && env.word(k2 + 1, "day")) || env.word(k2, "daily"))
      rate = std::string(unit->first) + "/d";
  }
  if (!rate.empty()) unit->first = measure_unit(rate)->symbol;
  // "7.2 billion cubic feet per day" is 7.2 bcf/d, as the gas industry writes it.
  if ((unit->first == "cuft" || unit->first == "cuft/d") && q.has_scale && q.number >= 1e9 && q.number < 1e12) {
    const double bcf = q.number / 1e9;
    return measure_match(env, bcf, unit->first == "cuft" ? "bcf" : "bcf/d", i, unit->second, i, j);
  }
  return measure_match(env, q.number, unit->first, i, unit->second, i, j);
}

std::optional<Match> match_measure_prefix(const Env& env, std::size_t i) {
  const Token& t = env.tokens[i];
  if (t.kind != TokenKind::kWord) return std::nullopt;
  // "M6.1", "M 6.1": the magnitude, as seismologists write it.
  if (t.lower == "m" && t.all_upper && env.is_number(i + 1) && env.tokens[i + 1].decimal &&
      env.tokens[i + 1].digits == 1) {
    const Token& n = env.tokens[i + 1];
    if (n.number > 0 && n.number < 10 && (env.adjacent(i + 1) || env.tokens[i + 1].space_before))
      return measure_match(env, n.number, "magnitude", i, i + 2, i + 1, i + 2);
  }
  // "magnitude 6.1", "magnitude-6.1", "a magnitude of 6.1"
  if (t.lower != "magnitude") return std::nullopt;
  std::size_t j = i + 1;
  if (env.punct(j, "-") && env.adjacent(j) && env.adjacent(j + 1)) ++j;
  else if (env.word(j, "of")) ++j;
  if (!env.is_number(j)) return std::nullopt;
  auto q = parse_quantity(env, j);
  if (!q || !magnitude_figure(*q)) return std::nullopt;
  return measure_match(env, q->number, "magnitude", i, q->next, j, q->next);
}

}  // namespace detail
}  // namespace factlint::extract
