// The YAML tree: what libyaml's events become, where each node is, and every
// error located and in plain words.
#include "checker/util/yaml_tree.h"

#include <catch2/catch.hpp>

#include <string>
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

TEST_CASE("plain ~ null Null NULL and nothing are null and every other scalar is its text", "[util][yaml_tree]") {
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

}  // namespace
}  // namespace factlint::util
