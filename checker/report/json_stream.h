// Writing a large JSON document piece by piece, byte for byte as
// nlohmann::json::dump(indent) writes it whole: reports and shard files
// stream their findings instead of holding a second copy of every one as a
// JSON tree.
#pragma once

#include <ostream>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace factlint::report {

class JsonStream {
 public:
  using Json = nlohmann::ordered_json;
  // `indent`: spaces per level, as dump() takes it (at least 1).
  explicit JsonStream(std::ostream& out, int indent = 2) : out_(out), indent_(indent < 1 ? 1 : indent) {}

  // Inside an object: the next member's key.
  void key(std::string_view name);
  // A whole value: the document, an array's next element, or a key's value.
  void value(const Json& v);
  // An object or array whose contents follow, to end_*().
  void begin_object() { begin('{'); }
  void begin_array() { begin('['); }
  void end_object() { end('}'); }
  void end_array() { end(']'); }

 private:
  void begin(char open);
  void end(char close);
  void before_value();  // the separator and indent an array element needs
  void indent(std::size_t depth);

  struct Level {
    bool array = false;
    int count = 0;
  };
  std::ostream& out_;
  int indent_;
  std::vector<Level> levels_;
};

}  // namespace factlint::report
