#include "checker/rules/load_sheet.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <exception>
#include <iterator>
#include <optional>

#include "checker/rules/validate_sheet.h"
#include "checker/rules/yaml_reader.h"
#include "checker/util/utf8.h"
#include "checker/util/yaml_tree.h"

namespace factlint::rules {

namespace {

constexpr std::array<std::string_view, 10> kSheetKeys = {"id",    "title",           "scope",       "people",
                                                         "sources", "facts", "attribution_cues", "attribution",
                                                         "partial", "units"};
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool is_lower_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// Lower-case letters and digits plus the characters in `extra`.
// One rule for every id (sheet, fact, person, source): lower-case letters and
// digits first, then those or `extra`.
bool is_id(std::string_view id, std::string_view extra) {
  if (id.empty() || !is_lower_alnum(id[0])) return false;
  return std::all_of(id.begin(), id.end(), [&](char c) {
    return is_lower_alnum(c) || extra.find(c) != std::string_view::npos;
  });
}

void read_sheet(YamlReader& reader, const YamlNode& root, Sheet& sheet, const extract::ParseContext& values) {
  const SourceLocation top = reader.at(root);
  if (!root.is_map()) {
    reader.error(top,
                 fmt::format("a fact sheet must be a map of keys, not {}", yaml_type_name(root)),
                 "start with 'id:', then 'facts:'");
    return;
  }
  const YamlMap map = reader.read_map(root, kSheetKeys, "a fact sheet");
  if (reader.require(map, "id", top, "")) {
    if (auto id = reader.string(*map.find("id"))) {
      if (is_valid_sheet_id(id->value)) {
        sheet.id = id->value;
      } else {
        reader.error(id->where, fmt::format("invalid sheet id '{}'", id->value),
                     "use lower-case letters, digits, '-', '_' and '.', starting with a letter "
                     "or digit");
      }
    }
  }
  if (const YamlEntry* title = map.find("title")) {
    if (auto text = reader.string(*title)) sheet.title = text->value;
  }
  if (const YamlEntry* scope = map.find("scope")) sheet.scope = read_scope(reader, *scope);
  if (const YamlEntry* people = map.find("people")) sheet.people = read_people(reader, *people);
  if (const YamlEntry* sources = map.find("sources")) {
    std::vector<Person> organisations = read_people(reader, *sources, true, sheet.people);
    std::move(organisations.begin(), organisations.end(), std::back_inserter(sheet.people));
  }
  // A newsroom's list of name spellings is a sheet with people and no facts.
  const bool names_only = !sheet.people.empty();
  if (const YamlEntry* facts = map.find("facts")) {
    if (!(names_only && facts->value.is_list() && facts->value.size() == 0))
      sheet.facts = read_facts(reader, *facts, sheet.people, values);
  } else if (!names_only) {
    if (!map.suggested("facts"))  // "fact:" is reported as a typo of "facts" already
      reader.error(top, "missing key 'facts'", "a sheet declares facts to check, people whose names to check, or both");
  }
  if (const YamlEntry* policy = map.find("attribution")) sheet.attribution = read_attribution_policy(reader, *policy);
  if (const YamlEntry* partial = map.find("partial")) {
    if (auto list = reader.string_list(*partial, "patterns")) sheet.partial = std::move(*list);
  }
  // units: ['houses = homes', 'troops = soldiers']
  if (const YamlEntry* units = map.find("units")) {
    if (auto list = reader.string_list(*units, "groups of unit words")) {
      for (const Located<std::string>& line : *list) {
        std::vector<std::string> group;
        std::size_t start = 0;
        const std::string& text = line.value;
        for (std::size_t at = 0; at <= text.size(); ++at) {
          if (at < text.size() && text[at] != '=') continue;
          std::string word = text.substr(start, at - start);
          while (!word.empty() && word.front() == ' ') word.erase(word.begin());
          while (!word.empty() && word.back() == ' ') word.pop_back();
          if (!word.empty()) group.push_back(extract::singular_unit(word));
          start = at + 1;
        }
        if (group.size() < 2) {
          reader.error(line.where, fmt::format("'{}' names no pair of units", text),
                       "write the words that mean the same thing joined by '=', e.g. 'houses = homes'");
          continue;
        }
        sheet.unit_synonyms.push_back(std::move(group));
      }
    }
  }
  for (Fact& fact : sheet.facts) fact.unit_synonyms = sheet.unit_synonyms;
  if (const YamlEntry* cues = map.find("attribution_cues")) {
    if (auto list = reader.string_list(*cues, "patterns")) sheet.attribution_cues = std::move(*list);
  }
}

}  // namespace

bool is_valid_sheet_id(std::string_view id) { return is_id(id, "-_."); }
bool is_valid_fact_id(std::string_view id) { return is_id(id, "-_"); }
bool is_valid_person_id(std::string_view id) { return is_id(id, "-_"); }

namespace {

// Reads and validates into `sheet`, reporting to `found`.
void read_text(const std::string& path, std::string_view yaml_text, Sheet& sheet,
               Diagnostics& found, const extract::ParseContext& values, PatternCache* cache) {
  YamlReader reader(path, yaml_text, found);
  if (std::optional<std::size_t> bad = util::first_invalid_utf8(yaml_text)) {
    reader.error(reader.at_offset(*bad), "fact sheet is not valid UTF-8",
                 "save the file as UTF-8");
    return;
  }

  if (const std::size_t nul = yaml_text.find('\0'); nul != std::string_view::npos) {
    reader.error(reader.at_offset(nul), "fact sheet contains a NUL byte",
                 "a fact sheet is a text file; save it as UTF-8 text");
    return;
  }

  const util::YamlTree tree = util::parse_yaml(yaml_text);
  if (const std::optional<util::YamlError>& error = tree.error()) {
    reader.error(reader.at(error->mark), error->message, error->hint);
    return;
  }
  std::vector<YamlNode> documents = tree.documents();
  // A trailing `---` or `...` leaves an empty document behind; ignore those.
  while (!documents.empty() && documents.back().is_null()) documents.pop_back();
  if (documents.empty()) {
    reader.error({path, 0, 0}, "fact sheet is empty",
                 "a fact sheet needs at least 'id' and 'facts'");
    return;
  }
  if (documents.size() > 1) {
    reader.error(reader.at(documents[1]), "a fact sheet holds one YAML document; this is a second",
                 "remove the '---' line above it, or move it to a file of its own");
  }
  try {
    read_sheet(reader, documents[0], sheet, values);
    check_patterns(sheet, found, cache);
  } catch (const std::exception& e) {
    // Only a bug in the validators gets here; report it rather than crash.
    reader.error({path, 0, 0},
                 fmt::format("internal error while reading fact sheet: {}", e.what()));
  }
}

}  // namespace

std::optional<Sheet> load_sheet(const std::string& path, std::string_view yaml_text,
                                Diagnostics& diags, const extract::ParseContext& values,
                                PatternCache* cache) {
  // YAML skips a byte-order mark; dropping it here keeps our columns in step.
  if (yaml_text.starts_with(kUtf8Bom)) yaml_text.remove_prefix(kUtf8Bom.size());
  Sheet sheet;
  sheet.path = path;
  Diagnostics found;
  read_text(path, yaml_text, sheet, found, values, cache);
  // Validators run part by part; the user reads the file top to bottom.
  std::vector<Diagnostic> sorted = found.entries();
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::pair(a.where.line, a.where.column) < std::pair(b.where.line, b.where.column);
  });
  for (Diagnostic& diagnostic : sorted) diags.add(std::move(diagnostic));
  if (found.has_errors()) return std::nullopt;
  return sheet;
}

}  // namespace factlint::rules
