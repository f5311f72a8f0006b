// YamlReader: the located, type-checked view of a parsed fact sheet that the
// validators read through. Turns YAML tree marks into 1-based line:column
// (columns in code points) and words every key and type error the same way.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "checker/util/diagnostics.h"
#include "checker/util/yaml_tree.h"

namespace factlint::rules {

using util::YamlNode;

// One `key: value` of a YAML map.
struct YamlEntry {
  std::string name;
  YamlNode key;
  YamlNode value;
};

// The known entries of a map, first occurrence of each key only.
class YamlMap {
 public:
  const YamlEntry* find(std::string_view name) const;
  void add(YamlEntry entry) { entries_.push_back(std::move(entry)); }
  // Keys offered as "did you mean" for an unknown key: already reported.
  bool suggested(std::string_view name) const;
  void add_suggestion(std::string name) { suggested_.push_back(std::move(name)); }

 private:
  std::vector<YamlEntry> entries_;
  std::vector<std::string> suggested_;
};

class YamlReader {
 public:
  YamlReader(std::string path, std::string_view text, Diagnostics& diags);

  const std::string& path() const { return path_; }
  SourceLocation at(const util::YamlMark& mark) const;
  SourceLocation at(const YamlNode& node) const { return at(node.mark()); }
  // The place of a byte of the text.
  SourceLocation at_offset(std::size_t offset) const;
  void error(const SourceLocation& where, std::string message, std::string hint = {});
  void warning(const SourceLocation& where, std::string message, std::string hint = {});

  // Checks that every key of `map` is a plain word, known and given once;
  // returns the entries with known keys. `owner` names the map in hints
  // ("a fact") and `known` lists its keys in the order the hint shows them.
  YamlMap read_map(const YamlNode& map, std::span<const std::string_view> known,
                   std::string_view owner);
  // Reports `name` missing from `map` (located at `where`) and returns false;
  // says nothing more when an unknown key was already taken for a typo of it
  // ("expct" -> "did you mean 'expect'?").
  bool require(const YamlMap& map, std::string_view name, const SourceLocation& where,
               std::string_view in_what);

  // Whether the entry's value has the expected YAML type; if not, reports
  // "'<key>' must be <expected>, not a list" (or "'<key>' has no value").
  bool is_map(const YamlEntry& entry, std::string_view expected, std::string hint = {});
  bool is_list(const YamlEntry& entry, std::string_view expected, std::string hint = {});

  // A scalar value as a string; reports "'claim' must be a string, not a list".
  std::optional<Located<std::string>> string(const YamlEntry& entry);
  // `true` or `false` (also yes/no, on/off, as YAML allows); reports
  // "'part' must be true or false, not 'maybe'".
  std::optional<bool> boolean(const YamlEntry& entry);
  // A list of strings; a lone scalar counts as a one-element list. `what`
  // names the items ("patterns", "names"). Empty items are reported. A figure
  // YAML cut at its commas ("[12,000 houses, 2,500 troops]") is joined back,
  // with a warning that says to quote it.
  std::optional<std::vector<Located<std::string>>> string_list(const YamlEntry& entry,
                                                               std::string_view what);

 private:
  bool is_type(const YamlEntry& entry, util::YamlKind kind, std::string_view expected, std::string hint);
  bool split_figure(const std::string& before, const YamlNode& next) const;

  std::string path_;
  std::string_view text_;
  Diagnostics& diags_;
};

// "a map", "a list", "a string", "empty", for "must be X, not Y" messages.
std::string_view yaml_type_name(const YamlNode& node);

}  // namespace factlint::rules
