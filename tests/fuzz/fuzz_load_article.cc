// Fuzz target: any bytes -> load_article as Markdown, MDX, plain text and HTML ->
// split_sentences, checking the Article invariants the reporters rely on.
#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>

#include "checker/text/load_article.h"
#include "checker/text/sentences.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

using factlint::text::Article;

void check_article(const Article& a) {
  FUZZ_CHECK(a.origin.size() == a.text.size() + 1);
  for (std::size_t i = 0; i < a.origin.size(); ++i) {
    FUZZ_CHECK(a.origin[i] <= a.raw.size());
    if (i > 0) FUZZ_CHECK(a.origin[i - 1] <= a.origin[i]);
  }
  std::size_t last_end = 0;
  int last_paragraph = 0;
  for (const factlint::text::Sentence& s : factlint::text::split_sentences(a.text)) {
    FUZZ_CHECK(s.begin <= s.end && s.end <= a.text.size());
    FUZZ_CHECK(s.begin >= last_end);
    FUZZ_CHECK(s.paragraph >= last_paragraph);
    last_end = s.end;
    last_paragraph = s.paragraph;
    // What the reporters do with every sentence.
    (void)a.raw_span(s.begin, s.end);
    auto p = a.position(s.begin);
    FUZZ_CHECK(p.line >= 1 && p.column >= 1);
  }
  if (!a.text.empty()) (void)a.position(a.text.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string raw(reinterpret_cast<const char*>(data), size);
  for (const char* path : {"a.md", "a.mdx", "a.txt", "a.html"}) {
    factlint::Diagnostics diags;
    auto loaded = factlint::text::load_article(path, raw, diags);
    if (const auto* article = std::get_if<Article>(&loaded)) {
      FUZZ_CHECK(article->raw == raw);
      check_article(*article);
    }
  }
  return 0;
}
