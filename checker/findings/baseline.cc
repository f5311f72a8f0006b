#include "checker/findings/baseline.h"

#include <algorithm>
#include <map>
#include <tuple>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "checker/findings/fingerprint.h"
#include "checker/util/utf8.h"

namespace factlint::findings {

namespace {

using Json = nlohmann::json;

constexpr const char* kRegenerate = "regenerate it with 'factlint check --baseline FILE --update-baseline'";

SourceLocation location(const std::string& path, std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  std::size_t line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  line_start = (line_start == std::string_view::npos || offset == 0) ? 0 : line_start + 1;
  int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(line_start), '\n'));
  return {path, line, static_cast<int>(util::count_code_points(text, line_start, offset)) + 1};
}

// Where things are in the text, for errors about well-formed JSON that is not
// a baseline: the top level's "version" key and each object in its "findings".
struct Places {
  std::size_t version = 0;
  std::vector<std::size_t> entries;
};

Places find_places(std::string_view text) {
  Places places;
  int depth = 0;
  bool in_findings = false;  // inside the top level's "findings" array
  std::string last_key;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '"') {
      std::size_t start = i++;
      while (i < text.size() && text[i] != '"') i += text[i] == '\\' ? 2 : 1;
      std::string_view s = text.substr(start + 1, std::min(i, text.size()) - start - 1);
      if (depth == 1) {
        last_key = s;
        if (s == "version") places.version = start;
      }
      continue;
    }
    if (c == '{' || c == '[') {
      if (depth == 1 && c == '[' && last_key == "findings") in_findings = true;
      if (depth == 2 && in_findings && c == '{') places.entries.push_back(i);
      ++depth;
    } else if (c == '}' || c == ']') {
      --depth;
      if (depth == 1) in_findings = false;
    }
  }
  return places;
}

// nlohmann's what() minus its "[json.exception.parse_error.101] parse error at line 1, column 2: ".
std::string parse_message(const std::string& what) {
  std::size_t at = what.find(": ");
  std::string message = at == std::string::npos ? what : what.substr(at + 2);
  if (!message.empty() && message.back() == '.') message.pop_back();
  return message;
}

}  // namespace

std::optional<Baseline> parse_baseline(const std::string& path, std::string_view text, Diagnostics& diags) {
  Json json;
  try {
    json = Json::parse(text);
  } catch (const Json::parse_error& e) {
    std::size_t offset = e.byte == 0 ? 0 : e.byte - 1;
    diags.error(location(path, text, offset), "baseline is not valid JSON: " + parse_message(e.what()),
                kRegenerate);
    return std::nullopt;
  }
  Places places = find_places(text);
  SourceLocation top = location(path, text, 0);
  if (!json.is_object()) {
    diags.error(top, "baseline must be a JSON object with 'version', 'tool' and 'findings'", kRegenerate);
    return std::nullopt;
  }
  SourceLocation version_at = json.contains("version") ? location(path, text, places.version) : top;
  auto version = json.find("version");
  if (version == json.end()) {
    diags.error(top, "baseline has no 'version'", kRegenerate);
    return std::nullopt;
  }
  if (!version->is_number_integer() || version->get<long long>() != kBaselineVersion) {
    diags.error(version_at,
                fmt::format("baseline version {} is not supported (this factlint reads version {})",
                            version->dump(), kBaselineVersion),
                kRegenerate);
    return std::nullopt;
  }
  auto tool = json.find("tool");
  if (tool == json.end() || !tool->is_string() || tool->get<std::string>() != "factlint") {
    diags.error(top, "not a factlint baseline: 'tool' must be \"factlint\"", kRegenerate);
    return std::nullopt;
  }
  auto list = json.find("findings");
  if (list == json.end() || !list->is_array()) {
    diags.error(top, "baseline has no 'findings' list", kRegenerate);
    return std::nullopt;
  }
  Baseline baseline;
  bool ok = true;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& item = (*list)[i];
    // Worked out only for an error: counting the lines before each of
    // 186,000 entries took a quarter of an hour.
    auto at = [&] { return i < places.entries.size() ? location(path, text, places.entries[i]) : top; };
    if (!item.is_object()) {
      diags.error(at(), fmt::format("baseline entry {} must be an object", i + 1), kRegenerate);
      ok = false;
      continue;
    }
    BaselineEntry entry;
    auto text_field = [&](const char* key, std::string& out) {
      auto it = item.find(key);
      if (it == item.end()) return;
      if (it->is_string()) out = it->get<std::string>();
    };
    auto fp = item.find("fingerprint");
    if (fp == item.end() || !fp->is_string() || fp->get<std::string>().empty()) {
      diags.error(at(), fmt::format("baseline entry {} has no 'fingerprint' string", i + 1), kRegenerate);
      ok = false;
      continue;
    }
    entry.fingerprint = fp->get<std::string>();
    text_field("rule", entry.rule);
    text_field("file", entry.file);
    text_field("found", entry.found);
    text_field("sentence", entry.sentence);
    baseline.entries.push_back(std::move(entry));
  }
  if (!ok) return std::nullopt;
  return baseline;
}

BaselineEntry baseline_entry(const Finding& f) { return {fingerprint(f), f.rule, f.file, f.found, f.sentence}; }

std::string format_baseline(const std::vector<Finding>& findings) {
  std::vector<BaselineEntry> entries;
  for (const Finding& f : findings) entries.push_back(baseline_entry(f));
  return format_baseline_entries(std::move(entries));
}

std::string format_baseline_entries(std::vector<BaselineEntry> entries) {
  std::sort(entries.begin(), entries.end(), [](const BaselineEntry& a, const BaselineEntry& b) {
    return std::tie(a.file, a.rule, a.fingerprint, a.found) < std::tie(b.file, b.rule, b.fingerprint, b.found);
  });
  std::string out = fmt::format("{{\n  \"version\": {},\n  \"tool\": \"factlint\",\n  \"findings\": [", kBaselineVersion);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const BaselineEntry& e = entries[i];
    nlohmann::ordered_json item = {{"fingerprint", e.fingerprint}, {"rule", e.rule}, {"file", e.file},
                                   {"found", e.found},             {"sentence", e.sentence}};
    out += i == 0 ? "\n    " : ",\n    ";
    out += item.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  }
  out += entries.empty() ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

BaselineFilter::BaselineFilter(const Baseline& baseline) {
  for (const BaselineEntry& e : baseline.entries) ++accepted_[e.fingerprint];
}

bool BaselineFilter::accepts(const Finding& f) {
  auto it = accepted_.find(fingerprint(f));
  if (it == accepted_.end() || it->second == 0) return false;
  --it->second;
  ++baselined_;
  return true;
}

int BaselineFilter::stale() const {
  int stale = 0;
  for (const auto& [fp, left] : accepted_) stale += left;
  return stale;
}

BaselineResult apply_baseline(std::vector<Finding> findings, const Baseline& baseline) {
  BaselineFilter filter(baseline);
  BaselineResult result;
  for (Finding& f : findings)
    if (!filter.accepts(f)) result.kept.push_back(std::move(f));
  result.baselined = filter.baselined();
  result.stale = filter.stale();
  return result;
}

}  // namespace factlint::findings
