// people: who the sheet's facts are attributed to, and how their names are
// written, aliased and misspelt.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "checker/rules/validate_sheet.h"

namespace factlint::rules {

namespace {

constexpr std::array<std::string_view, 4> kPersonKeys = {"name", "also", "misspellings", "others"};

// A misspelling that is also one of the person's names would flag every
// correct mention.
void check_misspellings(YamlReader& reader, const Person& person) {
  for (const Located<std::string>& wrong : person.misspellings) {
    const bool is_name =
        wrong.value == person.name ||
        std::find(person.also.begin(), person.also.end(), wrong.value) != person.also.end();
    if (is_name) {
      reader.error(wrong.where,
                   fmt::format("misspelling '{}' is also a name of '{}'", wrong.value, person.id),
                   "remove it from 'misspellings' or from the names");
    }
  }
}

// Returns the person even when it has errors, so that `said_by` can still
// name it without a second, misleading "unknown person".
Person read_person(YamlReader& reader, const YamlNode& key, const YamlNode& value, bool organisation) {
  Person person;
  person.id = key.scalar();
  person.where = reader.at(key);
  const YamlEntry entry{person.id, key, value};
  if (!reader.is_map(entry, "a map with 'name', 'also' and 'misspellings'")) return person;
  const YamlMap map = reader.read_map(value, kPersonKeys, organisation ? "a source" : "a person");
  if (reader.require(map, "name", person.where, fmt::format("{} '{}'", organisation ? "source" : "person", person.id))) {
    if (auto name = reader.string(*map.find("name"))) {
      if (name->value.empty()) {
        reader.error(name->where, fmt::format("empty name for person '{}'", person.id));
      }
      person.name = name->value;
    }
  }
  if (const YamlEntry* also = map.find("also")) {
    if (auto names = reader.string_list(*also, "names")) {
      for (Located<std::string>& name : *names) person.also.push_back(std::move(name.value));
    }
  }
  if (const YamlEntry* misspellings = map.find("misspellings")) {
    if (auto names = reader.string_list(*misspellings, "names")) {
      person.misspellings = std::move(*names);
    }
  }
  if (const YamlEntry* others = map.find("others")) {
    if (auto names = reader.string_list(*others, "names")) {
      for (Located<std::string>& name : *names) person.others.push_back(std::move(name.value));
    }
  }
  check_misspellings(reader, person);
  return person;
}

std::vector<std::string_view> words_of(std::string_view name) {
  std::vector<std::string_view> words;
  for (std::size_t i = 0; i < name.size();) {
    const std::size_t end = std::min(name.find(' ', i), name.size());
    if (end > i) words.push_back(name.substr(i, end - i));
    i = end + 1;
  }
  return words;
}

bool same_word(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return (x | 0x20) == (y | 0x20); });
}

// A surname alone as an alias ("Sharif" for Shehbaz Sharif) credits the
// person wherever an article writes it; when another person of the sheet, or
// a name under `others`, has it too, "Sharif said" may mean either.
void check_surname_aliases(YamlReader& reader, const std::vector<Person>& people) {
  for (const Person& person : people) {
    const std::vector<std::string_view> own = words_of(person.name);
    if (own.size() < 2) continue;
    for (const std::string& alias : person.also) {
      if (alias.find(' ') != std::string::npos || !same_word(alias, own.back())) continue;
      std::string shared;
      for (const Person& other : people) {
        if (&other == &person || !shared.empty()) continue;
        std::vector<std::string> names{other.name};
        names.insert(names.end(), other.also.begin(), other.also.end());
        for (const std::string& name : names)
          for (std::string_view w : words_of(name))
            if (shared.empty() && same_word(w, alias)) shared = fmt::format("'{}' ({})", other.id, other.name);
      }
      for (const std::string& name : person.others)
        for (std::string_view w : words_of(name))
          if (shared.empty() && same_word(w, alias)) shared = fmt::format("'{}' (under 'others')", name);
      if (shared.empty()) continue;
      reader.warning(person.where,
                     fmt::format("the alias '{}' of '{}' is a surname alone, and {} has it too: an article's "
                                 "'{} said' is credited to {}",
                                 alias, person.id, shared, alias, person.name),
                     fmt::format("remove '{}' from 'also' unless your articles use it only for {}; where "
                                 "another first name stands before it ('Nawaz Sharif'), it is never credited",
                                 alias, person.name));
    }
  }
}

}  // namespace

std::vector<Person> read_people(YamlReader& reader, const YamlEntry& entry, bool organisations,
                                const std::vector<Person>& earlier) {
  std::vector<Person> people;
  if (!reader.is_map(entry, organisations ? "a map of source ids to sources" : "a map of person ids to people",
                     organisations ? "write 'usgs:' with 'name:' indented under it"
                                   : "write 'lavrov:' with 'name:' indented under it")) {
    return people;
  }
  for (std::size_t i = 0; i < entry.value.size(); ++i) {
    const YamlNode key = entry.value.key(i);
    if (!key.is_scalar()) {
      reader.error(reader.at(key),
                   fmt::format("person ids must be plain words, not {}", yaml_type_name(key)));
      continue;
    }
    const std::string& id = key.scalar();
    if (!is_valid_person_id(id)) {
      reader.error(reader.at(key), fmt::format("invalid person id '{}'", id),
                   "use lower-case letters, digits, '-' and '_', starting with a letter or digit");
      continue;
    }
    const auto same_id = [&](const Person& other) { return other.id == id; };
    const auto same = std::find_if(people.begin(), people.end(), same_id);
    const auto other = std::find_if(earlier.begin(), earlier.end(), same_id);
    if (same != people.end() || other != earlier.end()) {
      const bool here = same != people.end();
      reader.error(reader.at(key), fmt::format("duplicate {} '{}'", organisations ? "source" : "person", id),
                   here ? fmt::format("first given at line {}", same->where.line)
                        : fmt::format("'{}' is also a person, at line {}; people and sources share one set of ids",
                                      id, other->where.line));
      continue;
    }
    people.push_back(read_person(reader, key, entry.value.value(i), organisations));
    people.back().organisation = organisations;
  }
  if (!organisations) check_surname_aliases(reader, people);
  return people;
}

}  // namespace factlint::rules
