// libyaml's syntax errors in words a journalist understands: "could not find
// expected ':'" becomes "'title' has no ':' after it". Used by yaml_tree.
#pragma once

#include <string>
#include <string_view>

#include "checker/util/yaml_tree.h"

namespace factlint::util {

struct YamlProblem {
  YamlMark mark;        // where to point: the problem, or where its cause starts
  std::string message;  // "the quote that starts here is never closed"
  std::string hint;     // how to fix it; may be empty
};

// `problem` and `context` are libyaml's (parser.problem, parser.context), the
// marks theirs (context_mark.line < 0 when there is no context). Messages
// number lines from `first_line`, the number of the text's first line.
YamlProblem describe_yaml_problem(std::string_view text, std::string_view problem, std::string_view context,
                                  const YamlMark& mark, const YamlMark& context_mark, int first_line = 1);

}  // namespace factlint::util
