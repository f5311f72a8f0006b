#include "checker/text/front_matter.h"

#include "checker/util/edit_distance.h"
#include "checker/util/yaml_tree.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <sstream>
#include <vector>

namespace factlint::text {
namespace {

// The line starting at `at` without its "\n" or "\r\n" and trailing blanks.
std::string_view line_at(std::string_view raw, std::size_t at, std::size_t& next) {
  std::size_t end = raw.find('\n', at);
  next = end == std::string_view::npos ? raw.size() : end + 1;
  if (end == std::string_view::npos) end = raw.size();
  std::string_view line = raw.substr(at, end - at);
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
    line.remove_suffix(1);
  return line;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), is_digit); }

// "10:30", "10:30:00", "10:30:00.123" followed by "", "Z", "+05:00", "+0500" or "+05".
bool is_time_of_day(std::string_view s) {
  if (s.size() < 5 || !all_digits(s.substr(0, 2)) || s[2] != ':' || !all_digits(s.substr(3, 2))) return false;
  s.remove_prefix(5);
  if (s.size() >= 3 && s[0] == ':' && all_digits(s.substr(1, 2))) {
    s.remove_prefix(3);
    if (!s.empty() && s[0] == '.') {
      s.remove_prefix(1);
      std::size_t n = 0;
      while (n < s.size() && is_digit(s[n])) ++n;
      if (n == 0) return false;
      s.remove_prefix(n);
    }
  }
  while (!s.empty() && s[0] == ' ') s.remove_prefix(1);
  if (s.empty() || s == "Z" || s == "z") return true;
  if (s[0] != '+' && s[0] != '-') return false;
  s.remove_prefix(1);
  return (s.size() == 2 && all_digits(s)) || (s.size() == 4 && all_digits(s)) ||
         (s.size() == 5 && all_digits(s.substr(0, 2)) && s[2] == ':' && all_digits(s.substr(3, 2)));
}

// One value of the front matter, whatever form it was written in: YAML and
// JSON (read as YAML: JSON is YAML's flow style) and TOML (toml++).
struct Entry;
struct Node {
  enum class Kind { kMissing, kNull, kScalar, kMap, kList };
  Kind kind = Kind::kMissing;
  std::string scalar;        // a scalar's value; a TOML date or time in ISO 8601
  std::size_t offset = 0;    // the raw byte where the value starts
  std::vector<Entry> entries;  // a map's keys, in file order for YAML and JSON
  std::vector<Node> items;     // a list's values

  bool present() const { return kind != Kind::kMissing && kind != Kind::kNull; }
  bool is_scalar() const { return kind == Kind::kScalar; }
  const Node& operator[](std::string_view key) const;
};
struct Entry {
  std::string key;
  std::size_t key_offset = 0;
  Node value;
};

const Node& Node::operator[](std::string_view key) const {
  static const Node missing;
  for (const Entry& e : entries)
    if (e.key == key) return e.value;
  return missing;
}

// Deeper than this, a map or list is kept without its contents: factlint reads
// nothing below `factlint: {ignore: [...]}`.
constexpr int kMaxDepth = 3;

std::size_t offset_of(const util::YamlMark& mark, std::size_t begin, std::size_t end) {
  if (mark.line < 0) return begin;
  return std::min(begin + mark.offset, end);
}

Node from_yaml(const util::YamlNode& y, std::size_t begin, std::size_t end, int depth) {
  Node n;
  n.offset = offset_of(y.mark(), begin, end);
  if (y.missing()) return n;
  if (y.is_null()) {
    n.kind = Node::Kind::kNull;
  } else if (y.is_scalar()) {
    n.kind = Node::Kind::kScalar;
    n.scalar = y.scalar();
  } else if (y.is_map()) {
    n.kind = Node::Kind::kMap;
    if (depth < kMaxDepth)
      for (std::size_t i = 0; i < y.size(); ++i) {
        const util::YamlNode key = y.key(i);
        n.entries.push_back({key.is_scalar() ? key.scalar() : std::string(), offset_of(key.mark(), begin, end),
                             from_yaml(y.value(i), begin, end, depth + 1)});
      }
  } else if (y.is_list()) {
    n.kind = Node::Kind::kList;
    if (depth < kMaxDepth)
      for (const util::YamlNode item : y) n.items.push_back(from_yaml(item, begin, end, depth + 1));
  }
  return n;
}

// toml++ places nodes by line and column (1-based, columns in code points) of
// the TOML text; this turns them into raw byte offsets.
class TomlPlaces {
 public:
  TomlPlaces(std::string_view raw, std::size_t begin, std::size_t end) : raw_(raw), end_(end) {
    starts_.push_back(begin);
    for (std::size_t i = begin; i < end; ++i)
      if (raw[i] == '\n') starts_.push_back(i + 1);
  }
  std::size_t at(const toml::source_position& p) const {
    if (p.line == 0 || p.line > starts_.size()) return starts_.front();
    std::size_t at = starts_[p.line - 1];
    for (std::uint32_t column = 1; column < p.column && at < end_ && raw_[at] != '\n'; ++column) {
      ++at;
      while (at < end_ && (static_cast<unsigned char>(raw_[at]) & 0xC0) == 0x80) ++at;  // continuation bytes
    }
    return at;
  }

 private:
  std::string_view raw_;
  std::size_t end_;
  std::vector<std::size_t> starts_;
};

Node from_toml(const toml::node& t, const TomlPlaces& places, int depth) {
  Node n;
  n.offset = places.at(t.source().begin);
  if (const toml::table* table = t.as_table()) {
    n.kind = Node::Kind::kMap;
    if (depth < kMaxDepth)
      for (auto&& [key, value] : *table)
        n.entries.push_back({std::string(key.str()), places.at(key.source().begin), from_toml(value, places, depth + 1)});
    std::stable_sort(n.entries.begin(), n.entries.end(),
                     [](const Entry& a, const Entry& b) { return a.key_offset < b.key_offset; });
  } else if (const toml::array* array = t.as_array()) {
    n.kind = Node::Kind::kList;
    if (depth < kMaxDepth)
      for (const toml::node& item : *array) n.items.push_back(from_toml(item, places, depth + 1));
  } else {
    n.kind = Node::Kind::kScalar;
    if (const auto* s = t.as_string()) {
      n.scalar = s->get();
    } else {
      std::ostringstream out;  // numbers, booleans, and dates and times as ISO 8601
      t.visit([&](const auto& v) {
        if constexpr (toml::is_value<decltype(v)>) out << v;
      });
      n.scalar = out.str();
    }
  }
  return n;
}

constexpr std::array<std::string_view, 1> kFactlintKeys = {"ignore"};

// Turns raw byte offsets into places on disk.
class Locator {
 public:
  Locator(std::string_view raw, const LineIndex& lines, const std::string& path)
      : raw_(raw), lines_(lines), path_(path) {}

  SourceLocation at(const Node& node) const { return at_offset(node.offset); }
  SourceLocation at_offset(std::size_t offset) const {
    const LineIndex::Position p = lines_.position(raw_, offset);
    return {path_, p.line, p.column};
  }

 private:
  std::string_view raw_;
  const LineIndex& lines_;
  const std::string& path_;
};

// Where each byte of a scalar's value stands in the raw file. The value is
// what YAML made of the bytes from `start` (the scalar's first byte) on:
// quotes dropped, '' and \" unescaped, line breaks folded into spaces. Each
// value byte is looked for a few bytes ahead of the previous one; one that
// cannot be found (a Unicode escape in double quotes) maps to where the search stood.
// Never goes backwards, and linear: every search is bounded.
OriginMap align_scalar(std::string_view raw, std::size_t start, std::size_t limit, std::string_view value) {
  constexpr std::size_t kReach = 64;  // folded indentation, escapes
  OriginMap origin;
  std::size_t r = start;
  if (r < limit && (raw[r] == '"' || raw[r] == '\'')) ++r;
  for (char v : value) {
    std::size_t k = r;
    const std::size_t stop = std::min(limit, r + kReach);
    while (k < stop && raw[k] != v && !(v == ' ' && (raw[k] == '\n' || raw[k] == '\r'))) ++k;
    if (k < stop) {
      origin.push_back(static_cast<std::uint32_t>(k));
      r = k + 1;
    } else {
      origin.push_back(static_cast<std::uint32_t>(std::min(r, limit)));
    }
  }
  origin.push_back(static_cast<std::uint32_t>(std::min(r, limit)));
  return origin;
}

// A scalar string value, or a warning naming the key and the value's place.
bool read_string(const Node& node, std::string_view key, const Locator& where, Diagnostics& diags,
                 std::string& out) {
  if (!node.present()) return false;
  if (!node.is_scalar()) {
    diags.warning(where.at(node), fmt::format("front matter key '{}' must be a string", key));
    return false;
  }
  out = node.scalar;
  return true;
}

void read_factlint_settings(const Node& node, const Locator& where, Diagnostics& diags, FrontMatter& meta) {
  if (!node.present()) return;
  if (node.kind != Node::Kind::kMap) {
    diags.warning(where.at(node), "front matter key 'factlint' must be a mapping",
                  "e.g. 'factlint: {ignore: [fact-id]}'");
    return;
  }
  for (const Entry& entry : node.entries) {
    if (entry.key == "ignore") {
      const Node& value = entry.value;
      if (value.is_scalar()) {
        meta.ignore.push_back(value.scalar);
      } else if (value.kind == Node::Kind::kList) {
        for (const Node& id : value.items) {
          if (id.is_scalar())
            meta.ignore.push_back(id.scalar);
          else
            diags.warning(where.at(id), "'factlint.ignore' entries must be fact ids");
        }
      } else if (value.present()) {
        diags.warning(where.at(value), "'factlint.ignore' must be a list of fact ids",
                      "e.g. 'ignore: [trade-growth]'");
      }
      continue;
    }
    std::optional<std::string> near = util::closest(entry.key, kFactlintKeys);
    std::string hint = near ? fmt::format("did you mean '{}'?", *near) : "known keys: 'ignore'";
    diags.warning(where.at_offset(entry.key_offset), fmt::format("unknown key '{}' under 'factlint'", entry.key),
                  hint);
  }
}

// Front-matter keys readers see as the standfirst (dek) of the article.
constexpr std::array<std::string_view, 5> kStandfirstKeys = {"description", "summary", "subtitle", "dek",
                                                             "standfirst"};

void read_display_fields(const Node& root, std::string_view raw, const FrontMatterBlock& block, FrontMatter& meta) {
  auto add = [&](const Node& node, Role role) {
    if (!node.is_scalar() || node.scalar.empty()) return;
    const std::size_t start = node.offset;
    if (start < block.yaml_begin || start >= block.yaml_end) return;
    meta.display.push_back({role, node.scalar, align_scalar(raw, start, block.yaml_end, node.scalar)});
  };
  add(root["title"], Role::kHeadline);
  add(root["author"], Role::kByline);
  for (std::string_view key : kStandfirstKeys) {
    const Node& node = root[key];
    if (node.is_scalar()) {
      add(node, Role::kStandfirst);
      break;
    }
  }
  std::sort(meta.display.begin(), meta.display.end(),
            [](const DisplayField& a, const DisplayField& b) { return a.origin.front() < b.origin.front(); });
}

// The keys site generators give the publication date under, first found
// first: Jekyll, Hugo, Eleventy "date"; Hugo "publishDate"; Astro "pubDate";
// schema.org "datePublished"; Ghost "published_at"; and "published" when it
// holds a date (in Jekyll it is a true/false flag).
constexpr std::array<std::string_view, 6> kDateKeys = {"date",          "publishDate",  "pubDate",
                                                       "datePublished", "published_at", "published"};
// The keys for when it was last updated: Hugo's lastmod, Jekyll's
// last_modified_at, schema.org's dateModified, and the like.
constexpr std::array<std::string_view, 6> kUpdateKeys = {"updated",  "lastmod",      "last_modified_at",
                                                         "modified", "dateModified", "updated_at"};

bool is_flag(const Node& node) {
  return node.is_scalar() && (node.scalar == "true" || node.scalar == "false" || node.scalar == "yes" ||
                              node.scalar == "no");
}

void read_keys(const Node& root, std::string_view raw, const FrontMatterBlock& block, const Locator& where,
               Diagnostics& diags, FrontMatter& meta) {
  read_string(root["title"], "title", where, diags, meta.title);
  read_display_fields(root, raw, block, meta);
  read_string(root["outlet"], "outlet", where, diags, meta.outlet);
  read_string(root["url"], "url", where, diags, meta.url);
  read_string(root["author"], "author", where, diags, meta.author);
  for (std::string_view key : kDateKeys) {
    const Node& node = root[key];
    if (!node.present() || (key == "published" && is_flag(node))) continue;
    std::string date;
    if (read_string(node, key, where, diags, date)) {
      meta.date = parse_publication_date(date);
      const PublicationTime time = parse_publication_time(date);
      meta.time_minutes = time.minutes;
      meta.utc_offset_minutes = time.utc_offset_minutes;
      if (!meta.date)
        diags.warning(where.at(node), fmt::format("invalid publication date '{}'", date),
                      "expected an ISO 8601 date such as '2021-04-07'; relative dates will not be checked");
    }
    break;
  }
  for (std::string_view key : kUpdateKeys) {
    const Node& node = root[key];
    std::string text;
    if (!node.present() || !read_string(node, key, where, diags, text)) continue;
    std::string why;
    meta.updated = parse_date_time(text, &why);
    if (!meta.updated)
      diags.warning(where.at(node), fmt::format("invalid update time '{}': {}", text, why),
                    "expected an ISO 8601 date or date-time such as '2014-08-06T08:00:00+08:00'");
    break;
  }
  read_factlint_settings(root["factlint"], where, diags, meta);
}

// A JSON object from `open` (its "{") to just after its closing "}", strings
// and escapes skipped; npos when it never closes. Linear.
std::size_t json_object_end(std::string_view raw, std::size_t open) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = open; i < raw.size(); ++i) {
    const char c = raw[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (--depth == 0) return c == '}' ? i + 1 : std::string_view::npos;
    }
  }
  return std::string_view::npos;
}

// The closing line of a block opened by `open` ("---" or "+++") on the line
// that ends before `from`.
std::optional<FrontMatterBlock> closed_block(std::string_view raw, std::size_t from, FrontMatterFormat format) {
  FrontMatterBlock block;
  block.format = format;
  block.yaml_begin = from;
  std::size_t next = 0;
  for (std::size_t at = from; at < raw.size(); at = next) {
    const std::string_view line = line_at(raw, at, next);
    const bool closes =
        format == FrontMatterFormat::kToml ? line == "+++" : (line == "---" || line == "...");
    if (closes) {
      block.yaml_end = at;
      block.body_begin = next;
      return block;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<FrontMatterBlock> find_front_matter(std::string_view raw, std::size_t start) {
  if (start >= raw.size()) return std::nullopt;
  if (raw[start] == '{') {
    const std::size_t end = json_object_end(raw, start);
    if (end == std::string_view::npos) return std::nullopt;
    std::size_t next = 0;
    const std::string_view rest = line_at(raw, end, next);
    if (!rest.empty()) return std::nullopt;  // "{" opening prose, not front matter
    return FrontMatterBlock{FrontMatterFormat::kJson, start, end, next};
  }
  std::size_t next = 0;
  const std::string_view first = line_at(raw, start, next);
  if ((first != "---" && first != "+++") || next >= raw.size() || raw[next - 1] != '\n') return std::nullopt;
  return closed_block(raw, next, first == "+++" ? FrontMatterFormat::kToml : FrontMatterFormat::kYaml);
}

std::optional<std::string> unclosed_front_matter(std::string_view raw, std::size_t start) {
  if (start >= raw.size() || find_front_matter(raw, start)) return std::nullopt;
  if (raw[start] == '{') {
    if (json_object_end(raw, start) != std::string_view::npos) return std::nullopt;
    return "the JSON front matter opened by '{' on line 1 never closes: the article is checked as if it had none";
  }
  std::size_t next = 0;
  const std::string_view first = line_at(raw, start, next);
  if ((first != "---" && first != "+++") || next >= raw.size()) return std::nullopt;
  return fmt::format("the front matter opened by '{}' on line 1 is never closed by a '{}' line: the article is "
                     "checked as if it had none",
                     first, first);
}

std::size_t body_begin(std::string_view raw) {
  const std::size_t start = raw.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  const std::optional<FrontMatterBlock> block = find_front_matter(raw, start);
  return block ? block->body_begin : start;
}

std::optional<Date> parse_publication_date(std::string_view text) {
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.size() > 10) {
    const char sep = text[10];
    if ((sep != 'T' && sep != 't' && sep != ' ') || !is_time_of_day(text.substr(11))) return std::nullopt;
    text = text.substr(0, 10);
  }
  if (text.size() != 10) return std::nullopt;  // a publication date names a day
  return parse_iso_date(text);
}

PublicationTime parse_publication_time(std::string_view text) {
  PublicationTime out;
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.size() < 16 || !parse_publication_date(text)) return out;
  std::string_view t = text.substr(11);
  out.minutes = (t[0] - '0') * 600 + (t[1] - '0') * 60 + (t[3] - '0') * 10 + (t[4] - '0');
  t.remove_prefix(5);
  if (t.size() >= 3 && t[0] == ':') t.remove_prefix(3);
  if (!t.empty() && t[0] == '.') {
    t.remove_prefix(1);
    while (!t.empty() && is_digit(t[0])) t.remove_prefix(1);
  }
  while (!t.empty() && t[0] == ' ') t.remove_prefix(1);
  if (t == "Z" || t == "z") {
    out.utc_offset_minutes = 0;
  } else if (t.size() >= 3 && (t[0] == '+' || t[0] == '-')) {
    const int sign = t[0] == '-' ? -1 : 1;
    std::string digits;
    for (char c : t.substr(1))
      if (is_digit(c)) digits.push_back(c);
    if (digits.size() == 2 || digits.size() == 4) {
      const int hours = (digits[0] - '0') * 10 + (digits[1] - '0');
      const int minutes = digits.size() == 4 ? (digits[2] - '0') * 10 + (digits[3] - '0') : 0;
      out.utc_offset_minutes = sign * (hours * 60 + minutes);
    }
  }
  if (*out.minutes >= 24 * 60) out = {};
  return out;
}

FrontMatter parse_front_matter(std::string_view raw, const FrontMatterBlock& block, const LineIndex& lines,
                               const std::string& path, Diagnostics& diags) {
  FrontMatter meta;
  const Locator where(raw, lines, path);
  const std::string_view keys = raw.substr(block.yaml_begin, block.yaml_end - block.yaml_begin);
  Node root;
  if (block.format == FrontMatterFormat::kToml) {
    const TomlPlaces places(raw, block.yaml_begin, block.yaml_end);
    try {
      const toml::table table = toml::parse(keys);
      root = from_toml(table, places, 0);
    } catch (const toml::parse_error& e) {
      diags.warning(where.at_offset(places.at(e.source().begin)),
                    fmt::format("invalid TOML front matter: {}", e.description()),
                    "the article is checked without its front matter");
      return meta;
    }
  } else {
    util::YamlOptions first_document;
    first_document.first_document_only = true;
    first_document.first_line = lines.position(raw, block.yaml_begin).line;
    const util::YamlTree yaml = util::parse_yaml(keys, first_document);
    if (const std::optional<util::YamlError>& error = yaml.error()) {
      const std::string_view form = block.format == FrontMatterFormat::kJson ? "JSON " : "";
      const std::string why = error->kind == util::YamlError::Kind::kTooDeep ? "nested too deeply" : error->message;
      diags.warning(where.at_offset(offset_of(error->mark, block.yaml_begin, block.yaml_end)),
                    fmt::format("invalid {}front matter: {}", form, why),
                    "the article is checked without its front matter");
      return meta;
    }
    if (!yaml.documents().empty()) root = from_yaml(yaml.documents()[0], block.yaml_begin, block.yaml_end, 0);
  }
  if (root.kind == Node::Kind::kNull || root.kind == Node::Kind::kMissing) return meta;
  if (root.kind != Node::Kind::kMap) {
    diags.warning(where.at(root), "front matter must be a mapping of keys to values",
                  "e.g. 'title: ...' and 'date: 2021-04-07'");
    return meta;
  }
  read_keys(root, raw, block, where, diags, meta);
  return meta;
}

}  // namespace factlint::text
