// How values read in messages ("46%", "50,000 doses", "US$100 billion") and
// the names and unit forms other stages compare by.
#include <fmt/format.h>

#include <cmath>

#include "checker/extract/value.h"

namespace factlint::extract {
namespace {

// "50,000", "1.6", "46"
std::string plain_number(double n) {
  if (std::fabs(n) >= 1e15) return fmt::format("{:.6g}", n);
  if (n == std::floor(n)) {
    std::string digits = fmt::format("{:.0f}", std::fabs(n));
    std::string out;
    for (std::size_t k = 0; k < digits.size(); ++k) {
      if (k > 0 && (digits.size() - k) % 3 == 0) out.push_back(',');
      out.push_back(digits[k]);
    }
    return n < 0 ? "-" + out : out;
  }
  std::string s = fmt::format("{:.4f}", n);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

// "5 million", "1.6 billion", "150,000": a large round figure reads in words.
std::string amount(double n) {
  static constexpr std::pair<double, std::string_view> kScales[] = {
      {1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}};
  for (const auto& [scale, word] : kScales) {
    if (std::fabs(n) < scale) continue;
    const double units = n / scale;
    if (std::fabs(units * 1000 - std::round(units * 1000)) < 1e-6)
      return fmt::format("{} {}", plain_number(std::round(units * 1000) / 1000), word);
  }
  return plain_number(n);
}

std::string ordinal_suffix(long n) {
  const long last_two = std::labs(n) % 100, last = std::labs(n) % 10;
  if (last_two >= 11 && last_two <= 13) return "th";
  return last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
}

std::string_view month_name(int month) {
  static constexpr std::string_view kNames[] = {"January", "February", "March",     "April",
                                                "May",     "June",     "July",      "August",
                                                "September", "October", "November", "December"};
  return month >= 1 && month <= 12 ? kNames[month - 1] : "?";
}

std::string body(const Value& v) {
  switch (v.kind) {
    case ValueKind::kNumber: return amount(v.number);
    case ValueKind::kPercent: return plain_number(v.number) + "%";
    case ValueKind::kCount: return amount(v.number) + " " + v.unit;
    case ValueKind::kMoney:
      if (v.unit == "USD") return "US$" + amount(v.number);
      if (v.unit == "EUR") return "\xE2\x82\xAC" + amount(v.number);
      if (v.unit == "GBP") return "\xC2\xA3" + amount(v.number);
      // A currency whose country the text does not give keeps its name: "10 dinars".
      if (!v.unit.empty() && v.unit[0] >= 'a' && v.unit[0] <= 'z') return amount(v.number) + " " + v.unit;
      return v.unit + " " + amount(v.number);
    case ValueKind::kDuration: {
      // "2:00:35", "3:43.13": as a race time is written (below a billion seconds: no cast overflows).
      if (v.unit == "seconds" && v.number >= 60 && v.number < 1e9) {
        const long whole = static_cast<long>(v.number);
        const std::string secs = plain_number(v.number - static_cast<double>(whole / 60 * 60));
        const std::string padded = (v.number - static_cast<double>(whole / 60 * 60) < 10 ? "0" : "") + secs;
        if (whole >= 3600) return fmt::format("{}:{:02d}:{}", whole / 3600, whole / 60 % 60, padded);
        return fmt::format("{}:{}", whole / 60, padded);
      }
      std::string unit = v.unit;
      if (v.number == 1 && !unit.empty() && unit.back() == 's') unit.pop_back();
      return plain_number(v.number) + " " + unit;
    }
    case ValueKind::kMeasure:
      if (v.unit == "magnitude") return "magnitude " + plain_number(v.number);
      if (v.unit == "degC") return plain_number(v.number) + "\xC2\xB0" "C";
      if (v.unit == "degF") return plain_number(v.number) + "\xC2\xB0" "F";
      return amount(v.number) + " " + v.unit;
    case ValueKind::kTime: {
      const long minutes = std::lround(v.number);
      std::string out = fmt::format("{:02d}:{:02d}", minutes / 60, minutes % 60);
      if (v.date.year > 0) out = to_iso(v.date) + " " + out;
      if (v.unit == "local") return out + " local time";
      return v.unit.empty() ? out : out + " " + v.unit;
    }
    case ValueKind::kYear: return fmt::format("{:.0f}", v.number);
    case ValueKind::kOrdinal: {
      const long n = std::lround(v.number);
      return std::to_string(n) + ordinal_suffix(n);
    }
    case ValueKind::kDate:
      if (v.resolved) return to_iso(v.date);
      if (v.date.month > 0 && v.date.day > 0)
        return fmt::format("{} {} (year unresolved)", month_name(v.date.month), v.date.day);
      if (v.date.month > 0) return fmt::format("{} (year unresolved)", month_name(v.date.month));
      return fmt::format("{} (unresolved)", v.unit);
  }
  return {};
}

}  // namespace

std::string_view kind_name(ValueKind kind) {
  switch (kind) {
    case ValueKind::kNumber: return "number";
    case ValueKind::kPercent: return "percent";
    case ValueKind::kCount: return "count";
    case ValueKind::kMoney: return "money";
    case ValueKind::kDate: return "date";
    case ValueKind::kDuration: return "duration";
    case ValueKind::kYear: return "year";
    case ValueKind::kOrdinal: return "ordinal";
    case ValueKind::kMeasure: return "measure";
    case ValueKind::kTime: return "time";
  }
  return "number";
}

std::string_view hedge_name(Hedge hedge) {
  switch (hedge) {
    case Hedge::kNone: return "";
    case Hedge::kApprox: return "about";
    case Hedge::kNearly: return "nearly";
    case Hedge::kAtLeast: return "at least";
    case Hedge::kMoreThan: return "more than";
    case Hedge::kAtMost: return "at most";
    case Hedge::kLessThan: return "less than";
  }
  return "";
}

std::string describe(const Value& value) { return body(value); }

std::string singular_unit(std::string_view unit) {
  std::string u;
  for (char c : unit) u.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  // The word to singularise: the last one, or the one before "per" ("barrels per day").
  std::size_t end = u.size();
  if (const std::size_t per = u.find(" per "); per != std::string::npos) end = per;
  std::size_t begin = u.rfind(' ', end == 0 ? 0 : end - 1);
  begin = (begin == std::string::npos || begin >= end) ? 0 : begin + 1;
  std::string word = u.substr(begin, end - begin);
  static constexpr std::pair<std::string_view, std::string_view> kIrregular[] = {
      {"feet", "foot"}, {"people", "person"}, {"children", "child"}, {"men", "man"},
      {"women", "woman"}, {"teeth", "tooth"}, {"mice", "mouse"}, {"geese", "goose"},
      {"personnel", "personnel"}, {"series", "series"}, {"species", "species"},
      {"news", "news"}, {"crores", "crore"}, {"lakhs", "lakh"}};
  bool done = false;
  for (const auto& [plural, single] : kIrregular) {
    if (word == plural) {
      word = single;
      done = true;
      break;
    }
  }
  auto ends = [&](std::string_view s) {
    return word.size() > s.size() && word.compare(word.size() - s.size(), s.size(), s) == 0;
  };
  if (!done) {
    if (ends("ies")) word = word.substr(0, word.size() - 3) + "y";
    else if (ends("sses") || ends("ches") || ends("shes") || ends("xes") || ends("zzes"))
      word.resize(word.size() - 2);
    else if (ends("s") && !ends("ss") && !ends("us") && !ends("sis") && !ends("xis"))
      word.pop_back();
  }
  return u.substr(0, begin) + word + u.substr(end);
}

}  // namespace factlint::extract
