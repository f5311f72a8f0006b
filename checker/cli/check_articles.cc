#include "checker/cli/check_articles.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <variant>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "checker/match/check_article.h"
#include "checker/text/load_article.h"
#include "checker/util/read_file.h"

namespace factlint::cli {

namespace {

struct ArticleResult {
  std::vector<Finding> findings;
  std::optional<SkippedFile> skipped;
  Diagnostics diags;
  bool checked = false;
};

ArticleResult check_one(const std::string& path, const rules::RuleSet& rules, std::size_t max_file_size) {
  ArticleResult result;
  util::ReadResult file = util::read_file(path, max_file_size);
  if (!file.content) {
    if (file.too_large) {
      result.skipped = SkippedFile{path, file.error};
    } else {
      result.diags.error({path}, fmt::format("cannot read article: {}", file.error));
    }
    return result;
  }
  auto loaded = text::load_article(path, std::move(*file.content), result.diags);
  if (auto* skipped = std::get_if<text::Skipped>(&loaded)) {
    result.skipped = SkippedFile{skipped->path, skipped->reason};
    return result;
  }
  const text::Article& article = std::get<text::Article>(loaded);
  result.findings = match::check_article(article, rules);
  result.checked = true;
  spdlog::debug("{}: {} finding(s)", path, result.findings.size());
  return result;
}

}  // namespace

CheckResult check_articles(const std::vector<std::string>& paths, const rules::RuleSet& rules,
                           unsigned jobs, std::size_t max_file_size, Diagnostics& diags) {
  std::vector<ArticleResult> results(paths.size());
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < paths.size(); i = next++) {
      results[i] = check_one(paths[i], rules, max_file_size);
    }
  };
  unsigned threads = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(paths.size())));
  std::vector<std::jthread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  pool.clear();  // joins

  CheckResult merged;
  for (ArticleResult& r : results) {
    diags.append(r.diags);
    if (r.skipped) merged.skipped.push_back(std::move(*r.skipped));
    merged.checked += r.checked;
    std::move(r.findings.begin(), r.findings.end(), std::back_inserter(merged.findings));
  }
  return merged;
}

}  // namespace factlint::cli
