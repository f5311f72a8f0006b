#include "checker/cli/check_articles.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>
#include <thread>
#include <variant>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "checker/findings/suppress.h"
#include "checker/check/check_document.h"
#include "checker/check/scope.h"
#include "checker/text/front_matter.h"
#include "checker/text/load_article.h"
#include "checker/util/read_file.h"

namespace factlint::cli {

namespace {

struct ArticleResult {
  ArticleOutcome outcome;  // what the cache keeps
  // --verbose lines, logged after the merge in path order, so they read the
  // same for any --jobs: which sheets apply, every claim a fact selected.
  std::vector<std::string> verbose;
  std::vector<check::Explanation> explanations;
  Diagnostics diags;
  // With a cache: the hash of the article's bytes, and the outcome to store
  // (encoded; empty when it must not be stored: the article gave diagnostics).
  std::optional<Hash128> content;
  util::FileStamp stamp;  // empty: hash the bytes next time
  GitBlob blob;           // empty: git's index did not vouch for the bytes
  std::string encoded;
  bool from_cache = false;
  bool unread = false;   // from the cache by its stamp, without reading the file
  bool by_blob = false;  // from the cache by git's index, without reading the file
  bool told_by_bytes = false;  // about another story, told from its bytes (not made into text)
  check::StageTimes times;  // --stats
};

// Why sheets left the article out, asked only of an article no sheet covered
// or one without a date: a notice for each dated sheet it misses for want of a
// date, and, when no sheet covered it, the reason (a SkippedFile's).
// `hits`: the article's mention hits (check::DocumentResult::mention_hits).
void explain_misses(const text::Article& article, const rules::RuleSet& rules, bool covered,
                    const std::vector<int>* hits, std::vector<Notice>& notices,
                    std::optional<SkippedFile>& uncovered) {
  bool wants_date = false, outside_window = false;
  for (const rules::CompiledSheet& sheet : rules.sheets) {
    // Only a window can make a sheet miss an article its mentions name.
    if (!check::window_excludes(sheet, article)) continue;
    const check::ScopeMiss miss = check::scope_miss(sheet, article, hits);
    outside_window = outside_window || miss == check::ScopeMiss::kOutsideWindow;
    if (miss != check::ScopeMiss::kNoDate) continue;
    wants_date = true;
    const rules::Scope& scope = sheet.sheet->scope;
    const std::string window = fmt::format("{}..{}", scope.published_from ? to_iso(*scope.published_from) : "",
                                           scope.published_to ? to_iso(*scope.published_to) : "");
    // The example is a day of the window, so copying it brings the article in.
    const std::string example = scope.published_from ? to_iso(*scope.published_from)
                                : scope.published_to  ? to_iso(*scope.published_to)
                                                      : std::string("2023-07-12");
    notices.push_back({article.path, 1, 1,
                       fmt::format("not checked against sheet '{}': it covers articles published {}, and this one "
                                   "has no publication date (give the front matter a 'date:', e.g. 'date: {}')",
                                   sheet.sheet->id, window, example)});
  }
  if (covered) return;
  const char* why = rules.sheets.empty() ? "there is no fact sheet"
                    : wants_date ? "no publication date, and a sheet that names its story covers a published window"
                    : outside_window ? "published outside the window of every sheet that names its story"
                                     : "names no sheet's story (scope: mentions or paths)";
  uncovered = SkippedFile{article.path, why};
}

// --verbose: which sheets cover the article, and why the others do not.
void explain_scope(const text::Article& article, const rules::RuleSet& rules, std::vector<std::string>& out) {
  const auto published = text::published_at(article.meta);
  std::string date = published ? to_text(*published) : "no publication date";
  if (article.meta.updated) date += ", updated " + to_text(*article.meta.updated);
  if (const auto anchor = check::relative_date_anchor(article); anchor && article.meta.date && !(*anchor == *article.meta.date))
    date += fmt::format("; relative dates from {}, the day in the zone of its events", to_iso(*anchor));
  for (const rules::CompiledSheet& sheet : rules.sheets) {
    bool applies = check::in_scope(sheet, article);
    out.push_back(fmt::format("{} ({}): sheet '{}' {}", article.path, date, sheet.sheet->id,
                              applies ? "applies" : "does not apply (scope: mentions, published window or paths)"));
  }
}

// Loads and checks one article whose bytes are `text`.
// `filter`: rules.mention_filter, when this run uses it.
void check_text(const std::string& path, std::string text, const rules::RuleSet& rules,
                const std::vector<std::string>& known_rules, bool explain, const rules::MentionFilter* filter,
                ArticleResult& result, check::StageTimes* times) {
  ArticleOutcome& outcome = result.outcome;
  check::StageTimer timer(times);
  // An article about another story: its bytes tell that no sheet's mentions
  // can occur in its text, so the text is not made (rules/mention_filter.h).
  // When it could tell, the filter also says which mentions may occur: the
  // article's mention hits are then among those (check_document).
  std::optional<std::vector<int>> may_mention;
  const bool about_other_story =
      filter && !check::covered_without_mentions(rules, path) && filter->rules_out(path, text, &may_mention);
  if (filter) timer.lap(check::Stage::kScope);
  auto loaded = text::load_article(path, std::move(text), result.diags, !about_other_story);
  if (auto* skipped = std::get_if<text::Skipped>(&loaded)) {
    outcome.skipped = SkippedFile{skipped->path, skipped->reason};
    return;
  }
  text::Article& article = std::get<text::Article>(loaded);
  const bool verbose = spdlog::should_log(spdlog::level::debug);
  if (verbose) explain_scope(article, rules, result.verbose);
  // Front matter `ignore` is applied with the comments below, so that what it
  // silences is counted and an entry that silences nothing is reported.
  std::vector<std::string> ignore = std::move(article.meta.ignore);
  article.meta.ignore.clear();
  findings::ParsedSuppressions parsed =
      findings::parse_suppressions(path, article.raw, text::body_begin(article.raw), ignore);
  timer.lap(check::Stage::kLoad);
  check::DocumentResult checked;
  if (article.has_text) {
    checked = check::check_document(article, rules, verbose || explain, times,
                                    may_mention ? &*may_mention : nullptr);
  } else {
    checked.mention_hits.emplace();  // none: no sheet covers it, none names its story
    result.told_by_bytes = true;
  }
  // An article no sheet covered, or one a dated sheet misses for want of a date, is counted, not lost.
  const bool dated = article.meta.date && article.meta.date->precision == DatePrecision::kDay;
  if (checked.sheets == 0 || !dated) {
    explain_misses(article, rules, checked.sheets > 0, checked.mention_hits ? &*checked.mention_hits : nullptr,
                   outcome.notices, outcome.uncovered);
    if (verbose && outcome.uncovered)
      result.verbose.push_back(fmt::format("{}: covered by no sheet: {}", path, outcome.uncovered->reason));
  }
  // A timeline judges an undated article against every entry: say so, once per fact.
  std::sort(checked.undated_timelines.begin(), checked.undated_timelines.end());
  checked.undated_timelines.erase(std::unique(checked.undated_timelines.begin(), checked.undated_timelines.end()),
                                  checked.undated_timelines.end());
  for (const std::string& rule : checked.undated_timelines)
    outcome.notices.push_back({path, 1, 1,
                              fmt::format("'{}' gives figures as of dates, and this article has no publication date: "
                                          "any of them was accepted (give the front matter a 'date:', e.g. "
                                          "'date: 2014-08-05T10:00:00+08:00')",
                                          rule)});
  for (const check::Explanation& e : checked.explanations)
    if (verbose) result.verbose.push_back(fmt::format("{}:{}:{}: {}: {}", path, e.line, e.column, e.rule, e.text));
  if (explain) result.explanations = std::move(checked.explanations);
  findings::SuppressResult kept =
      findings::apply_suppressions(std::move(checked.findings), parsed, path, known_rules);
  outcome.findings = std::move(kept.kept);
  // Sorted here, by the job: the merged findings then come in order, and
  // the final sort only has to see that they do.
  sort_findings(outcome.findings);
  outcome.notices.insert(outcome.notices.end(), kept.notices.begin(), kept.notices.end());
  outcome.suppressed = kept.suppressed;
  outcome.checked = true;
  if (verbose) result.verbose.push_back(fmt::format("{}: {} finding(s)", path, outcome.findings.size()));
}

ArticleResult check_one(const std::string& path, const rules::RuleSet& rules,
                        const std::vector<std::string>& known_rules, const ArticleLimit& limit, bool explain,
                        const rules::MentionFilter* filter, const ProvidedArticles* provided,
                        const ArticleCache* cache, ArticleCache::Slot slot, bool timed) {
  ArticleResult result;
  ArticleOutcome& outcome = result.outcome;
  check::StageTimes* times = timed ? &result.times : nullptr;
  check::StageTimer timer(times);
  util::ReadResult file;
  const auto given = provided ? provided->find(path) : ProvidedArticles::const_iterator{};
  const bool on_disk = !provided || given == provided->end();
  // An outcome the cache kept, taken as this run's (false if it does not decode).
  auto take = [&](std::string_view stored) {
    std::optional<ArticleOutcome> decoded = decode_outcome(stored);
    if (!decoded) return false;
    outcome = std::move(*decoded);
    result.from_cache = true;
    timer.lap(check::Stage::kCache);
    return true;
  };
  // With a cache, a file whose stamp is the one stored is not even read, nor
  // one that git's index says holds the blob stored (a fresh clone's files).
  const std::int64_t taken = cache && on_disk ? util::now_ns() : 0;
  if (cache && on_disk && slot) {  // with no entry stored, nothing to compare a stamp with
    if (const auto stamp = util::stamp_of(path)) {
      std::optional<ArticleCache::Found> found = cache->find_unchanged(slot, *stamp);
      if (!found && cache->git() && cache->has_blob(slot)) {
        if (const auto blob = cache->git()->blob_of(path, *stamp)) found = cache->find_blob(slot, *blob);
        result.by_blob = found.has_value();
      }
      if (found) {
        timer.lap(check::Stage::kRead);
        if (take(found->outcome)) {
          // The entry stays as stored: a clone's new stamp is no use to the
          // next clone, which finds the file by its blob again.
          result.content = found->content;
          result.stamp = result.by_blob ? found->stamp : *stamp;
          result.blob = found->blob;
          result.unread = !result.by_blob;
          return result;
        }
        result.by_blob = false;
      }
    }
  }
  if (!on_disk) {
    if (given->second.size > limit.bytes) {
      file.too_large = true;
      file.size = given->second.size;
    } else {
      file.content = given->second.text;
    }
  } else {
    file = util::read_file(path, limit.bytes, cache && cache->git());
  }
  timer.lap(check::Stage::kRead);
  if (!file.content) {
    if (file.too_large) {
      outcome.skipped = SkippedFile{path, util::larger_than(limit.bytes, file.size, limit.hint)};
    } else {
      result.diags.error({path}, fmt::format("cannot read article: {}", file.error));
    }
    return result;
  }
  if (cache) {
    if (on_disk && util::stamp_trusted(file.stamp, taken)) result.stamp = file.stamp;
    // The blob git's index vouches for, if the file was not written while it
    // was read: the stamp after reading is the one before.
    if (on_disk && cache->git() && file.stamp_after == file.stamp) {
      if (const auto blob = cache->git()->blob_of(path, file.stamp)) result.blob = *blob;
    }
    result.content = hash_bytes(*file.content);
    if (const auto stored = cache->find(slot, *result.content); stored && take(*stored)) return result;
  }
  timer.lap(check::Stage::kCache);
  check_text(path, std::move(*file.content), rules, known_rules, explain, filter, result, times);
  timer = check::StageTimer(times);
  if (cache && result.diags.entries().empty()) result.encoded = encode_outcome(outcome);
  timer.lap(check::Stage::kCache);
  return result;
}

}  // namespace

CheckResult check_articles(const std::vector<std::string>& paths, const rules::RuleSet& rules,
                           const std::vector<std::string>& known_rules, unsigned jobs,
                           const ArticleLimit& limit, Diagnostics& diags, bool explain,
                           const ProvidedArticles* provided, ArticleCache* cache, bool timed,
                           const DeliverFinding& deliver, const std::atomic<int>* stop) {
  CheckResult merged;
  std::atomic<bool> halted{false};  // deliver() said the findings can go nowhere
  const std::vector<ArticleCache::Slot> slots = cache ? cache->slots(paths) : std::vector<ArticleCache::Slot>{};
  // Sized once from what the cache holds (46,000 findings of 300 bytes grown
  // by doubling were copied twice and took 29 MB at their peak).
  if (cache && !deliver) merged.findings.reserve(cache->findings_in(slots));
  // Article i's result, merged into `merged` in path order, so the output is
  // the same for any --jobs. Each is merged as soon as those before it are:
  // memory holds the results that finished early, not one per article (a
  // warm --cache run of 20,000 articles kept 20,000 results and every
  // finding twice, and zeroing that memory was a fifth of its time).
  auto merge = [&](std::size_t i, ArticleResult& r) {
    for (const std::string& line : r.verbose) spdlog::debug("{}", line);
    for (check::Explanation& e : r.explanations) merged.explanations.push_back({paths[i], std::move(e)});
    diags.append(r.diags);
    ArticleOutcome& o = r.outcome;
    if (o.skipped) merged.skipped.push_back(std::move(*o.skipped));
    if (o.uncovered) merged.uncovered.push_back(std::move(*o.uncovered));
    merged.checked += o.checked;
    merged.suppressed += o.suppressed;
    merged.from_cache += r.from_cache;
    merged.unread += r.unread;
    merged.by_blob += r.by_blob;
    merged.told_by_bytes += r.told_by_bytes;
    merged.times.add(r.times);
    std::move(o.notices.begin(), o.notices.end(), std::back_inserter(merged.notices));
    if (deliver) {
      for (Finding& f : o.findings) {
        if (!deliver(std::move(f))) halted = true;
      }
    } else {
      std::move(o.findings.begin(), o.findings.end(), std::back_inserter(merged.findings));
    }
    if (cache && r.content && r.from_cache) cache->record_found(paths[i], *slots[i], *r.content, r.stamp, r.blob);
    if (cache && r.content && !r.encoded.empty())
      cache->record(paths[i], *r.content, r.stamp, r.blob, std::move(r.encoded));
  };
  // Articles about other stories told from their bytes, where there are
  // enough articles to pay for compiling the filter (rules/mention_filter.h).
  const rules::MentionFilter* filter =
      rules.mention_filter && rules.mention_filter->worth_it(paths.size()) && rules.mention_filter->usable()
          ? rules.mention_filter.get()
          : nullptr;
  if (filter && timed) merged.filter_engine = filter->engine();
  std::mutex lock;  // guards merged, diags, the cache's records, next_merged and early
  std::size_t next_merged = 0;
  std::map<std::size_t, ArticleResult> early;  // finished before one earlier in order
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < paths.size() && !halted && !(stop && *stop != 0); i = next++) {
      ArticleResult result = check_one(paths[i], rules, known_rules, limit, explain, filter, provided,
                                       cache, cache ? slots[i] : std::nullopt, timed);
      const std::scoped_lock hold(lock);
      if (i != next_merged) {
        early.emplace(i, std::move(result));
        continue;
      }
      merge(i, result);
      for (++next_merged; !early.empty() && early.begin()->first == next_merged; ++next_merged) {
        merge(next_merged, early.begin()->second);
        early.erase(early.begin());
      }
    }
  };
  unsigned threads = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(paths.size())));
  std::vector<std::jthread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  pool.clear();  // joins
  return merged;
}

}  // namespace factlint::cli
