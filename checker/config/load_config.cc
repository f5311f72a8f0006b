#include <algorithm>
#include <array>
#include <filesystem>
#include <span>

#include <fmt/format.h>

#include "checker/config/config.h"
#include "checker/findings/suppress.h"
#include "checker/util/edit_distance.h"
#include "checker/util/glob_path.h"
#include "checker/util/read_file.h"
#include "checker/util/yaml_tree.h"

namespace factlint::config {

namespace {

using util::YamlNode;

constexpr std::array<std::string_view, 12> kKeys = {"rules",   "articles", "exclude", "fail-on",     "severity",
                                                   "baseline", "reports", "jobs",    "max-file-size", "cache",
                                                   "attribution", "values"};
constexpr std::array<std::string_view, 3> kWithin = {"sentence", "paragraph", "article"};
constexpr std::array<std::string_view, 2> kBooleans = {"true", "false"};
constexpr std::array<std::string_view, 4> kFailOn = {"error", "warning", "info", "never"};
constexpr std::array<std::string_view, 3> kSeverities = {"error", "warning", "info"};
constexpr std::array<std::string_view, 7> kKinds = {"contradiction", "missing-attribution", "misattribution",
                                                    "misspelling",   "outdated",            "premature",
                                                    "possible-misspelling"};
constexpr std::size_t kMaxConfigBytes = 1u << 20;

std::string_view type_name(const YamlNode& node) {
  switch (node.kind()) {
    case util::YamlKind::kMap: return "a map";
    case util::YamlKind::kList: return "a list";
    case util::YamlKind::kScalar: return "a string";
    default: return "empty";
  }
}

// YAML tree marks (0-based, code points) as 1-based line:column.
class Reader {
 public:
  Reader(const std::string& path, Diagnostics& diags) : path_(path), diags_(diags) {}

  SourceLocation at(const util::YamlMark& mark) const {
    if (mark.line < 0 || mark.column < 0) return {path_, 0, 0};
    return {path_, mark.line + 1, mark.column + 1};
  }
  SourceLocation at(const YamlNode& node) const { return at(node.mark()); }
  void error(const SourceLocation& where, std::string message, std::string hint = {}) {
    diags_.error(where, std::move(message), std::move(hint));
  }

  // A string, or a list of strings (a lone string is a list of one).
  std::optional<std::vector<Located<std::string>>> strings(std::string_view key, const YamlNode& key_node,
                                                           const YamlNode& value, std::string_view what) {
    if (value.empty()) {
      error(at(key_node), fmt::format("'{}' has no value", key), fmt::format("give a list of {}", what));
      return std::nullopt;
    }
    if (value.is_map()) {
      error(at(value), fmt::format("'{}' must be a list of {}, not a map", key, what));
      return std::nullopt;
    }
    std::vector<YamlNode> items;
    if (value.is_scalar()) {
      items.push_back(value);
    } else {
      for (const YamlNode item : value) items.push_back(item);
    }
    std::vector<Located<std::string>> result;
    bool ok = true;
    for (const YamlNode& item : items) {
      if (!item.is_scalar() || item.scalar().empty()) {
        error(item.is_null() && !item.has_own_mark() ? at(key_node) : at(item),
              item.is_scalar() || item.is_null()
                  ? fmt::format("empty entry in '{}'", key)
                  : fmt::format("each entry of '{}' must be a string, not {}", key, type_name(item)));
        ok = false;
        continue;
      }
      result.push_back({item.scalar(), at(item)});
    }
    if (!ok) return std::nullopt;
    return result;
  }

  std::optional<Located<std::string>> string(std::string_view key, const YamlNode& key_node,
                                              const YamlNode& value) {
    if (value.is_scalar()) return Located<std::string>{value.scalar(), at(value)};
    if (value.empty()) {
      error(at(key_node), fmt::format("'{}' has no value", key));
    } else {
      error(at(value), fmt::format("'{}' must be a string, not {}", key, type_name(value)));
    }
    return std::nullopt;
  }

  // `word` must be one of `allowed`; reports "'fail-on' must be one of ...".
  bool one_of(std::string_view key, const Located<std::string>& word, std::span<const std::string_view> allowed) {
    if (std::find(allowed.begin(), allowed.end(), word.value) != allowed.end()) return true;
    std::string hint;
    if (auto near = util::closest(word.value, allowed)) {
      hint = fmt::format("did you mean '{}'?", *near);
    } else {
      hint = fmt::format("one of {}", fmt::join(allowed, ", "));
    }
    error(word.where, fmt::format("'{}' is not a valid value for '{}'", word.value, key), std::move(hint));
    return false;
  }

 private:
  const std::string& path_;
  Diagnostics& diags_;
};

// A path from the file, relative to the config file's folder.
std::string resolve(const std::string& config_path, const std::string& path) {
  std::filesystem::path dir = std::filesystem::path(config_path).parent_path();
  if (dir.empty() || std::filesystem::path(path).is_absolute()) return path;
  return (dir / path).lexically_normal().generic_string();
}

// attribution: {within: paragraph, display: true}
void read_attribution(Reader& reader, const YamlNode& key, const YamlNode& value, Config& config) {
  if (!value.is_map()) {
    reader.error(!value.empty() ? reader.at(value) : reader.at(key),
                 fmt::format("'attribution' must be a map, not {}", type_name(value)),
                 "e.g. 'attribution: {within: paragraph, display: false}'");
    return;
  }
  for (std::size_t i = 0; i < value.size(); ++i) {
    const YamlNode k = value.key(i);
    const YamlNode v = value.value(i);
    const std::string name = k.is_scalar() ? k.scalar() : std::string();
    if (name == "within") {
      auto word = reader.string("within", k, v);
      if (word && reader.one_of("within", *word, kWithin)) config.attribution.within = word->value;
    } else if (name == "display") {
      auto word = reader.string("display", k, v);
      if (word && reader.one_of("display", *word, kBooleans)) config.attribution.display = word->value == "true";
    } else {
      reader.error(reader.at(k), fmt::format("unknown key '{}' under 'attribution'", name),
                   "'attribution' takes within, display");
    }
  }
}

// values: {dates: day-first, currencies: {rupees: INR, dinars: IQD}}
void read_values(Reader& reader, const YamlNode& key, const YamlNode& value, Config& config) {
  if (!value.is_map()) {
    reader.error(!value.empty() ? reader.at(value) : reader.at(key),
                 fmt::format("'values' must be a map, not {}", type_name(value)),
                 "e.g. 'values: {dates: day-first, currencies: {rupees: INR}}'");
    return;
  }
  static constexpr std::array<std::string_view, 2> kOrders = {"day-first", "month-first"};
  for (std::size_t i = 0; i < value.size(); ++i) {
    const YamlNode k = value.key(i);
    const YamlNode v = value.value(i);
    const std::string name = k.is_scalar() ? k.scalar() : std::string();
    if (name == "dates") {
      auto word = reader.string("dates", k, v);
      if (word && reader.one_of("dates", *word, kOrders)) config.values.dates = word->value;
    } else if (name == "currencies") {
      if (!v.is_map()) {
        reader.error(reader.at(!v.empty() ? v : k),
                     fmt::format("'currencies' must be a map, not {}", type_name(v)),
                     "name each currency and its ISO 4217 code, e.g. 'currencies: {rupees: INR, dinars: IQD}'");
        continue;
      }
      for (std::size_t c = 0; c < v.size(); ++c) {
        const YamlNode currency = v.key(c);
        auto code = reader.string(currency.is_scalar() ? currency.scalar() : "currency", currency, v.value(c));
        if (!code) continue;
        const std::string family = currency.is_scalar() ? currency.scalar() : std::string();
        const bool iso = code->value.size() == 3 &&
                         std::all_of(code->value.begin(), code->value.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
        if (!iso) {
          reader.error(reader.at(v.value(c)), fmt::format("'{}' is not an ISO 4217 currency code", code->value),
                       "write three capital letters, e.g. INR, PKR, IQD, KES");
          continue;
        }
        config.values.currencies.emplace_back(family, code->value);
      }
    } else {
      reader.error(reader.at(k), fmt::format("unknown key '{}' under 'values'", name),
                   "'values' takes dates, currencies");
    }
  }
}

void read_severity(Reader& reader, const YamlNode& key, const YamlNode& value, Config& config) {
  if (!value.is_map()) {
    reader.error(value.empty() ? reader.at(key) : reader.at(value),
                 value.empty()
                     ? std::string("'severity' has no value")
                     : fmt::format("'severity' must be a map, not {}", type_name(value)),
                 "e.g. 'severity: {misspelling: warning, lavrov-pakistan-2021/arrival: info}'");
    return;
  }
  for (std::size_t i = 0; i < value.size(); ++i) {
    const YamlNode target = value.key(i);
    if (!target.is_scalar()) {
      reader.error(reader.at(target), "keys of 'severity' must be finding kinds or rule ids");
      continue;
    }
    auto level = reader.string(target.scalar(), target, value.value(i));
    if (!level || !reader.one_of("severity", *level, kSeverities)) continue;
    SeverityOverride o;
    o.target = target.scalar();
    o.severity = level->value == "error" ? Severity::kError : level->value == "warning" ? Severity::kWarning
                                                                                         : Severity::kInfo;
    o.is_kind = std::find(kKinds.begin(), kKinds.end(), o.target) != kKinds.end();
    o.where = reader.at(target);
    if (!o.is_kind && o.target.find('/') == std::string::npos && o.target.find('.') == std::string::npos) {
      // A bare word is a fact id; a near miss of a kind is more likely a typo.
      if (auto near = util::closest(o.target, kKinds)) {
        reader.error(o.where, fmt::format("unknown finding kind '{}'", o.target),
                     fmt::format("did you mean '{}'?", *near));
        continue;
      }
    }
    config.severity.push_back(std::move(o));
  }
}

}  // namespace

ReportRequest parse_report_request(std::string_view text) {
  std::size_t eq = text.find('=');
  if (eq == std::string_view::npos) return {std::string(text), {}, {}};
  return {std::string(text.substr(0, eq)), std::string(text.substr(eq + 1)), {}};
}

Config parse_config(const std::string& path, std::string_view text, Diagnostics& diags) {
  Config config;
  config.path = path;
  Reader reader(path, diags);
  util::YamlOptions first_document;
  first_document.first_document_only = true;
  const util::YamlTree tree = util::parse_yaml(text, first_document);
  if (const std::optional<util::YamlError>& error = tree.error()) {
    reader.error(reader.at(error->mark), fmt::format("config is not valid YAML: {}", error->message), error->hint);
    return config;
  }
  const YamlNode root = tree.documents().empty() ? YamlNode() : tree.documents()[0];
  if (root.empty()) return config;  // an empty file sets nothing
  if (!root.is_map()) {
    reader.error(reader.at(root), fmt::format("config must be a map of settings, not {}", type_name(root)),
                 fmt::format("known keys: {}", fmt::join(kKeys, ", ")));
    return config;
  }
  std::vector<std::string> seen;
  for (std::size_t i = 0; i < root.size(); ++i) {
    const YamlNode key = root.key(i);
    const YamlNode value = root.value(i);
    if (!key.is_scalar()) {
      reader.error(reader.at(key), fmt::format("keys must be plain words, not {}", type_name(key)));
      continue;
    }
    const std::string name = key.scalar();
    if (std::find(kKeys.begin(), kKeys.end(), name) == kKeys.end()) {
      auto near = util::closest(name, kKeys);
      reader.error(reader.at(key), fmt::format("unknown key '{}'", name),
                   near ? fmt::format("did you mean '{}'?", *near)
                        : fmt::format("known keys: {}", fmt::join(kKeys, ", ")));
      continue;
    }
    if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
      reader.error(reader.at(key), fmt::format("duplicate key '{}'", name));
      continue;
    }
    seen.push_back(name);
    if (name == "rules" || name == "articles" || name == "exclude") {
      auto list = reader.strings(name, key, value, name == "exclude" ? "globs" : "paths");
      if (!list) continue;
      for (const auto& item : *list) {
        // A glob where folders and files go ("corpus/*.md"): said here, at its
        // line, rather than as a path that cannot be read.
        const std::optional<std::string> folder = util::glob_folder(item.value);
        if (name != "exclude" && folder) {
          std::error_code ec;
          if (!std::filesystem::exists(resolve(path, item.value), ec)) {
            reader.error(item.where, fmt::format("'{}' takes folders and files, not globs: '{}'", name, item.value),
                         fmt::format("give the folder ('{}'){}", *folder,
                                     name == "articles" ? ", and leave files out with 'exclude'" : ""));
            continue;
          }
        }
        if (name == "rules") {
          config.rule_paths.push_back(resolve(path, item.value));
          config.rule_where.push_back(item.where);
        }
        if (name == "articles") {
          config.article_paths.push_back(resolve(path, item.value));
          config.article_where.push_back(item.where);
        }
        if (name == "exclude") config.exclude.push_back(resolve(path, item.value));
      }
    } else if (name == "fail-on") {
      auto word = reader.string(name, key, value);
      if (word && reader.one_of(name, *word, kFailOn)) config.fail_on = word->value;
    } else if (name == "severity") {
      read_severity(reader, key, value, config);
    } else if (name == "baseline") {
      if (auto file = reader.string(name, key, value)) config.baseline = resolve(path, file->value);
    } else if (name == "cache") {  // true, false or a folder
      auto word = reader.string(name, key, value);
      if (!word) continue;
      if (word->value.empty()) {
        reader.error(word->where, "'cache' is true, false or a folder", "e.g. 'cache: true' (.factlint-cache/)");
        continue;
      }
      config.cache = word->value == "false" ? std::string()
                     : word->value == "true" ? resolve(path, kDefaultCacheFolder)
                                             : resolve(path, word->value);
    } else if (name == "reports") {
      auto list = reader.strings(name, key, value, "formats");
      if (!list) continue;
      for (const auto& item : *list) {
        ReportRequest request = parse_report_request(item.value);
        if (!request.path.empty()) request.path = resolve(path, request.path);
        request.where = item.where;
        config.reports.push_back(std::move(request));
      }
    } else if (name == "values") {
      read_values(reader, key, value, config);
    } else if (name == "attribution") {
      read_attribution(reader, key, value, config);
    } else if (name == "jobs") {
      auto word = reader.string(name, key, value);
      if (!word) continue;
      const std::string& s = word->value;
      bool digits = !s.empty() && s.size() <= 4 && std::all_of(s.begin(), s.end(), [](char c) {
        return c >= '0' && c <= '9';
      });
      int n = digits ? std::stoi(s) : 0;
      if (n < 1 || n > 1024) {
        reader.error(word->where, fmt::format("'jobs' must be a whole number from 1 to 1024, not '{}'", s));
        continue;
      }
      config.jobs = static_cast<unsigned>(n);
    } else if (name == "max-file-size") {
      auto word = reader.string(name, key, value);
      if (!word) continue;
      const util::Size size = util::parse_size(word->value);
      if (!size.problem.empty() || size.bytes == 0) {
        reader.error(word->where,
                     size.problem.empty()
                         ? fmt::format("'max-file-size: {}' would skip every article, and the run would pass",
                                       word->value)
                         : fmt::format("'max-file-size: {}' {}", word->value, size.problem),
                     fmt::format("{}: e.g. 'max-file-size: 32M'; the default is 16M", util::kSizeForm));
        continue;
      }
      config.max_file_size = size.bytes;
    }
  }
  return config;
}

Config load_config(const std::string& path, Diagnostics& diags) {
  util::ReadResult file = util::read_file(path, kMaxConfigBytes);
  if (!file.content) {
    diags.error({path}, fmt::format("cannot read config: {}", file.error));
    Config config;
    config.path = path;
    return config;
  }
  Config config = parse_config(path, *file.content, diags);
  config.text = std::move(*file.content);
  return config;
}

Severity effective_severity(const Finding& finding, const std::vector<SeverityOverride>& overrides) {
  const SeverityOverride* by_rule = nullptr;
  const SeverityOverride* by_kind = nullptr;
  for (const SeverityOverride& o : overrides) {
    if (o.is_kind) {
      if (o.target == kind_name(finding.kind)) by_kind = &o;
    } else if (findings::id_matches(o.target, finding.rule)) {
      by_rule = &o;
    }
  }
  if (by_rule) return by_rule->severity;
  if (by_kind) return by_kind->severity;
  return finding.severity;
}

void apply_severity(std::vector<Finding>& findings, const std::vector<SeverityOverride>& overrides) {
  if (overrides.empty()) return;
  for (Finding& f : findings) f.severity = effective_severity(f, overrides);
}

}  // namespace factlint::config
