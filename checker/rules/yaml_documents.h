// The YAML documents of a fact sheet, read with yaml-cpp once in the common
// case and never into yaml-cpp 0.7's endless loop. Used by load_sheet.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factlint::rules {

struct YamlDocuments {
  std::vector<YAML::Node> documents;  // as YAML::LoadAll returns them
  // Set (and `documents` empty) when LoadAll would never return: the mark of
  // the token yaml-cpp keeps reporting an empty document at.
  std::optional<YAML::Mark> stuck;
};

// Every document of `yaml`. May throw YAML::Exception, the same one LoadAll
// would throw.
YamlDocuments load_documents(const std::string& yaml);

// The pieces of load_documents, for tests and the fuzz target.
//
// yaml-cpp 0.7's LoadAll never returns on some input (a ',' where a document
// starts, e.g. a line ", source: ..." after '---'): the parser reports an empty
// document without consuming the token, again and again. A pass that keeps
// nothing finds where the parser stops moving: the mark of the token it is
// stuck on, or nullopt when it reaches the end. May throw YAML::Exception.
std::optional<YAML::Mark> stuck_at(const std::string& yaml);

// True when `first`, the first document of `yaml` (YAML::Load), is provably
// the whole stream, so that LoadAll would return it alone: a block map that
// starts at column 0 below every line where a document can start or end.
bool first_document_is_whole(const YAML::Node& first, std::string_view yaml);

}  // namespace factlint::rules
