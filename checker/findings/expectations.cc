#include "checker/findings/expectations.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

#include <fmt/format.h>

#include "checker/util/edit_distance.h"
#include "checker/util/utf8.h"

namespace factlint::findings {

namespace {

constexpr std::string_view kDirective = "expect";
constexpr std::string_view kNothing = "nothing";
constexpr std::array<std::string_view, 8> kKindWords = {"contradiction", "missing-attribution", "misattribution",
                                                        "misspelling",   "outdated",            "premature",
                                                        "possible-misspelling", kNothing};
constexpr std::string_view kKindList =
    "contradiction, missing-attribution, misattribution, misspelling, outdated, premature, possible-misspelling "
    "or nothing";
constexpr std::string_view kOpenQuote = "\xE2\x80\x9C";   // “
constexpr std::string_view kCloseQuote = "\xE2\x80\x9D";  // ”

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::optional<FindingKind> kind_from_word(std::string_view word) {
  for (FindingKind k : kFindingKinds) {
    if (kind_name(k) == word) return k;
  }
  return std::nullopt;
}

// The part of a rule id after the sheet id: "people.lavrov", "trade-growth".
std::string_view short_id(std::string_view rule) {
  std::size_t slash = rule.find('/');
  return slash == std::string_view::npos ? rule : rule.substr(slash + 1);
}

bool is_person_rule(std::string_view rule) {
  return short_id(rule).starts_with("people.") || short_id(rule).starts_with("sources.");
}

// One word or quoted text of an expect comment, at byte `offset` of the file.
struct Token {
  std::string text;
  std::size_t offset = 0;
  bool quoted = false;
  bool separator = false;  // ';'
  bool unclosed = false;   // a quote that never closes
};

std::vector<Token> tokenize(std::string_view text, std::size_t offset) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    if (is_blank(text[i])) {
      ++i;
      continue;
    }
    Token token;
    token.offset = offset + i;
    if (text[i] == ';') {
      token.separator = true;
      ++i;
    } else if (text[i] == '"' || text.substr(i).starts_with(kOpenQuote)) {
      bool curly = text[i] != '"';
      std::size_t begin = i + (curly ? kOpenQuote.size() : 1);
      std::size_t end = curly ? text.find(kCloseQuote, begin) : text.find('"', begin);
      token.quoted = true;
      if (end == std::string_view::npos) {
        token.unclosed = true;
        token.text = std::string(text.substr(begin));
        i = text.size();
      } else {
        token.text = std::string(text.substr(begin, end - begin));
        i = end + (curly ? kCloseQuote.size() : 1);
      }
    } else {
      std::size_t begin = i;
      while (i < text.size() && !is_blank(text[i]) && text[i] != ';' && text[i] != '"') ++i;
      token.text = std::string(text.substr(begin, i - begin));
    }
    tokens.push_back(std::move(token));
  }
  return tokens;
}

class Parser {
 public:
  Parser(std::string_view file, std::string_view raw, std::span<const std::string> known_rules, Diagnostics& diags)
      : file_(file), raw_(raw), known_(known_rules.begin(), known_rules.end()), diags_(diags) {
    for (const std::string& rule : known_rules) {
      candidates_.insert(rule);
      candidates_.insert(std::string(short_id(rule)));
    }
    starts_.push_back(0);
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '\n') starts_.push_back(i + 1);
    }
  }

  std::vector<Expectation> parse(std::size_t body_begin);

 private:
  SourceLocation at(std::size_t offset) const {
    int line = static_cast<int>(std::upper_bound(starts_.begin(), starts_.end(), offset) - starts_.begin());
    std::size_t start = starts_[static_cast<std::size_t>(line - 1)];
    return {std::string(file_), line, static_cast<int>(util::count_code_points(raw_, start, offset)) + 1};
  }
  void error(std::size_t offset, std::string message, std::string hint = {}) {
    diags_.error(at(offset), std::move(message), std::move(hint));
  }
  // The entries of one comment's text after "expect:", which starts at `offset`.
  void parse_comment(std::string_view text, std::size_t offset, std::size_t comment);
  void parse_entry(std::span<const Token> tokens);
  bool check_rule(const Token& rule, FindingKind kind);
  // Inspects one comment; true when it is an expect comment (good or bad).
  bool handle_comment(std::string_view content, std::size_t content_offset, std::size_t comment, bool own_line,
                      bool closed);

  std::string_view file_;
  std::string_view raw_;
  std::set<std::string> known_;
  std::set<std::string> candidates_;  // full and short ids, for "did you mean"
  Diagnostics& diags_;
  std::vector<std::size_t> starts_;
  std::vector<Expectation> pending_;  // waiting for the line they apply to
};

bool Parser::check_rule(const Token& rule, FindingKind kind) {
  if (rule.quoted) {
    error(rule.offset, fmt::format("expected a rule id after '{}', not quoted text", kind_name(kind)),
          "e.g. 'contradiction trade-growth'");
    return false;
  }
  bool known = known_.contains(rule.text) || std::any_of(known_.begin(), known_.end(), [&](const std::string& k) {
                 return k.find('/') != std::string::npos && short_id(k) == rule.text;
               });
  if (!known) {
    std::vector<std::string_view> views(candidates_.begin(), candidates_.end());
    auto near = util::closest(rule.text, views);
    // "lavrov" for "people.lavrov": too far for an edit, plain to a reader.
    if (!near && candidates_.contains("people." + rule.text)) near = "people." + rule.text;
    error(rule.offset, fmt::format("no rule '{}' in the fact sheets", rule.text),
          near ? fmt::format("did you mean '{}'?", *near) : "'factlint rules list' shows every rule id");
    return false;
  }
  const bool spelling = kind == FindingKind::kMisspelling || kind == FindingKind::kPossibleMisspelling;
  if (spelling && !is_person_rule(rule.text)) {
    error(rule.offset,
          fmt::format("a {} is reported for a person, not for fact '{}'", kind_name(kind), rule.text),
          fmt::format("name the person's rule, e.g. '{} people.lavrov'", kind_name(kind)));
    return false;
  }
  if (!spelling && is_person_rule(rule.text)) {
    error(rule.offset,
          fmt::format("'{}' is a person: the findings for a person are misspelling and possible-misspelling",
                      rule.text),
          fmt::format("write 'misspelling {}', or name a fact", rule.text));
    return false;
  }
  return true;
}

void Parser::parse_entry(std::span<const Token> tokens) {
  const Token& first = tokens.front();
  if (first.quoted) {
    error(first.offset, "expected a finding kind, not quoted text", fmt::format("one of {}", kKindList));
    return;
  }
  Expectation e;
  e.where = at(first.offset);
  if (first.text == kNothing) {
    if (tokens.size() > 1) {
      error(tokens[1].offset, fmt::format("unexpected '{}' after 'nothing'", tokens[1].text),
            "'nothing' stands alone: the line gives no finding at all");
      return;
    }
    pending_.push_back(std::move(e));
    return;
  }
  std::optional<FindingKind> kind = kind_from_word(first.text);
  if (!kind) {
    auto near = util::closest(first.text, kKindWords);
    error(first.offset, fmt::format("unknown finding kind '{}'", first.text),
          near ? fmt::format("did you mean '{}'?", *near) : fmt::format("one of {}", kKindList));
    return;
  }
  e.kind = kind;
  if (tokens.size() < 2) {
    error(first.offset, fmt::format("'{}' needs the rule it is expected for", first.text),
          fmt::format("e.g. '{} {}'", first.text, *kind == FindingKind::kMisspelling ? "people.lavrov" : "trade-growth"));
    return;
  }
  if (!check_rule(tokens[1], *kind)) return;
  e.rule = tokens[1].text;
  if (tokens.size() > 2) {
    const Token& word = tokens[2];
    if (word.quoted || word.text != "at") {
      error(word.offset, fmt::format("unexpected '{}' after the rule id", word.text),
            "only 'at \"the words found\"' may follow it; separate expectations with ';'");
      return;
    }
    if (tokens.size() < 4 || !tokens[3].quoted) {
      error(word.offset, "'at' needs the words the finding is on, in double quotes", "e.g. at \"64 percent\"");
      return;
    }
    if (tokens[3].unclosed) {
      error(tokens[3].offset, "the quoted text after 'at' has no closing quote");
      return;
    }
    if (trim(tokens[3].text).empty()) {
      error(tokens[3].offset, "the quoted text after 'at' is empty", "e.g. at \"64 percent\"");
      return;
    }
    if (tokens.size() > 4) {
      error(tokens[4].offset, fmt::format("unexpected '{}' after the quoted text", tokens[4].text),
            "separate expectations with ';'");
      return;
    }
    e.at = tokens[3].text;
  }
  pending_.push_back(std::move(e));
}

void Parser::parse_comment(std::string_view text, std::size_t offset, std::size_t comment) {
  std::vector<Token> tokens = tokenize(text, offset);
  bool any = false;
  std::size_t begin = 0;
  for (std::size_t i = 0; i <= tokens.size(); ++i) {
    if (i < tokens.size() && !tokens[i].separator) continue;
    if (i > begin) {
      parse_entry(std::span<const Token>(tokens).subspan(begin, i - begin));
      any = true;
    }
    begin = i + 1;
  }
  if (!any) {
    error(comment, "this expect comment names no finding",
          "e.g. '<!-- expect: contradiction trade-growth -->' or '<!-- expect: nothing -->'");
  }
}

bool Parser::handle_comment(std::string_view content, std::size_t content_offset, std::size_t comment,
                            bool own_line, bool closed) {
  std::size_t lead = content.find_first_not_of(" \t");
  if (lead == std::string_view::npos) lead = content.size();
  std::string_view rest = content.substr(lead);
  std::size_t word_end = 0;
  while (word_end < rest.size() && (std::isalpha(static_cast<unsigned char>(rest[word_end])) || rest[word_end] == '-'))
    ++word_end;
  std::string_view word = rest.substr(0, word_end);
  bool colon = word_end < rest.size() && rest[word_end] == ':';
  if (lower(word) != kDirective) {
    // "expected:", "exepct:" are typos of a directive; any other comment is the article's own.
    if (!colon || word.empty() || lower(word) == "factlint") return false;
    const std::array<std::string_view, 1> directives = {kDirective};
    if (auto near = util::closest(lower(word), directives)) {
      error(content_offset + lead, fmt::format("unknown directive '{}:'", word), fmt::format("did you mean '{}:'?", *near));
      return true;
    }
    return false;
  }
  if (!colon) {
    error(content_offset + lead + word_end, "'expect' must be followed by a colon",
          "e.g. '<!-- expect: contradiction trade-growth -->'");
    return true;
  }
  if (!closed) {
    error(comment, "an expect comment must end with '-->' on the same line");
    return true;
  }
  if (!own_line) {
    error(comment, "an expect comment must be on a line of its own",
          "it applies to the next line that is not blank; put it on the line before");
    return true;
  }
  std::size_t entries = lead + word_end + 1;
  parse_comment(content.substr(entries), content_offset + entries, comment);
  return true;
}

std::vector<Expectation> Parser::parse(std::size_t body_begin) {
  std::vector<Expectation> result;
  bool in_fence = false;
  std::string_view fence;
  std::size_t first_pending = 0;  // the comment of the first pending expectation
  for (std::size_t i = 0; i < starts_.size(); ++i) {
    std::size_t begin = starts_[i];
    std::size_t end = i + 1 < starts_.size() ? starts_[i + 1] : raw_.size();
    if (end <= body_begin) continue;
    std::string_view line = raw_.substr(begin, end - begin);
    std::string_view text = trim(line);
    if (text.empty()) continue;
    std::size_t text_offset = begin + static_cast<std::size_t>(text.data() - line.data());
    bool is_fence = text.starts_with("```") || text.starts_with("~~~");
    bool content = true;
    if (in_fence) {
      if (text.starts_with(fence)) in_fence = false;
    } else if (is_fence) {
      in_fence = true;
      fence = text.substr(0, 3);
    } else {
      bool own_line = text.starts_with("<!--") && text.ends_with("-->") && text.find("-->") + 3 == text.size();
      if (own_line) content = false;  // a comment alone on its line: the next line is the target
      std::size_t before = pending_.size();
      for (std::size_t at = text.find("<!--"); at != std::string_view::npos; at = text.find("<!--", at + 4)) {
        std::size_t close = text.find("-->", at + 4);
        std::size_t stop = close == std::string_view::npos ? text.size() : close;
        std::string_view inner = text.substr(at + 4, stop - at - 4);
        handle_comment(inner, text_offset + at + 4, text_offset + at, own_line, close != std::string_view::npos);
        if (close == std::string_view::npos) break;
      }
      if (before == 0 && pending_.size() > 0) first_pending = text_offset;
    }
    if (!content || pending_.empty()) continue;
    SourceLocation target = at(text_offset);
    bool nothing = std::any_of(pending_.begin(), pending_.end(), [](const Expectation& e) { return !e.kind; });
    if (nothing && pending_.size() > 1) {
      auto lone = std::find_if(pending_.begin(), pending_.end(), [](const Expectation& e) { return !e.kind; });
      diags_.error(lone->where, "'nothing' cannot be combined with other expectations for the same line",
                   "remove 'nothing', or the other expectations");
    } else {
      for (Expectation& e : pending_) {
        e.line = target.line;
        e.column = target.column;
        result.push_back(std::move(e));
      }
    }
    pending_.clear();
  }
  if (!pending_.empty()) {
    error(first_pending, "this expect comment has no line after it to apply to",
          "an expect comment applies to the next line that is not blank");
  }
  return result;
}

}  // namespace

std::vector<Expectation> parse_expectations(std::string_view file, std::string_view raw, std::size_t body_begin,
                                            std::span<const std::string> known_rules, Diagnostics& diags) {
  return Parser(file, raw, known_rules, diags).parse(body_begin);
}

}  // namespace factlint::findings
