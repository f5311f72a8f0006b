// `factlint check`: the whole pipeline on one screen.
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <functional>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <istream>
#include <stdexcept>
#include <tuple>

#include <fmt/format.h>

#include "checker/cli/check_articles.h"
#include "checker/cli/commands.h"
#include "checker/cli/git_index.h"
#include "checker/cli/print_diagnostics.h"
#include "checker/cli/load_rules.h"
#include "checker/cli/select_articles.h"
#include "checker/cli/settings.h"
#include "checker/cli/version.h"
#include "checker/cli/write_reports.h"
#include "checker/findings/baseline.h"
#include "checker/findings/fingerprint.h"
#include "checker/report/report.h"
#include "checker/report/shard.h"
#include "checker/util/atomic_write.h"
#include "checker/util/read_file.h"

namespace factlint::cli {

namespace {

constexpr std::size_t kMaxBaselineBytes = 256u << 20;

// The signal that asked the run to stop (Interruptible), 0 while none did.
// Lock-free, so a signal handler may set it.
std::atomic<int> g_interrupted{0};
static_assert(std::atomic<int>::is_always_lock_free);

extern "C" void on_interrupt(int signal) {
  g_interrupted.store(signal);
  std::signal(signal, SIG_DFL);  // a second Ctrl-C ends the run at once
}

// A signal's handling set to `handler` while this lives, the earlier one back
// after. A signal the caller ignores stays ignored (`nohup`, a shell's
// background job: it asks nothing of this run).
class ScopedSignal {
 public:
  ScopedSignal(int signal, void (*handler)(int)) : signal_(signal), before_(std::signal(signal, handler)) {
    if (before_ == SIG_IGN) std::signal(signal, SIG_IGN);
  }
  ~ScopedSignal() {
    if (before_ != SIG_ERR) std::signal(signal_, before_);
  }
  ScopedSignal(const ScopedSignal&) = delete;
  ScopedSignal& operator=(const ScopedSignal&) = delete;

 private:
  int signal_;
  void (*before_)(int);
};

// Ctrl-C (SIGINT) and SIGTERM while this lives ask the run to stop
// (g_interrupted): no article is started after, and those checked can go to
// the cache.
class Interruptible {
 private:
  // Destroyed last, once both handlings are back: the flag is cleared for
  // the next run in this process (tests).
  struct Cleared {
    ~Cleared() { g_interrupted.store(0); }
  } cleared_;
  ScopedSignal int_{SIGINT, on_interrupt}, term_{SIGTERM, on_interrupt};
};

// The baseline to compare with; nullopt when none is used (or when it is
// about to be rewritten). A missing or broken file is an error: a gate that
// silently passes because its baseline vanished is worse than no gate.
std::optional<findings::Baseline> read_baseline(const CheckSettings& settings, Diagnostics& diags) {
  if (settings.baseline.empty() || settings.update_baseline) return std::nullopt;
  util::ReadResult file = util::read_file(settings.baseline, kMaxBaselineBytes);
  if (!file.content) {
    diags.error({settings.baseline}, fmt::format("cannot read baseline: {}", file.error),
                "create it with --update-baseline");
    return std::nullopt;
  }
  return findings::parse_baseline(settings.baseline, *file.content, diags, /*fingerprints_only=*/true);
}

// "2/4" -> {2, 4}; nullopt (and an error) for anything but 1 <= I <= N.
std::optional<std::pair<int, int>> parse_shard(const std::string& text, Diagnostics& diags) {
  int index = 0, count = 0;
  char slash = 0, extra = 0;
  if (std::sscanf(text.c_str(), "%d%c%d%c", &index, &slash, &count, &extra) != 3 || slash != '/' || count < 1 ||
      count > 10000 || index < 1 || index > count) {
    diags.error({}, fmt::format("--shard '{}' is not I/N with 1 <= I <= N", text),
                "e.g. --shard 2/4 checks the second quarter of the articles");
    return std::nullopt;
  }
  return std::pair{index, count};
}

// The article cache's run key: everything besides an article that decides its
// outcome. The factlint build (its version and commit, and the binary's size
// and time, so a rebuilt development binary never reads its predecessor's
// results), the config's bytes, every sheet's path and bytes, the size limit.
// The bytes are those the run read and compiled, not read again: a sheet
// edited meanwhile cannot pair its new bytes with results of the old.
Hash128 cache_key(const CheckSettings& settings, const LoadedRules& loaded) {
  KeyBuilder key;
  key.add("factlint article cache").add(version_line());
  std::error_code ec;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const auto size = std::filesystem::file_size(self, ec);
    const auto time = std::filesystem::last_write_time(self, ec);
    if (!ec) key.add(fmt::format("{} {}", size, time.time_since_epoch().count()));
  }
  key.add(settings.config_path).add(settings.config_text).add(loaded.sheet_bytes);
  key.add(std::to_string(settings.max_file_size.bytes)).add(settings.max_file_size.hint);  // a skip's words
  return key.key();
}

// --stats: how long each stage took, on stderr (times vary; reports do not).
class Stats {
 public:
  explicit Stats(bool on) : on_(on), start_(Clock::now()), last_(start_) {}
  // The time since the previous lap, in milliseconds.
  double lap() {
    const Clock::time_point now = Clock::now();
    const double ms = std::chrono::duration<double, std::milli>(now - last_).count();
    last_ = now;
    return ms;
  }
  double total() const { return std::chrono::duration<double, std::milli>(Clock::now() - start_).count(); }
  template <typename... Args>
  void say(std::ostream& err, fmt::format_string<Args...> format, Args&&... args) const {
    if (on_) err << "factlint: stats: " << fmt::format(format, std::forward<Args>(args)...) << '\n';
  }

 private:
  using Clock = std::chrono::steady_clock;
  bool on_;
  Clock::time_point start_, last_;
};

// How many bytes of findings a run keeps in memory before it moves them to a
// temporary file (findings/finding_log.h): $FACTLINT_FINDINGS_IN_MEMORY, a
// size as --max-file-size takes one (util::parse_size: 0 spills every finding,
// as tests do; "64M"), else 8 MiB. A value that is no size is warned about,
// not ignored.
std::size_t findings_in_memory(Diagnostics& diags) {
  constexpr std::size_t kDefault = std::size_t{8} << 20;
  const char* text = std::getenv("FACTLINT_FINDINGS_IN_MEMORY");
  if (text == nullptr || *text == '\0') return kDefault;
  const util::Size parsed = util::parse_size(text);
  if (parsed.problem.empty()) return static_cast<std::size_t>(parsed.bytes);
  diags.warning({}, fmt::format("FACTLINT_FINDINGS_IN_MEMORY='{}' {}; findings are kept in memory up to 8 MiB", text,
                                parsed.problem),
                fmt::format("{}: e.g. FACTLINT_FINDINGS_IN_MEMORY=64M, or 0 to move every finding to a temporary "
                            "file",
                            util::kSizeForm));
  return kDefault;
}

// "94.5 MB", "3.2 KB": a size for the --stats lines.
std::string size_text(std::uintmax_t bytes) {
  return bytes >= 1000000 ? fmt::format("{:.1f} MB", bytes / 1e6) : fmt::format("{:.1f} KB", bytes / 1e3);
}

std::uintmax_t total_bytes(const std::vector<std::string>& files) {
  std::uintmax_t bytes = 0;
  for (const std::string& f : files) {
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(f, ec);
    if (!ec) bytes += size;
  }
  return bytes;
}

}  // namespace

ExitCode run_check(const CheckOptions& given, std::ostream& out, std::ostream& err, std::istream& in) {
  Stats stats(given.stats);
  Diagnostics diags;
  CheckOptions options = given;
  // "@list" stands for the paths in a file; "-" is one article on standard input.
  expand_path_lists(options.paths, options.paths_where, diags);
  bool from_stdin = false;
  for (std::size_t i = options.paths.size(); i-- > 0;) {
    if (options.paths[i] != "-") continue;
    from_stdin = true;
    options.paths.erase(options.paths.begin() + static_cast<std::ptrdiff_t>(i));
    if (i < options.paths_where.size())
      options.paths_where.erase(options.paths_where.begin() + static_cast<std::ptrdiff_t>(i));
  }
  const bool only_stdin = from_stdin && options.paths.empty();
  ProvidedArticles provided;
  std::string stdin_name;
  if (!from_stdin && !options.stdin_path.empty()) {
    diags.error({}, "--stdin-path names the article read from standard input, and no '-' was given",
                "e.g. 'factlint check --stdin-path corpus/draft.md -'");
  }
  // --changed-files: the paths are what a commit changes (pre-commit passes
  // them), not the articles: the articles come from the config as usual.
  std::vector<std::string> changed;
  if (options.changed_files) {
    if (from_stdin || !options.changed_since.empty()) {
      diags.error({}, fmt::format("--changed-files cannot be used with {}", from_stdin ? "'-'" : "--changed-since"),
                  "--changed-files takes the changed files as its paths");
    }
    changed = std::move(options.paths);
    options.paths.clear();
    options.paths_where.clear();
  }
  std::optional<std::pair<int, int>> shard;
  if (!options.shard.empty()) {
    shard = parse_shard(options.shard, diags);
    if (options.update_baseline)
      diags.error({}, "--update-baseline records every finding, and --shard checks only some articles",
                  "update the baseline from a run without --shard");
  }
  CheckSettings settings = resolve_settings(options, diags);
  if (from_stdin) {
    stdin_name = options.stdin_path.empty() ? std::string("<stdin>") : options.stdin_path;
    // Read to its end, even when the run stops at an error below (a writer
    // into a pipe must not fail), but kept only up to a byte past the size
    // limit: a huge article is counted, not held.
    ProvidedText& text = provided[stdin_name];
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
      const auto n = static_cast<std::size_t>(in.gcount());
      text.size += n;
      if (text.text.size() <= settings.max_file_size.bytes)
        text.text.append(buffer, std::min(n, settings.max_file_size.bytes + 1 - text.text.size()));
    }
  }
  if (diags.has_errors()) {  // a bad config or report flag: stop before reading anything else
    print_diagnostics(diags, err);
    return ExitCode::kUsage;
  }
  stats.lap();
  LoadedRules loaded =
      load_rules(settings.rule_paths, diags, settings.attribution, settings.values, settings.rule_where,
                 settings.jobs);
  {
    std::size_t facts = 0, people = 0;
    for (const rules::CompiledSheet& s : loaded.rules.sheets) {
      facts += s.facts.size();
      people += s.people.size();
    }
    const std::size_t sheets = loaded.rules.sheets.size();
    stats.say(err, "{} fact sheet{} ({} fact{}, {} {}) read and compiled in {:.1f} ms", sheets, sheets == 1 ? "" : "s",
              facts, facts == 1 ? "" : "s", people, people == 1 ? "person" : "people", stats.lap());
  }
  // The git work tree around the current folder: its index tells a walk which
  // files git tracks (never ignored) and the cache which are unchanged.
  const GitWorkTree git;
  std::vector<SkippedFile> passed_over;  // by the walk: links not followed, named pipes, ...
  std::vector<std::string> articles;
  if (!only_stdin)
    articles = select_articles(settings, loaded.sheet_paths, options.changed_since, diags, passed_over, options.follow,
                               !options.no_ignore, &git);
  if (from_stdin && std::find(articles.begin(), articles.end(), stdin_name) == articles.end()) {
    articles.push_back(stdin_name);
    std::sort(articles.begin(), articles.end());
  }
  std::optional<ChangedSelection> commit;
  if (options.changed_files && !diags.has_errors()) {
    commit = select_changed(std::move(articles), loaded.sheet_paths, settings.config_path, changed);
    articles = commit->articles;
    if (articles.empty()) {
      print_diagnostics(diags, err);
      err << fmt::format("factlint: none of the {} changed file{} is an article in {} or a fact sheet: nothing to "
                         "check\n",
                         changed.size(), changed.size() == 1 ? "" : "s", fmt::join(settings.paths, ", "));
      return ExitCode::kClean;
    }
  }
  // --shard I/N: every file-bound result (articles, files passed over,
  // notices) goes to exactly one shard, by a hash of its path (report/shard.h).
  auto other_shard = [&](const std::string& file) {
    return shard && report::shard_of(file, shard->second) != shard->first - 1;
  };
  std::erase_if(articles, other_shard);
  std::erase_if(passed_over, [&](const SkippedFile& s) { return other_shard(s.file); });
  std::optional<findings::Baseline> baseline = read_baseline(settings, diags);
  if (diags.has_errors()) {  // every config, sheet, path and baseline error printed, then stop
    print_diagnostics(diags, err);
    return ExitCode::kUsage;
  }

  report::ReportOptions report_options;
  report_options.color = use_color(options.color, isatty(STDOUT_FILENO) != 0, [](const char* name) -> const char* {
    return std::getenv(name);
  });
  report_options.quiet = options.quiet;
  report_options.verbose = options.verbose;
  report_options.tool_version = FACTLINT_VERSION;
  report_options.fail_at = failing_severity(settings.fail_on);
  report_options.articles = articles;
  if (shard) std::tie(report_options.shard_index, report_options.shard_count) = *shard;
  report_options.sheets = loaded.sheet_paths;
  report_options.rules = describe_rules(loaded.rules);

  const std::uintmax_t bytes = given.stats ? total_bytes(articles) : 0;
  stats.say(err, "{} article{} ({}) selected in {:.1f} ms", articles.size(), articles.size() == 1 ? "" : "s",
            size_text(bytes),
            stats.lap());
  // --cache, but not with --verbose: that explains how each article was checked.
  std::optional<ArticleCache> cache;
  if (!settings.cache_dir.empty() && !options.verbose) {
    cache.emplace(settings.cache_dir, cache_key(settings, loaded), diags, &git);
    stats.say(err, "cache {} read in {:.1f} ms: {} article{}", cache->file(), stats.lap(), cache->stored(),
              cache->stored() == 1 ? "" : "s");
  }
  // Each finding, as the jobs hand it over in order: dropped if the commit
  // did not cause it (--changed-files), its severity set (config
  // `severity:`), then recorded for --update-baseline, or dropped if the
  // baseline accepts it, or kept for the reports (in memory, or in a
  // temporary file once they outgrow memory: findings/finding_log.h).
  std::vector<std::string> changed_ids;
  const bool commit_filter = commit && !commit->sheets.empty() && !commit->config_changed;
  if (commit_filter) {
    // A changed sheet is checked on every article it covers; what else those
    // articles hold is not this commit's doing.
    for (const rules::CompiledSheet& s : loaded.rules.sheets) {
      if (std::find(commit->sheets.begin(), commit->sheets.end(), s.sheet->path) != commit->sheets.end())
        changed_ids.push_back(s.sheet->id);
    }
  }
  std::optional<findings::BaselineFilter> accepted;
  if (baseline && !settings.update_baseline) accepted.emplace(*baseline);
  baseline.reset();  // the filter keeps the fingerprints, as numbers; the entries can go
  std::vector<findings::BaselineEntry> new_baseline;
  FindingLog kept(findings_in_memory(diags), "");
  // The first report, if text or github, is written as the findings come:
  // they come in the reports' order when every article is named once, in
  // order (as selected), for each article's findings are sorted by its job.
  const bool in_order = std::adjacent_find(articles.begin(), articles.end(), std::greater_equal<>()) == articles.end();
  StreamedReports reports(settings.reports, report_options, out, in_order);
  if (!reports.needs_findings()) kept.count_only();  // the one report is written as they come
  auto deliver = [&](Finding&& f) -> bool {
    if (commit_filter) {
      const std::string_view sheet = std::string_view(f.rule).substr(0, f.rule.find('/'));
      if (std::find(changed_ids.begin(), changed_ids.end(), sheet) == changed_ids.end() &&
          std::find(commit->changed_articles.begin(), commit->changed_articles.end(), f.file) ==
              commit->changed_articles.end())
        return true;
    }
    if (!settings.severity.empty()) f.severity = config::effective_severity(f, settings.severity);
    if (settings.update_baseline) {
      new_baseline.push_back(findings::baseline_entry(f));
    } else if (!accepted || !accepted->accepts(f)) {
      reports.add(f);
      kept.add(std::move(f));
    }
    return static_cast<bool>(out);  // a closed pipe, a full disk: stop (main.cc says why)
  };
  // `factlint check --cache | head`: the reader leaves early, and SIGPIPE
  // would end the run before the cache kept what it checked. Ignored until
  // the cache is saved: the failed write stops the run, the cache is saved,
  // and main() then ends it by SIGPIPE all the same.
  std::optional<ScopedSignal> pipe_ignored;
  // And Ctrl-C on a long run: the articles checked until then are kept.
  std::optional<Interruptible> interruptible;
  if (cache) {
    pipe_ignored.emplace(SIGPIPE, SIG_IGN);
    interruptible.emplace();
  }
  CheckResult result = check_articles(articles, loaded.rules, rule_ids(report_options.rules), settings.jobs,
                                      settings.max_file_size, diags, false, &provided, cache ? &*cache : nullptr,
                                      given.stats, deliver, interruptible ? &g_interrupted : nullptr);
  kept.finish();
  {
    const double ms = stats.lap();
    stats.say(err, "checked in {:.1f} ms with {} job{}: {:.1f} MB/s, {:.0f} articles/s{}", ms, settings.jobs,
              settings.jobs == 1 ? "" : "s", ms > 0 ? bytes / 1e3 / ms : 0.0,
              ms > 0 ? articles.size() * 1e3 / ms : 0.0,
              cache ? fmt::format("; {} of {} from the cache, {} not read ({} by their stamps, {} by git's index)",
                                  result.from_cache, articles.size(), result.unread + result.by_blob, result.unread,
                                  result.by_blob)
                    : "");
    if (!result.filter_engine.empty())
      stats.say(err, "{} of {} articles name no sheet's story, told from their bytes ({}) without making them into text",
                result.told_by_bytes, articles.size(), result.filter_engine);
    // Why git's index was not used matters to a --cache run only.
    if (git.index_read() || (cache && !git.describe().empty())) stats.say(err, "{}", git.describe());
  }
  if (given.stats) {
    std::string stages;
    double total = 0;
    for (std::size_t i = 0; i < result.times.ns.size(); ++i) total += result.times.ns[i] / 1e6;
    for (std::size_t i = 0; i < result.times.ns.size(); ++i) {
      if (result.times.ns[i] == 0) continue;
      stages += fmt::format("{}{} {:.1f} ms ({:.0f}%)", stages.empty() ? "" : ", ",
                            check::stage_name(static_cast<check::Stage>(i)), result.times.ns[i] / 1e6,
                            total > 0 ? 100 * result.times.ns[i] / 1e6 / total : 0.0);
    }
    stats.say(err, "inside the articles, summed over jobs: {}", stages.empty() ? "nothing" : stages);
    stats.lap();
  }
  if (cache) {
    cache->save(diags);
    stats.say(err, "cache written in {:.1f} ms", stats.lap());
  }
  pipe_ignored.reset();
  if (const int signal = interruptible ? g_interrupted.load() : 0) {
    // No report is finished from part of the articles (a report file keeps
    // what it held) and no baseline written. Ended by the signal itself, as
    // the shell expects of a command it interrupted.
    out.flush();
    print_diagnostics(diags, err);
    err << fmt::format("factlint: interrupted: {} of {} article{} checked, no report finished; the cache keeps "
                       "them for the next run\n",
                       result.checked, articles.size(), articles.size() == 1 ? "" : "s");
    err.flush();
    interruptible.reset();
    std::raise(signal);
    return ExitCode::kInterrupted;
  }
  interruptible.reset();
  result.skipped.insert(result.skipped.begin(), passed_over.begin(), passed_over.end());
  std::erase_if(result.notices, [&](const Notice& n) { return other_shard(n.file); });
  std::stable_sort(result.skipped.begin(), result.skipped.end(),
                   [](const SkippedFile& a, const SkippedFile& b) { return a.file < b.file; });
  int baselined = 0;
  if (settings.update_baseline) {
    const std::size_t recorded = new_baseline.size();
    std::string error =
        util::atomic_write(settings.baseline, findings::format_baseline_entries(std::move(new_baseline)));
    if (!error.empty()) {
      diags.error({settings.baseline}, fmt::format("cannot write baseline: {}", error));
      print_diagnostics(diags, err);
      return ExitCode::kUsage;
    }
    err << fmt::format("factlint: baseline '{}' updated: {} finding{}\n", settings.baseline, recorded,
                       recorded == 1 ? "" : "s");
    baselined = static_cast<int>(recorded);  // every finding, now accepted
  }
  if (accepted) {
    baselined = accepted->baselined();
    const int stale = accepted->stale();
    if (stale > 0 && !options.quiet && !shard) {  // a shard sees only its articles' findings
      err << fmt::format("factlint: {} baselined finding{} no longer occur{}; "
                         "run with --update-baseline to drop {} from '{}'\n",
                         stale, stale == 1 ? "" : "s", stale == 1 ? "s" : "", stale == 1 ? "it" : "them",
                         settings.baseline);
    }
  }
  if (kept.spilled() || !kept.kept_in_memory_because().empty()) {
    stats.say(err, "{} finding{}{}", kept.size(), kept.size() == 1 ? "" : "s",
              kept.spilled() ? fmt::format(" kept in a temporary file ({}) as they outgrew memory",
                                           size_text(kept.spilled_bytes()))
                             : fmt::format(" kept in memory: {}", kept.kept_in_memory_because()));
  }

  Summary summary = summarize(kept, result.checked, std::move(result.skipped));
  summary.suppressed = result.suppressed;
  summary.baselined = baselined;
  summary.notices = std::move(result.notices);
  summary.uncovered = std::move(result.uncovered);
  stats.lap();
  try {
    reports.finish(kept, summary, diags);
  } catch (const std::runtime_error& e) {  // the findings' temporary file failed to read back
    diags.error({}, e.what(), "check the disk of $TMPDIR (else /tmp); a finished report was not written");
  }
  stats.say(err, "{} report{} written in {:.1f} ms; {:.1f} ms in all", settings.reports.size(),
            settings.reports.size() == 1 ? "" : "s", stats.lap(), stats.total());
  print_diagnostics(diags, err);

  if (diags.has_errors()) return ExitCode::kUsage;  // an unreadable article, an unwritable report
  return fails(kept, settings.fail_on) ? ExitCode::kFindings : ExitCode::kClean;
}

}  // namespace factlint::cli
