// The YAML tree: what libyaml's events become, where each node is, and every
// error located and in plain words.
#include "checker/util/yaml_tree.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <string_view>

namespace factlint::util {
namespace {

YamlNode only_value(const YamlTree& tree) {
  REQUIRE(tree.ok());
  REQUIRE(tree.documents().size() == 1);
  const YamlNode root = tree.documents()[0];
  REQUIRE(root.is_map());
  REQUIRE(root.size() == 1);
  return root.value(0);
}

TEST_CASE("plain ~ null Null NULL nothing and !!null are null and other scalars their text", "[util][yaml_tree]") {
  struct Row {
    std::string_view value;
    YamlKind kind;
    std::string_view text;
    YamlScalarStyle style;
  };
  using K = YamlKind;
  using S = YamlScalarStyle;
  for (const Row& row : {Row{"", K::kNull, "", S::kPlain}, Row{"~", K::kNull, "", S::kPlain},
                         Row{"null", K::kNull, "", S::kPlain}, Row{"Null", K::kNull, "", S::kPlain},
                         Row{"NULL", K::kNull, "", S::kPlain}, Row{"nULL", K::kScalar, "nULL", S::kPlain},
                         Row{"'null'", K::kScalar, "null", S::kSingleQuoted}, Row{"\"~\"", K::kScalar, "~", S::kDoubleQuoted},
                         Row{"!!str null", K::kScalar, "null", S::kPlain}, Row{"''", K::kScalar, "", S::kSingleQuoted},
                         Row{"!!null ~", K::kNull, "", S::kPlain}, Row{"!!null", K::kNull, "", S::kPlain},
                         Row{"!!null ''", K::kNull, "", S::kSingleQuoted}, Row{"!!str ~", K::kScalar, "~", S::kPlain},
                         Row{"46%", K::kScalar, "46%", S::kPlain}, Row{"1e999", K::kScalar, "1e999", S::kPlain},
                         Row{"yes", K::kScalar, "yes", S::kPlain}, Row{"0x1F", K::kScalar, "0x1F", S::kPlain},
                         Row{"'it''s'", K::kScalar, "it's", S::kSingleQuoted},
                         Row{"\"a\\tb\"", K::kScalar, "a\tb", S::kDoubleQuoted},
                         Row{"|\n  one\n  two\n", K::kScalar, "one\ntwo\n", S::kLiteral},
                         Row{">\n  one\n  two\n", K::kScalar, "one two\n", S::kFolded}}) {
    CAPTURE(row.value);
    const YamlTree tree = parse_yaml("key: " + std::string(row.value) + "\n");
    const YamlNode value = only_value(tree);
    CHECK(value.kind() == row.kind);
    CHECK(value.scalar() == row.text);
    CHECK(value.scalar_style() == row.style);
  }
}

TEST_CASE("marks are 0-based lines and columns in code points with byte offsets", "[util][yaml_tree]") {
  const std::string text = "tïtlé: café\nlist: [Ünal, 'Øre']\n";
  const YamlTree tree = parse_yaml(text);
  REQUIRE(tree.ok());
  const YamlNode root = tree.documents()[0];
  CHECK(root.value(0).mark().line == 0);
  CHECK(root.value(0).mark().column == 7);
  CHECK(root.value(0).mark().offset == 9);  // ï and é are two bytes each
  const YamlNode list = root.value(1);
  CHECK(list.flow());
  REQUIRE(list.size() == 2);
  CHECK(list.item(1).mark().line == 1);
  CHECK(list.item(1).mark().column == 13);
  CHECK(text.substr(list.item(1).mark().offset, 3) == "'Ø");
  CHECK(yaml_mark_at(text, list.item(1).mark().offset).column == 13);
}

TEST_CASE("a null written as nothing borrows the next mark and one written as ~ has its own", "[util][yaml_tree]") {
  const YamlTree tree = parse_yaml("list:\n  -\n  - ~\n  - !!null\n  - x\nkey:\nnext: [~, null]\n");
  REQUIRE(tree.ok());
  const YamlNode root = tree.documents()[0];
  const YamlNode list = root.value(0);
  REQUIRE(list.size() == 4);
  CHECK_FALSE(list.item(0).has_own_mark());  // a bare '-': marked where the next item starts
  CHECK(list.item(0).mark().line == 2);
  CHECK(list.item(1).has_own_mark());
  CHECK(list.item(1).mark().line == 2);
  CHECK(list.item(1).mark().column == 4);
  CHECK(list.item(3).has_own_mark());  // not null at all
  CHECK_FALSE(root.value(1).has_own_mark());  // 'key:' with nothing after it
  CHECK(root.value(2).item(0).has_own_mark());
  CHECK(root.value(2).item(1).has_own_mark());
  CHECK(root.value(2).item(1).mark().column == 10);
  CHECK_FALSE(YamlNode().has_own_mark());  // missing
}

TEST_CASE("lists and maps keep their style and every entry in order with duplicates", "[util][yaml_tree]") {
  const YamlTree tree = parse_yaml("a: 1\nb: {x: 1, y: [2, 3]}\na: 2\nc:\n  - d\n  - e\n");
  REQUIRE(tree.ok());
  const YamlNode root = tree.documents()[0];
  REQUIRE(root.size() == 4);
  CHECK(!root.flow());
  CHECK(root.key(0).scalar() == "a");
  CHECK(root.key(2).scalar() == "a");
  CHECK(root.value(2).scalar() == "2");
  CHECK(root.value(1).is_map());
  CHECK(root.value(1).flow());
  CHECK(root.value(1).value(1).is_list());
  CHECK(root.value(3).is_list());
  CHECK(!root.value(3).flow());
  std::string items;
  for (const YamlNode item : root.value(3)) items += item.scalar();
  CHECK(items == "de");
  CHECK(root.value(3).mark().column == 2);  // at its first '-'
  CHECK(root.item(0).missing());
  CHECK(root.value(7).missing());
}

TEST_CASE("an alias is the node its anchor names and may contain itself", "[util][yaml_tree]") {
  const YamlTree tree = parse_yaml("a: &x [1, 2]\nb: *x\nc: &self [*self]\nd: !!binary aGk=\n");
  REQUIRE(tree.ok());
  const YamlNode root = tree.documents()[0];
  CHECK(root.value(1).is_list());
  CHECK(root.value(1).size() == 2);
  CHECK(root.value(1).mark().line == 0);  // the list the anchor named, where it was written
  CHECK(root.value(2).item(0).is_list());
  CHECK(root.value(2).item(0).item(0).item(0).size() == 1);
  CHECK(root.value(3).tag() == "tag:yaml.org,2002:binary");
  CHECK(root.value(3).scalar() == "aGk=");
}

TEST_CASE("every document is read or only the first when asked", "[util][yaml_tree]") {
  const std::string text = "a: 1\n---\nb: 2\n--- [\n";
  const YamlTree all = parse_yaml(text);
  REQUIRE_FALSE(all.ok());
  CHECK(all.documents().size() == 2);  // those before the error
  YamlOptions first;
  first.first_document_only = true;
  const YamlTree one = parse_yaml(text, first);
  REQUIRE(one.ok());
  REQUIRE(one.documents().size() == 1);
  CHECK(one.documents()[0].key(0).scalar() == "a");
  CHECK(parse_yaml("").documents().empty());
  CHECK(parse_yaml("# only a comment\n").documents().empty());
  CHECK(parse_yaml("a: 1\n---\n").documents().size() == 2);
}

TEST_CASE("a yaml error is located and worded for the reader", "[util][yaml_tree]") {
  struct Row {
    std::string_view text;
    int line;
    int column;
    std::string_view message;
  };
  for (const Row& row : {
           Row{"title: 'Lavrov\nid: x\n", 0, 7, "the quote that starts here is never closed"},
           Row{"id: x\nfacts: [a, b\n", 2, 0, "the list opened with '[' on line 2 is not closed"},
           Row{"id: x\ntitle\nfacts: 1\n", 1, 0, "'title' has no ':' after it"},
           Row{"id: x\nfacts:\n\t- id: f\n", 2, 0, "line 3 is indented with a tab; YAML allows only spaces"},
           Row{",", 0, 0, "unexpected ',' where a value should start"},
           Row{"a: b\nc: *nowhere\n", 1, 3, "'*nowhere' stands for no anchor"},
           Row{"a: \x01\n", 0, 3, "a control character (U+0001) YAML does not allow"},
           Row{"a: @b\n", 0, 3, "a value cannot start with '@'"},
           Row{"a: b: c\n", 0, 4, "a ': ' inside a value, or a key indented too far"},
           Row{"é: \"\\q\"\n", 0, 4, "'\\q' is not an escape YAML knows inside double quotes"},
       }) {
    CAPTURE(row.text);
    const YamlTree tree = parse_yaml(row.text);
    REQUIRE(tree.error());
    CHECK(tree.error()->message == row.message);
    CHECK(tree.error()->mark.line == row.line);
    CHECK(tree.error()->mark.column == row.column);
  }
}

TEST_CASE("nesting deeper than the limit is an error at the list that goes too deep", "[util][yaml_tree]") {
  const std::string deep = "a: " + std::string(5000, '[') + std::string(5000, ']') + "\n";
  const YamlTree tree = parse_yaml(deep);
  REQUIRE(tree.error());
  CHECK(tree.error()->kind == YamlError::Kind::kTooDeep);
  CHECK(tree.error()->message == "YAML nested too deeply");
  CHECK(tree.error()->mark.column == 3 + 999);
  YamlOptions shallow;
  shallow.max_depth = 3;
  CHECK(parse_yaml("a: [[1]]\n", shallow).ok());
  CHECK_FALSE(parse_yaml("a: [[[1]]]\n", shallow).ok());
}


// The whole tree under `node`, every field the API shows, as text.
void describe(const YamlNode& node, std::string& out, int depth = 0) {
  if (depth > 8) return;  // aliases may loop; flat maps never nest
  const YamlMark m = node.mark();
  out += fmt::format("[{} {} {}:{}:{} tag={} flow={} '{}'", static_cast<int>(node.kind()),
                     static_cast<int>(node.scalar_style()), m.line, m.column, m.offset, node.tag(), node.flow(),
                     node.scalar());
  for (std::size_t i = 0; i < node.size(); ++i) {
    if (node.is_map()) {
      describe(node.key(i), out, depth + 1);
      describe(node.value(i), out, depth + 1);
    } else {
      describe(node.item(i), out, depth + 1);
    }
  }
  out += ']';
}

std::string describe(const YamlTree& tree) {
  std::string out = tree.ok() ? "ok" : "error " + tree.error()->message;
  for (const YamlNode& document : tree.documents()) describe(document, out);
  return out;
}

TEST_CASE("a flat map read directly is the tree libyaml gives and anything else is left to libyaml", "[util][yaml_tree]") {
  // Lines of keys and values of every kind YAML reads differently: the
  // direct reading must give libyaml's tree or stand aside.
  const std::vector<std::string> keys = {"title", "date", "null", "Null", "_x", "a-b", "x1", "2x", "t\xC3\xAFtle", "k y",
                                         "-k", std::string(1030, 'k')};
  const std::vector<std::string> colons = {": ", ": ", ": ", ":  ", ":", ":\t", " : "};
  const std::vector<std::string> values = {
      "Valdera relief, update 1", "2024-02-11", "2024-02-11T10:00:00+08:00", "~", "null", "NULL", "nULL", "yes",
      "46%", "C#", "a #b", "a: b", "a:b", "ends:", "- item", "'q'", "\"q\"", "it's", "[a]", "a [b]", "{a}", "*a",
      "&a x", "!x", "|", ">", "%x", "@x", "`x`", "x ", " x", "caf\xC3\xA9", "a\tb", "", "...", "---", "a, b", "?x",
      "x?", "(1)", "a/b", "a=b", "a\\b", "x -y", "a~b", "1.5", "0x1F", ",x"};
  const std::vector<std::string> ends = {"\n", "\n", "\n", "\r\n", "\n\n", "\n# note\n", "\n  "};
  std::uint32_t seed = 20261201;
  const auto next = [&](std::size_t n) {
    seed = seed * 1103515245U + 12345U;
    return (seed >> 8) % n;
  };
  int flat = 0;
  for (int round = 0; round < 6000; ++round) {
    std::string text;
    const std::size_t lines = 1 + next(4);
    for (std::size_t l = 0; l < lines; ++l) {
      // Mostly well-formed lines, so that whole texts are often flat.
      const bool plain = next(3) > 0;
      text += plain ? keys[next(2)] : keys[next(keys.size())];
      text += plain ? ": " : colons[next(colons.size())];
      text += plain ? values[next(4)] : values[next(values.size())];
      if (l + 1 < lines || next(2) == 0) text += plain ? "\n" : ends[next(ends.size())];
    }
    CAPTURE(text);
    const std::optional<YamlTree> direct = read_flat_map(text);
    const YamlTree by_libyaml = parse_yaml(text, {.flat_maps_directly = false});
    if (!direct) continue;
    ++flat;
    CHECK(describe(*direct) == describe(by_libyaml));
    CHECK(describe(parse_yaml(text)) == describe(by_libyaml));
  }
  CHECK(flat > 1500);  // the direct reading was held to libyaml often
  CHECK_FALSE(read_flat_map(""));
  CHECK_FALSE(read_flat_map("title: a\n\ndate: b\n"));  // a blank line: libyaml's
  CHECK(read_flat_map("title: Valdera relief, update 1\ndate: 2024-02-11\n"));
}
}  // namespace
}  // namespace factlint::util
