#include "checker/util/yaml_tree.h"

#include <yaml.h>

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "checker/util/yaml_problem.h"

namespace factlint::util {

// --- YamlNode ----------------------------------------------------------------

namespace {
const std::string kNoText;
}  // namespace

YamlKind YamlNode::kind() const { return tree_ ? tree_->nodes_[index_].kind : YamlKind::kMissing; }

const std::string& YamlNode::scalar() const {
  if (!is_scalar()) return kNoText;
  return tree_->texts_[tree_->nodes_[index_].text];
}

bool YamlNode::has_own_mark() const { return tree_ && !tree_->nodes_[index_].borrowed_mark; }

YamlScalarStyle YamlNode::scalar_style() const {
  return tree_ ? tree_->nodes_[index_].scalar_style : YamlScalarStyle::kPlain;
}

bool YamlNode::flow() const { return tree_ && tree_->nodes_[index_].flow; }

const std::string& YamlNode::tag() const { return tree_ ? tree_->texts_[tree_->nodes_[index_].tag] : kNoText; }

YamlMark YamlNode::mark() const { return tree_ ? tree_->nodes_[index_].mark : YamlMark{}; }

std::size_t YamlNode::size() const {
  if (!is_list() && !is_map()) return 0;
  return tree_->nodes_[index_].count;
}

YamlNode YamlNode::item(std::size_t i) const {
  if (!is_list() || i >= size()) return {};
  return {tree_, tree_->children_[tree_->nodes_[index_].children + i]};
}

YamlNode YamlNode::key(std::size_t i) const {
  if (!is_map() || i >= size()) return {};
  return {tree_, tree_->children_[tree_->nodes_[index_].children + 2 * i]};
}

YamlNode YamlNode::value(std::size_t i) const {
  if (!is_map() || i >= size()) return {};
  return {tree_, tree_->children_[tree_->nodes_[index_].children + 2 * i + 1]};
}

YamlNode YamlNode::find(std::string_view name) const {
  for (std::size_t i = 0; i < size(); ++i) {
    const YamlNode k = key(i);
    if (k.is_scalar() && k.scalar() == name) return value(i);
  }
  return {};
}

YamlNode YamlNode::Iterator::operator*() const { return YamlNode(tree_, list_).item(at_); }

std::vector<YamlNode> YamlTree::documents() const {
  std::vector<YamlNode> result;
  for (std::uint32_t index : documents_) result.push_back(YamlNode(this, index));
  return result;
}

// --- reading -------------------------------------------------------------------

YamlMark yaml_mark_at(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  YamlMark mark{0, 0, offset};
  for (std::size_t i = 0; i < offset; ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\n') {
      ++mark.line;
      mark.column = 0;
    } else if ((byte & 0xC0) != 0x80) {
      ++mark.column;  // a code point starts here
    }
  }
  return mark;
}

namespace {

// RAII for libyaml's two structures.
class Parser {
 public:
  explicit Parser(std::string_view text) {
    yaml_parser_initialize(&parser_);
    yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(text.data()), text.size());
    yaml_parser_set_encoding(&parser_, YAML_UTF8_ENCODING);
  }
  ~Parser() { yaml_parser_delete(&parser_); }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;
  yaml_parser_t* get() { return &parser_; }

 private:
  yaml_parser_t parser_;
};

class Event {
 public:
  Event() = default;
  ~Event() { clear(); }
  Event(const Event&) = delete;
  Event& operator=(const Event&) = delete;
  // The next event, or false on an error (then the parser says which).
  bool next(Parser& parser) {
    clear();
    live_ = yaml_parser_parse(parser.get(), &event_) != 0;
    return live_;
  }
  const yaml_event_t& operator*() const { return event_; }
  const yaml_event_t* operator->() const { return &event_; }

 private:
  void clear() {
    if (live_) yaml_event_delete(&event_);
    live_ = false;
  }
  yaml_event_t event_{};
  bool live_ = false;
};

// libyaml marks count characters; this finds their bytes, walking from the
// last mark (marks come nearly in order, so the walk is linear overall).
class ByteOffsets {
 public:
  explicit ByteOffsets(std::string_view text) : text_(text) {}
  std::size_t at(std::size_t index) {
    while (index_ < index && byte_ < text_.size()) {
      ++byte_;
      while (byte_ < text_.size() && (static_cast<unsigned char>(text_[byte_]) & 0xC0) == 0x80) ++byte_;
      ++index_;
    }
    while (index_ > index && byte_ > 0) {
      --byte_;
      while (byte_ > 0 && (static_cast<unsigned char>(text_[byte_]) & 0xC0) == 0x80) --byte_;
      --index_;
    }
    return byte_;
  }

 private:
  std::string_view text_;
  std::size_t index_ = 0;
  std::size_t byte_ = 0;
};

std::string_view text_of(const yaml_char_t* s) {
  return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
}

constexpr std::string_view kNullTag = "tag:yaml.org,2002:null";  // "!!null", as libyaml expands it

bool is_null_text(std::string_view s) { return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL"; }

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// A flat map's key: a letter or '_', then letters, digits, '_' and '-';
// libyaml takes no simple key past 1024 characters.
std::size_t flat_key_size(std::string_view line) {
  if (line.empty() || !(is_ascii_letter(line[0]) || line[0] == '_')) return 0;
  std::size_t k = 1;
  while (k < line.size() && (is_ascii_letter(line[k]) || is_ascii_digit(line[k]) || line[k] == '_' || line[k] == '-')) ++k;
  return k <= 1024 ? k : 0;
}

// A flat map's value: printable ASCII, one plain scalar as YAML reads it
// unchanged. Refused (libyaml reads it instead): an indicator first ("- a",
// "'a'", "&a", "*a", "[a]", "|", "> a", ...), a space at either end, a
// comment or anything like one ('#'), brackets and braces, and a ':' that
// could end a key (before a space or at the end).
bool flat_value(std::string_view value) {
  static constexpr std::string_view kIndicators = "-?:,[]{}#&*!|>'\"%@` ";
  if (value.empty() || kIndicators.find(value.front()) != std::string_view::npos || value.back() == ' ') return false;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    if (c < 0x20 || c > 0x7E || c == '#' || c == '[' || c == ']' || c == '{' || c == '}') return false;
    if (c == ':' && (i + 1 == value.size() || value[i + 1] == ' ')) return false;
  }
  return true;
}

}  // namespace

std::optional<YamlTree> read_flat_map(std::string_view text) {
  if (text.empty()) return std::nullopt;
  YamlTree flat;
  flat.nodes_.push_back({.kind = YamlKind::kMap, .mark = {0, 0, 0}});
  const auto add_scalar = [&](std::string_view value, int line, std::size_t column, std::size_t offset) {
    YamlTree::Data data;
    data.kind = is_null_text(value) ? YamlKind::kNull : YamlKind::kScalar;
    if (data.kind == YamlKind::kScalar) {
      flat.texts_.emplace_back(value);
      data.text = static_cast<std::uint32_t>(flat.texts_.size() - 1);
    }
    data.mark = {line, static_cast<int>(column), offset};
    flat.nodes_.push_back(data);
    flat.children_.push_back(static_cast<std::uint32_t>(flat.nodes_.size() - 1));
  };
  int line = 0;
  for (std::size_t at = 0; at < text.size(); ++line) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view row = text.substr(at, end - at);
    const std::size_t k = flat_key_size(row);
    if (k == 0 || k + 2 >= row.size() || row[k] != ':' || row[k + 1] != ' ' || !flat_value(row.substr(k + 2)))
      return std::nullopt;
    add_scalar(row.substr(0, k), line, 0, at);
    add_scalar(row.substr(k + 2), line, k + 2, at + k + 2);
    at = end + 1;
  }
  flat.nodes_[0].count = static_cast<std::uint32_t>(flat.children_.size() / 2);
  flat.documents_.push_back(0);
  return flat;
}

// Builds a YamlTree from libyaml's events, without recursion: the items of
// each open list or map wait on one stack until it ends.
class YamlBuilder {
 public:
  YamlBuilder(std::string_view text, const YamlOptions& options)
      : text_(text), options_(options), offsets_(text) {}

  YamlTree build() {
    if (options_.flat_maps_directly && options_.max_depth >= 1) {
      if (std::optional<YamlTree> flat = read_flat_map(text_)) return std::move(*flat);
    }
    Parser parser(text_);
    Event event;
    while (true) {
      if (!event.next(parser)) {
        fail_from(*parser.get());
        break;
      }
      if (!take(*event)) break;
    }
    return std::move(tree_);
  }

 private:
  struct Open {
    std::uint32_t node;
    std::size_t first_pending;
  };

  // False when done (the end, the first document with first_document_only, or an error).
  bool take(const yaml_event_t& e) {
    if (mark_next_) {  // a value written as nothing: marked where the next thing starts, as yaml-cpp did
      tree_.nodes_[*mark_next_].mark = mark_of(e.start_mark);
      mark_next_.reset();
    }
    switch (e.type) {
      case YAML_STREAM_END_EVENT: return false;
      case YAML_DOCUMENT_START_EVENT: anchors_.clear(); return true;
      case YAML_DOCUMENT_END_EVENT: return !options_.first_document_only;
      case YAML_ALIAS_EVENT: return alias(e);
      case YAML_SCALAR_EVENT: return scalar(e);
      case YAML_SEQUENCE_START_EVENT:
        return open(e, YamlKind::kList, e.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE,
                    e.data.sequence_start.anchor, e.data.sequence_start.tag);
      case YAML_MAPPING_START_EVENT:
        return open(e, YamlKind::kMap, e.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE,
                    e.data.mapping_start.anchor, e.data.mapping_start.tag);
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT: close(); return true;
      default: return true;  // stream start
    }
  }

  YamlMark mark_of(const yaml_mark_t& m) {
    return {static_cast<int>(m.line), static_cast<int>(m.column), offsets_.at(m.index)};
  }

  std::uint32_t add_text(std::string_view s) {
    if (s.empty()) return 0;
    tree_.texts_.emplace_back(s);
    return static_cast<std::uint32_t>(tree_.texts_.size() - 1);
  }

  std::uint32_t new_node(YamlKind kind, const yaml_event_t& e, const yaml_char_t* anchor, const yaml_char_t* tag) {
    YamlTree::Data data;
    data.kind = kind;
    data.mark = mark_of(e.start_mark);
    data.tag = add_text(text_of(tag));
    tree_.nodes_.push_back(data);
    const auto index = static_cast<std::uint32_t>(tree_.nodes_.size() - 1);
    if (anchor) {
      const std::string_view name = text_of(anchor);
      anchors_[std::string(name)] = index;  // defined again: later aliases mean the new one
    }
    return index;
  }

  void attach(std::uint32_t index) {
    if (open_.empty()) {
      tree_.documents_.push_back(index);
    } else {
      pending_.push_back(index);
    }
  }

  bool scalar(const yaml_event_t& e) {
    const auto& s = e.data.scalar;
    const std::string_view value(reinterpret_cast<const char*>(s.value), s.length);
    const bool plain = s.style == YAML_PLAIN_SCALAR_STYLE || s.style == YAML_ANY_SCALAR_STYLE;
    // Null as YAML resolves it: a plain ~, null or nothing, or any scalar
    // tagged !!null ("!!null ~" is null; "!!str ~" is the text "~").
    const bool null_tag = text_of(s.tag) == kNullTag;
    const bool null = (plain && s.tag == nullptr && is_null_text(value)) || null_tag;
    const std::uint32_t index = new_node(null ? YamlKind::kNull : YamlKind::kScalar, e, s.anchor, s.tag);
    YamlTree::Data& data = tree_.nodes_[index];
    switch (s.style) {
      case YAML_SINGLE_QUOTED_SCALAR_STYLE: data.scalar_style = YamlScalarStyle::kSingleQuoted; break;
      case YAML_DOUBLE_QUOTED_SCALAR_STYLE: data.scalar_style = YamlScalarStyle::kDoubleQuoted; break;
      case YAML_LITERAL_SCALAR_STYLE: data.scalar_style = YamlScalarStyle::kLiteral; break;
      case YAML_FOLDED_SCALAR_STYLE: data.scalar_style = YamlScalarStyle::kFolded; break;
      default: data.scalar_style = YamlScalarStyle::kPlain; break;
    }
    if (!null) data.text = add_text(value);
    if (null && value.empty() && s.anchor == nullptr) {
      mark_next_ = index;
      data.borrowed_mark = true;
    }
    attach(index);
    return true;
  }

  bool open(const yaml_event_t& e, YamlKind kind, bool flow, const yaml_char_t* anchor, const yaml_char_t* tag) {
    if (static_cast<int>(open_.size()) >= options_.max_depth) {
      fail(YamlError::Kind::kTooDeep, mark_of(e.start_mark), "YAML nested too deeply",
           "nothing factlint reads nests more than a few levels; look for a run of '[' or '{'", "");
      return false;
    }
    const std::uint32_t index = new_node(kind, e, anchor, tag);
    tree_.nodes_[index].flow = flow;
    open_.push_back({index, pending_.size()});
    return true;
  }

  void close() {
    const Open done = open_.back();
    open_.pop_back();
    YamlTree::Data& data = tree_.nodes_[done.node];
    const std::size_t n = pending_.size() - done.first_pending;
    data.children = static_cast<std::uint32_t>(tree_.children_.size());
    data.count = static_cast<std::uint32_t>(data.kind == YamlKind::kMap ? n / 2 : n);
    tree_.children_.insert(tree_.children_.end(), pending_.begin() + static_cast<std::ptrdiff_t>(done.first_pending),
                           pending_.end());
    pending_.resize(done.first_pending);
    attach(done.node);
  }

  bool alias(const yaml_event_t& e) {
    const std::string_view name = text_of(e.data.alias.anchor);
    const auto found = anchors_.find(std::string(name));
    if (found == anchors_.end()) {
      const std::string quoted(name);
      fail(YamlError::Kind::kUnknownAlias, mark_of(e.start_mark), "'*" + quoted + "' stands for no anchor",
           "write '&" + quoted + "' before the value it repeats, above this line; or quote a value that starts with '*'",
           "");
      return false;
    }
    attach(found->second);
    return true;
  }

  void fail(YamlError::Kind kind, YamlMark mark, std::string message, std::string hint, std::string problem) {
    tree_.error_ = YamlError{kind, mark, std::move(message), std::move(hint), std::move(problem)};
  }

  void fail_from(const yaml_parser_t& parser) {
    const std::string problem(text_of(reinterpret_cast<const yaml_char_t*>(parser.problem)));
    const std::string context(text_of(reinterpret_cast<const yaml_char_t*>(parser.context)));
    YamlMark mark;
    if (parser.error == YAML_READER_ERROR) {
      mark = yaml_mark_at(text_, parser.problem_offset);
    } else if (parser.error == YAML_SCANNER_ERROR || parser.error == YAML_PARSER_ERROR) {
      mark = mark_of(parser.problem_mark);
    }
    const YamlMark context_mark = context.empty() ? YamlMark{} : mark_of(parser.context_mark);
    YamlProblem words = describe_yaml_problem(text_, problem, context, mark, context_mark, options_.first_line);
    fail(YamlError::Kind::kSyntax, words.mark, std::move(words.message), std::move(words.hint), problem);
  }

  std::string_view text_;
  const YamlOptions& options_;
  ByteOffsets offsets_;
  YamlTree tree_;
  std::vector<Open> open_;
  std::optional<std::uint32_t> mark_next_;
  std::vector<std::uint32_t> pending_;
  std::unordered_map<std::string, std::uint32_t> anchors_;
};

YamlTree parse_yaml(std::string_view text, const YamlOptions& options) {
  return YamlBuilder(text, options).build();
}

}  // namespace factlint::util
