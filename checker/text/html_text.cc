#include "checker/text/html_text.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "checker/text/front_matter.h"

namespace factlint::text {
namespace {

// Elements whose content is never article text.
bool is_hidden(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_SVG:
      return true;
    default:
      return false;
  }
}

// Elements that start and end a paragraph of their own.
bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_BR: case GUMBO_TAG_HR:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_NAV: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_BODY:
      return true;
    default:
      return false;
  }
}

const char* attribute(const GumboElement& element, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&element.attributes, name);
  return a ? a->value : nullptr;
}

std::size_t utf8_length(unsigned char lead) {
  return lead < 0x80 ? 1 : (lead >> 5) == 6 ? 2 : (lead >> 4) == 14 ? 3 : (lead >> 3) == 30 ? 4 : 1;
}

class Extractor {
 public:
  explicit Extractor(std::string_view raw) : raw_(raw) {}

  // Appends a text node's decoded text, mapping each byte to the raw bytes it
  // was decoded from: one to one, except entities (all of "&amp;" maps to its
  // '&') and CR LF, which HTML reads as one LF. White space becomes spaces:
  // line breaks inside a paragraph are not paragraph breaks.
  void add_text(const GumboText& node) {
    std::string_view decoded = node.text ? node.text : "";
    std::string_view original(node.original_text.data, node.original_text.length);
    std::size_t base = node.start_pos.offset;
    std::size_t i = 0;  // into original
    for (std::size_t j = 0; j < decoded.size();) {
      std::size_t at = base + std::min(i, original.size());
      unsigned char c = static_cast<unsigned char>(decoded[j]);
      std::size_t n = std::min(utf8_length(c), decoded.size() - j);
      if (i < original.size() && original[i] == '&') {  // "&rsquo;", "&amp;" or a bare '&'
        append(decoded.substr(j, n), at);
        i = entity_end(original, i);
      } else if (i < original.size() && original[i] == '\r' && c == '\n') {
        append(" ", at);
        i += (i + 1 < original.size() && original[i + 1] == '\n') ? 2 : 1;
      } else {
        bool space = n == 1 && (c == '\n' || c == '\t' || c == '\r' || c == '\f');
        append(space ? std::string_view(" ") : decoded.substr(j, n), at);
        i += n;
      }
      j += n;
    }
  }

  // Ends the current paragraph: a blank line, mapped to `offset`.
  void paragraph_break(std::size_t offset) {
    std::size_t end = text_.find_last_not_of(' ');
    if (end == std::string::npos) return;  // nothing yet
    if (text_.size() >= 2 && text_.ends_with("\n\n")) return;
    while (!text_.ends_with("\n\n")) append("\n", offset);
  }

  std::size_t size() const { return text_.size(); }

  HtmlText finish() {
    HtmlText out;
    origin_.push_back(static_cast<std::uint32_t>(raw_.size()));
    out.text = std::move(text_);
    out.origin = std::move(origin_);
    return out;
  }

 private:
  // Index just past an entity starting at `i` ("&amp;", "&#8217;", "&#x2019;");
  // a '&' that starts no entity is one character.
  static std::size_t entity_end(std::string_view original, std::size_t i) {
    std::size_t k = i + 1;
    while (k < original.size() && k - i <= 32 && (std::isalnum(static_cast<unsigned char>(original[k])) ||
                                                    original[k] == '#'))
      ++k;
    if (k < original.size() && original[k] == ';') return k + 1;
    return k > i + 1 ? k : i + 1;
  }

  // Offsets never go backwards: gumbo's tree is not always in file order (the
  // white space after </html> joins <body>, whose end tag comes earlier; the
  // adoption agency reorders misnested tags), and a span whose end maps before
  // its start would underflow every raw_span and position after it.
  void append(std::string_view piece, std::size_t raw_offset) {
    auto at = static_cast<std::uint32_t>(raw_offset);
    if (!origin_.empty()) at = std::max(at, origin_.back());
    text_ += piece;
    origin_.append_same(at, piece.size());
  }

  std::string_view raw_;
  std::string text_;
  OriginMap origin_;
};

struct DateCandidate {
  std::string value;
  std::size_t offset = 0;  // of the attribute value in the raw text
  int priority = 99;       // lower wins: published_time, time, meta date
};

// Where an attribute's value starts in the raw text: value_start is the
// opening quote, if there is one.
std::size_t value_offset(const GumboAttribute& a) {
  const bool quoted = a.original_value.length > 0 && (a.original_value.data[0] == '"' || a.original_value.data[0] == '\'');
  return a.value_start.offset + (quoted ? 1 : 0);
}

// <meta property="article:modified_time" content="...">: when the page was last updated.
void consider_update(const GumboElement& e, std::optional<DateCandidate>& updated) {
  const char* property = attribute(e, "property");
  if (updated || e.tag != GUMBO_TAG_META || !property || std::string_view(property) != "article:modified_time") return;
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, "content");
  if (!a) return;
  updated = DateCandidate{a->value, value_offset(*a), 0};
}

void consider_date(const GumboElement& e, std::optional<DateCandidate>& best) {
  auto take = [&](const char* name, int priority) {
    const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
    if (!a || (best && best->priority <= priority)) return;
    best = DateCandidate{a->value, value_offset(*a), priority};
  };
  const char* property = attribute(e, "property");
  const char* name = attribute(e, "name");
  if (e.tag == GUMBO_TAG_META && property && std::string_view(property) == "article:published_time")
    take("content", 0);
  if (e.tag == GUMBO_TAG_TIME) take("datetime", 1);
  if (e.tag == GUMBO_TAG_META && name && std::string_view(name) == "date") take("content", 2);
}

std::string text_of(const GumboNode* node) {
  std::string out;
  if (node->type != GUMBO_NODE_ELEMENT) return out;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE) out += child->v.text.text;
  }
  return out;
}

bool class_names(const GumboElement& e, std::initializer_list<std::string_view> words) {
  for (const char* name : {"class", "id"}) {
    const char* value = attribute(e, name);
    if (!value) continue;
    std::string lower(value);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::string_view w : words)
      if (lower.find(w) != std::string::npos) return true;
  }
  return false;
}

// What an element's tag or class says it is, if anything.
std::optional<Role> role_of(const GumboElement& e) {
  switch (e.tag) {
    case GUMBO_TAG_H1: return Role::kHeadline;
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
      return Role::kHeading;
    case GUMBO_TAG_FIGCAPTION: return Role::kCaption;
    default: break;
  }
  if (e.tag == GUMBO_TAG_BODY || e.tag == GUMBO_TAG_ARTICLE || e.tag == GUMBO_TAG_MAIN) return std::nullopt;
  if (class_names(e, {"caption"})) return Role::kCaption;
  if (class_names(e, {"dek", "standfirst", "subtitle", "subhead", "strapline", "summary"})) return Role::kStandfirst;
  if (class_names(e, {"byline"})) return Role::kByline;
  return std::nullopt;
}

bool is_tag_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Elements the parser closes by itself (an unclosed <p> or <li> does not nest)
// or that have no content: they never deepen the tree.
bool never_nests(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "p", "li", "dd", "dt", "option", "tr", "td", "th", "area", "base", "br", "col", "embed", "hr", "img",
      "input", "link", "meta", "param", "source", "track", "wbr", "html", "head", "body"};
  return std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
}

}  // namespace

std::optional<std::string> html_too_deep(std::string_view raw) {
  // A linear scan of start and end tags, an upper bound on the real depth.
  int depth = 0;
  for (std::size_t i = raw.find('<'); i != std::string_view::npos && i + 1 < raw.size(); i = raw.find('<', i + 1)) {
    bool end = raw[i + 1] == '/';
    std::size_t b = i + 1 + end, e = b;
    while (e < raw.size() && e - b < 16 && is_tag_char(raw[e])) ++e;
    if (e == b) continue;
    std::string name(raw.substr(b, e - b));
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (never_nests(name)) continue;
    std::size_t close = raw.find('>', e);
    bool self_closing = close != std::string_view::npos && close > 0 && raw[close - 1] == '/';
    if (end) {
      depth = std::max(0, depth - 1);
    } else if (!self_closing && ++depth > kMaxHtmlDepth) {
      return fmt::format("HTML nested more than {} elements deep (not checked: too slow to parse safely)",
                         kMaxHtmlDepth);
    }
  }
  return std::nullopt;
}

HtmlText extract_html(std::string_view raw, const LineIndex& lines, const std::string& path,
                      Diagnostics& diags) {
  // gumbo keeps a copy of the open-element stack with every parse error it
  // records: unbounded, that is quadratic memory on broken pages. We read no
  // errors, so record none.
  static const GumboOptions kOptions = [] {
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;
    return options;
  }();
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> output(
      gumbo_parse_with_options(&kOptions, raw.data(), raw.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&kOptions, o); });
  Extractor extractor(raw);
  std::string title;
  std::optional<DateCandidate> date, updated;

  // Iterative depth-first walk: a hostile page nested a million deep must not
  // overflow the stack. An entry with `closing` set ends its element's paragraph.
  struct Entry {
    const GumboNode* node;
    bool closing;
    std::optional<std::size_t> mark;  // closing an element with a role: index into marks
  };
  std::vector<Block> marks;
  int open_marks = 0;  // a role inside another's element is the outer one's
  std::vector<Entry> stack{{output->root, false, std::nullopt}};
  while (!stack.empty()) {
    Entry entry = stack.back();
    stack.pop_back();
    const GumboNode* node = entry.node;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
      extractor.add_text(node->v.text);
      continue;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) continue;
    const GumboElement& e = node->v.element;
    if (entry.closing) {
      if (entry.mark) {
        marks[*entry.mark].end = extractor.size();
        --open_marks;
      }
      extractor.paragraph_break(e.end_pos.offset);
      continue;
    }
    consider_date(e, date);
    consider_update(e, updated);
    if (e.tag == GUMBO_TAG_TITLE && title.empty()) title = text_of(node);
    if (e.tag == GUMBO_TAG_HEAD) {  // metadata only: walk it for <title> and <meta>, keep no text
      for (unsigned i = 0; i < e.children.length; ++i) {
        const auto* child = static_cast<const GumboNode*>(e.children.data[i]);
        if (child->type != GUMBO_NODE_ELEMENT) continue;
        consider_date(child->v.element, date);
        consider_update(child->v.element, updated);
        if (child->v.element.tag == GUMBO_TAG_TITLE && title.empty()) title = text_of(child);
      }
      continue;
    }
    if (is_hidden(e.tag)) continue;
    const std::optional<Role> role = open_marks == 0 ? role_of(e) : std::nullopt;
    if (is_block(e.tag) || role) {
      extractor.paragraph_break(e.start_pos.offset);
      std::optional<std::size_t> mark;
      if (role) {
        mark = marks.size();
        marks.push_back({extractor.size(), extractor.size(), *role});
        ++open_marks;
      }
      stack.push_back({node, true, mark});
    }
    for (unsigned i = e.children.length; i-- > 0;)
      stack.push_back({static_cast<const GumboNode*>(e.children.data[i]), false, std::nullopt});
  }

  HtmlText out = extractor.finish();
  // Only the first <h1> is the headline; a page's later ones head sections.
  bool headline = false;
  for (const Block& b : marks) {
    if (b.begin >= b.end) continue;
    out.marks.push_back(b);
    if (b.role == Role::kHeadline) {
      if (headline) out.marks.back().role = Role::kHeading;
      headline = true;
    }
  }
  out.meta.title = title;
  if (date) {
    out.meta.date = parse_publication_date(date->value);
    const PublicationTime time = parse_publication_time(date->value);
    out.meta.time_minutes = time.minutes;
    out.meta.utc_offset_minutes = time.utc_offset_minutes;
    if (!out.meta.date) {
      LineIndex::Position p = lines.position(raw, date->offset);
      diags.warning({path, p.line, p.column},
                    fmt::format("cannot read the publication date '{}'", date->value),
                    "use an ISO 8601 date such as 2021-04-07 or 2021-04-07T10:30:00+05:00");
    }
  }
  if (updated) {
    std::string why;
    out.meta.updated = parse_date_time(updated->value, &why);
    if (!out.meta.updated) {
      LineIndex::Position p = lines.position(raw, updated->offset);
      diags.warning({path, p.line, p.column}, fmt::format("cannot read the update time '{}': {}", updated->value, why),
                    "use an ISO 8601 date-time such as 2014-08-06T08:00:00+08:00");
    }
  }
  return out;
}

}  // namespace factlint::text
