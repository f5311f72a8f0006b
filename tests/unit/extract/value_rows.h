// Table rows for the value parser's tests: a sentence, the span of the value
// expected in it, and what that value must be.
#pragma once

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/extract/value.h"

namespace factlint::extract::testing {

struct Row {
  std::string_view text;
  std::string_view span;  // the value's exact text; its first occurrence in `text`
  ValueKind kind;
  double number;
  std::string_view unit = "";
  Hedge hedge = Hedge::kNone;
};

struct DateRow {
  std::string_view text;
  std::string_view span;
  std::string_view iso;          // to_iso of the date, "" when unresolved
  std::string_view published = "";  // ISO publication date, "" for none
};

// Text in which nothing may be read as a value (a value flagged invalid, such as
// "February 30", is allowed: it is never compared).
struct NoValueRow {
  std::string_view text;
};

inline ParseContext context_for(std::string_view published) {
  ParseContext context;
  if (!published.empty()) context.published = parse_iso_date(published);
  return context;
}

// The value found at `span` in `text`, or nullopt.
inline std::optional<Value> value_at(std::string_view text, std::string_view span,
                                     const ParseContext& context = {}) {
  const std::size_t begin = text.find(span);
  REQUIRE(begin != std::string_view::npos);
  for (const Value& v : find_values(text, context))
    if (v.begin == begin) return v;
  return std::nullopt;
}

inline void check_row(const Row& row, const ParseContext& context = {}) {
  INFO("text: " << row.text << "\nspan: " << row.span);
  const auto v = value_at(row.text, row.span, context);
  REQUIRE(v.has_value());
  CHECK(v->end - v->begin == row.span.size());
  CHECK(kind_name(v->kind) == kind_name(row.kind));
  CHECK(v->number == Approx(row.number));
  CHECK(v->unit == row.unit);
  CHECK(hedge_name(v->hedge) == hedge_name(row.hedge));
}

inline void check_date_row(const DateRow& row) {
  INFO("text: " << row.text << "\nspan: " << row.span << "\npublished: " << row.published);
  const auto v = value_at(row.text, row.span, context_for(row.published));
  REQUIRE(v.has_value());
  CHECK(v->end - v->begin == row.span.size());
  CHECK(v->kind == ValueKind::kDate);
  if (row.iso.empty()) {
    CHECK_FALSE(v->resolved);
  } else {
    CHECK(v->resolved);
    CHECK(to_iso(v->date) == row.iso);
  }
}

inline void check_no_value(const NoValueRow& row) {
  INFO("text: " << row.text);
  const auto values = find_values(row.text);
  std::string found;
  std::size_t valid = 0;
  for (const Value& v : values) {
    if (v.invalid) continue;
    ++valid;
    found += std::string(kind_name(v.kind)) + " '" + describe(v) + "' ";
  }
  INFO("found: " << found);
  CHECK(valid == 0);
}

}  // namespace factlint::extract::testing
