// Claims: the values an article states, each with the words it belongs to and
// where it stands, read from the article alone, before any fact sheet is
// looked at. Fact sheets then select claims (check/select.h) and judge them
// (check/judge.h).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "checker/extract/value.h"
#include "checker/text/blocks.h"

namespace factlint::claims {

// Whether a figure is the whole of what it counts. Only whole figures are
// compared with a fact's total; a fact marked `part: true` takes subtotals and
// increments too.
enum class Part {
  kWhole,      // "398 people were killed", "bringing the toll to 589"
  kSubtotal,   // "357 of them in Zhaotong", "including 53 children", "ten others in Qiaojia",
               // "504 in Ludian County and 72 in Qiaojia County"
  kIncrement,  // "another 179", "a further 20", "179 more", "rose by 179", "17 new cases",
               // a margin: "won by 34 seconds", "three minutes ahead"
  kPrevious,   // "from 410" in "rose from 410 to 589", "up from 410": a figure superseded in the sentence
  kConversion, // "$US452 million ($665 million)": the same sum in a currency the "$" does not name
};

std::string_view part_name(Part part);  // "whole", "subtotal", "increment", "previous"

// What a date or a time dates, when the words before it say it is not when
// something in its clause happened.
enum class Dating {
  kEvent,      // when its clause's event happened: "struck on Monday"
  kStatus,     // when figures stood so: "as of 2 p.m.", "rose past 40,000 on Friday"
  kPublished,  // when a report came out: "a report published on Sunday"
  kOffset,     // a length of time between two moments: "two days after her bronze", "four months earlier"
  kSaid,       // when something was said: "his lawyer said Thursday that ..."
};

std::string_view dating_name(Dating dating);  // "event", "status", "published", "offset", "said"

// A date or a time of day: a value that says when, which Dating describes.
inline bool tells_when(const extract::Value& v) {
  return v.kind == extract::ValueKind::kDate || v.kind == extract::ValueKind::kTime;
}

// What separates a segment from the one before it.
enum class Boundary {
  kNone,    // the first segment of the sentence
  kWeak,    // a comma, "and", a colon, a bracket or a dash: the same statement goes on
  kStrong,  // a semicolon, a quotation mark, ", and <new subject>", "while", "but": another statement
};

// A stretch of a sentence between clause boundaries.
struct Segment {
  std::size_t begin = 0;  // byte offsets into the article text
  std::size_t end = 0;
  Boundary before = Boundary::kNone;
  // Opens with a noun phrase of its own ("with the Board meeting scheduled for
  // July 12", "and the number of injured rose to 1,891"): its values belong to
  // that noun phrase, not to words in other segments.
  bool own_subject = false;
  bool quoted = false;  // inside a quotation
  // A relative clause ("which meets on July 12", "who came with ..."): about the
  // noun right before it, so as close to the segment before as its own words.
  bool relative = false;
  // The relative clause this segment belongs to, when it does: "who ran
  // Theranos and is a convicted fraudster," is one clause in two segments.
  // Its words describe the name before it and bind no figure outside it.
  int relative_clause = -1;
  // An infinitive clause ("to begin her sentence", "to report to prison"): what
  // is to happen. Its words say nothing about figures before it ("was ordered
  // on Tuesday to begin her sentence": Tuesday is not when she begins).
  bool infinitive = false;
  // A description between commas (", the convicted fraudster behind Theranos,"):
  // its words describe a name, so they bind no figure outside it.
  bool appositive = false;
};

struct Claim {
  extract::Value value;  // offsets are into the article text
  std::size_t sentence = 0;
  std::size_t segment = 0;  // index into SentenceClaims::segments
  text::Role role = text::Role::kBody;
  Part part = Part::kWhole;
  // The words that make the figure partial ("of them", "another"); empty when whole.
  std::size_t marker_begin = 0, marker_end = 0;
  // The value with the words it belongs to most closely: its unit, the predicate
  // right after it and the verb or noun right before it. "398 people were reported
  // dead": [398 ... dead]; "killing 398": [killing 398]; "a death toll of 398":
  // [toll of 398]. A cue overlapping these binds the claim before any other.
  std::size_t own_begin = 0, own_end = 0;
  // A date, a time or a duration: what it dates, and the words that say so
  // ("as of", "rose", "published", "after"); only a fact with a cue on those
  // words takes it.
  Dating dating = Dating::kEvent;
  std::size_t dating_begin = 0, dating_end = 0;
  // A date or a time that opens its sentence ("On Thursday rescuers brought a
  // girl out, 11 days after the quake") dates the main clause: no cue past the
  // clause's subject and verb binds it. Unlimited elsewhere.
  std::size_t reach_end = static_cast<std::size_t>(-1);
};

// "after the earthquakes", "twelve days after the quake,", "since the flood":
// a point in time other dates are told from, from its word to its segment's
// end. A cue inside one binds no date or time outside it: "On Saturday,
// twelve days after the earthquakes, ..." is not when the earthquakes struck.
struct TimeReference {
  std::size_t begin = 0, end = 0;  // byte offsets into the article text
};

// The claims of one sentence, and the segments they stand in.
struct SentenceClaims {
  std::vector<Segment> segments;
  std::vector<Claim> claims;  // in text order
  std::vector<TimeReference> time_references;  // in text order
};

}  // namespace factlint::claims
