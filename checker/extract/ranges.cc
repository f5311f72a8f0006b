// Ranges: "40-46 percent" says two percents, "$5-6 billion" two amounts of
// money, "5 to 10 people" two counts, "April 6-7" two days. The matchers read
// each side alone; this pass gives the bare side the kind, unit and scale of
// the other.
#include <cmath>
#include <cstdlib>
#include <string>

#include "checker/extract/parser.h"

namespace factlint::extract::detail {
namespace {

bool typed(ValueKind kind) {
  return kind == ValueKind::kPercent || kind == ValueKind::kCount || kind == ValueKind::kMoney ||
         kind == ValueKind::kDuration || kind == ValueKind::kMeasure;
}

std::string_view trim(std::string_view between) {
  while (!between.empty() && between.front() == ' ') between.remove_prefix(1);
  while (!between.empty() && between.back() == ' ') between.remove_suffix(1);
  return between;
}

// "-", " - ", " to " between two values.
bool range_joiner(std::string_view between) {
  between = trim(between);
  return between == "-" || between == "to" || between == "\xE2\x80\x93";
}

// The first figure written in `span` ("6" in "6 billion", "5" in "$5"), 0 if none.
double leading_figure(std::string_view span) {
  std::size_t k = 0;
  while (k < span.size() && !(span[k] >= '0' && span[k] <= '9')) ++k;
  std::string digits;
  for (; k < span.size() && digits.size() < 32; ++k) {
    const char c = span[k];
    if ((c >= '0' && c <= '9') || c == '.') digits.push_back(c);
    else if (c != ',') break;
  }
  return digits.empty() ? 0 : std::strtod(digits.c_str(), nullptr);
}

// A span that ends in a digit carries no scale of its own ("$5", "40").
bool ends_in_digit(std::string_view span) {
  return !span.empty() && span.back() >= '0' && span.back() <= '9';
}

// The scale the typed side applies to its written figure: 1e9 for "6 billion".
double scale_of(std::string_view span, double number) {
  const double written = leading_figure(span);
  if (written <= 0 || ends_in_digit(span)) return 1;
  const double scale = number / written;
  return scale >= 1000 ? scale : 1;
}

}  // namespace

void link_ranges(std::string_view text, std::vector<Value>& values) {
  for (std::size_t k = 0; k + 1 < values.size(); ++k) {
    Value& a = values[k];
    Value& b = values[k + 1];
    if (b.begin < a.end) continue;
    // "7.8 and 7.5 on the Richter scale", "magnitude 7.8 and 7.5": two measures of one unit.
    const bool measures = (a.kind == ValueKind::kMeasure || b.kind == ValueKind::kMeasure) &&
                          trim(text.substr(a.end, b.begin - a.end)) == "and";
    if (!measures && !range_joiner(text.substr(a.end, b.begin - a.end))) continue;
    const std::string_view a_text = text.substr(a.begin, a.end - a.begin);
    const std::string_view b_text = text.substr(b.begin, b.end - b.begin);
    if (a.kind == ValueKind::kDate && a.date.precision == DatePrecision::kDay &&
        b.kind == ValueKind::kNumber && b.number > a.date.day && b.number <= 31 &&
        b.number == static_cast<int>(b.number) && b_text.size() <= 2) {
      // "April 6-7": the second day shares the first's month and year.
      const int day = static_cast<int>(b.number);
      const int year = a.resolved ? a.date.year : 2000;  // 2000: a leap year, any day valid
      if (!is_valid_date(year, a.date.month, day)) continue;
      b.kind = ValueKind::kDate;
      b.number = 0;
      b.date = Date{a.date.year, a.date.month, day, DatePrecision::kDay};
      b.resolved = a.resolved;
      b.unit = a.unit;
    } else if (a.kind == ValueKind::kNumber && typed(b.kind) && ends_in_digit(a_text)) {
      a.kind = b.kind;
      a.unit = b.unit;
      a.number *= scale_of(b_text, b.number);
      if (a.hedge == Hedge::kNone) a.hedge = b.hedge;
    } else if (typed(a.kind) && b.kind == ValueKind::kNumber) {
      b.kind = a.kind;
      b.unit = a.unit;
      if (a.kind == ValueKind::kMoney && ends_in_digit(a_text))
        a.number *= scale_of(b_text, b.number);
    }
  }
}

namespace {

// Where "one in ", "one in every ", "one out of " or "one out of every " begins right before `at`
// ("One" too), when "one" is a word of its own; npos if not there. The lone
// word "one" is no value of its own (it needs a unit), so the ratio starts here.
std::size_t one_in_before(std::string_view text, std::size_t at) {
  for (std::string_view lead : {"one in ", "one in every ", "one out of ", "one out of every "}) {
    if (at < lead.size()) continue;
    const std::size_t from = at - lead.size();
    std::string written(text.substr(from, lead.size()));
    if (!written.empty() && written[0] == 'O') written[0] = 'o';
    if (written != lead) continue;
    const char before = from > 0 ? text[from - 1] : ' ';
    if (!((before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z') || (before >= '0' && before <= '9')))
      return from;
  }
  return std::string_view::npos;
}

}  // namespace

void join_ratios(std::string_view text, std::vector<Value>& values) {
  for (Value& v : values) {  // "one in three children": the ratio begins at "one"
    const bool whole = v.number >= 2 && v.number <= 1000 && v.number == std::floor(v.number);
    if (!whole || v.hedge != Hedge::kNone || (v.kind != ValueKind::kCount && v.kind != ValueKind::kNumber)) continue;
    const std::size_t one = one_in_before(text, v.begin);
    if (one == std::string_view::npos) continue;
    v.kind = ValueKind::kNumber;
    v.number = 1 / v.number;
    v.unit.clear();
    v.begin = v.hedge_begin = v.figure_begin = one;
  }
  join_neighbours(text, values, [](Value& a, const Value& b, std::string_view between) {
    const bool whole = a.number == std::floor(a.number) && b.number == std::floor(b.number);  // no cast: any size
    const bool ratio = a.kind == ValueKind::kNumber && a.unit.empty() && whole && a.number >= 1 && a.number <= 9 &&
                       a.number < b.number && b.number <= 1000 && b.hedge == Hedge::kNone &&
                       (b.kind == ValueKind::kCount || b.kind == ValueKind::kNumber) &&
                       (between == "in" || between == "in every" || between == "out of" ||
                        between == "out of every");
    if (!ratio) return false;
    a.number /= b.number;  // "two in five": 2/5, as "two-fifths" is
    a.end = b.figure_end;
    a.figure_end = b.figure_end;
    return true;
  });
}

}  // namespace factlint::extract::detail
