#include "checker/claims/segments.h"

#include <algorithm>
#include <array>

#include "checker/claims/words.h"

namespace factlint::claims {
namespace {

using extract::Token;
using extract::TokenKind;
using detail::one_of;

bool is_punct(const Token& t, std::string_view p) { return t.kind == TokenKind::kPunct && t.lower == p; }

// Words that open a new statement after a comma, or on their own for the
// contrastive ones.
constexpr std::array<std::string_view, 8> kConnectives = {"and", "but", "or", "yet", "while", "whereas",
                                                          "although", "though"};
constexpr std::array<std::string_view, 5> kContrast = {"but", "while", "whereas", "although", "though"};
// Skipped when looking for a segment's own noun phrase.
constexpr std::array<std::string_view, 14> kLeadIns = {"and", "or", "but", "yet", "while", "whereas", "although",
                                                       "though", "with", "as", "so", "then", "meanwhile", "also"};
constexpr std::array<std::string_view, 22> kSubjects = {"the", "a", "an", "its", "their", "his", "her", "this",
                                                        "that", "these", "those", "it", "they", "he", "she",
                                                        "we", "i", "you", "there", "our", "my", "your"};
constexpr std::array<std::string_view, 5> kRelatives = {"which", "who", "whom", "whose", "where"};
constexpr std::array<std::string_view, 18> kNumberWords = {
    "hundred", "thousand", "million", "billion", "trillion", "lakh", "crore", "one", "two", "three",
    "four", "five", "six", "seven", "eight", "nine", "ten", "twenty"};

// Verbs that follow "to" in an infinitive clause of news copy: "ordered to
// begin", "required to report", "agreed to release".
constexpr std::array<std::string_view, 84> kBaseVerbs = {
    "begin",   "start",    "report",   "pay",      "hold",     "meet",     "release", "disburse", "serve",
    "surrender", "approve", "visit",   "attend",   "discuss",  "sign",     "be",      "have",     "make",
    "take",    "give",     "provide",  "receive",  "return",   "remain",   "continue", "help",    "support",
    "boost",   "increase", "reduce",   "cut",      "raise",    "reach",    "seek",    "ask",      "decide",
    "announce", "consider", "review",  "complete", "finish",   "hand",     "turn",    "go",       "come",
    "stay",    "leave",    "face",     "appeal",   "file",     "pause",    "delay",   "win",      "vote",
    "elect",   "rebuild",  "build",    "deliver",  "send",     "spend",    "buy",     "sell",     "ease",
    "avoid",   "prevent",  "stop",     "open",     "close",    "launch",   "join",    "enter",    "present",
    "submit",  "resume",   "end",      "bring",    "keep",     "allow",    "lift",    "impose",   "unlock",
    "secure",  "expand",   "shore"};

const Token* at(const std::vector<Token>& tokens, std::size_t i) { return i < tokens.size() ? &tokens[i] : nullptr; }

// "in Bryan, Texas on April 25", "On Tuesday, Pakistan received": a comma
// between two capitalised words joins a place to its state, or opens the
// clause; it cuts nothing.
bool joins_names(const std::vector<Token>& tokens, std::size_t comma) {
  static constexpr std::array<std::string_view, 14> kOpeners = {
      "the", "he", "she", "it", "they", "this", "that", "these", "those", "there", "we", "i", "a", "an"};
  if (comma == 0 || comma + 1 >= tokens.size()) return false;
  const Token& before = tokens[comma - 1];
  const Token& after = tokens[comma + 1];
  return before.kind == TokenKind::kWord && before.capitalized && comma >= 2 && after.kind == TokenKind::kWord &&
         after.capitalized && !one_of(after.lower, kOpeners);
}

// A figure or a verb right after a connective continues the statement:
// ", and injured 1,891", "and 1,891 injured".
bool continues(const std::vector<Token>& tokens, std::size_t i) {
  const Token* t = at(tokens, i);
  if (!t) return true;
  if (t->kind == TokenKind::kNumber || t->kind == TokenKind::kSymbol) return true;
  return t->kind == TokenKind::kWord && verb_like(t->lower);
}

// "one hundred and fifty": an "and" inside a number in words.
bool inside_number(const std::vector<Token>& tokens, std::size_t i) {
  const Token* before = i > 0 ? &tokens[i - 1] : nullptr;
  const Token* after = at(tokens, i + 1);
  return before && after && before->kind == TokenKind::kWord && one_of(before->lower, kNumberWords) &&
         (after->kind == TokenKind::kNumber || (after->kind == TokenKind::kWord && !after->capitalized &&
                                                 (one_of(after->lower, kNumberWords) || after->lower.ends_with("ty") ||
                                                  after->lower.ends_with("teen"))));
}

// "and immediate disbursement will be SDR894 million": after "and" or "or", a
// noun and a verb of its own make another statement; "and 1,891 injured" and
// "and injured 1,891" go on with the first.
bool own_clause(const std::vector<Token>& tokens, std::size_t first, std::size_t end) {
  static constexpr std::array<std::string_view, 14> kAuxiliaries = {
      "will", "would", "is", "was", "are", "were", "has", "have", "had", "can", "could", "shall", "should", "may"};
  if (first >= end || tokens[first].kind != TokenKind::kWord ||
      (tokens[first].lower != "and" && tokens[first].lower != "or"))
    return false;
  const Token* lead = at(tokens, first + 1);
  if (!lead || lead->kind != TokenKind::kWord || verb_like(lead->lower)) return false;
  for (std::size_t i = first + 1; i < end; ++i) {
    if (tokens[i].kind == TokenKind::kNumber || tokens[i].kind == TokenKind::kSymbol) return false;
    if (tokens[i].kind == TokenKind::kWord && one_of(tokens[i].lower, kAuxiliaries)) return true;
  }
  return false;
}

// ", the convicted fraudster behind Theranos,": a noun phrase between commas,
// opening with "the", "a" or "an", with no verb of its own. It describes the
// name before it.
bool appositive(const std::vector<Token>& tokens, std::size_t first, std::size_t end) {
  static constexpr std::array<std::string_view, 16> kVerbs = {
      "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could",
      "said", "says", "told", "added", "announced"};
  if (first == 0 || first >= end || !(tokens[first - 1].kind == TokenKind::kPunct && tokens[first - 1].lower == ","))
    return false;
  if (!(tokens[end - 1].kind == TokenKind::kPunct && tokens[end - 1].lower == ",")) return false;
  const std::string_view lead = tokens[first].kind == TokenKind::kWord ? std::string_view(tokens[first].lower) : "";
  if (lead != "the" && lead != "a" && lead != "an") return false;
  for (std::size_t i = first; i < end; ++i) {
    if (tokens[i].kind == TokenKind::kWord && one_of(tokens[i].lower, kVerbs)) return false;
  }
  return true;
}

bool own_noun_phrase(const std::vector<Token>& tokens, std::size_t first, std::size_t end) {
  std::size_t i = first;
  while (i < end && (tokens[i].kind == TokenKind::kPunct ||
                     (tokens[i].kind == TokenKind::kWord && one_of(tokens[i].lower, kLeadIns))))
    ++i;
  if (i >= end) return false;
  const Token& t = tokens[i];
  if (t.kind != TokenKind::kWord) return false;
  if (one_of(t.lower, kSubjects)) return true;
  return t.capitalized && !t.all_upper && i > 0;
}

}  // namespace

bool verb_like(std::string_view w) {
  static constexpr std::array<std::string_view, 44> kIrregular = {
      "left", "hit", "struck", "put", "cut", "lost", "rose", "fell", "grew", "made", "took",
      "gave", "set", "said", "saw", "sent", "kept", "held", "brought", "told", "won", "paid",
      "spent", "built", "sold", "met", "led", "stood", "found", "became", "began", "came",
      "went", "killed", "died", "dead", "injured", "missing", "hurt", "leaving", "bringing",
      "taking", "reaching", "rising"};
  if (one_of(w, kIrregular)) return true;
  return w.size() > 4 && (w.ends_with("ed") || w.ends_with("ing"));
}

std::vector<Segment> split_segments(std::string_view sentence, const std::vector<Token>& tokens,
                                    std::size_t base) {
  std::vector<Segment> segments;
  std::vector<std::size_t> first_token;  // each segment's first token
  bool quoted = false;
  auto cut = [&](std::size_t offset, std::size_t token, Boundary boundary) {
    if (!segments.empty() && segments.back().begin == base + offset) {
      // Two cuts at one place (", and"): keep the stronger.
      if (boundary == Boundary::kStrong) segments.back().before = Boundary::kStrong;
      segments.back().quoted = quoted;
      first_token.back() = token;
      return;
    }
    if (!segments.empty()) segments.back().end = base + offset;
    segments.push_back({base + offset, base + sentence.size(), boundary, false, quoted});
    first_token.push_back(token);
  };
  segments.push_back({base, base + sentence.size(), Boundary::kNone, false, false});
  first_token.push_back(0);

  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind == TokenKind::kPunct) {
      const std::string& p = t.lower;
      if (p == "\"") {
        // A quotation mark opens or closes a statement of its own.
        quoted = !quoted;
        cut(t.end, i + 1, Boundary::kStrong);
      } else if (p == ";") {
        cut(t.end, i + 1, Boundary::kStrong);
      } else if (p == ",") {
        if (joins_names(tokens, i)) continue;
        const Token* next = at(tokens, i + 1);
        const bool connective = next && next->kind == TokenKind::kWord && one_of(next->lower, kConnectives);
        const bool strong = connective && !continues(tokens, i + 2);
        cut(t.end, i + 1, strong ? Boundary::kStrong : Boundary::kWeak);
      } else if (p == ":" || p == "(" || p == ")" || p == "[" || p == "]") {
        cut(p == "(" || p == "[" ? t.begin : t.end, p == "(" || p == "[" ? i : i + 1, Boundary::kWeak);
      } else if (p == "-" && t.space_before) {
        // A spaced dash (" - ", " -- "): an aside, like commas.
        std::size_t k = i;
        while (k + 1 < tokens.size() && is_punct(tokens[k + 1], "-") && !tokens[k + 1].space_before) ++k;
        const Token* after = at(tokens, k + 1);
        if (after && after->space_before) {
          cut(tokens[k].end, k + 1, Boundary::kWeak);
          i = k;
        }
      }
      continue;
    }
    if (t.kind != TokenKind::kWord || i == 0) continue;
    if (is_punct(tokens[i - 1], ",") || is_punct(tokens[i - 1], "(")) continue;  // cut there already
    // "to begin", "to report"; not "$1.1 bn to be disbursed", which is about the figure before it.
    if (t.lower == "to" && at(tokens, i + 1) && tokens[i + 1].kind == TokenKind::kWord &&
        tokens[i + 1].lower != "be" && one_of(tokens[i + 1].lower, kBaseVerbs) &&
        !(tokens[i + 1].lower == "close" && at(tokens, i + 2) && tokens[i + 2].lower == "to")) {  // "to close to 600"
      cut(t.begin, i, Boundary::kWeak);
      segments.back().infinitive = true;
    } else if ((t.lower == "and" || t.lower == "or") && !inside_number(tokens, i)) {
      cut(t.begin, i, Boundary::kWeak);
    } else if (one_of(t.lower, kContrast)) {
      cut(t.begin, i, continues(tokens, i + 1) ? Boundary::kWeak : Boundary::kStrong);
    }
  }
  for (std::size_t s = 1; s < segments.size(); ++s) {
    const std::size_t end = s + 1 < segments.size() ? first_token[s + 1] : tokens.size();
    segments[s].own_subject = own_noun_phrase(tokens, first_token[s], end);
    if (segments[s].before == Boundary::kWeak && own_clause(tokens, first_token[s], end))
      segments[s].before = Boundary::kStrong;
    segments[s].appositive = segments[s].own_subject && appositive(tokens, first_token[s], end);
    std::size_t k = first_token[s];
    while (k < end && tokens[k].kind == TokenKind::kPunct) ++k;
    segments[s].relative = k < end && tokens[k].kind == TokenKind::kWord && one_of(tokens[k].lower, kRelatives);
  }
  // Relative clauses run from their "which"/"who" segment through segments
  // joined by "and" or "or" to the first one that ends with a comma.
  int clause = -1;
  for (std::size_t s = 1; s < segments.size(); ++s) {
    const Token& lead = tokens[std::min(first_token[s], tokens.size() - 1)];
    const bool joined = lead.kind == TokenKind::kWord && (lead.lower == "and" || lead.lower == "or");
    const Token& before = tokens[first_token[s] > 0 ? first_token[s] - 1 : 0];
    const bool after_comma = before.kind == TokenKind::kPunct && before.lower == ",";
    if (segments[s].relative) {
      clause = static_cast<int>(s);
    } else if (clause < 0 || !joined || after_comma) {
      clause = -1;
    }
    segments[s].relative_clause = clause;
  }
  return segments;
}

std::size_t segment_at(const std::vector<Segment>& segments, std::size_t offset) {
  auto it = std::upper_bound(segments.begin(), segments.end(), offset,
                             [](std::size_t o, const Segment& s) { return o < s.begin; });
  return it == segments.begin() ? 0 : static_cast<std::size_t>(it - segments.begin()) - 1;
}

}  // namespace factlint::claims
