#include "checker/rules/yaml_documents.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include <sstream>

namespace factlint::rules {

namespace {

// Listens to the parser only for where each document starts.
class DocumentStarts final : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark& mark) override { last = mark; }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
  YAML::Mark last;
};

// True when no line from `from_line` (0-based) on starts with '%', "---" or
// "...", where yaml-cpp's scanner may read a directive or start or end a
// document, and line `from_line` does not start with '&' or '!' (an anchor or
// a tag: the node's mark is then theirs, not its first key's). yaml-cpp is at
// column 0 only at the start and after a '\n'; a line start after '\r' counts
// too, to err on the safe side.
bool plain_from_line(std::string_view yaml, int from_line) {
  int line = 0;
  bool line_start = true;
  for (std::size_t i = 0; i < yaml.size(); ++i) {
    if (line_start && line >= from_line) {
      const std::string_view rest = yaml.substr(i);
      if (rest.starts_with('%') || rest.starts_with("---") || rest.starts_with("...")) return false;
      if (line == from_line && (rest.starts_with('&') || rest.starts_with('!'))) return false;
    }
    line_start = yaml[i] == '\n' || yaml[i] == '\r';
    if (yaml[i] == '\n') ++line;
  }
  return true;
}

}  // namespace

std::optional<YAML::Mark> stuck_at(const std::string& yaml) {
  std::istringstream in(yaml);
  YAML::Parser parser(in);
  DocumentStarts starts;
  std::optional<int> previous;
  while (parser.HandleNextDocument(starts)) {
    if (previous == starts.last.pos) return starts.last;
    previous = starts.last.pos;
  }
  return std::nullopt;
}

// Why a block map at column 0 is the whole stream (yaml-cpp 0.7, src/scanner.cpp,
// scantoken.cpp, singledocparser.cpp). A node's mark is that of its first
// token; for a map without an anchor or tag, its BLOCK_MAP_START, pushed with
// an indent at the token's column. The map ends only at the BLOCK_MAP_END its
// indent leaves when popped. PopIndentToHere never pops an indent at column 0
// of a map (it pops indents at columns above the current one, and at the same
// column only a sequence's); PopAllIndents does, called only for a directive
// ('%' at column 0), a document start or end ("---" or "..." at column 0) or
// the end of the input. With none of the first three from the map's first
// line on, the map ends with the input: no token follows, so there is no next
// document for LoadAll to loop on. Any other first document (a scalar, a list,
// a flow map, an indented map, one with an anchor or tag, one with a '---'
// further down) is left to stuck_at and LoadAll.
bool first_document_is_whole(const YAML::Node& first, std::string_view yaml) {
  if (!first.IsMap() || first.Style() != YAML::EmitterStyle::Block) return false;
  const YAML::Mark mark = first.Mark();
  return mark.column == 0 && mark.line >= 0 && plain_from_line(yaml, mark.line);
}

YamlDocuments load_documents(const std::string& yaml) {
  // One document cannot loop: every node consumes a token or throws. If the
  // first throws, stuck_at and LoadAll would throw the same at the same place.
  YAML::Node first = YAML::Load(yaml);
  if (first_document_is_whole(first, yaml)) return {{std::move(first)}, std::nullopt};
  if (std::optional<YAML::Mark> stuck = stuck_at(yaml)) return {{}, stuck};
  return {YAML::LoadAll(yaml), std::nullopt};
}

}  // namespace factlint::rules
