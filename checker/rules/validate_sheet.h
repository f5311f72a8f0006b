// The parts of a fact sheet, each read and validated on its own; load_sheet
// calls them in turn. Each reports every problem it finds and carries on.
#pragma once

#include <string_view>
#include <vector>

#include "checker/rules/compiled_pattern.h"
#include "checker/rules/sheet.h"
#include "checker/rules/yaml_reader.h"

namespace factlint::rules {

Scope read_scope(YamlReader& reader, const YamlEntry& entry);
// `people:` or, with `organisations`, `sources:`; ids already in `earlier`
// (people read before sources) are reported as duplicates.
std::vector<Person> read_people(YamlReader& reader, const YamlEntry& entry, bool organisations = false,
                                const std::vector<Person>& earlier = {});
// `people` resolves the ids in `said_by`; `values` is how `expect` is read.
std::vector<Fact> read_facts(YamlReader& reader, const YamlEntry& entry,
                             const std::vector<Person>& people, const extract::ParseContext& values = {});

// `attribution: {within: sentence|paragraph|article, display: true|false}`,
// of a sheet or a fact. (validate_attribution.cc)
AttributionPolicy read_attribution_policy(YamlReader& reader, const YamlEntry& entry);

// Compiles every editor-written regex (scope mentions, cues, unless, both
// sides of a pattern, attribution cues) to report the bad ones while loading,
// so that one run shows them together with the sheet's other errors.
// Those that compile are kept in `cache`, for compile_rules. (compile_rules.cc)
void check_patterns(const Sheet& sheet, Diagnostics& diags, PatternCache* cache = nullptr);

// Sheet and fact ids: [a-z0-9][a-z0-9_-]*, plus '.' inside a sheet id.
bool is_valid_sheet_id(std::string_view id);
bool is_valid_fact_id(std::string_view id);
// Person ids: [a-z0-9_-]+.
bool is_valid_person_id(std::string_view id);

}  // namespace factlint::rules
