// scope: which articles a sheet covers (mentions, published window, paths).
#include <fmt/format.h>

#include <array>

#include "checker/rules/validate_sheet.h"
#include "checker/util/date.h"

namespace factlint::rules {

namespace {

constexpr std::array<std::string_view, 3> kScopeKeys = {"mentions", "published", "paths"};
constexpr std::string_view kWindowHint =
    "write FROM..TO with ISO dates, e.g. 2021-04-06..2021-06-30; either end may be left out";

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// A date given to the month or year stands for all of it: `2021-04..2021-06`
// runs from 1 April to 30 June.
Date first_day(const Date& date) {
  return {date.year, date.month == 0 ? 1 : date.month, date.day == 0 ? 1 : date.day,
          DatePrecision::kDay};
}

Date last_day(const Date& date) {
  const int month = date.month == 0 ? 12 : date.month;
  const int day = date.day == 0 ? days_in_month(date.year, month) : date.day;
  return {date.year, month, day, DatePrecision::kDay};
}

void read_window(YamlReader& reader, const Located<std::string>& text, Scope& scope) {
  const std::string_view value = trim(text.value);
  const std::size_t dots = value.find("..");
  const std::string_view from_text = trim(value.substr(0, dots));
  const std::string_view to_text =
      dots == std::string_view::npos ? from_text : trim(value.substr(dots + 2));
  if (from_text.empty() && to_text.empty()) {
    reader.error(text.where, fmt::format("published window '{}' names no date", text.value),
                 std::string(kWindowHint));
    return;
  }
  bool ok = true;
  std::optional<Date> from;
  std::optional<Date> to;
  for (auto [part, out] : {std::pair{from_text, &from}, std::pair{to_text, &to}}) {
    if (part.empty()) continue;
    if (std::optional<Date> date = parse_iso_date(part)) {
      *out = *date;
    } else {
      reader.error(text.where, fmt::format("invalid date '{}' in 'published'", part),
                   std::string(kWindowHint));
      ok = false;
      if (dots == std::string_view::npos) break;  // the same text twice
    }
  }
  if (!ok) return;
  if (from) scope.published_from = first_day(*from);
  if (to) scope.published_to = last_day(*to);
  if (from && to &&
      days_from_civil(scope.published_from->year, scope.published_from->month,
                      scope.published_from->day) > days_from_civil(scope.published_to->year,
                                                                   scope.published_to->month,
                                                                   scope.published_to->day)) {
    reader.error(text.where,
                 fmt::format("published window '{}' ends before it starts", text.value));
  }
}

}  // namespace

Scope read_scope(YamlReader& reader, const YamlEntry& entry) {
  Scope scope;
  if (!reader.is_map(entry, "a map", "give any of 'mentions', 'published' and 'paths'")) {
    return scope;
  }
  const YamlMap map = reader.read_map(entry.value, kScopeKeys, "'scope'");
  if (const YamlEntry* mentions = map.find("mentions")) {
    if (auto list = reader.string_list(*mentions, "patterns")) scope.mentions = std::move(*list);
  }
  if (const YamlEntry* published = map.find("published")) {
    if (auto text = reader.string(*published)) read_window(reader, *text, scope);
  }
  if (const YamlEntry* paths = map.find("paths")) {
    if (auto list = reader.string_list(*paths, "globs")) {
      for (Located<std::string>& glob : *list) {
        if (glob.value.starts_with('/')) {
          reader.error(glob.where, fmt::format("path glob '{}' is absolute", glob.value),
                       "globs are relative to the repository root");
        } else {
          scope.paths.push_back(std::move(glob.value));
        }
      }
    }
  }
  return scope;
}

}  // namespace factlint::rules
