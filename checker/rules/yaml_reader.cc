#include "checker/rules/yaml_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "checker/util/edit_distance.h"

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

std::string_view yaml_type_name(const YamlNode& node) {
  switch (node.kind()) {
    case util::YamlKind::kMap: return "a map";
    case util::YamlKind::kList: return "a list";
    case util::YamlKind::kScalar: return "a string";
    default: return "empty";
  }
}

YamlReader::YamlReader(std::string path, std::string_view text, Diagnostics& diags)
    : path_(std::move(path)), text_(text), diags_(diags) {}

SourceLocation YamlReader::at(const util::YamlMark& mark) const {
  if (mark.line < 0 || mark.column < 0) return {path_, 0, 0};
  return {path_, mark.line + 1, mark.column + 1};  // the tree counts code points, as reports do
}

SourceLocation YamlReader::at_offset(std::size_t offset) const { return at(util::yaml_mark_at(text_, offset)); }

void YamlReader::error(const SourceLocation& where, std::string message, std::string hint) {
  diags_.error(where, std::move(message), std::move(hint));
}

void YamlReader::warning(const SourceLocation& where, std::string message, std::string hint) {
  diags_.warning(where, std::move(message), std::move(hint));
}

YamlMap YamlReader::read_map(const YamlNode& map, std::span<const std::string_view> known,
                             std::string_view owner) {
  YamlMap result;
  for (std::size_t i = 0; i < map.size(); ++i) {  // the tree keeps every duplicate; we report them
    const YamlNode key = map.key(i);
    const YamlNode value = map.value(i);
    if (!key.is_scalar()) {
      error(at(key), fmt::format("keys must be plain words, not {}", yaml_type_name(key)));
      continue;
    }
    const std::string& name = key.scalar();
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      std::string hint;
      // "{value: 5, source: County statement, late Wednesday}": in braces a
      // comma starts a new key, which then has no value.
      const bool cut_at_comma = map.flow() && value.is_null() &&
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
    result.add({name, key, value});
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

bool YamlReader::is_type(const YamlEntry& entry, util::YamlKind kind, std::string_view expected,
                         std::string hint) {
  if (entry.value.kind() == kind) return true;
  if (entry.value.empty()) {
    error(at(entry.key), fmt::format("'{}' has no value", entry.name), std::move(hint));
  } else {
    error(at(entry.value),
          fmt::format("'{}' must be {}, not {}", entry.name, expected, yaml_type_name(entry.value)),
          std::move(hint));
  }
  return false;
}

bool YamlReader::is_map(const YamlEntry& entry, std::string_view expected, std::string hint) {
  return is_type(entry, util::YamlKind::kMap, expected, std::move(hint));
}

bool YamlReader::is_list(const YamlEntry& entry, std::string_view expected, std::string hint) {
  return is_type(entry, util::YamlKind::kList, expected, std::move(hint));
}

std::optional<Located<std::string>> YamlReader::string(const YamlEntry& entry) {
  if (entry.value.is_scalar()) return Located<std::string>{entry.value.scalar(), at(entry.value)};
  if (entry.value.empty()) {
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
bool YamlReader::split_figure(const std::string& before, const YamlNode& next) const {
  if (!next.is_scalar()) return false;
  const std::string& text = next.scalar();
  const util::YamlMark mark = next.mark();
  if (mark.line < 0 || mark.column <= 0 || mark.offset == 0 || mark.offset > text_.size()) return false;
  if (text_[mark.offset - 1] != ',') return false;  // "a, b": a real list
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
  const YamlNode& value = entry.value;
  if (value.empty()) {
    error(at(entry.key), fmt::format("'{}' has no value", entry.name));
    return std::nullopt;
  }
  if (value.is_map()) {
    error(at(value), fmt::format("'{}' must be a list of {}, not a map", entry.name, what));
    return std::nullopt;
  }
  // A lone scalar is a list of one: `said_by: lavrov` reads naturally.
  std::vector<YamlNode> items;
  if (value.is_scalar()) {
    items.push_back(value);
  } else {
    for (const YamlNode item : value) items.push_back(item);
  }
  std::vector<Located<std::string>> result;
  bool ok = true;
  for (std::size_t k = 0; k < items.size(); ++k) {
    const YamlNode& item = items[k];
    if (item.is_scalar() && !item.scalar().empty()) {
      // "[8,794,726 votes, 8.8 million votes]": YAML cuts a flow list at every
      // comma, so the figure comes apart as "8", "794", "726 votes". Join the
      // pieces back and say how to write it.
      std::string joined = item.scalar();
      std::size_t last = k;
      while (last + 1 < items.size() && split_figure(joined, items[last + 1])) joined += "," + items[++last].scalar();
      if (last != k) {
        diags_.warning(at(item), fmt::format("'{}' was cut at its commas by YAML; read as one value", joined),
                       fmt::format("quote it: '{}'", joined));
        result.push_back({joined, at(item)});
        k = last;
        continue;
      }
    }
    if (item.is_null()) {
      // A bare `-` has no useful mark of its own: point at the key; a `~` or
      // `null` written there is pointed at.
      error(item.has_own_mark() ? at(item) : at(entry.key), fmt::format("empty entry in '{}'", entry.name));
      ok = false;
    } else if (!item.is_scalar()) {
      error(at(item), fmt::format("each entry of '{}' must be a string, not {}", entry.name,
                                  yaml_type_name(item)));
      ok = false;
    } else if (item.scalar().empty()) {
      error(at(item), fmt::format("empty entry in '{}'", entry.name));
      ok = false;
    } else {
      result.push_back({item.scalar(), at(item)});
    }
  }
  if (!ok) return std::nullopt;
  return result;
}

}  // namespace factlint::rules
