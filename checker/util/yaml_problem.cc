#include "checker/util/yaml_problem.h"

#include <fmt/format.h>

#include <array>

namespace factlint::util {

namespace {

std::string_view line_at(std::string_view text, int line) {
  std::size_t start = 0;
  for (int i = 0; i < line; ++i) {
    start = text.find('\n', start);
    if (start == std::string_view::npos) return {};
    ++start;
  }
  const std::size_t end = text.find('\n', start);
  return text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
}

bool indented_with_tab(std::string_view line) {
  for (char c : line) {
    if (c == '\t') return true;
    if (c != ' ') return false;
  }
  return false;
}

char char_at(std::string_view text, const YamlMark& mark) {
  return mark.line >= 0 && mark.offset < text.size() ? text[mark.offset] : '\0';
}

// The words of a key that starts at `mark` and runs to ':' or the line's end.
std::string key_at(std::string_view text, const YamlMark& mark) {
  if (mark.line < 0 || mark.offset >= text.size()) return {};
  std::string_view rest = text.substr(mark.offset);
  rest = rest.substr(0, std::min(rest.find('\n'), rest.find(':')));
  while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\r')) rest.remove_suffix(1);
  if (rest.size() > 40) return {};
  return std::string(rest);
}

constexpr std::string_view kCommaHint = "a ',' separates items only inside [ ] or { }; quote text that holds one";

}  // namespace

// libyaml's problems, read in scanner.c and parser.c of 0.2.5; the ones a
// hand-written sheet, config or front matter runs into get their own words,
// the rare rest (directives, tag URIs, escapes of UTF-16) keep libyaml's.
YamlProblem describe_yaml_problem(std::string_view text, std::string_view problem, std::string_view context,
                                  const YamlMark& mark, const YamlMark& context_mark, int first_line) {
  const std::string check_line = fmt::format("check the indentation of line {}", mark.line + first_line);
  // The commonest cause of any error in a hand-written file: a tab.
  for (int line = mark.line; line >= 0 && line >= mark.line - 1; --line) {
    if (indented_with_tab(line_at(text, line))) {
      return {mark, fmt::format("line {} is indented with a tab; YAML allows only spaces", line + first_line),
              "indent with spaces"};
    }
  }
  const char c = char_at(text, mark);
  if (problem == "found character that cannot start any token") {
    if (c == '\t') return {mark, "a tab where YAML expects a space", "separate and indent with spaces"};
    return {mark, fmt::format("a value cannot start with '{}'", c), "quote the value"};
  }
  if (problem == "did not find expected node content" || problem == "did not find expected <document start>") {
    if (mark.offset < text.size() && text.substr(mark.offset).starts_with("..."))
      return {mark, "'...' ends a document that has not started", "delete the '...' line"};
    if (c == ',') return {mark, "unexpected ',' where a value should start", std::string(kCommaHint)};
    if (c == ']' || c == '}') return {mark, fmt::format("unexpected '{}'", c), "check that each '[' has one ']' and each '{' one '}'"};
    if (problem == "did not find expected node content")
      return {mark, "a value should start here", "quote the value"};
    return {mark, "more text after the end of the document", check_line};
  }
  if (problem == "did not find expected key" || problem == "did not find expected '-' indicator") {
    if (c == ',') return {mark, "unexpected ',' where a value should start", std::string(kCommaHint)};
    if (c == ']' || c == '}') return {mark, fmt::format("unexpected '{}'", c), "check that each '[' has one ']' and each '{' one '}'"};
    const bool list = problem == "did not find expected '-' indicator";
    return {mark,
            list ? std::string("this line is not an entry of the list above it, nor a key of the map around it")
                 : std::string("this line is not a key of the map above it"),
            check_line};
  }
  if (problem == "did not find expected ',' or ']'" || problem == "did not find expected ',' or '}'") {
    const bool list = problem.ends_with("']'");
    return {mark,
            fmt::format("the {} opened with '{}' on line {} is not closed", list ? "list" : "map", list ? '[' : '{',
                        context_mark.line + first_line),
            fmt::format("close it with '{}'; quote items that hold ', ', ': ', '[' or '{{'", list ? ']' : '}')};
  }
  if (problem == "found unexpected end of stream" || problem == "found unexpected document indicator") {
    if (context == "while scanning a quoted scalar")
      return {context_mark, "the quote that starts here is never closed",
              "end the text with the quote mark it starts with"};
    if (context == "while scanning a simple key")
      return {context_mark, fmt::format("'{}' has no ':' after it", key_at(text, context_mark)),
              "a key and its value are written 'key: value'"};
  }
  if (problem == "could not find expected ':'") {
    const std::string key = key_at(text, context_mark);
    return {context_mark.line >= 0 ? context_mark : mark,
            key.empty() ? std::string("a ':' is missing after the key that starts here")
                        : fmt::format("'{}' has no ':' after it", key),
            "a key and its value are written 'key: value'; a value that runs on needs quotes or more indentation"};
  }
  if (problem == "mapping values are not allowed in this context") {
    return {mark, "a ': ' inside a value, or a key indented too far",
            fmt::format("quote a value that holds ': '; otherwise {}", check_line)};
  }
  if (problem == "block sequence entries are not allowed in this context") {
    return {mark, "a list entry ('- ') where a value was already given",
            fmt::format("start the list on the line after its key; otherwise {}", check_line)};
  }
  if (problem == "found unknown escape character") {
    const std::string_view rest = mark.offset + 1 < text.size() ? text.substr(mark.offset, 2) : std::string_view();
    return {mark, fmt::format("'{}' is not an escape YAML knows inside double quotes", rest),
            "write text and patterns with backslashes in single quotes, e.g. '\\bLavrov\\b'"};
  }
  if (problem == "did not find expected alphabetic or numeric character") {
    return {mark, "'&' and '*' must be followed by a name here", "quote a value that starts with '&' or '*'"};
  }
  if (problem == "found undefined tag handle") {
    return {mark, "unknown tag", "quote a value that starts with '!'"};
  }
  if (problem == "found a tab character that violates indentation" ||
      problem == "found a tab character where an indentation space is expected") {
    return {mark, "a tab in the indentation; YAML allows only spaces", "indent with spaces"};
  }
  if (problem == "did not find expected comment or line break" && context == "while scanning a block scalar") {
    return {mark, "text after '|' or '>' on its line", "start the text on the line below, indented"};
  }
  if (problem == "control characters are not allowed") {
    return {mark, fmt::format("a control character (U+{:04X}) YAML does not allow", static_cast<unsigned char>(c)),
            "delete it; such characters come in with copied text"};
  }
  if (problem.starts_with("invalid") || problem.starts_with("incomplete UTF-8")) {
    return {mark, "not valid UTF-8", "save the file as UTF-8"};
  }
  if (problem.empty()) return {mark, "YAML could not be read (out of memory)", {}};  // YAML_MEMORY_ERROR
  if (context.empty()) return {mark, std::string(problem), {}};
  return {mark, fmt::format("{} {}", problem, context), {}};
}

}  // namespace factlint::util
