#include "checker/rules/compiled_pattern.h"

#include <fmt/format.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <utility>

#include "checker/util/utf8.h"

namespace factlint::rules {

namespace {

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

// "{2000}" is over RE2's limit; "{2,1}" counts down.
std::string hint_for_repeat_size(std::string_view arg) {
  std::vector<long> counts;
  for (std::size_t i = 0; i < arg.size();) {
    if (arg[i] < '0' || arg[i] > '9') {
      ++i;
      continue;
    }
    long count = 0;
    for (; i < arg.size() && arg[i] >= '0' && arg[i] <= '9'; ++i) {
      count = std::min(count * 10 + (arg[i] - '0'), 1'000'000L);
    }
    counts.push_back(count);
  }
  for (long count : counts) {
    if (count > 1000) return "RE2 allows at most 1000 repetitions in {n,m}";
  }
  if (counts.size() == 2 && counts[0] > counts[1]) {
    return "write the smaller count first, as in {1,2}";
  }
  return "";
}

// RE2 is not Perl: editors who know PCRE reach for constructs it refuses.
// Say what to do instead rather than only what RE2 choked on.
std::string hint_for(const re2::RE2& re, std::string_view source) {
  switch (re.error_code()) {
    case re2::RE2::ErrorBadPerlOp:
      if (contains(source, "(?=") || contains(source, "(?!") || contains(source, "(?<=") ||
          contains(source, "(?<!")) {
        return "RE2 does not support look-around; match the context as part of the pattern, "
               "or move an exclusion to 'unless'";
      }
      if (contains(source, "(?>")) return "RE2 does not support atomic groups";
      return "";
    case re2::RE2::ErrorBadEscape: {
      const std::string& arg = re.error_arg();
      if (arg.size() == 2 && arg[0] == '\\' && arg[1] >= '1' && arg[1] <= '9') {
        return "RE2 does not support backreferences";
      }
      return "";
    }
    case re2::RE2::ErrorRepeatOp:
      if (contains(source, "++") || contains(source, "*+") || contains(source, "?+")) {
        return "RE2 does not support possessive quantifiers";
      }
      return "";
    case re2::RE2::ErrorRepeatSize: return hint_for_repeat_size(re.error_arg());
    case re2::RE2::ErrorTrailingBackslash: return "write '\\\\' for a literal backslash";
    default: return "";
  }
}

}  // namespace

Pattern::Pattern(std::shared_ptr<const re2::RE2> re, std::string source)
    : re_(std::move(re)), source_(std::move(source)) {}

Pattern::Pattern(std::string source, Options options)
    : source_(std::move(source)), deferred_(true), options_(options) {}

Pattern::~Pattern() = default;

PatternCache::PatternCache() = default;
PatternCache::~PatternCache() = default;

namespace {

// The escape a control character in a pattern came from: "\b" in a double-quoted
// YAML string is a backspace, not RE2's word boundary.
std::string_view escape_of(unsigned char c) {
  switch (c) {
    case 0x07: return "\\a";
    case 0x08: return "\\b";
    case 0x09: return "\\t";
    case 0x0A: return "\\n";
    case 0x0B: return "\\v";
    case 0x0C: return "\\f";
    case 0x0D: return "\\r";
    case 0x1B: return "\\e";
    default: return "";
  }
}

}  // namespace

bool Pattern::free_of_control_characters(const Located<std::string>& source, Diagnostics& diags) {
  const auto is_control = [](char ch) {
    const auto c = static_cast<unsigned char>(ch);
    return (c < 0x20 && c != '\t') || c == 0x7F;  // a tab matches a tab, as '\t' would
  };
  if (std::none_of(source.value.begin(), source.value.end(), is_control)) return true;
  std::string written;  // the pattern as the writer meant it
  for (const char ch : source.value) {
    if (is_control(ch)) {
      const auto c = static_cast<unsigned char>(ch);
      const std::string_view e = escape_of(c);
      written += e.empty() ? fmt::format("\\x{:02X}", c) : std::string(e);
    } else {
      written.push_back(ch);
    }
  }
  diags.error(source.where,
              fmt::format("pattern '{}' holds a control character: YAML read a backslash escape in double "
                          "quotes, so it can never match as meant",
                          written),
              fmt::format("write patterns in single quotes: '{}'", written));
  return false;
}

std::unique_ptr<const Pattern> Pattern::compile(const Located<std::string>& source,
                                                Diagnostics& diags, Options options, PatternCache* cache) {
  if (!free_of_control_characters(source, diags)) return nullptr;
  std::unique_ptr<const Pattern> pattern = compile_derived(source.value, source, "", diags, options, cache);
  if (!pattern) return nullptr;
  // A pattern that matches empty text matches every sentence: a cue that
  // selects everything, an `unless` that skips everything. A regex the cache
  // holds is tested once (a thousand sheets' cues, compiled to check each
  // sheet and again by compile_rules, spent 3% of their loading on it).
  if (cache && cache->not_empty_.contains(&pattern->re())) return pattern;
  if (pattern->search("")) {
    diags.error(source.where,
                fmt::format("pattern '{}' matches empty text, so it matches every sentence and article", source.value),
                "make at least one part required, e.g. 'x+' rather than 'x*', '(?:a|b)' rather than '(?:a|b)?'");
    return nullptr;
  }
  if (cache) cache->not_empty_.insert(&pattern->re());
  return pattern;
}

re2::RE2::Options re2_options(Pattern::Options options) {
  re2::RE2::Options re_options;
  re_options.set_log_errors(false);  // we report, with the file and line
  re_options.set_encoding(re2::RE2::Options::EncodingUTF8);
  re_options.set_case_sensitive(!options.ignore_case);
  re_options.set_literal(options.literal);
  return re_options;
}

std::unique_ptr<const Pattern> Pattern::compile_on_first_use(std::string regex, const Located<std::string>& shown,
                                                             std::string_view context, Diagnostics& diags,
                                                             Options options) {
  if (regex.size() > kDeferredBytes || !util::is_valid_utf8(regex))
    return compile_derived(std::move(regex), shown, context, diags, options);
  return std::unique_ptr<const Pattern>(new Pattern(std::move(regex), options));
}

void Pattern::compile_now() const { re_ = std::make_shared<const re2::RE2>(source_, re2_options(options_)); }

bool Pattern::compiled() const { return re_ != nullptr; }

std::unique_ptr<const Pattern> Pattern::compile_derived(std::string regex,
                                                        const Located<std::string>& shown,
                                                        std::string_view context,
                                                        Diagnostics& diags, Options options,
                                                        PatternCache* cache) {
  std::string key;
  if (cache) {
    // The options as two digits, then the regex (not fmt::format: a thousand
    // sheets' patterns spent 3% of their loading formatting these keys).
    key.reserve(regex.size() + 2);
    key += options.ignore_case ? '1' : '0';
    key += options.literal ? '1' : '0';
    key += regex;
    if (auto found = cache->compiled_.find(key); found != cache->compiled_.end()) {
      return std::unique_ptr<const Pattern>(new Pattern(found->second, std::move(regex)));
    }
  }
  auto re = std::make_shared<const re2::RE2>(regex, re2_options(options));
  if (!re->ok()) {
    diags.error(shown.where,
                fmt::format("invalid regex '{}'{}: {}", shown.value, context, re->error()),
                hint_for(*re, shown.value));
    return nullptr;
  }
  if (cache) cache->compiled_.emplace(std::move(key), re);
  return std::unique_ptr<const Pattern>(new Pattern(std::move(re), std::move(regex)));
}

bool Pattern::search(std::string_view text) const { return re2::RE2::PartialMatch(text, re()); }

std::optional<Pattern::Match> Pattern::find(std::string_view text, std::size_t from) const {
  if (from > text.size()) return std::nullopt;
  re2::StringPiece match;
  // Matching text[from, end) with `text` as context keeps ^ and \b honest.
  if (!re().Match(text, from, text.size(), re2::RE2::UNANCHORED, &match, 1)) {
    return std::nullopt;
  }
  // An empty match in an empty text has no data pointer.
  const std::size_t begin =
      match.data() == nullptr ? from : static_cast<std::size_t>(match.data() - text.data());
  return Match{begin, begin + match.size()};
}

std::optional<Pattern::Match> Pattern::match_at(std::string_view text, std::size_t at) const {
  if (at > text.size()) return std::nullopt;
  re2::StringPiece match;
  if (!re().Match(text, at, text.size(), re2::RE2::ANCHOR_START, &match, 1)) return std::nullopt;
  return Match{at, at + match.size()};
}

std::vector<Pattern::Match> Pattern::find_all(std::string_view text) const {
  std::vector<Match> matches;
  std::size_t from = 0;
  while (from <= text.size()) {
    std::optional<Match> match = find(text, from);
    if (!match) break;
    if (match->begin == match->end) {
      // Skip the empty match, stepping a whole character so we never stop
      // inside a UTF-8 sequence.
      if (match->begin >= text.size()) break;
      from = match->begin + util::decode_utf8(text, match->begin).length;
      continue;
    }
    matches.push_back(*match);
    from = match->end;
  }
  return matches;
}

bool Pattern::full_match(std::string_view text) const { return re2::RE2::FullMatch(text, re()); }

PatternSet::PatternSet(std::unique_ptr<re2::RE2::Set> set, int size) : set_(std::move(set)), size_(size) {}

PatternSet::~PatternSet() = default;

std::unique_ptr<const PatternSet> PatternSet::compile(const std::vector<std::string>& regexes,
                                                      Pattern::Options options) {
  re2::RE2::Options re_options;
  re_options.set_log_errors(false);
  re_options.set_encoding(re2::RE2::Options::EncodingUTF8);
  re_options.set_case_sensitive(!options.ignore_case);
  re_options.set_literal(options.literal);
  re_options.set_max_mem(64 << 20);  // a few thousand cues; beyond, match() says "try them all"
  auto set = std::make_unique<re2::RE2::Set>(re_options, re2::RE2::UNANCHORED);
  for (const std::string& regex : regexes) {
    if (set->Add(regex, nullptr) < 0) return nullptr;
  }
  if (!set->Compile()) return nullptr;
  return std::unique_ptr<const PatternSet>(new PatternSet(std::move(set), static_cast<int>(regexes.size())));
}

std::vector<int> PatternSet::match(std::string_view text) const {
  std::vector<int> hits;
  re2::RE2::Set::ErrorInfo error{};
  if (!set_->Match(text, &hits, &error) && error.kind != re2::RE2::Set::kNoError) {
    hits.resize(static_cast<std::size_t>(size_));
    for (int i = 0; i < size_; ++i) hits[static_cast<std::size_t>(i)] = i;
    return hits;
  }
  std::sort(hits.begin(), hits.end());
  return hits;
}

std::string quote_meta(std::string_view text) { return re2::RE2::QuoteMeta(text); }

}  // namespace factlint::rules
