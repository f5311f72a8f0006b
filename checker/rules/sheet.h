// Sheet: one fact sheet (rules/*.yaml) as loaded and validated, before its
// patterns are compiled. Plain data; see compiled_rules.h for the compiled form.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "checker/extract/value.h"
#include "checker/util/date.h"
#include "checker/util/diagnostics.h"

namespace factlint::rules {

// A person under `people:`, or an organisation under `sources:` (a ministry,
// an agency, USGS, the IMF): both can be credited with a figure and named in
// `said_by`, and both have names, aliases and misspellings.
struct Person {
  std::string id;                 // key under `people:` or `sources:`
  std::string name;               // canonical spelling
  std::vector<std::string> also;  // other ways articles refer to the person
  std::vector<Located<std::string>> misspellings;  // reported as misspelling
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

struct Fact {
  std::string id;
  std::string claim;  // one line a human reads in the report
  std::vector<Located<std::string>> cues;    // RE2; all must match
  std::vector<Located<std::string>> unless;  // RE2; none may match
  std::vector<extract::Value> expect;        // any one is consistent
  std::vector<std::string> expect_text;      // as written, for messages
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
