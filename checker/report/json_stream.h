// Writing a large JSON document piece by piece, byte for byte as
// nlohmann::json::dump(2) writes it whole: reports stream their findings
// instead of holding a second copy of every one as a JSON tree.
#pragma once

#include <ostream>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace factlint::report {

class JsonStream {
 public:
  using Json = nlohmann::ordered_json;
  explicit JsonStream(std::ostream& out) : out_(out) {}

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
  std::vector<Level> levels_;
};

}  // namespace factlint::report
