// Options: what the command line asked for, as plain data passed to each
// subcommand (no global state).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "checker/util/date.h"
#include "checker/util/diagnostics.h"

namespace factlint::cli {

enum class FailOn { kError, kWarning, kInfo, kNever };
enum class Color { kAuto, kAlways, kNever };

// Articles larger than this are skipped and counted, unless --max-file-size or
// the config's `max-file-size:` says otherwise.
inline constexpr std::size_t kDefaultMaxFileSize = std::size_t{16} << 20;

// The article size limit, and where a user whose article is past it can raise
// it: the skipped article's notice ends with `hint` ("see --max-file-size", or
// the config key that set the limit).
struct ArticleLimit {
  std::size_t bytes = kDefaultMaxFileSize;
  std::string hint = "see --max-file-size";
};

// Empty or unset fields fall back to .factlint.yaml, then to the defaults.
struct CheckOptions {
  std::vector<std::string> paths;       // articles; default: config `articles`, else corpus/
  // Where an @FILE list named each of `paths` (its line), once the lists are
  // read (expand_path_lists); an empty location for a path typed as it is.
  std::vector<SourceLocation> paths_where;
  std::vector<std::string> rule_paths;  // default: config `rules`, else rules/
  std::string format;                   // empty: not given (config `reports`, else text)
  std::string output;                   // --output: the --format report to this file
  std::vector<std::string> reports;     // --report FORMAT[=PATH], as typed
  std::optional<FailOn> fail_on;        // default: config `fail-on`, else error
  std::string config;                   // --config; empty: .factlint.yaml if present
  std::string baseline;                 // --baseline; empty: config `baseline`
  bool update_baseline = false;
  std::string changed_since;            // --changed-since REF
  unsigned jobs = 0;                    // 0 = config `jobs`, else hardware threads
  Color color = Color::kAuto;
  bool quiet = false;
  bool verbose = false;
  std::size_t max_file_size = 0;        // bytes; larger articles are skipped. 0: config, else 16 MiB
  bool follow = false;                  // --follow: symbolic links inside the paths given
  std::string stdin_path;               // --stdin-path: the name of the article read from '-'
  bool no_ignore = false;               // --no-ignore: check files .gitignore leaves out too
  bool changed_files = false;           // --changed-files: paths are the files a commit changes (pre-commit)
  std::string shard;                    // --shard I/N: check only the articles of shard I of N
  bool stats = false;                   // --stats: time per stage on stderr
  bool cache = false;                   // --cache: keep each article's outcome for the next run
  std::string cache_dir;                // --cache-dir: where (implies --cache); default: config, else .factlint-cache
  bool no_cache = false;                // --no-cache: no cache, whatever the config says
};

// `factlint merge`: shard files in, every report format out.
struct MergeOptions {
  std::vector<std::string> shards;   // files written by check --shard I/N --report shard=PATH
  std::string format;                // as check's
  std::string output;
  std::vector<std::string> reports;
  std::optional<FailOn> fail_on;     // default: the shards' --fail-on
  Color color = Color::kAuto;
  bool quiet = false;
  bool verbose = false;
};

struct ValuesOptions {
  std::optional<Date> date;
  std::string dates;                    // "day-first", "month-first" or "" (ambiguous numeric dates not read)
  std::vector<std::string> currencies;  // "rupees=INR": what a currency name without its country means
  std::string format = "text";
  std::vector<std::string> text;  // empty: read stdin
};

struct InitOptions {
  std::string dir;              // where to write; default: the current folder
  std::string story = "my-story";  // the sheet's id and file name
};

struct RulesOptions {
  std::vector<std::string> rule_paths;
  std::string fact;  // explain: "sheet/fact"
  std::vector<std::string> in;  // explain --in: articles whose claims for the fact to show
  std::vector<std::string> fixtures;  // rules test: fixture files or folders; default rules/tests/
  std::string against = "HEAD";       // rules diff: the git revision to compare with
  std::string old_sheet;              // rules diff --old: an older version of the one sheet named
  bool exit_code = false;             // rules diff --exit-code: 1 when anything changed
};

}  // namespace factlint::cli
