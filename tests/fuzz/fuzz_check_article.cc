// Fuzz target: any bytes as an article, checked against the shipped fact
// sheets (rules/) and tests/fuzz/sheets/ (loaded once; claims.yaml covers every
// article and every feature of claims) the way `factlint check` does: load,
// check, suppressions. The first byte picks the file type, the rest is the file.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "checker/findings/suppress.h"
#include "checker/check/check_document.h"
#include "checker/rules/compiled_rules.h"
#include "checker/rules/load_sheet.h"
#include "checker/text/front_matter.h"
#include "checker/text/load_article.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

struct Shipped {
  factlint::rules::RuleSet rules;
  std::vector<std::string> known_rules;
};

const Shipped& shipped() {
  static const Shipped kShipped = [] {
    std::vector<std::filesystem::path> paths;
    for (const char* dir : {FACTLINT_SOURCE_DIR "/rules", FACTLINT_SOURCE_DIR "/tests/fuzz/sheets"}) {
      for (const auto& entry : std::filesystem::directory_iterator(dir))
        if (entry.path().extension() == ".yaml") paths.push_back(entry.path());
    }
    std::sort(paths.begin(), paths.end());
    factlint::Diagnostics diags;
    std::vector<factlint::rules::Sheet> sheets;
    for (const auto& path : paths) {
      std::ifstream in(path, std::ios::binary);
      std::stringstream buffer;
      buffer << in.rdbuf();
      if (auto sheet = factlint::rules::load_sheet(path.string(), buffer.str(), diags))
        sheets.push_back(std::move(*sheet));
    }
    Shipped s;
    s.rules = factlint::rules::compile_rules(std::move(sheets), diags);
    FUZZ_CHECK(!diags.has_errors() && !s.rules.sheets.empty());
    for (const auto& sheet : s.rules.sheets)
      for (const auto& fact : sheet.facts) s.known_rules.push_back(sheet.sheet->id + "/" + fact.fact->id);
    return s;
  }();
  return kShipped;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static constexpr const char* kPaths[] = {"corpus/a.md", "corpus/a.txt", "corpus/a.html"};
  const std::string path = kPaths[data[0] % 3];
  std::string raw(reinterpret_cast<const char*>(data) + 1, size - 1);
  const Shipped& s = shipped();

  factlint::Diagnostics diags;
  auto loaded = factlint::text::load_article(path, raw, diags);
  auto* article = std::get_if<factlint::text::Article>(&loaded);
  if (!article) return 0;
  std::vector<factlint::Finding> findings = factlint::check::check_document(*article, s.rules, true).findings;
  for (const factlint::Finding& f : findings) {
    FUZZ_CHECK(f.file == path);
    FUZZ_CHECK(f.line >= 1 && f.column >= 1);
    FUZZ_CHECK(f.end_line > f.line || (f.end_line == f.line && f.end_column >= f.column));
    FUZZ_CHECK(0 <= f.highlight_begin && f.highlight_begin <= f.highlight_end);
  }
  std::string_view body = article->raw;
  std::size_t start = body.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  auto block = factlint::text::find_front_matter(body, start);
  auto parsed = factlint::findings::parse_suppressions(path, article->raw, block ? block->body_begin : start,
                                                       article->meta.ignore);
  (void)factlint::findings::apply_suppressions(std::move(findings), parsed, path, s.known_rules);
  return 0;
}
