// Held-out accuracy of the value parser: precision and recall per kind on
// tests/data/values/heldout.tsv, labelled from the spec rather than from the parser.
// Odd file lines are the dev half (free to study), even lines the test half (the honest figure).
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "checker/extract/value.h"
#include "checker/util/date.h"

namespace {

using factlint::extract::Value;
using factlint::extract::ValueKind;

struct Expected {
  std::string kind, value, unit, surface;
  std::string hedge;      // hedge_name(): "", "about", "more than", ...
  std::string direction;  // "", "up", "down"
  std::size_t begin = 0;
};

struct Row {
  int line = 0;
  std::string text;
  std::string published;
  std::vector<Expected> expected;
  // Optional 4th column: "dates=day-first,rupees=INR" (how a newsroom reads them).
  factlint::extract::ParseContext context;
};

std::vector<std::string> split(const std::string& text, const std::string& separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t at; (at = text.find(separator, start)) != std::string::npos; start = at + separator.size())
    parts.push_back(text.substr(start, at - start));
  parts.push_back(text.substr(start));
  return parts;
}

std::vector<Row> load_rows(const std::string& name = "heldout.tsv") {
  std::ifstream in(FACTLINT_SOURCE_DIR "/tests/data/values/" + name, std::ios::binary);
  REQUIRE(in);
  std::vector<Row> rows;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line[0] == '#') continue;
    const auto columns = split(line, "\t");
    INFO(name << " line " << number);
    REQUIRE((columns.size() == 3 || columns.size() == 4));
    Row row{number, columns[0], columns[1], {}, {}};
    if (!row.published.empty()) row.context.published = factlint::parse_iso_date(row.published);
    if (columns.size() == 4) {
      for (const auto& setting : split(columns[3], ",")) {
        const auto kv = split(setting, "=");
        REQUIRE(kv.size() == 2);
        if (kv[0] == "dates") {
          REQUIRE((kv[1] == "day-first" || kv[1] == "month-first"));
          row.context.date_order = kv[1] == "day-first" ? factlint::extract::DateOrder::kDayFirst
                                                        : factlint::extract::DateOrder::kMonthFirst;
        } else {
          row.context.currencies.emplace_back(kv[0], kv[1]);
        }
      }
    }
    std::size_t from = 0;
    if (!columns[2].empty()) {
      for (const auto& item : split(columns[2], " ;; ")) {
        const auto fields = split(item, "|");
        REQUIRE((fields.size() == 4 || fields.size() == 5));
        Expected expected{fields[0], fields[1], fields[2], fields[3], "", "", 0};
        if (fields.size() == 5) {
          for (const auto& qualifier : split(fields[4], "+")) {
            if (qualifier == "up" || qualifier == "down") expected.direction = qualifier;
            else expected.hedge = qualifier;
          }
        }
        // Items are in text order; each surface is found after the previous one's start.
        expected.begin = row.text.find(expected.surface, from);
        REQUIRE(expected.begin != std::string::npos);
        from = expected.begin;
        row.expected.push_back(expected);
      }
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

// A date found reads as its ISO form; an unresolved relative date as "unresolved";
// a time of day as HH:MM.
std::string value_text(const Value& value) {
  if (value.kind == ValueKind::kDate) return value.resolved ? factlint::to_iso(value.date) : "unresolved";
  if (value.kind == ValueKind::kTime) {
    const int minutes = static_cast<int>(value.number);
    return fmt::format("{:02d}:{:02d}", minutes / 60, minutes % 60);
  }
  return fmt::format("{}", value.number);
}

bool same_value(const Expected& expected, const Value& found) {
  if (found.kind == ValueKind::kDate || found.kind == ValueKind::kTime) return expected.value == value_text(found);
  char* end = nullptr;
  double number = std::strtod(expected.value.c_str(), &end);
  if (end == expected.value.c_str()) return false;
  if (*end == '/') {  // a fraction: "2/3"
    const double denominator = std::strtod(end + 1, nullptr);
    if (denominator == 0) return false;
    number /= denominator;
    return std::fabs(number - found.number) <= 1e-3 * std::max(1.0, std::fabs(number));
  }
  return std::fabs(number - found.number) <= 1e-9 * std::max(1.0, std::fabs(number));
}

std::string_view direction_name(factlint::extract::Direction direction) {
  switch (direction) {
    case factlint::extract::Direction::kUp: return "up";
    case factlint::extract::Direction::kDown: return "down";
    case factlint::extract::Direction::kNone: break;
  }
  return "";
}

// The label vocabulary (heldout.tsv's header) has one approximate class,
// "about"; the parser's "nearly" (approximate, from below) belongs to it.
std::string_view label_hedge(factlint::extract::Hedge hedge) {
  return hedge == factlint::extract::Hedge::kNearly ? "about" : factlint::extract::hedge_name(hedge);
}

bool matches(const Expected& expected, const Value& found) {
  return expected.hedge == label_hedge(found.hedge) &&
         expected.direction == direction_name(found.direction) && expected.kind == factlint::extract::kind_name(found.kind) && same_value(expected, found) &&
         expected.unit == found.unit && expected.begin == found.begin &&
         expected.begin + expected.surface.size() == found.end;
}

struct Tally {
  int found = 0, found_right = 0, expected = 0, expected_found = 0;
  double precision() const { return found == 0 ? 1.0 : double(found_right) / found; }
  double recall() const { return expected == 0 ? 1.0 : double(expected_found) / expected; }
};

struct Score {
  std::map<std::string, Tally> by_kind;
  Tally overall;
  int rows = 0, rows_exact = 0;
};

// Scores one half (parity 1 = dev, 0 = test); prints the misses of the dev half only when
// FACTLINT_HELDOUT_VERBOSE is set, so the test half stays unseen while fixing.
Score score(const std::vector<Row>& rows, int parity) {
  const bool verbose = parity == 1 && std::getenv("FACTLINT_HELDOUT_VERBOSE") != nullptr;
  Score score;
  for (const auto& row : rows) {
    if (row.line % 2 != parity) continue;
    std::vector<Value> found;
    for (auto& value : factlint::extract::find_values(row.text, row.context))
      if (!value.invalid) found.push_back(value);
    std::vector<bool> used(found.size(), false);
    bool exact = found.size() == row.expected.size();
    for (const auto& expected : row.expected) {
      auto& tally = score.by_kind[expected.kind];
      ++tally.expected;
      ++score.overall.expected;
      bool hit = false;
      for (std::size_t i = 0; i < found.size() && !hit; ++i) {
        if (used[i] || !matches(expected, found[i])) continue;
        used[i] = hit = true;
        ++tally.expected_found;
        ++score.overall.expected_found;
      }
      exact = exact && hit;
      if (!hit && verbose)
        std::cout << fmt::format("dev line {}: missed {}|{}|{}|{}|{}+{}\n", row.line, expected.kind,
                                 expected.value, expected.unit, expected.surface, expected.hedge,
                                 expected.direction);
    }
    for (std::size_t i = 0; i < found.size(); ++i) {
      auto& tally = score.by_kind[std::string(factlint::extract::kind_name(found[i].kind))];
      ++tally.found;
      ++score.overall.found;
      if (used[i]) {
        ++tally.found_right;
        ++score.overall.found_right;
      } else if (verbose) {
        std::cout << fmt::format("dev line {}: wrong {}|{}|{}|{}|{}+{}\n", row.line,
                                 factlint::extract::kind_name(found[i].kind), value_text(found[i]),
                                 found[i].unit,
                                 row.text.substr(found[i].begin, found[i].end - found[i].begin),
                                 label_hedge(found[i].hedge),
                                 direction_name(found[i].direction));
      }
    }
    ++score.rows;
    score.rows_exact += exact ? 1 : 0;
  }
  return score;
}

void print(const std::string& half, const Score& score) {
  std::cout << fmt::format("\nheld-out values, {} half: {} rows, {} read exactly right\n", half,
                           score.rows, score.rows_exact);
  std::cout << fmt::format("{:<10} {:>6} {:>6} {:>10} {:>8}\n", "kind", "found", "expect", "precision",
                           "recall");
  const auto line = [](const std::string& name, const Tally& t) {
    std::cout << fmt::format("{:<10} {:>6} {:>6} {:>9.1f}% {:>7.1f}%\n", name, t.found, t.expected,
                             100 * t.precision(), 100 * t.recall());
  };
  for (const auto& [kind, tally] : score.by_kind) line(kind, tally);
  line("overall", score.overall);
}

struct Floors {
  double dev_precision, dev_recall, test_precision, test_recall;
};

// Scores both halves of a held-out file, prints them, and checks the floors.
void check_file(const std::string& name, const std::string& label, const Floors& floors) {
  const auto rows = load_rows(name);
  REQUIRE(rows.size() >= 250);
  const Score dev = score(rows, 1);
  const Score test = score(rows, 0);
  print("dev" + label, dev);
  print("test" + label, test);
  CHECK(dev.overall.precision() >= floors.dev_precision);
  CHECK(dev.overall.recall() >= floors.dev_recall);
  CHECK(test.overall.precision() >= floors.test_precision);
  CHECK(test.overall.recall() >= floors.test_recall);
}

}  // namespace

// Floors sit just below the measured figures (see docs/values.md) so a regression fails.
TEST_CASE("The value parser keeps its held-out precision and recall on both halves", "[extract][heldout]") {
  // Measured: dev 98.2% / 98.2%, test 93.9% / 95.7% (precision / recall), after
  // the issue 9 relabelling of measures and times (docs/values.md).
  check_file("heldout.tsv", "", {0.97, 0.97, 0.92, 0.94});
}

// tests/data/values/heldout-intl.tsv: international forms (issue 9), 23 countries' reporting.
TEST_CASE("The value parser keeps its precision and recall on international news forms", "[extract][heldout]") {
  // Measured: dev 97.0% / 97.0%, test 95.4% / 94.9% (precision / recall); the
  // parser before issue 9 read 50.0% / 42.6% and 51.9% / 43.8% (docs/values.md).
  check_file("heldout-intl.tsv", " (international)", {0.96, 0.96, 0.94, 0.93});
}
