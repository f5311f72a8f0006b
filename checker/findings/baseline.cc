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

// "number overflow parsing '1e92568'": nlohmann's what() minus its "[json.exception.out_of_range.406] ".
std::string library_message(const std::string& what) {
  const std::size_t at = what.find("] ");
  return at == std::string::npos ? what : what.substr(at + 2);
}

// Where nlohmann stops reading `text` (the count of bytes read, as
// parse_error::byte gives it), for the errors that do not say.
std::size_t stop_position(std::string_view text) {
  struct Stop {
    std::size_t at = 0;
    bool null() { return true; }
    bool boolean(bool) { return true; }
    bool number_integer(Json::number_integer_t) { return true; }
    bool number_unsigned(Json::number_unsigned_t) { return true; }
    bool number_float(Json::number_float_t, const Json::string_t&) { return true; }
    bool string(Json::string_t&) { return true; }
    bool binary(Json::binary_t&) { return true; }
    bool start_object(std::size_t) { return true; }
    bool key(Json::string_t&) { return true; }
    bool end_object() { return true; }
    bool start_array(std::size_t) { return true; }
    bool end_array() { return true; }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception&) {
      at = position;
      return false;
    }
  } stop;
  Json::sax_parse(text, &stop);
  return stop.at;
}

// A well-formed baseline read event by event (nlohmann's SAX interface),
// straight into entries, without the JSON tree: for 186,382 entries the tree
// took more memory than everything else the run held. Anything it does not
// take for a well-formed baseline (a syntax error, a missing or wrong field,
// an entry that is not an object) stops it, and parse_baseline_tree, which
// builds the tree, reads the file again and says what is wrong and where.
class BaselineReader : public nlohmann::json_sax<Json> {
 public:
  // `fingerprints_only`: the other fields are not kept (parse_baseline).
  explicit BaselineReader(bool fingerprints_only) : fingerprints_only_(fingerprints_only) {}
  std::vector<BaselineEntry> entries;

  // True when what was read is a baseline parse_baseline_tree would accept,
  // and the entries are the ones it would give.
  bool complete() const { return !stopped_ && top_ && version_ok_ && tool_ok_ && findings_ok_; }

  bool null() override { return scalar(Kind::kOther, {}); }
  bool boolean(bool) override { return scalar(Kind::kOther, {}); }
  bool number_integer(number_integer_t v) override {
    return scalar(v == kBaselineVersion ? Kind::kOne : Kind::kOther, {});
  }
  bool number_unsigned(number_unsigned_t v) override {
    return scalar(v == static_cast<number_unsigned_t>(kBaselineVersion) ? Kind::kOne : Kind::kOther, {});
  }
  bool number_float(number_float_t, const string_t&) override { return scalar(Kind::kOther, {}); }
  bool string(string_t& v) override { return scalar(Kind::kString, v); }
  bool binary(binary_t&) override { return stop(); }
  bool start_object(std::size_t) override { return open(true); }
  bool start_array(std::size_t) override { return open(false); }
  bool key(string_t& k) override {
    if (depth_ == 1) top_key_ = k;
    if (depth_ == 3 && in_entry_) entry_key_ = k;
    return true;
  }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return stop(); }

 private:
  enum class Kind { kString, kOne, kOther };  // kOne: the integer kBaselineVersion

  bool stop() {
    stopped_ = true;
    return false;
  }
  // A value for the top level's key: the last one counts, as in the tree.
  void top_value(Kind kind, std::string_view text, bool is_array) {
    if (top_key_ == "version") version_ok_ = kind == Kind::kOne;
    if (top_key_ == "tool") tool_ok_ = kind == Kind::kString && text == "factlint";
    if (top_key_ == "findings") {
      findings_ok_ = is_array;
      entries.clear();
    }
  }
  // An entry's field; a value that is not a string leaves it empty, as in the tree.
  void field(Kind kind, std::string_view text) {
    if (fingerprints_only_ && entry_key_ != "fingerprint") return;
    std::string value = kind == Kind::kString ? std::string(text) : std::string();
    if (entry_key_ == "fingerprint") {
      fingerprint_ok_ = kind == Kind::kString && !text.empty();
      entry_.fingerprint = std::move(value);
    } else if (entry_key_ == "rule") {
      entry_.rule = std::move(value);
    } else if (entry_key_ == "file") {
      entry_.file = std::move(value);
    } else if (entry_key_ == "found") {
      entry_.found = std::move(value);
    } else if (entry_key_ == "sentence") {
      entry_.sentence = std::move(value);
    }
  }
  bool scalar(Kind kind, std::string_view text) {
    if (depth_ == 0) return stop();                  // not an object
    if (depth_ == 2 && in_findings_) return stop();  // an entry that is not an object
    if (depth_ == 1) top_value(kind, text, false);
    if (depth_ == 3 && in_entry_) field(kind, text);
    return true;
  }
  bool open(bool object) {
    if (depth_ == 0) {
      if (!object) return stop();
      top_ = true;
    } else if (depth_ == 1) {
      top_value(Kind::kOther, {}, !object);
      in_findings_ = !object && top_key_ == "findings";
    } else if (depth_ == 2 && in_findings_) {
      if (!object) return stop();
      in_entry_ = true;
      entry_ = BaselineEntry{};
      fingerprint_ok_ = false;
      entry_key_.clear();
    } else if (depth_ == 3 && in_entry_) {
      field(Kind::kOther, {});
    }
    ++depth_;
    return true;
  }
  bool close() {
    --depth_;
    if (depth_ == 2 && in_entry_) {
      in_entry_ = false;
      if (!fingerprint_ok_) return stop();
      entries.push_back(std::move(entry_));
    } else if (depth_ == 1) {
      in_findings_ = false;
    }
    return true;
  }

  bool fingerprints_only_ = false;
  int depth_ = 0;
  bool stopped_ = false;
  bool top_ = false;
  bool version_ok_ = false;
  bool tool_ok_ = false;
  bool findings_ok_ = false;
  bool in_findings_ = false;
  bool in_entry_ = false;
  bool fingerprint_ok_ = false;
  std::string top_key_;
  std::string entry_key_;
  BaselineEntry entry_;
};

}  // namespace

std::optional<Baseline> parse_baseline(const std::string& path, std::string_view text, Diagnostics& diags,
                                       bool fingerprints_only) {
  BaselineReader reader(fingerprints_only);
  // Sized once, from the keys in the text (a few more if a sentence quotes
  // one): grown by doubling, 186,000 entries were copied at 330,000's size.
  std::size_t keys = 0;
  for (std::size_t at = 0; (at = text.find("\"fingerprint\"", at)) != std::string_view::npos; ++at) ++keys;
  reader.entries.reserve(keys);
  if (Json::sax_parse(text, &reader) && reader.complete()) return Baseline{std::move(reader.entries)};
  std::optional<Baseline> baseline = parse_baseline_tree(path, text, diags);
  if (baseline && fingerprints_only) {
    for (BaselineEntry& e : baseline->entries) e = BaselineEntry{std::move(e.fingerprint), {}, {}, {}, {}};
  }
  return baseline;
}

// The baseline as a JSON tree, every problem located.
std::optional<Baseline> parse_baseline_tree(const std::string& path, std::string_view text, Diagnostics& diags) {
  Json json;
  try {
    json = Json::parse(text);
  } catch (const Json::parse_error& e) {
    std::size_t offset = e.byte == 0 ? 0 : e.byte - 1;
    diags.error(location(path, text, offset), "baseline is not valid JSON: " + parse_message(e.what()),
                kRegenerate);
    return std::nullopt;
  } catch (const Json::exception& e) {
    // A number too large for a double ("1e92568"): an error of nlohmann's
    // that says no place (it used to escape and end the run); found by fuzzing.
    const std::size_t at = stop_position(text);
    diags.error(location(path, text, at == 0 ? 0 : at - 1),
                "baseline is not valid JSON: " + library_message(e.what()), kRegenerate);
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

namespace {

// The number whose 16 lowercase hex digits `text` is, as fingerprint() writes it.
std::optional<std::uint64_t> fingerprint_number(std::string_view text) {
  if (text.size() != 16) return std::nullopt;
  std::uint64_t value = 0;
  for (char c : text) {
    const int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    if (digit < 0) return std::nullopt;
    value = value << 4 | static_cast<std::uint64_t>(digit);
  }
  return value;
}

}  // namespace

BaselineFilter::BaselineFilter(const Baseline& baseline) {
  std::vector<std::uint64_t> hashes;
  hashes.reserve(baseline.entries.size());
  for (const BaselineEntry& e : baseline.entries) {
    if (const std::optional<std::uint64_t> hash = fingerprint_number(e.fingerprint)) {
      hashes.push_back(*hash);
    } else {
      ++unmatched_;
    }
  }
  std::sort(hashes.begin(), hashes.end());
  for (std::uint64_t hash : hashes) {
    if (accepted_.empty() || accepted_.back().first != hash) accepted_.emplace_back(hash, 0);
    ++accepted_.back().second;
  }
}

bool BaselineFilter::accepts(const Finding& f) {
  const std::uint64_t hash = fingerprint_hash(f);
  auto it = std::lower_bound(accepted_.begin(), accepted_.end(), hash,
                             [](const std::pair<std::uint64_t, int>& e, std::uint64_t h) { return e.first < h; });
  if (it == accepted_.end() || it->first != hash || it->second == 0) return false;
  --it->second;
  ++baselined_;
  return true;
}

int BaselineFilter::stale() const {
  int stale = unmatched_;
  for (const auto& [hash, left] : accepted_) stale += left;
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
