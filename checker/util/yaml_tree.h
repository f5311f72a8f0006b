// YAML text -> a small located tree, read with libyaml's event parser (linear
// time, never recursive). Fact sheets, the config and YAML or JSON front
// matter are all read through it; nothing else in factlint sees libyaml.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factlint::util {

// Where a node or an error starts: 0-based line and column (the column counts
// code points, as our reports do), and the byte offset in the text. line < 0:
// nowhere in particular (a missing node).
struct YamlMark {
  int line = -1;
  int column = -1;
  std::size_t offset = 0;
};

enum class YamlKind : std::uint8_t { kMissing, kNull, kScalar, kList, kMap };
enum class YamlScalarStyle : std::uint8_t { kPlain, kSingleQuoted, kDoubleQuoted, kLiteral, kFolded };

class YamlTree;

// A handle on one node of a YamlTree (which must outlive it); a
// default-constructed one is missing. Aliases are resolved: `*a` is the node
// `&a` named, so an alias of a list is that list (and may contain itself).
class YamlNode {
 public:
  YamlNode() = default;

  YamlKind kind() const;
  bool missing() const { return kind() == YamlKind::kMissing; }
  // A plain `~`, `null`, `Null`, `NULL` or nothing at all, without a tag, or
  // a scalar tagged !!null.
  bool is_null() const { return kind() == YamlKind::kNull; }
  // False for a null written as nothing (a bare `-`, `key:`), whose mark is
  // where the next thing starts: an error about it belongs at its key.
  bool has_own_mark() const;
  bool is_scalar() const { return kind() == YamlKind::kScalar; }
  bool is_list() const { return kind() == YamlKind::kList; }
  bool is_map() const { return kind() == YamlKind::kMap; }
  // Missing or null: nothing was written there.
  bool empty() const { return missing() || is_null(); }

  // A scalar's text (numbers and booleans as written); empty for the rest.
  const std::string& scalar() const;
  YamlScalarStyle scalar_style() const;
  // A list or map written in [ ] or { }.
  bool flow() const;
  // The tag as libyaml resolves it ("tag:yaml.org,2002:binary" for !!binary);
  // empty when none was written.
  const std::string& tag() const;
  // Where the node starts: its anchor or tag if it has one, else its first
  // character; a null written as nothing is marked where the next thing starts.
  YamlMark mark() const;

  // Items of a list, entries of a map (duplicate keys are all kept, in order).
  std::size_t size() const;
  YamlNode item(std::size_t i) const;
  YamlNode key(std::size_t i) const;
  YamlNode value(std::size_t i) const;
  // The value of a map's first entry whose key is the scalar `name`; missing if none.
  YamlNode find(std::string_view name) const;

  class Iterator {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = YamlNode;
    using difference_type = std::ptrdiff_t;
    using pointer = const YamlNode*;
    using reference = YamlNode;
    Iterator() = default;
    YamlNode operator*() const;
    Iterator& operator++() {
      ++at_;
      return *this;
    }
    Iterator operator++(int) {
      Iterator before = *this;
      ++at_;
      return before;
    }
    bool operator==(const Iterator& other) const { return at_ == other.at_; }

   private:
    friend class YamlNode;
    Iterator(const YamlTree* tree, std::uint32_t list, std::size_t at) : tree_(tree), list_(list), at_(at) {}
    const YamlTree* tree_ = nullptr;
    std::uint32_t list_ = 0;
    std::size_t at_ = 0;
  };
  // A list's items, for a range-for or an algorithm; nothing for any other node.
  Iterator begin() const { return {tree_, index_, 0}; }
  Iterator end() const { return {tree_, index_, is_list() ? size() : 0}; }

 private:
  friend class YamlTree;
  YamlNode(const YamlTree* tree, std::uint32_t index) : tree_(tree), index_(index) {}

  const YamlTree* tree_ = nullptr;
  std::uint32_t index_ = 0;
};

// Why the text could not be read, in plain words for a journalist, and where.
struct YamlError {
  enum class Kind { kSyntax, kTooDeep, kUnknownAlias };
  Kind kind = Kind::kSyntax;
  YamlMark mark;
  std::string message;  // "a ':' is missing after 'title'"
  std::string hint;     // may be empty
  std::string problem;  // libyaml's own words ("could not find expected ':'"), for tests and hints
};

// Every document of a YAML stream, or the first error. Movable, not copyable
// (handles point into it).
class YamlTree {
 public:
  YamlTree() = default;
  YamlTree(YamlTree&&) = default;
  YamlTree& operator=(YamlTree&&) = default;
  YamlTree(const YamlTree&) = delete;
  YamlTree& operator=(const YamlTree&) = delete;

  // The documents in order; none for an empty stream (or only comments).
  // After an error, those read before it.
  std::vector<YamlNode> documents() const;
  const std::optional<YamlError>& error() const { return error_; }
  bool ok() const { return !error_; }

 private:
  friend class YamlNode;
  friend class YamlBuilder;
  friend std::optional<YamlTree> read_flat_map(std::string_view text);

  struct Data {
    YamlKind kind = YamlKind::kNull;
    YamlScalarStyle scalar_style = YamlScalarStyle::kPlain;
    bool flow = false;
    bool borrowed_mark = false;  // a null written as nothing, marked where the next thing starts
    std::uint32_t text = 0;      // scalar: index into texts_; other: unused
    std::uint32_t tag = 0;       // index into texts_ (0: no tag, "")
    std::uint32_t children = 0;  // list/map: first index into children_
    std::uint32_t count = 0;     // list: items; map: entries (twice as many children)
    YamlMark mark;
  };

  std::vector<Data> nodes_;
  std::vector<std::uint32_t> children_;
  std::vector<std::string> texts_{std::string()};
  std::vector<std::uint32_t> documents_;
  std::optional<YamlError> error_;
};

struct YamlOptions {
  // Stop after the first document, reading nothing of the rest (front matter,
  // the config: only the first document matters there).
  bool first_document_only = false;
  // Lists and maps nested deeper than this are an error (kTooDeep): nothing
  // factlint reads is more than a few levels deep.
  int max_depth = 1000;
  // The number its file gives the text's first line, for the line numbers in
  // error messages ("the list opened with '[' on line 3"): front matter
  // starts on line 2 of its article.
  int first_line = 1;
  // A text of nothing but `key: value` lines, each value one plain word or
  // phrase of printable ASCII ("title: Valdera relief, update 1", "date:
  // 2024-02-11"), is read without libyaml: the same tree, at a fraction of
  // libyaml's cost for a few lines (its buffers alone are 64 KB a parse;
  // front matter is parsed once per article). Anything else, down to a
  // comment or a blank line, goes to libyaml. Tests turn this off to hold
  // the two readings to each other.
  bool flat_maps_directly = true;
};

// `text` must be UTF-8 (a byte-order mark is skipped).
YamlTree parse_yaml(std::string_view text, const YamlOptions& options = {});

// The tree of a text of nothing but `key: value` lines, each value one plain
// scalar of printable ASCII (YamlOptions::flat_maps_directly): what libyaml
// would give, read directly; nullopt for any other text, left to libyaml.
std::optional<YamlTree> read_flat_map(std::string_view text);

// The mark of a byte offset of `text`.
YamlMark yaml_mark_at(std::string_view text, std::size_t offset);

}  // namespace factlint::util
