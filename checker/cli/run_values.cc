// `factlint values`: what the value parser sees in a text, for rule authors.
#include <cmath>
#include <iostream>
#include <iterator>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "checker/cli/commands.h"
#include "checker/cli/settings.h"
#include "checker/extract/value.h"
#include "checker/util/utf8.h"

namespace factlint::cli {

namespace {

// Byte offset -> character (code point) offset.
std::vector<std::size_t> char_offsets(std::string_view text) {
  std::vector<std::size_t> chars(text.size() + 1);
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    chars[i] = n;
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  }
  // A byte inside a character maps to that character; the end maps past the last.
  chars[text.size()] = n;
  return chars;
}

}  // namespace

ExitCode run_values(const ValuesOptions& options, std::ostream& out, std::ostream& err) {
  std::string text;
  if (options.text.empty()) {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    for (const std::string& part : options.text) text += (text.empty() ? "" : " ") + part;
  }
  if (!util::is_valid_utf8(text)) {
    err << "factlint: error: the text is not valid UTF-8\n";
    return ExitCode::kUsage;
  }
  // --dates and --currency are .factlint.yaml's `values:`, read the same way.
  config::ValueSettings settings;
  if (!options.dates.empty()) settings.dates = options.dates;
  for (const std::string& pair : options.currencies) {
    const std::size_t eq = pair.find('=');
    if (eq != std::string::npos) settings.currencies.emplace_back(pair.substr(0, eq), pair.substr(eq + 1));
  }
  extract::ParseContext context = value_context(settings);
  context.published = options.date;
  std::vector<extract::Value> values = extract::find_values(text, context);
  std::vector<std::size_t> chars = char_offsets(text);

  if (options.format == "json") {
    using Json = nlohmann::ordered_json;
    Json list = Json::array();
    for (const extract::Value& v : values) {
      Json item;
      item["text"] = text.substr(v.begin, v.end - v.begin);
      item["kind"] = extract::kind_name(v.kind);
      if (v.kind == extract::ValueKind::kDate) {
        item["value"] = v.resolved && !v.invalid ? Json(to_iso(v.date)) : Json(nullptr);
      } else if (v.kind == extract::ValueKind::kTime) {
        const long minutes = std::lround(v.number);  // "16:30": the time of day
        item["value"] = fmt::format("{:02d}:{:02d}", minutes / 60, minutes % 60);
      } else {
        // 50000, not 50000.0, when the value is whole.
        bool whole = v.number == std::floor(v.number) && std::abs(v.number) < 9e15;
        item["value"] = whole ? Json(static_cast<long long>(v.number)) : Json(v.number);
      }
      item["unit"] = v.unit.empty() ? Json(nullptr) : Json(v.unit);
      item["start"] = chars[v.begin];
      item["end"] = chars[v.end];
      if (v.hedge != extract::Hedge::kNone) item["hedge"] = extract::hedge_name(v.hedge);
      if (v.direction != extract::Direction::kNone)
        item["direction"] = v.direction == extract::Direction::kUp ? "up" : "down";
      if (v.invalid) item["invalid"] = true;
      list.push_back(std::move(item));
    }
    out << Json{{"values", list}}.dump(2) << '\n';
    return ExitCode::kClean;
  }
  for (const extract::Value& v : values) {
    std::string shown = v.invalid                           ? std::string("(invalid)")
                        : v.kind != extract::ValueKind::kDate ? extract::describe(v)
                        : v.resolved                          ? to_iso(v.date)
                        : options.date                        ? std::string("(unresolved)")
                                                              : std::string("(unresolved: no --date)");
    std::string hedge(extract::hedge_name(v.hedge));
    std::string_view direction = v.direction == extract::Direction::kUp     ? " (up)"
                                 : v.direction == extract::Direction::kDown ? " (down)"
                                                                            : "";
    out << fmt::format("{}-{}\t{}\t{}{}{}\t\"{}\"\n", chars[v.begin], chars[v.end], extract::kind_name(v.kind),
                       hedge.empty() ? "" : hedge + " ", shown, direction, text.substr(v.begin, v.end - v.begin));
  }
  if (values.empty()) out << "no values found\n";
  return ExitCode::kClean;
}

}  // namespace factlint::cli
