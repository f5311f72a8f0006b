#include "checker/findings/suppress.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "checker/util/edit_distance.h"
#include "checker/util/utf8.h"

namespace factlint::findings {

namespace {

constexpr std::string_view kNextLine = "factlint-disable-next-line";
constexpr std::string_view kDisable = "factlint-disable";
constexpr std::string_view kEnable = "factlint-enable";
constexpr std::array<std::string_view, 3> kDirectives = {kNextLine, kDisable, kEnable};

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

// Byte offsets to 1-based line and column (code points) in `raw`.
class Lines {
 public:
  explicit Lines(std::string_view raw) : raw_(raw) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '\n') starts_.push_back(i + 1);
    }
  }
  int count() const { return static_cast<int>(starts_.size()); }
  int line_of(std::size_t offset) const {
    return static_cast<int>(std::upper_bound(starts_.begin(), starts_.end(), offset) - starts_.begin());
  }
  int column_of(std::size_t offset) const {
    std::size_t start = starts_[static_cast<std::size_t>(line_of(offset) - 1)];
    return static_cast<int>(util::count_code_points(raw_, start, offset)) + 1;
  }
  std::string_view text(int line) const {  // without the line break
    std::size_t begin = starts_[static_cast<std::size_t>(line - 1)];
    std::size_t end = line < count() ? starts_[static_cast<std::size_t>(line)] : raw_.size();
    return raw_.substr(begin, end - begin);
  }

 private:
  std::string_view raw_;
  std::vector<std::size_t> starts_;
};

// Lines inside fenced code blocks (``` or ~~~), fences included: a comment
// shown as code is an example, not a directive.
std::vector<bool> fenced_lines(const Lines& lines) {
  std::vector<bool> fenced(static_cast<std::size_t>(lines.count()) + 1, false);
  bool in_fence = false;
  std::string_view fence;
  for (int line = 1; line <= lines.count(); ++line) {
    std::string_view text = trim(lines.text(line));
    bool is_fence = text.starts_with("```") || text.starts_with("~~~");
    if (!in_fence && is_fence) {
      in_fence = true;
      fence = text.substr(0, 3);
      fenced[static_cast<std::size_t>(line)] = true;
    } else if (in_fence) {
      fenced[static_cast<std::size_t>(line)] = true;
      if (text.starts_with(fence)) in_fence = false;
    }
  }
  return fenced;
}

// A line that says nothing a finding could be on: blank, or one whole comment.
bool is_skippable(std::string_view line) {
  line = trim(line);
  return line.empty() || (line.starts_with("<!--") && line.ends_with("-->"));
}

// The words of a directive: whitespace or commas between ids; "--" starts a
// free-text reason ("factlint-disable-next-line trade-growth -- quoted verbatim").
std::vector<std::pair<std::string_view, std::size_t>> words(std::string_view text, std::size_t offset) {
  std::vector<std::pair<std::string_view, std::size_t>> result;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (is_blank(text[i]) || text[i] == ',')) ++i;
    std::size_t begin = i;
    while (i < text.size() && !is_blank(text[i]) && text[i] != ',') ++i;
    if (i == begin) break;
    std::string_view word = text.substr(begin, i - begin);
    if (word == "--") break;
    result.emplace_back(word, offset + begin);
  }
  return result;
}

void add_front_matter(std::string_view raw, std::size_t body_begin, const std::vector<std::string>& ignore,
                      const Lines& lines, ParsedSuppressions& parsed) {
  if (ignore.empty()) return;
  Suppression s;
  s.scope = Suppression::Scope::kFrontMatter;
  std::string_view front = raw.substr(0, std::min(body_begin, raw.size()));
  std::size_t key = front.find("ignore");
  std::size_t from = key == std::string_view::npos ? 0 : key;
  s.line = key == std::string_view::npos ? 1 : lines.line_of(key);
  s.column = key == std::string_view::npos ? 1 : lines.column_of(key);
  s.begin_line = 1;
  s.begin_column = 1;
  for (const std::string& id : ignore) {
    std::size_t at = id.empty() ? std::string_view::npos : front.find(id, from);
    if (at == std::string_view::npos) {
      s.ids.push_back({id, s.line, s.column});
    } else {
      s.ids.push_back({id, lines.line_of(at), lines.column_of(at)});
      from = at + id.size();
    }
  }
  parsed.suppressions.push_back(std::move(s));
}

}  // namespace

bool id_matches(std::string_view id, std::string_view rule) {
  if (id == rule) return true;
  std::size_t slash = rule.find('/');
  return slash != std::string_view::npos && rule.substr(slash + 1) == id;
}

ParsedSuppressions parse_suppressions(std::string_view file, std::string_view raw, std::size_t body_begin,
                                      const std::vector<std::string>& ignore) {
  ParsedSuppressions parsed;
  // Most articles hold no HTML comment and no `ignore:`: nothing to index.
  if (ignore.empty() && raw.find("<!--", std::min(body_begin, raw.size())) == std::string_view::npos) return parsed;
  Lines lines(raw);
  add_front_matter(raw, body_begin, ignore, lines, parsed);
  std::vector<bool> fenced = fenced_lines(lines);
  std::vector<std::size_t> open;  // indexes of regions not yet closed

  auto notice = [&](std::size_t offset, std::string message) {
    parsed.notices.push_back({std::string(file), lines.line_of(offset), lines.column_of(offset), std::move(message)});
  };
  auto close = [&](std::size_t region, std::size_t offset) {
    parsed.suppressions[region].end_line = lines.line_of(offset);
    parsed.suppressions[region].end_column = lines.column_of(offset);
  };

  for (std::size_t at = raw.find("<!--", std::min(body_begin, raw.size())); at != std::string_view::npos;
       at = raw.find("<!--", at)) {
    std::size_t end = raw.find("-->", at + 4);
    if (end == std::string_view::npos) break;  // an unclosed comment runs to the end: no directive
    std::size_t content = at + 4;
    std::string_view body = raw.substr(content, end - content);
    std::size_t comment = at;
    at = end + 3;
    if (fenced[static_cast<std::size_t>(lines.line_of(comment))]) continue;
    auto ws = words(body, content);
    if (ws.empty() || !ws.front().first.starts_with("factlint-")) continue;
    std::string_view directive = ws.front().first;
    std::vector<SuppressedId> ids;
    for (std::size_t i = 1; i < ws.size(); ++i) {
      ids.push_back({std::string(ws[i].first), lines.line_of(ws[i].second), lines.column_of(ws[i].second)});
    }
    if (directive == kEnable) {
      std::vector<std::size_t> still_open;
      bool closed_any = false;
      for (std::size_t region : open) {
        Suppression& r = parsed.suppressions[region];
        if (ids.empty()) {
          close(region, comment);
          closed_any = true;
          continue;
        }
        auto named = [&](const SuppressedId& id) {
          return std::any_of(ids.begin(), ids.end(), [&](const SuppressedId& e) { return e.id == id.id; });
        };
        if (r.ids.empty() || std::none_of(r.ids.begin(), r.ids.end(), named)) {
          still_open.push_back(region);
          continue;
        }
        // Close this region and reopen it for the ids not re-enabled.
        close(region, comment);
        closed_any = true;
        Suppression rest = r;
        rest.ids.erase(std::remove_if(rest.ids.begin(), rest.ids.end(), named), rest.ids.end());
        if (rest.ids.empty()) continue;
        rest.begin_line = lines.line_of(at);
        rest.begin_column = lines.column_of(at);
        rest.end_line = rest.end_column = 0;
        parsed.suppressions.push_back(std::move(rest));
        still_open.push_back(parsed.suppressions.size() - 1);
      }
      open = std::move(still_open);
      if (!closed_any) notice(comment, "'factlint-enable' without a 'factlint-disable' before it");
      continue;
    }
    if (directive != kNextLine && directive != kDisable) {
      std::string message = fmt::format("unknown directive '{}'", directive);
      if (auto near = util::closest(directive, kDirectives)) message += fmt::format(" (did you mean '{}'?)", *near);
      notice(ws.front().second, std::move(message));
      continue;
    }
    Suppression s;
    s.ids = std::move(ids);
    s.line = lines.line_of(comment);
    s.column = lines.column_of(comment);
    if (directive == kDisable) {
      s.scope = Suppression::Scope::kRegion;
      s.begin_line = lines.line_of(at);
      s.begin_column = lines.column_of(at);
      parsed.suppressions.push_back(std::move(s));
      open.push_back(parsed.suppressions.size() - 1);
      continue;
    }
    s.scope = Suppression::Scope::kNextLine;
    int target = lines.line_of(at) + 1;
    while (target <= lines.count() && is_skippable(lines.text(target))) ++target;
    if (target > lines.count()) {
      s.begin_line = s.end_line = -1;  // nothing follows: covers nothing
    } else {
      s.begin_line = target;
      s.begin_column = 1;
      s.end_line = target + 1;
      s.end_column = 1;
    }
    parsed.suppressions.push_back(std::move(s));
  }
  return parsed;
}

namespace {

bool covers(const Suppression& s, const Finding& f) {
  auto at = std::make_tuple(f.line, f.column);
  if (at < std::make_tuple(s.begin_line, s.begin_column)) return false;
  return s.end_line == 0 || at < std::make_tuple(s.end_line, s.end_column);
}

bool known(std::string_view id, std::span<const std::string> rules) {
  return rules.empty() ||
         std::any_of(rules.begin(), rules.end(), [&](const std::string& rule) { return id_matches(id, rule); });
}

std::string unknown_rule_message(std::string_view id, std::span<const std::string> rules) {
  std::vector<std::string> names;
  for (const std::string& rule : rules) {
    names.push_back(rule);
    std::size_t slash = rule.find('/');
    if (slash != std::string::npos) names.push_back(rule.substr(slash + 1));
  }
  std::vector<std::string_view> views(names.begin(), names.end());
  std::string message = fmt::format("suppression names '{}', which is not a rule", id);
  if (auto near = util::closest(id, views)) message += fmt::format(" (did you mean '{}'?)", *near);
  return message;
}

}  // namespace

SuppressResult apply_suppressions(std::vector<Finding> findings, const ParsedSuppressions& parsed,
                                  std::string_view file, std::span<const std::string> known_rules) {
  SuppressResult result;
  using Key = std::pair<int, int>;  // where an id (or an id-less directive) is written
  std::set<Key> used;
  for (Finding& f : findings) {
    bool suppressed = false;
    for (const Suppression& s : parsed.suppressions) {
      if (!covers(s, f)) continue;
      if (s.ids.empty()) {
        used.insert({s.line, s.column});
        suppressed = true;
      }
      for (const SuppressedId& id : s.ids) {
        if (!id_matches(id.id, f.rule)) continue;
        used.insert({id.line, id.column});
        suppressed = true;
      }
    }
    if (suppressed) {
      ++result.suppressed;
    } else {
      result.kept.push_back(std::move(f));
    }
  }

  std::set<Key> told;  // a region split by an enable shares its ids' places
  for (const Suppression& s : parsed.suppressions) {
    if (s.ids.empty()) {
      if (used.count({s.line, s.column}) || !told.insert({s.line, s.column}).second) continue;
      std::string message = s.scope == Suppression::Scope::kNextLine && s.begin_line > 0
                                ? fmt::format("unused suppression: no finding on line {}", s.begin_line)
                                : std::string("unused suppression: no finding to suppress");
      result.notices.push_back({std::string(file), s.line, s.column, std::move(message)});
      continue;
    }
    for (const SuppressedId& id : s.ids) {
      if (used.count({id.line, id.column}) || !told.insert({id.line, id.column}).second) continue;
      std::string message = known(id.id, known_rules) ? fmt::format("unused suppression for '{}'", id.id)
                                                      : unknown_rule_message(id.id, known_rules);
      result.notices.push_back({std::string(file), id.line, id.column, std::move(message)});
    }
  }
  for (const Notice& n : parsed.notices) result.notices.push_back(n);
  std::sort(result.notices.begin(), result.notices.end(), [](const Notice& a, const Notice& b) {
    return std::tie(a.line, a.column, a.message) < std::tie(b.line, b.column, b.message);
  });
  return result;
}

}  // namespace factlint::findings
