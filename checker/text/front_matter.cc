#include "checker/text/front_matter.h"

#include "checker/util/edit_distance.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
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

// A missing key yields an invalid node, on which IsNull() throws.
bool present(const YAML::Node& node) { return node.IsDefined() && !node.IsNull(); }

constexpr std::array<std::string_view, 1> kFactlintKeys = {"ignore"};

// Turns yaml-cpp marks (0-based, bytes from the start of the YAML text) into
// a place on disk, front matter lines counted.
class Locator {
 public:
  Locator(std::string_view raw, const FrontMatterBlock& block, const LineIndex& lines, const std::string& path)
      : raw_(raw), block_(block), lines_(lines), path_(path) {}

  SourceLocation at(const YAML::Mark& mark) const {
    if (mark.is_null() || mark.pos < 0) return at_offset(block_.yaml_begin);
    return at_offset(std::min(block_.yaml_begin + static_cast<std::size_t>(mark.pos), block_.yaml_end));
  }
  SourceLocation at_offset(std::size_t offset) const {
    const LineIndex::Position p = lines_.position(raw_, offset);
    return {path_, p.line, p.column};
  }

 private:
  std::string_view raw_;
  const FrontMatterBlock& block_;
  const LineIndex& lines_;
  const std::string& path_;
};

// Where each byte of a scalar's value stands in the raw file. The value is
// what YAML made of the bytes from `start` (the scalar's first byte) on:
// quotes dropped, '' and \" unescaped, line breaks folded into spaces. Each
// value byte is looked for a few bytes ahead of the previous one; one that
// cannot be found (a Unicode escape in double quotes) maps to where the search stood.
// Never goes backwards, and linear: every search is bounded.
std::vector<std::uint32_t> align_scalar(std::string_view raw, std::size_t start, std::size_t limit,
                                        std::string_view value) {
  constexpr std::size_t kReach = 64;  // folded indentation, escapes
  std::vector<std::uint32_t> origin;
  origin.reserve(value.size() + 1);
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
bool read_string(const YAML::Node& node, std::string_view key, const Locator& where, Diagnostics& diags,
                 std::string& out) {
  if (!present(node)) return false;
  if (!node.IsScalar()) {
    diags.warning(where.at(node.Mark()), fmt::format("front matter key '{}' must be a string", key));
    return false;
  }
  out = node.Scalar();
  return true;
}

void read_factlint_settings(const YAML::Node& node, const Locator& where, Diagnostics& diags, FrontMatter& meta) {
  if (!present(node)) return;
  if (!node.IsMap()) {
    diags.warning(where.at(node.Mark()), "front matter key 'factlint' must be a mapping",
                  "e.g. 'factlint: {ignore: [fact-id]}'");
    return;
  }
  for (const auto& entry : node) {
    const std::string key = entry.first.IsScalar() ? entry.first.Scalar() : std::string();
    if (key == "ignore") {
      const YAML::Node& value = entry.second;
      if (value.IsScalar()) {
        meta.ignore.push_back(value.Scalar());
      } else if (value.IsSequence()) {
        for (const YAML::Node& id : value) {
          if (id.IsScalar())
            meta.ignore.push_back(id.Scalar());
          else
            diags.warning(where.at(id.Mark()), "'factlint.ignore' entries must be fact ids");
        }
      } else if (!value.IsNull()) {
        diags.warning(where.at(value.Mark()), "'factlint.ignore' must be a list of fact ids",
                      "e.g. 'ignore: [trade-growth]'");
      }
      continue;
    }
    std::optional<std::string> near = util::closest(key, kFactlintKeys);
    std::string hint = near ? fmt::format("did you mean '{}'?", *near) : "known keys: 'ignore'";
    diags.warning(where.at(entry.first.Mark()), fmt::format("unknown key '{}' under 'factlint'", key), hint);
  }
}

// Front-matter keys readers see as the standfirst (dek) of the article.
constexpr std::array<std::string_view, 5> kStandfirstKeys = {"description", "summary", "subtitle", "dek",
                                                             "standfirst"};

void read_display_fields(const YAML::Node& root, std::string_view raw, const FrontMatterBlock& block,
                         FrontMatter& meta) {
  auto add = [&](const YAML::Node& node, Role role) {
    if (!present(node) || !node.IsScalar() || node.Scalar().empty() || node.Mark().pos < 0) return;
    const std::size_t start = block.yaml_begin + static_cast<std::size_t>(node.Mark().pos);
    if (start >= block.yaml_end) return;
    meta.display.push_back({role, node.Scalar(), align_scalar(raw, start, block.yaml_end, node.Scalar())});
  };
  add(root["title"], Role::kHeadline);
  add(root["author"], Role::kByline);
  for (std::string_view key : kStandfirstKeys) {
    const YAML::Node node = root[std::string(key)];
    if (present(node) && node.IsScalar()) {
      add(node, Role::kStandfirst);
      break;
    }
  }
  std::sort(meta.display.begin(), meta.display.end(),
            [](const DisplayField& a, const DisplayField& b) { return a.origin.front() < b.origin.front(); });
}

}  // namespace

std::optional<FrontMatterBlock> find_front_matter(std::string_view raw, std::size_t start) {
  std::size_t next = 0;
  if (start >= raw.size() || line_at(raw, start, next) != "---" || next >= raw.size() || raw[next - 1] != '\n')
    return std::nullopt;
  FrontMatterBlock block;
  block.yaml_begin = next;
  for (std::size_t at = next; at < raw.size(); at = next) {
    const std::string_view line = line_at(raw, at, next);
    if (line == "---" || line == "...") {
      block.yaml_end = at;
      block.body_begin = next;
      return block;
    }
  }
  return std::nullopt;
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
  const Locator where(raw, block, lines, path);
  try {
    const YAML::Node root = YAML::Load(std::string(raw.substr(block.yaml_begin, block.yaml_end - block.yaml_begin)));
    if (root.IsNull()) return meta;
    if (!root.IsMap()) {
      diags.warning(where.at(root.Mark()), "front matter must be a mapping of keys to values",
                    "e.g. 'title: ...' and 'date: 2021-04-07'");
      return meta;
    }
    read_string(root["title"], "title", where, diags, meta.title);
    read_display_fields(root, raw, block, meta);
    read_string(root["outlet"], "outlet", where, diags, meta.outlet);
    read_string(root["url"], "url", where, diags, meta.url);
    read_string(root["author"], "author", where, diags, meta.author);
    std::string date;
    // "date" (Jekyll, Hugo, Eleventy), else the keys other generators use for it.
    std::string date_key = "date";
    for (const char* key : {"publishDate", "pubDate", "published_at"}) {  // not Jekyll's "published: false"
      if (!present(root["date"]) && present(root[key])) {
        date_key = key;
        break;
      }
    }
    const YAML::Node date_node = root[date_key];
    if (read_string(date_node, date_key, where, diags, date)) {
      meta.date = parse_publication_date(date);
      const PublicationTime time = parse_publication_time(date);
      meta.time_minutes = time.minutes;
      meta.utc_offset_minutes = time.utc_offset_minutes;
      if (!meta.date)
        diags.warning(where.at(date_node.Mark()), fmt::format("invalid publication date '{}'", date),
                      "expected an ISO 8601 date such as '2021-04-07'; relative dates will not be checked");
    }
    // When it was last updated: Hugo's lastmod, Jekyll's last_modified_at, and the like.
    for (const char* key : {"updated", "lastmod", "last_modified_at", "modified", "dateModified", "updated_at"}) {
      const YAML::Node node = root[key];
      std::string text;
      if (!present(node) || !read_string(node, key, where, diags, text)) continue;
      std::string why;
      meta.updated = parse_date_time(text, &why);
      if (!meta.updated)
        diags.warning(where.at(node.Mark()), fmt::format("invalid update time '{}': {}", text, why),
                      "expected an ISO 8601 date or date-time such as '2014-08-06T08:00:00+08:00'");
      break;
    }
    read_factlint_settings(root["factlint"], where, diags, meta);
  } catch (const YAML::Exception& e) {
    diags.warning(where.at(e.mark), fmt::format("invalid front matter: {}", e.msg),
                  "the article is checked without its front matter");
  }
  return meta;
}

}  // namespace factlint::text
