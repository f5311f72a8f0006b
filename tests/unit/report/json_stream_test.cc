#include <catch2/catch.hpp>

#include <sstream>

#include "checker/report/json_stream.h"

namespace factlint::report {
namespace {

using Json = nlohmann::ordered_json;

std::string whole(const Json& j, int indent = 2) { return j.dump(indent, ' ', false, Json::error_handler_t::replace); }

// Streams `j` the way the reports do: containers opened and closed, leaves
// (and, at `depth` and below, whole subtrees) as values.
void stream(JsonStream& s, const Json& j, int depth) {
  if (depth > 0 && j.is_object()) {
    s.begin_object();
    for (const auto& [k, v] : j.items()) {
      s.key(k);
      stream(s, v, depth - 1);
    }
    s.end_object();
  } else if (depth > 0 && j.is_array()) {
    s.begin_array();
    for (const Json& v : j) stream(s, v, depth - 1);
    s.end_array();
  } else {
    s.value(j);
  }
}

TEST_CASE("a streamed JSON document is byte for byte the one dumped whole", "[report][json]") {
  const Json doc = {
      {"version", 1},
      {"tool", {{"name", "factlint"}, {"version", "0.2.0"}}},
      {"findings",
       Json::array({{{"file", "corpus/a.md"}, {"line", 3}, {"sentence", "He said \"46%\".\nNext line\tand \xc3\xa9."}},
                    {{"file", "bad \xff byte"}, {"empty", Json::object()}, {"list", Json::array()}}})},
      {"skipped", Json::array()},
      {"nested", Json::array({Json::array({1, 2}), Json::array(), Json::object()})},
      {"empty", Json::object()}};
  for (int depth = 0; depth <= 4; ++depth) {
    std::ostringstream out;
    JsonStream s(out);
    stream(s, doc, depth);
    CAPTURE(depth);
    CHECK(out.str() == whole(doc));
    for (int indent : {1, 4}) {  // shard files are written with 1
      std::ostringstream other;
      JsonStream t(other, indent);
      stream(t, doc, depth);
      CAPTURE(indent);
      CHECK(other.str() == whole(doc, indent));
    }
  }
  std::ostringstream out;
  JsonStream s(out);
  s.begin_array();
  s.end_array();
  CHECK(out.str() == "[]");
}

}  // namespace
}  // namespace factlint::report
