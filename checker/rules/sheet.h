// Sheet: one fact sheet (rules/*.yaml) as loaded and validated, before its
// patterns are compiled. Plain data; see compiled_rules.h for the compiled form.
#pragma once

#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/extract/value.h"
#include "checker/util/date.h"
#include "checker/util/diagnostics.h"
#include "checker/util/moment.h"

namespace factlint::rules {

// A person under `people:`, or an organisation under `sources:` (a ministry,
// an agency, USGS, the IMF): both can be credited with a figure and named in
// `said_by`, and both have names, aliases and misspellings.
struct Person {
  std::string id;                 // key under `people:` or `sources:`
  std::string name;               // canonical spelling
  std::vector<std::string> also;  // other ways articles refer to the person
  std::vector<Located<std::string>> misspellings;  // reported as misspelling
  // Added after v1: names of other people that look like this one's ("Nawaz
  // Sharif" beside Shehbaz Sharif): never a possible misspelling of it.
  std::vector<std::string> others;
  SourceLocation where;
  bool organisation = false;  // declared under `sources:`: "it" and "the ministry" refer to it, not "he"

  // "people.lavrov", "sources.usgs": the rule id of its misspellings, after the sheet id.
  std::string rule_id() const { return (organisation ? "sources." : "people.") + id; }
};

// Where an article must credit a figure of a fact with `said_by`.
enum class Within {
  kSentence,   // in the figure's sentence, or through the quotation it stands in (the default)
  kParagraph,  // anywhere in its paragraph
  kArticle,    // anywhere in the article
};

// `attribution:` of a sheet, or of one fact (which wins); unset keys fall
// back to the sheet's, then to the defaults.
struct AttributionPolicy {
  std::optional<Within> within;
  // Whether display text (headline, standfirst, captions, crossheads) must
  // credit figures too; by default it need not: headlines never do.
  std::optional<bool> display;
};

// `tolerance: 0.5` (absolute) or `tolerance: 1%` (relative to the expected value).
struct Tolerance {
  double amount = 0;  // absolute (0.5), or relative: a fraction of the expected value (1% -> 0.01)
  bool relative = false;
};

// Added after v1: what an entry of `expect` written as a map adds to its value
// (`{value: 398, as_of: 2014-08-04T20:00+08:00, said_by: xinhua, source: ...}`).
// A fact whose entries have `as_of` is a timeline: each value is the fact's
// figure from its `as_of` until the next entry of the same `said_by`.
struct ExpectEntry {
  std::optional<DateTime> as_of;
  std::string said_by;  // a person or source id; empty: nobody in particular
  std::string source;   // as written, for messages
  SourceLocation where;
  // Filled when the sheet loads (rules/validate_facts.cc):
  Span start;          // when the value became the figure, in UTC minutes
  int next = -1;       // the index of the entry that replaced it (same line and quantity), or -1
  // When it stopped being the figure: the latest its successor (or its
  // withdrawal) may have come; "never" while it holds.
  long long until = std::numeric_limits<long long>::max();
  std::optional<DateTime> withdrawn;  // set when a withdrawal, not a new figure, ended it
};

// `{withdrawn: true, as_of: ..., said_by: ...}`: the source took its figure
// back without giving another; from then on none of its earlier figures holds.
struct Withdrawal {
  DateTime as_of;
  std::string said_by;
  SourceLocation where;
  Span start;
};

// Whether entry `b` replaces entry `a` when it comes later: a source's figure
// is replaced by that source's next one; a figure without `said_by` is the
// story's figure, which replaces, and is replaced by, any source's. So a toll
// given by one body after another is one line of figures, while
// `{value: 11,300, said_by: red-crescent}` and `{value: 5,300, said_by:
// east-government}` stand side by side.
inline bool same_line(std::string_view said_by_a, std::string_view said_by_b) {
  return said_by_a.empty() || said_by_b.empty() || said_by_a == said_by_b;
}
inline bool same_line(const ExpectEntry& a, const ExpectEntry& b) { return same_line(a.said_by, b.said_by); }

// Whether a later entry of a timeline can replace an earlier one: figures of
// one quantity (a count and a plain number, two sums in one currency, two
// lengths). A sum in yen and the same sum in dollars, given together, stand
// side by side.
bool same_quantity(const extract::Value& a, const extract::Value& b);

struct Fact {
  std::string id;
  std::string claim;  // one line a human reads in the report
  std::vector<Located<std::string>> cues;    // RE2; all must match
  std::vector<Located<std::string>> unless;  // RE2; none may match
  std::vector<extract::Value> expect;        // any one is consistent
  std::vector<std::string> expect_text;      // as written, for messages
  // One per value of `expect` when any entry is a map, else empty.
  std::vector<ExpectEntry> entries;
  std::vector<Withdrawal> withdrawals;  // in the order listed
  bool timeline = false;  // the entries have `as_of`
  // The zone a date alone is read in, for this fact's `as_of` and for the
  // articles judged against it: the zone its `as_of` date-times give (UTC if none).
  int timeline_zone = 0;
  // Indexes over `entries`, so that judging a claim stays logarithmic in their
  // number (a timeline may have thousands): the entries in order of `start`,
  // and, when every value is a plain non-negative figure (a number, a count,
  // money, a percentage or a year, exact or approximate), in order of that figure.
  std::vector<std::size_t> by_start;
  std::vector<std::size_t> by_number;  // empty unless every entry qualifies
  bool approximate_entries = false;    // some value of by_number is "about" or "nearly" a figure
  std::vector<std::string> bound_sources;  // the said_by of some entry, sorted, unique
  std::optional<Located<std::string>> pattern;  // RE2 with one {value} slot
  std::vector<std::string> said_by;          // person ids
  std::optional<Tolerance> tolerance;
  // The sheet's `units:` groups, for comparing counts ("5,000 homes" with
  // `expect: 5,000 houses`); see Sheet::unit_synonyms.
  std::vector<std::vector<std::string>> unit_synonyms;
  // The fact is about a part of a figure ("504 deaths in Ludian County"): it
  // also takes subtotals and increments, which a fact on a total never does.
  bool part = false;
  AttributionPolicy attribution;
  std::string source;
  Severity severity = Severity::kError;
  SourceLocation where;  // the fact's `- id:` line
};

struct Scope {
  std::vector<Located<std::string>> mentions;  // RE2; article matches at least one
  // Day-precision bounds: `2021-04` as either end covers the whole month.
  std::optional<Date> published_from;          // inclusive
  std::optional<Date> published_to;            // inclusive
  std::vector<std::string> paths;              // globs relative to the repository root
};

struct Sheet {
  std::string path;  // file it came from, as given
  std::string id;
  std::string title;
  Scope scope;
  std::vector<Person> people;
  std::vector<Fact> facts;
  // RE2 patterns added to the built-in attribution cues (said, according to,
  // ...) for this sheet's articles; each works like "said".
  std::vector<Located<std::string>> attribution_cues;
  AttributionPolicy attribution;
  // RE2 patterns that make a figure in their clause a part of a total, for
  // this sheet's facts: '\bin (?:Ludian|Qiaojia) county\b' makes "504 died in
  // Ludian county" a subtotal, as "of them" or "another" would.
  std::vector<Located<std::string>> partial;
  // Added after v1: count units that name the same thing ("houses = homes",
  // "troops = soldiers"), each group lower-case and singular. Copied to every fact.
  std::vector<std::vector<std::string>> unit_synonyms;
};

}  // namespace factlint::rules
