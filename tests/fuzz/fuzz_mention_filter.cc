// Fuzz target: any bytes, as Markdown, MDX, plain text and HTML: when the
// mention filter rules a file out from its bytes (rules/mention_filter.h), no
// mention pattern may match the text factlint makes of it; and its two
// engines (Hyperscan where built in, RE2) must give the same answer.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "checker/rules/compiled_pattern.h"
#include "checker/rules/mention_filter.h"
#include "checker/text/load_article.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

using factlint::rules::MentionFilter;
using factlint::rules::Pattern;

// Mentions as editors write them: words, names with accents and a dotted I,
// a phrase, alternatives, a case-sensitive acronym, a Kelvin sign.
const std::vector<std::string> kMentions = {R"(\bLavrov\b)", R"(\bLudian\b)", R"(earthquake in Morocco)",
                                            R"(\b(?:Kiptum|Chepngetich)\b)", R"((?-i)\bIMF\b)",
                                            R"(\bZürich\b)", R"(\bİstanbul\b)", R"(\bske\x{212A}\b)",
                                            R"(Sa[iï]d\s+Lavrov)"};

struct Fixture {
  std::vector<std::unique_ptr<const Pattern>> patterns;
  std::unique_ptr<const MentionFilter> best = MentionFilter::build(kMentions);
  std::unique_ptr<const MentionFilter> re2 = MentionFilter::build(kMentions, MentionFilter::Engine::kRe2);
  Fixture() {
    factlint::Diagnostics diags;
    for (const std::string& m : kMentions) patterns.push_back(Pattern::compile({m, {"rules/x.yaml", 1, 1}}, diags));
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Fixture fixture;
  FUZZ_CHECK(fixture.best && fixture.re2);
  const std::string raw(reinterpret_cast<const char*>(data), size);
  for (const char* path : {"a.md", "a.mdx", "a.txt", "a.html"}) {
    const bool out = fixture.best->rules_out(path, raw);
    FUZZ_CHECK(fixture.re2->rules_out(path, raw) == out);
    if (!out) continue;
    factlint::Diagnostics diags;
    auto loaded = factlint::text::load_article(path, raw, diags);
    if (const auto* article = std::get_if<factlint::text::Article>(&loaded)) {
      for (const auto& p : fixture.patterns) FUZZ_CHECK(!p->search(article->text));
    }
  }
  return 0;
}
