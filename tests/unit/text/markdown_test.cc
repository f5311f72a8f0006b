#include "checker/text/markdown.h"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

using factlint::text::blank_markdown_syntax;

namespace {

std::string blanked(std::string_view input) {
  std::string text(input);
  blank_markdown_syntax(text);
  return text;
}

}  // namespace

TEST_CASE("blank_markdown_syntax keeps prose and blanks syntax byte for byte", "[text][markdown]") {
  struct Row {
    std::string_view input;
    std::string_view output;
  };
  const Row rows[] = {
      {"## Meeting with army chief", "   Meeting with army chief"},
      {"# Title #", "  Title  "},
      {"#hashtag stays", "#hashtag stays"},
      {"> quoted text", "  quoted text"},
      {"> > nested", "    nested"},
      {"a **bold** and _italic_ word", "a   bold   and  italic  word"},
      {"snake_case_name stays", "snake_case_name stays"},
      {"* list item", "* list item"},
      {"- list item", "- list item"},
      {"run `factlint check` now", "run  factlint check  now"},
      {"see [the statement](https://mofa.gov.pk/x) today", "see  the statement                         today"},
      {"![a sapling](img/tree.jpg)", "  a sapling               "},
      {"[text][ref] here", " text       here"},
      {"[ref]: https://example.org", "                          "},
      {"go to https://example.org/a?b=c. Then", "go to                          . Then"},
      {"(http://x.org)", "(            )"},
      {"a <b>bold</b> tag", "a    bold     tag"},
      {"<https://auto.link>", "                   "},
      {"if a < b then", "if a < b then"},
      {"before <!-- factlint-disable-next-line x --> after",
       "before                                       after"},
      {"a<!--\nmulti\n-->b", "a    \n     \n   b"},
      {"open <!-- never closed\nstill", "open                  \n     "},
      {"---", "   "},
      {"Title\n=====", "Title\n     "},
      {"```cpp\ncode\n```", "      \ncode\n   "},
      {"~~gone~~ word", "  gone   word"},
      {"a \\*literal\\* star", "a  *literal * star"},
      {"Plain prose: 46 percent.", "Plain prose: 46 percent."},
  };
  for (const Row& row : rows) {
    CAPTURE(row.input);
    const std::string out = blanked(row.input);
    CHECK(out == row.output);
    CHECK(out.size() == row.input.size());
  }
}

TEST_CASE("blank_markdown_syntax finds the bytes it acts on wherever they stand", "[text][markdown]") {
  // Each pass skips from one byte it acts on to the next: at the end of the
  // text, mid-construct, across lines, and past a NUL byte.
  using namespace std::string_view_literals;
  struct Row {
    std::string_view input;
    std::string_view output;
  };
  const Row rows[] = {
      {"a\0*b* c"sv, "a\0 b  c"sv},       // a NUL does not end the text
      {"a\0<b>c"sv, "a\0   c"sv},
      {"see [x]", "see [x]"},             // a ']' that ends the text
      {"[x](y", "[x](y"},                 // a target the text ends
      {"a <b", "a <b"},                   // a tag the text ends
      {"a <", "a <"},
      {"x\\", "x\\"},                     // an escape the text ends
      {"x*", "x "},
      {"__", "  "},
      {"~", "~"},
      {"** item", "   item"},             // a '*' after a mark opens no list item
      {"  * item", "  * item"},           // after spaces it does
      {" _x_ * y", "  x    y"},
      {"*\n* item", " \n* item"},
      {"a <b\nc> d", "a   \n   d"},       // a tag runs on over a line break
      {"a <b\n\nc> d", "a <b\n\nc> d"},   // but not over a blank line
      {"<a\n<b>", "<a\n   "},
      {"[a\n\n](b)", "[a\n\n    "},
      {"a [b] c](d)", "a [b] c    "},
      {"x_y_ z", "x_y  z"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.input);
    CHECK(blanked(row.input) == row.output);
  }
}

TEST_CASE("blank_markdown_syntax never changes the length or the line breaks", "[text][markdown]") {
  std::string hostile = "[[[[(((]]]](((<<<!--<a href='x\n\n'>`**__~~\\";
  for (int i = 0; i < 2000; ++i) hostile += "](x ";  // unclosed targets must not go quadratic
  const std::string out = blanked(hostile);
  CHECK(out.size() == hostile.size());
  for (std::size_t i = 0; i < out.size(); ++i)
    if (hostile[i] == '\n') CHECK(out[i] == '\n');
}

TEST_CASE("blank_mdx_syntax blanks imports and exports and JSX expressions but not prose", "[text][markdown]") {
  auto mdx = [](std::string_view input) {
    std::string text(input);
    factlint::text::blank_mdx_syntax(text);
    return text;
  };
  struct Row {
    std::string_view input;
    std::string_view output;
  };
  const Row rows[] = {
      {"import Chart from './chart'\nexport const x = {a: 1}\n\nProse.",
       "                           \n                       \n\nProse."},
      {"The toll {props.toll} rose.", "The toll              rose."},
      {"{/* it's 398 */}Prose.", "                Prose."},
      {"<Chart data={[1, {a: '}'}]} /> 589 dead", "<Chart data=                /> 589 dead"},
      {"A {multi\nline} expression.", "A       \n      expression."},
      // Not code: an import in the middle of a paragraph, a brace that never closes, code.
      {"Prose\nimport tariffs rose.", "Prose\nimport tariffs rose."},
      {"A { that never closes.\n\nNext {x}.", "A { that never closes.\n\nNext    ."},
      {"`{x}` and\n```\n{y}\n```", "`{x}` and\n```\n{y}\n```"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.input);
    CHECK(mdx(row.input) == row.output);
  }
}
