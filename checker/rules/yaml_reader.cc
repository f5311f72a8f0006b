#include "checker/rules/yaml_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "checker/util/edit_distance.h"
#include "checker/util/utf8.h"

namespace factlint::rules {

const YamlEntry* YamlMap::find(std::string_view name) const {
  for (const YamlEntry& entry : entries_) {
    if (entry.name == name) return &entry;
  }
  return nullptr;
}

bool YamlMap::suggested(std::string_view name) const {
  return std::find(suggested_.begin(), suggested_.end(), name) != suggested_.end();
}

std::string_view yaml_type_name(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Map: return "a map";
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Scalar: return "a string";
    default: return "empty";
  }
}

YamlReader::YamlReader(std::string path, std::string_view text, Diagnostics& diags)
    : path_(std::move(path)), diags_(diags) {
  std::size_t start = 0;
  while (true) {
    const std::size_t newline = text.find('\n', start);
    if (newline == std::string_view::npos) {
      lines_.push_back(text.substr(start));
      break;
    }
    lines_.push_back(text.substr(start, newline - start));
    start = newline + 1;
  }
}

SourceLocation YamlReader::at(const YAML::Mark& mark) const {
  if (mark.line < 0 || mark.column < 0) return {path_, 0, 0};
  const auto line = static_cast<std::size_t>(mark.line);
  int column = mark.column + 1;
  // yaml-cpp counts bytes; reports count characters.
  if (line < lines_.size()) {
    const std::string_view text = lines_[line];
    const std::size_t bytes = std::min(static_cast<std::size_t>(mark.column), text.size());
    column = static_cast<int>(util::count_code_points(text, 0, bytes)) + 1 +
             (mark.column - static_cast<int>(bytes));
  }
  return {path_, mark.line + 1, column};
}

void YamlReader::error(const SourceLocation& where, std::string message, std::string hint) {
  diags_.error(where, std::move(message), std::move(hint));
}

void YamlReader::warning(const SourceLocation& where, std::string message, std::string hint) {
  diags_.warning(where, std::move(message), std::move(hint));
}

YamlMap YamlReader::read_map(const YAML::Node& map, std::span<const std::string_view> known,
                             std::string_view owner) {
  YamlMap result;
  std::vector<YamlEntry> seen;  // yaml-cpp keeps every duplicate; we report them
  for (auto it = map.begin(); it != map.end(); ++it) {
    const YAML::Node key = it->first;
    if (!key.IsScalar()) {
      error(at(key), fmt::format("keys must be plain words, not {}", yaml_type_name(key)));
      continue;
    }
    const std::string name = key.Scalar();
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      std::string hint;
      // "{value: 5, source: County statement, late Wednesday}": in braces a
      // comma starts a new key, which then has no value.
      const bool cut_at_comma = map.Style() == YAML::EmitterStyle::Flow && it->second.IsNull() &&
                                name.find(' ') != std::string::npos;
      if (cut_at_comma) {
        hint = fmt::format("inside {{ }} a comma starts a new key: quote the text that holds ', {}'", name);
      } else if (std::optional<std::string> guess = util::closest(name, known)) {
        hint = fmt::format("did you mean '{}'?", *guess);
        result.add_suggestion(*guess);
      } else {
        hint = fmt::format("{} takes {}", owner, fmt::join(known, ", "));
      }
      error(at(key), fmt::format("unknown key '{}'", name), std::move(hint));
      continue;
    }
    if (const YamlEntry* first = result.find(name)) {
      error(at(key), fmt::format("duplicate key '{}'", name),
            fmt::format("first given at line {}", at(first->key).line));
      continue;
    }
    result.add({name, key, it->second});
  }
  return result;
}

bool YamlReader::require(const YamlMap& map, std::string_view name, const SourceLocation& where,
                         std::string_view in_what) {
  if (map.find(name) != nullptr) return true;
  if (map.suggested(name)) return false;
  if (in_what.empty()) {
    error(where, fmt::format("missing key '{}'", name));
  } else {
    error(where, fmt::format("missing key '{}' in {}", name, in_what));
  }
  return false;
}

bool YamlReader::is_type(const YamlEntry& entry, YAML::NodeType::value type,
                         std::string_view expected, std::string hint) {
  if (entry.value.Type() == type) return true;
  if (!entry.value.IsDefined() || entry.value.IsNull()) {
    error(at(entry.key), fmt::format("'{}' has no value", entry.name), std::move(hint));
  } else {
    error(at(entry.value),
          fmt::format("'{}' must be {}, not {}", entry.name, expected, yaml_type_name(entry.value)),
          std::move(hint));
  }
  return false;
}

bool YamlReader::is_map(const YamlEntry& entry, std::string_view expected, std::string hint) {
  return is_type(entry, YAML::NodeType::Map, expected, std::move(hint));
}

bool YamlReader::is_list(const YamlEntry& entry, std::string_view expected, std::string hint) {
  return is_type(entry, YAML::NodeType::Sequence, expected, std::move(hint));
}

std::optional<Located<std::string>> YamlReader::string(const YamlEntry& entry) {
  if (entry.value.IsScalar()) return Located<std::string>{entry.value.Scalar(), at(entry.value)};
  if (!entry.value.IsDefined() || entry.value.IsNull()) {
    error(at(entry.key), fmt::format("'{}' has no value", entry.name));
  } else {
    error(at(entry.value),
          fmt::format("'{}' must be a string, not {}", entry.name, yaml_type_name(entry.value)));
  }
  return std::nullopt;
}

// True when `next`, an item of a flow list, is the rest of a figure `before`
// ends with: "8" then "794", "8,794" then "726 votes", written with no space
// after the comma and not quoted.
bool YamlReader::split_figure(const std::string& before, const YAML::Node& next) const {
  if (!next.IsScalar()) return false;
  const std::string& text = next.Scalar();
  const YAML::Mark mark = next.Mark();
  if (mark.line < 0 || mark.column <= 0 || static_cast<std::size_t>(mark.line) >= lines_.size()) return false;
  const std::string_view line = lines_[static_cast<std::size_t>(mark.line)];
  const auto column = static_cast<std::size_t>(mark.column);
  if (column > line.size() || line[column - 1] != ',') return false;  // "a, b": a real list
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (text.size() < 3 || !digit(text[0]) || !digit(text[1]) || !digit(text[2]) ||
      (text.size() > 3 && digit(text[3])))
    return false;
  std::size_t run = 0;  // digits at the end of `before`
  while (run < before.size() && digit(before[before.size() - 1 - run])) ++run;
  return run >= 1 && run <= 3;
}

std::optional<bool> YamlReader::boolean(const YamlEntry& entry) {
  const std::optional<Located<std::string>> text = string(entry);
  if (!text) return std::nullopt;
  std::string lower = text->value;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "true" || lower == "yes" || lower == "on") return true;
  if (lower == "false" || lower == "no" || lower == "off") return false;
  error(text->where, fmt::format("'{}' must be true or false, not '{}'", entry.name, text->value));
  return std::nullopt;
}

std::optional<std::vector<Located<std::string>>> YamlReader::string_list(const YamlEntry& entry,
                                                                         std::string_view what) {
  const YAML::Node& value = entry.value;
  if (!value.IsDefined() || value.IsNull()) {
    error(at(entry.key), fmt::format("'{}' has no value", entry.name));
    return std::nullopt;
  }
  if (value.IsMap()) {
    error(at(value), fmt::format("'{}' must be a list of {}, not a map", entry.name, what));
    return std::nullopt;
  }
  // A lone scalar is a list of one: `said_by: lavrov` reads naturally.
  std::vector<YAML::Node> items;
  if (value.IsScalar()) {
    items.push_back(value);
  } else {
    for (const YAML::Node& item : value) items.push_back(item);
  }
  std::vector<Located<std::string>> result;
  bool ok = true;
  for (std::size_t k = 0; k < items.size(); ++k) {
    const YAML::Node& item = items[k];
    if (item.IsScalar() && !item.Scalar().empty()) {
      // "[8,794,726 votes, 8.8 million votes]": YAML cuts a flow list at every
      // comma, so the figure comes apart as "8", "794", "726 votes". Join the
      // pieces back and say how to write it.
      std::string joined = item.Scalar();
      std::size_t last = k;
      while (last + 1 < items.size() && split_figure(joined, items[last + 1])) joined += "," + items[++last].Scalar();
      if (last != k) {
        diags_.warning(at(item), fmt::format("'{}' was cut at its commas by YAML; read as one value", joined),
                       fmt::format("quote it: '{}'", joined));
        result.push_back({joined, at(item)});
        k = last;
        continue;
      }
    }
    if (item.IsNull()) {
      // A bare `-` has no useful mark of its own; point at the key.
      error(at(entry.key), fmt::format("empty entry in '{}'", entry.name));
      ok = false;
    } else if (!item.IsScalar()) {
      error(at(item), fmt::format("each entry of '{}' must be a string, not {}", entry.name,
                                  yaml_type_name(item)));
      ok = false;
    } else if (item.Scalar().empty()) {
      error(at(item), fmt::format("empty entry in '{}'", entry.name));
      ok = false;
    } else {
      result.push_back({item.Scalar(), at(item)});
    }
  }
  if (!ok) return std::nullopt;
  return result;
}

}  // namespace factlint::rules
