#include "checker/check/check_document.h"

#include <algorithm>
#include <optional>

#include <fmt/format.h>
#include <re2/re2.h>

#include "checker/attribution/attribute.h"
#include "checker/check/attribution_findings.h"
#include "checker/check/judge.h"
#include "checker/check/make_finding.h"
#include "checker/check/possible_misspellings.h"
#include "checker/check/scope.h"
#include "checker/check/select.h"
#include "checker/claims/extract_claims.h"
#include "checker/extract/value.h"
#include "checker/text/document.h"

namespace factlint::check {

namespace {

using rules::Pattern;

std::string expected_words(const rules::Fact& fact) { return or_list(fact.expect_text); }

// A clause wrapped over lines in the file, on one line of a report.
std::string one_line(std::string_view text) {
  std::string out(text);
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

// "Tuesday (2021-04-13)": the article's words, with the date they resolve to
// when the words alone do not say it.
std::string claimed_words(const std::string& found, const extract::Value& v) {
  if (v.kind == extract::ValueKind::kDate && v.resolved) {
    std::string iso = to_iso(v.date);
    if (found.find(iso) == std::string::npos) return fmt::format("{} ({})", found, iso);
  }
  return found;
}

bool ignored(const text::Article& article, const std::string& fact_id) {
  const auto& ignore = article.meta.ignore;
  return std::find(ignore.begin(), ignore.end(), fact_id) != ignore.end();
}

// Which cues of the rule set occur in each sentence, asked once per sentence
// for every sheet and fact (rules::RuleSet::cue_set). A sentence in which no
// word starts as a cue's leading word does (rules::RuleSet::cue_starts) can
// hold only the other cues: it is asked of their set, or of none.
class CueHits {
 public:
  CueHits(const rules::RuleSet& rules, const text::Document& document, const rules::WordRuns& runs)
      : rules_(rules), set_(rules.cue_set.get()), document_(document), hits_(document.sentences.size()) {
    if (set_ && rules.cue_prefilter && !runs.scan_whole) mark_sentences(runs);
  }

  // Where cue `id` (of RuleSet::cue_set) may begin in sentence i, offsets
  // into the sentence: the words that begin as its leading word. Nullopt
  // when that is not known (a cue without a leading word, a sentence cutting
  // a word at an edge, a text the runs cannot be trusted for): then search
  // the whole sentence.
  rules::WordStarts starts_of(std::size_t i, int id) const {
    if (whole_set_.empty() || cut_[i] || std::binary_search(rules_.other_cue_ids.begin(), rules_.other_cue_ids.end(), id))
      return std::nullopt;
    const text::Sentence& s = document_.sentences[i];
    const auto from = std::lower_bound(starts_.begin(), starts_.end(), s.begin,
                                       [](const Start& a, std::size_t at) { return a.begin < at; });
    // A cue that is a whole word matches a run of its size, and nothing longer.
    const std::uint32_t word = rules_.cue_word_size[static_cast<std::size_t>(id)];
    std::vector<rules::WordStart> out;
    for (auto it = from; it != starts_.end() && it->begin < s.end; ++it) {
      if ((word > 0 && it->size != word) || !std::binary_search(it->cues->begin(), it->cues->end(), id)) continue;
      out.push_back({static_cast<std::uint32_t>(it->begin - s.begin), word});
    }
    return out;
  }

  // False when some cue of `fact` cannot match sentence i: no need to look.
  bool possible(std::size_t i, const rules::CompiledFact& fact) {
    if (!set_ || fact.cue_ids.size() != fact.cues.size()) return true;
    const std::vector<int>& hits = *of(i);
    return std::all_of(fact.cue_ids.begin(), fact.cue_ids.end(),
                       [&](int id) { return std::binary_search(hits.begin(), hits.end(), id); });
  }

  // The ids of the cues matching sentence i, sorted; null without a cue set
  // (then every fact must look for itself).
  const std::vector<int>* of(std::size_t i) {
    if (!set_) return nullptr;
    if (!hits_[i]) {
      const text::Sentence& s = document_.sentences[i];
      const std::string_view sentence = std::string_view(document_.article.text).substr(s.begin, s.end - s.begin);
      if (whole_set_.empty() || whole_set_[i]) {
        hits_[i] = set_->match(sentence);
      } else if (rules_.other_cue_set) {
        std::vector<int> hits = rules_.other_cue_set->match(sentence);
        for (int& id : hits) id = rules_.other_cue_ids[static_cast<std::size_t>(id)];  // ascending both
        hits_[i] = std::move(hits);
      } else {
        hits_[i].emplace();
      }
    }
    return &*hits_[i];
  }

 private:
  // Which sentences need the whole set: those with a word beginning as some
  // cue's leading word, and those cutting a word at an edge (RE2 would see
  // a word boundary there that the article's word runs do not have).
  void mark_sentences(const rules::WordRuns& runs) {
    const std::vector<text::Sentence>& sentences = document_.sentences;
    const std::string_view text = document_.article.text;
    if (!std::is_sorted(sentences.begin(), sentences.end(),
                        [](const text::Sentence& a, const text::Sentence& b) { return a.begin < b.begin; }))
      return;  // not in text order: every sentence asks the whole set
    whole_set_.assign(sentences.size(), 0);
    cut_.assign(sentences.size(), 0);
    const auto word = [&](std::size_t at) { return at < text.size() && rules::is_word_byte(text[at]); };
    std::size_t next = 0;  // the first sentence that may hold the next run
    for (std::size_t i = 0; i < sentences.size(); ++i) {
      const text::Sentence& s = sentences[i];
      if ((s.begin > 0 && word(s.begin - 1) && word(s.begin)) || (s.end > 0 && word(s.end - 1) && word(s.end)))
        whole_set_[i] = cut_[i] = 1;
    }
    for (const rules::WordRun& run : runs.runs) {
      const std::size_t before = starts_.size();
      rules_.cue_starts.each_word_begun(text, run, [&](const std::vector<int>& ids) {
        starts_.push_back({run.begin, run.size, &ids});
      });
      if (starts_.size() == before) continue;
      while (next < sentences.size() && sentences[next].end <= run.begin) ++next;
      // Sentences are in text order and do not overlap; a run starting in
      // none of them is in no sentence's text.
      for (std::size_t i = next; i < sentences.size() && sentences[i].begin <= run.begin; ++i) {
        if (run.begin < sentences[i].end) whole_set_[i] = 1;
      }
    }
  }

  struct Start {
    std::size_t begin = 0;   // in the article text
    std::uint32_t size = 0;            // the word run's
    const std::vector<int>* cues = nullptr;  // the cues beginning with its word (RuleSet::cue_starts)
  };

  const rules::RuleSet& rules_;
  const rules::PatternSet* set_;
  const text::Document& document_;
  std::vector<std::optional<std::vector<int>>> hits_;
  std::vector<char> whole_set_;  // empty: every sentence asks the whole set
  std::vector<char> cut_;        // the sentence cuts a word at an edge
  std::vector<Start> starts_;    // words that may begin a cue, in text order
};

// The cue matches of `fact` in a sentence, one list per cue pattern, offsets
// into the article text; nullopt unless every cue matches and no `unless` does.
// With `hits` (and the sentence's index `i`), a cue with a leading word is
// tried only where a word of the sentence begins so (CueHits::starts_of).
std::optional<CueMatches> mentions(const rules::CompiledFact& fact, std::string_view sentence, std::size_t base,
                                   const CueHits* hits = nullptr, std::size_t i = 0) {
  CueMatches cues;
  cues.reserve(fact.cues.size());
  const bool by_id = hits && fact.cue_ids.size() == fact.cues.size();
  for (std::size_t k = 0; k < fact.cues.size(); ++k) {
    const auto& cue = fact.cues[k];
    std::vector<Pattern::Match> found =
        by_id ? rules::find_all_at(*cue, sentence, hits->starts_of(i, fact.cue_ids[k])) : cue->find_all(sentence);
    if (found.empty()) return std::nullopt;
    for (Pattern::Match& m : found) {
      m.begin += base;
      m.end += base;
    }
    cues.push_back(std::move(found));
  }
  if (std::any_of(fact.unless.begin(), fact.unless.end(), [&](const auto& p) { return p->search(sentence); }))
    return std::nullopt;
  return cues;
}

// A finding on a claim of `fact`, located, with the fact's rule, severity and
// source; the caller says what is wrong (kind, expected, message).
Finding claim_finding(const text::Article& article, const text::Sentence& s, const claims::Claim& claim,
                      const rules::CompiledSheet& sheet, const rules::Fact& fact) {
  Finding f = locate_finding(article, s, claim.value.begin, claim.value.end);
  f.severity = fact.severity;
  f.kind = FindingKind::kContradiction;
  f.rule = fmt::format("{}/{}", sheet.sheet->id, fact.id);
  f.source = fact.source;
  return f;
}

// What the article says, hedge included: "nearly 800", "Tuesday (2021-04-13)".
std::string said_words(const text::Article& article, const claims::Claim& claim) {
  return claimed_words(article_words(article, claim.value.hedge_begin, claim.value.end), claim.value);
}

Finding contradiction(const text::Article& article, const text::Sentence& s, const claims::Claim& claim,
                      const rules::CompiledSheet& sheet, const rules::Fact& fact) {
  Finding f = claim_finding(article, s, claim, sheet, fact);
  f.expected = expected_words(fact);
  f.message = fmt::format("article says {}; the fact sheet says {}", said_words(article, claim), f.expected);
  return f;
}

// --- timelines and figures bound to sources (added after v1) ---------------

// A sentence that reports a figure as given before, not as the figure now:
// "OCHA had said 11,300", "an earlier report put the toll at 5,500", "the
// toll initially stood at 150". Its figures are never outdated.
bool tells_earlier_figure(std::string_view sentence) {
  static const RE2 kEarlier(
      "(?i)\\b(?:had (?:\\w+ )?(?:said|given|put|reported|announced|estimated|counted|confirmed|stated|cited|recorded)"
      "|(?:earlier|previous|initial|original|first|prior|old) (?:reports?|figures?|tolls?|counts?|estimates?|tall(?:y|ies)|numbers?|statements?)"
      "|(?:previously|initially|originally|at first|earlier) (?:said|reported|given|put|announced|estimated|counted|stood|was|were)"
      "|(?:said|reported|given|put|announced|estimated) (?:previously|initially|originally|earlier))\\b");
  return RE2::PartialMatch(sentence, kEarlier);
}

// A figure told as an earlier report in words that say it was replaced:
// "early reports had put his sentence at 20 years", "the toll initially stood
// at 150", "previously reported". A fact without a timeline cannot say whether
// it was ever given, so such a figure is never its contradiction. ("had said"
// alone is narration, and stays judged.)
bool tells_superseded_report(std::string_view sentence) {
  static const RE2 kSuperseded(
      "(?i)\\b(?:(?:earlier|early|previous|initial|original|first|prior|old) (?:reports?|figures?|tolls?|counts?|"
      "estimates?|tall(?:y|ies)|numbers?|statements?)"
      "|(?:previously|initially|originally|at first) (?:said|reported|given|put|announced|estimated|counted|stood|was|were)"
      "|(?:said|reported|given|put|announced|estimated) (?:previously|initially|originally)"
      "|later corrected|since (?:been )?(?:corrected|revised))\\b");
  return RE2::PartialMatch(sentence, kSuperseded);
}

// "398 (as of 2014-08-04 20:00 +08:00, Ministry of Civil Affairs)": an entry as
// the sheet gives it.
std::string entry_words(const rules::CompiledSheet& sheet, const rules::Fact& fact, std::size_t i, bool who = true) {
  const rules::ExpectEntry& e = fact.entries[i];
  std::vector<std::string> notes;
  if (e.as_of) notes.push_back("as of " + to_text(*e.as_of));
  if (!who) {
  } else if (!e.source.empty()) {
    notes.push_back(e.source);
  } else if (!e.said_by.empty()) {
    notes.push_back(person_name(sheet, e.said_by));
  }
  if (notes.empty()) return fact.expect_text[i];
  return fmt::format("{} ({})", fact.expect_text[i], fmt::join(notes, ", "));
}

std::string entries_words(const rules::CompiledSheet& sheet, const rules::Fact& fact, const std::vector<std::size_t>& list) {
  std::vector<std::string> words;
  for (std::size_t i : list) words.push_back(entry_words(sheet, fact, i));
  return or_list(words);
}

std::string values_words(const rules::Fact& fact, const std::vector<std::size_t>& list) {
  std::vector<std::string> words;
  for (std::size_t i : list) words.push_back(fact.expect_text[i]);
  return or_list(words);
}

// When the article appeared, for a fact with a timeline: from its publication
// to its update, a date alone being the whole day in the timeline's zone.
std::optional<Span> appeared(const text::FrontMatter& meta, const rules::Fact& fact) {
  if (!meta.date || meta.date->precision != DatePrecision::kDay) return std::nullopt;
  Span span = span_of(*text::published_at(meta), fact.timeline_zone);
  if (meta.updated) span.latest = std::max(span.latest, span_of(*meta.updated, fact.timeline_zone).latest);
  return span;
}

// "2014-08-05", "2014-08-05 10:00 +08:00, updated 2014-08-06".
std::string appeared_words(const text::FrontMatter& meta) {
  std::string words = to_text(*text::published_at(meta));
  if (meta.updated) words += ", updated " + to_text(*meta.updated);
  return words;
}

std::string figure_then(const rules::CompiledSheet& sheet, const rules::Fact& fact, const TimedVerdict& v) {
  if (!v.current.empty()) return "the figure was " + entries_words(sheet, fact, v.current);
  const bool withdrawn = v.result == TimedVerdict::Result::kOutdated && fact.entries[v.entry].withdrawn;
  return withdrawn ? "no figure stood in its place" : "there was no figure yet";
}

// The finding for a verdict other than kAgrees, on a fact with entries.
std::optional<Finding> timed_finding(const text::Article& article, const text::Sentence& s, const claims::Claim& claim,
                                     const rules::CompiledSheet& sheet, const rules::Fact& fact, const TimedVerdict& v,
                                     const Circumstances& when, const std::string& credited_as) {
  if (v.result == TimedVerdict::Result::kAgrees || v.result == TimedVerdict::Result::kIncomparable) return std::nullopt;
  const bool credited_own = !when.credited.empty() && fact.entries[v.entry].said_by == when.credited;
  // Judged against every entry (no publication date, or no timeline): as any contradiction.
  if (v.result == TimedVerdict::Result::kContradicts && !credited_own && !(fact.timeline && when.appeared))
    return contradiction(article, s, claim, sheet, fact);
  Finding f = claim_finding(article, s, claim, sheet, fact);
  const std::string said = said_words(article, claim);
  const std::string now = when.appeared ? fmt::format("when the article appeared ({})", appeared_words(article.meta)) : "";
  if (!v.current.empty()) {
    f.expected = values_words(fact, v.current);
  } else if (fact.timeline && when.appeared) {
    f.expected = v.result == TimedVerdict::Result::kOutdated && fact.entries[v.entry].withdrawn ? "withdrawn" : "no figure yet";
  }
  switch (v.result) {
    case TimedVerdict::Result::kOutdated: {
      f.kind = FindingKind::kOutdated;
      const rules::ExpectEntry& e = fact.entries[v.entry];
      const std::string from = to_text(*e.as_of);
      const std::string end = e.withdrawn ? to_text(*e.withdrawn)
                                          : to_text(*fact.entries[static_cast<std::size_t>(e.next)].as_of);
      // Replaced on the day it was given, both written as days: "on D, replaced the same day".
      const std::string stretch = e.withdrawn ? fmt::format("from {} withdrawn {}", from, end)
                                  : end == from ? fmt::format("on {}, replaced the same day", from)
                                                : fmt::format("from {} until {}", from, end);
      f.message = fmt::format("article says {}, the figure {}; {} {}", said, stretch, now, figure_then(sheet, fact, v));
      break;
    }
    case TimedVerdict::Result::kPremature: {
      f.kind = FindingKind::kPremature;
      if (f.severity == Severity::kError) f.severity = Severity::kWarning;
      const rules::ExpectEntry& e = fact.entries[v.entry];
      const std::string by = !e.source.empty() ? " by " + e.source
                             : !e.said_by.empty() ? " by " + person_name(sheet, e.said_by) : std::string();
      f.message = fmt::format("article says {}, a figure first given {}{}; {} {}", said, to_text(*e.as_of), by, now,
                              figure_then(sheet, fact, v));
      break;
    }
    case TimedVerdict::Result::kMisattributed: {
      f.kind = FindingKind::kMisattribution;
      f.expected = fact.expect_text[v.own];
      const rules::ExpectEntry& other = fact.entries[v.entry];
      f.message = fmt::format("credited to {}, whose figure is {}; {} is {}", credited_as, entry_words(sheet, fact, v.own, false),
                              fact.expect_text[v.entry],
                              other.said_by.empty() ? std::string("not theirs")
                                                    : fmt::format("{}'s", person_name(sheet, other.said_by)));
      break;
    }
    case TimedVerdict::Result::kContradicts:
      if (credited_own) {
        f.expected = fact.expect_text[v.entry];
        f.message = fmt::format("article says {}, credited to {}, whose figure is {}", said, credited_as,
                                entry_words(sheet, fact, v.entry, false));
      } else {
        f.message = fmt::format("article says {}; {} {}", said, now, figure_then(sheet, fact, v));
      }
      break;
    default: break;
  }
  return f;
}

std::string timed_result(const text::FrontMatter& meta, const rules::CompiledSheet& sheet, const rules::Fact& fact,
                         const TimedVerdict& v, const Circumstances& when) {
  const std::string now = when.appeared ? fmt::format("the article appeared {}", appeared_words(meta)) : "";
  switch (v.result) {
    case TimedVerdict::Result::kAgrees:
      if (fact.timeline && when.appeared)
        return fmt::format("agrees with {}, a figure when {}", entry_words(sheet, fact, v.entry), now);
      if (fact.timeline)
        return fmt::format("agrees with {} (no publication date: any entry agrees)", entry_words(sheet, fact, v.entry));
      return fmt::format("agrees with {}", entry_words(sheet, fact, v.entry));
    case TimedVerdict::Result::kOutdated:
      return fmt::format("outdated: agrees with {}, replaced before {}", entry_words(sheet, fact, v.entry), now);
    case TimedVerdict::Result::kPremature:
      return fmt::format("premature: agrees with {}, given after {}", entry_words(sheet, fact, v.entry), now);
    case TimedVerdict::Result::kMisattributed:
      return fmt::format("misattributed: agrees with {}, not the credited source's {}", entry_words(sheet, fact, v.entry),
                         entry_words(sheet, fact, v.own));
    case TimedVerdict::Result::kContradicts: return fmt::format("contradicts {}", expected_words(fact));
    case TimedVerdict::Result::kIncomparable: break;
  }
  return "nothing to compare";
}

std::string explain_claim(const text::Article& article, const claims::SentenceClaims& sc, const claims::Claim& c,
                          const Binding& b, const TimedVerdict& verdict, const rules::CompiledSheet& sheet,
                          const rules::Fact& fact, const Circumstances& when) {
  const std::string_view text = article.text;
  std::string words = fmt::format("'{}' ({}", text.substr(c.value.begin, c.value.end - c.value.begin),
                                  extract::kind_name(c.value.kind));
  if (!c.value.unit.empty()) words += ", " + c.value.unit;
  words += fmt::format("; {}", claims::part_name(c.part));
  if (c.role != text::Role::kBody) words += fmt::format(", {}", text::role_name(c.role));
  words += ")";
  const std::string_view cue = text.substr(b.cue_begin, b.cue_end - b.cue_begin);
  std::string how;
  if (b.score == 0) {
    how = "among its own words";
  } else if (b.score < kHop) {
    how = "in its clause";
  } else {
    how = fmt::format("{} clause(s) away", b.score / kHop);
  }
  const claims::Segment& seg = sc.segments[c.segment];
  std::string result;
  if (!fact.entries.empty()) {
    result = timed_result(article.meta, sheet, fact, verdict, when);
  } else {
    switch (verdict.result) {
      case TimedVerdict::Result::kAgrees: result = fmt::format("agrees with {}", fact.expect_text[verdict.entry]); break;
      case TimedVerdict::Result::kContradicts: result = fmt::format("contradicts {}", expected_words(fact)); break;
      default: result = "nothing to compare"; break;
    }
  }
  return fmt::format("claim {} bound by cue '{}' {}, clause '{}': {}", words, cue, how,
                     one_line(text.substr(seg.begin, seg.end - seg.begin)), result);
}

// `tables`: the article's attribution tables shared by every sheet, made the
// first time any sheet needs them.
void check_facts(const text::Article& article, const rules::CompiledSheet& sheet, claims::DocumentClaims& claims,
                 CueHits& hits, std::optional<attribution::ArticleTables>& tables, rules::WordRuns& runs,
                 bool explain, DocumentResult& result) {
  const text::Document& document = claims.document();
  const std::vector<text::Sentence>& sentences = document.sentences;
  // Built the first time a fact with `said_by` selects a claim.
  std::optional<attribution::Attributor> attributor;
  const std::size_t n = sheet.facts.size();
  std::vector<std::size_t> candidates;  // the facts that may mention something in a sentence, in order
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const text::Sentence& s = sentences[i];
    const std::string_view sentence = std::string_view(article.text).substr(s.begin, s.end - s.begin);
    candidates.clear();
    if (const std::vector<int>* cue_hits = hits.of(i)) {
      // Those whose first cue matched (possible() checks the others), and
      // those without cues: the cost of a sentence follows its hits, not
      // the number of facts.
      for (const int id : *cue_hits) {
        const auto [from, to] = std::equal_range(sheet.facts_by_first_cue.begin(), sheet.facts_by_first_cue.end(),
                                                 std::pair<int, int>{id, 0},
                                                 [](const auto& a, const auto& b) { return a.first < b.first; });
        for (auto it = from; it != to; ++it) candidates.push_back(static_cast<std::size_t>(it->second));
      }
      for (const int f : sheet.facts_without_cues) candidates.push_back(static_cast<std::size_t>(f));
      std::sort(candidates.begin(), candidates.end());
    } else {
      for (std::size_t f = 0; f < n; ++f) candidates.push_back(f);
    }
    if (candidates.empty()) continue;
    std::vector<std::vector<Binding>> selected(n);
    bool any = false;
    std::optional<std::vector<bool>> partial;  // the sentence's segments the sheet's `partial` marks, once
    for (const std::size_t f : candidates) {
      const rules::CompiledFact& fact = sheet.facts[f];
      if (ignored(article, fact.fact->id) || !hits.possible(i, fact)) continue;
      std::optional<CueMatches> cues = mentions(fact, sentence, s.begin, &hits, i);
      if (!cues) continue;
      if (!partial) partial = partial_segments(claims.sentence(i), article.text, sheet);
      selected[f] = select_claims(claims.sentence(i), article.text, s, *cues, *partial, fact);
      any = any || !selected[f].empty();
    }
    if (!any) continue;
    const claims::SentenceClaims& sc = claims.sentence(i);
    // Asked of the sentence once, the first time a claim needs them.
    std::optional<bool> told_earlier, told_superseded;
    const std::vector<std::vector<Binding>> settled =
        settle(std::move(selected), sc, [&](std::size_t f, std::size_t c) {
          return judge(sc.claims[c].value, *sheet.facts[f].fact).result == Verdict::Result::kAgrees;
        });
    for (std::size_t f = 0; f < n; ++f) {
      const rules::CompiledFact& fact = sheet.facts[f];
      for (const Binding& b : settled[f]) {
        const claims::Claim& claim = sc.claims[b.claim];
        const rules::Fact& declared = *fact.fact;
        std::string credit;
        Circumstances when;
        std::string credited_as;
        if (!declared.said_by.empty() || !declared.bound_sources.empty()) {
          if (!attributor) {
            if (!tables) tables.emplace(document, std::move(runs));  // made once: the runs are theirs now
            attributor.emplace(document, sheet, *tables);
          }
          if (auto finding = attribution_finding(document, claim, sheet, fact, *attributor))
            result.findings.push_back(std::move(*finding));
          const attribution::Attribution who = attributor->attribute(i, claim.value.begin, claim.value.end);
          // A dateline names who filed the story, not whose figure it is.
          if (who.credit == attribution::Credit::kPerson && !who.dateline) {
            when.credited = sheet.people[static_cast<std::size_t>(who.person)].person->id;
            credited_as = fmt::format("{} (named line {})", attributor->person_name(who.person),
                                      article.position(who.name_begin).line);
          }
          if (explain) credit = "; " + attributor->explain(who);
        }
        if (declared.timeline) {
          when.appeared = appeared(article.meta, declared);
          if (!when.appeared) result.undated_timelines.push_back(fmt::format("{}/{}", sheet.sheet->id, declared.id));
        }
        if (!told_earlier && declared.timeline) told_earlier = tells_earlier_figure(sentence);
        when.earlier = claim.part == claims::Part::kPrevious || (declared.timeline && *told_earlier);
        const TimedVerdict verdict = judge(claim.value, declared, when);
        if (declared.entries.empty()) {
          if (verdict.result == TimedVerdict::Result::kContradicts && !told_superseded)
            told_superseded = tells_superseded_report(sentence);
          if (verdict.result == TimedVerdict::Result::kContradicts && !*told_superseded)
            result.findings.push_back(contradiction(article, s, claim, sheet, declared));
        } else if (auto finding = timed_finding(article, s, claim, sheet, declared, verdict, when, credited_as)) {
          result.findings.push_back(std::move(*finding));
        }
        if (explain) {
          const Finding where = locate_finding(article, s, claim.value.begin, claim.value.end);
          result.explanations.push_back({where.line, where.column, fmt::format("{}/{}", sheet.sheet->id, declared.id),
                                         explain_claim(article, sc, claim, b, verdict, sheet, declared, when) + credit,
                                         where.sentence, where.highlight_begin, where.highlight_end});
        }
      }
    }
  }
}

void check_spellings(const text::Article& article, const rules::CompiledSheet& sheet,
                     const text::Document& document, std::vector<Finding>& findings, std::vector<TextSpan>& taken) {
  for (const rules::CompiledPerson& person : sheet.people) {
    const std::string rule_id = person.person->rule_id();
    if (ignored(article, rule_id)) continue;
    std::vector<Pattern::Match> spans;
    for (const auto& misspelling : person.misspellings) {
      for (const Pattern::Match& m : misspelling->find_all(article.text)) spans.push_back(m);
    }
    // Longest span first at each start, then drop spans inside one already kept
    // ("Sergei Lavrov" and "Sergei" at the same place are one misspelling).
    std::sort(spans.begin(), spans.end(), [](const Pattern::Match& a, const Pattern::Match& b) {
      return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    std::size_t covered_to = 0;
    for (const Pattern::Match& m : spans) {
      if (m.begin < covered_to) continue;
      covered_to = m.end;
      taken.emplace_back(m.begin, m.end);
      const std::size_t i = document.sentence_at(m.begin);
      const text::Sentence around = i < document.sentences.size() ? document.sentences[i] : text::Sentence{m.begin, m.end, 0};
      Finding f = locate_finding(article, around, m.begin, m.end);
      f.severity = Severity::kError;
      f.kind = FindingKind::kMisspelling;
      f.rule = fmt::format("{}/{}", sheet.sheet->id, rule_id);
      f.expected = person.person->name;
      f.message = fmt::format("'{}' is a misspelling of '{}'", f.found, person.person->name);
      findings.push_back(std::move(f));
    }
  }
}

}  // namespace

// The day relative dates count from: the publication date, or, when the
// article gives its publication time and zone and reports events timed in
// another named zone ("16:30 Beijing time"), the day it was in that zone when
// the article appeared. "On Monday" in a New York article of Sunday 21:00
// about a quake in China is that Monday in China, the day after.
std::optional<Date> relative_date_anchor(const text::Article& article) {
  const auto& meta = article.meta;
  if (!meta.date || meta.date->precision != DatePrecision::kDay || !meta.time_minutes || !meta.utc_offset_minutes)
    return meta.date;
  const std::optional<int> event = extract::event_utc_offset(article.text);
  if (!event || *event == *meta.utc_offset_minutes) return meta.date;
  const long minutes = days_from_civil(meta.date->year, meta.date->month, meta.date->day) * 1440L +
                       *meta.time_minutes - *meta.utc_offset_minutes + *event;
  const long day = minutes >= 0 ? minutes / 1440 : -((-minutes + 1439) / 1440);
  return civil_from_days(day);
}


std::vector<NearMiss> near_misses(const text::Article& article, const rules::RuleSet& rules,
                                  const rules::CompiledSheet& sheet, const rules::CompiledFact& fact) {
  std::vector<NearMiss> out;
  if (!in_scope(sheet, article) || ignored(article, fact.fact->id)) return out;
  const rules::Fact& declared = *fact.fact;
  const text::Document document = text::make_document(article);
  extract::ParseContext context = rules.values;
  context.published = relative_date_anchor(article);
  claims::DocumentClaims claims(document, context);
  auto quoted = [](const std::vector<const Pattern*>& patterns) {
    std::vector<std::string> words;
    for (const Pattern* p : patterns) words.push_back(fmt::format("'{}'", p->source()));
    return or_list(words, "and");
  };
  for (std::size_t i = 0; i < document.sentences.size(); ++i) {
    const text::Sentence& s = document.sentences[i];
    const std::string_view sentence = std::string_view(article.text).substr(s.begin, s.end - s.begin);
    std::vector<const Pattern*> matched, missing;
    for (const auto& cue : fact.cues) (cue->search(sentence) ? matched : missing).push_back(cue.get());
    if (matched.empty()) continue;
    // The claims of the fact's kind, the comparable ones first.
    const claims::SentenceClaims& sc = claims.sentence(i);
    const claims::Claim* shown = nullptr;
    bool any_comparable = false;
    for (const claims::Claim& c : sc.claims) {
      for (const extract::Value& expected : declared.expect) {
        if (c.value.kind != expected.kind) continue;
        const bool same_unit = comparable(c.value, expected, declared.unit_synonyms);
        if (!shown || (same_unit && !any_comparable)) shown = &c;
        any_comparable = any_comparable || same_unit;
      }
    }
    if (!shown) continue;
    const extract::Value& v = shown->value;
    const std::string value = fmt::format("'{}' ({}{}{})", article.text.substr(v.begin, v.end - v.begin),
                                          extract::kind_name(v.kind), v.unit.empty() ? "" : ", ", v.unit);
    std::string why;
    const Pattern* unless = nullptr;
    for (const auto& p : fact.unless)
      if (!unless && p->search(sentence)) unless = p.get();
    if (!missing.empty()) {
      why = fmt::format("cue {} matched, {} did not: {}", quoted(matched), quoted(missing), value);
    } else if (unless) {
      why = fmt::format("every cue matched, but unless '{}' skips the sentence: {}", unless->source(), value);
    } else if (!any_comparable) {
      why = fmt::format("every cue matched, but no value is in the fact's unit: {}; the fact expects {}", value,
                        expected_words(declared));
    } else {
      std::optional<CueMatches> cues = mentions(fact, sentence, s.begin);
      if (cues && !select_claims(sc, article.text, s, *cues, partial_segments(sc, article.text, sheet), fact).empty())
        continue;  // a claim, not a miss
      const bool when = claims::tells_when(v);
      if (shown->dating != claims::Dating::kEvent) {
        const std::string_view words =
            std::string_view(article.text).substr(shown->dating_begin, shown->dating_end - shown->dating_begin);
        std::string_view what = "when figures stood so";
        if (shown->dating == claims::Dating::kPublished) what = "when a report came out";
        if (shown->dating == claims::Dating::kSaid) what = "when something was said";
        if (shown->dating == claims::Dating::kOffset) what = "the time between two moments of the story";
        why = fmt::format("every cue matched, but {} is {} ('{}'), not {}: only a fact with a cue on '{}' takes it",
                          value, what, words,
                          shown->dating == claims::Dating::kOffset ? "a length the fact states"
                                                                    : "when an event happened",
                          words);
      } else {
        why = fmt::format("every cue matched, but not every cue binds {}: each must be among the figure's words or "
                          "in its clause, with no other figure nearer{}",
                          value, when ? "; a date, in the clause it dates, not told from another point in time"
                                      : "");
      }
    }
    const Finding where = locate_finding(article, s, shown->value.begin, shown->value.end);
    out.push_back({where.line, where.column, std::move(why), where.sentence, where.highlight_begin, where.highlight_end});
  }
  return out;
}

DocumentResult check_document(const text::Article& article, const rules::RuleSet& rules, bool explain,
                              StageTimes* times, const std::vector<int>* may_mention) {
  DocumentResult result;
  StageTimer timer(times);
  std::vector<const rules::CompiledSheet*> sheets;
  // The article's word runs: for the sheets' mentions (when any is found by
  // its word), the cue prefilter and the attribution tables.
  // Their hashes only once the article is in some sheet's scope: the
  // mentions compare letters.
  std::optional<rules::WordRuns> words;
  if (may_mention) {
    result.mention_hits = *may_mention;
  } else {
    if (!rules.mention_starts.empty()) words = rules::word_runs(article.text, false);
    result.mention_hits = mention_hits(rules, article, words ? &*words : nullptr);
  }
  const std::optional<std::vector<int>>& mentioned = result.mention_hits;
  if (mentioned) {
    // Only the sheets the hits name can cover the article, and those that
    // name no story: their scope is tested, in the sheets' order.
    std::vector<int> candidates = rules.sheets_without_mentions;
    for (const int id : *mentioned) {
      if (id >= 0 && static_cast<std::size_t>(id) < rules.mention_sheet.size())
        candidates.push_back(rules.mention_sheet[static_cast<std::size_t>(id)]);
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    for (const int i : candidates) {
      const rules::CompiledSheet& sheet = rules.sheets[static_cast<std::size_t>(i)];
      if (in_scope(sheet, article, &*mentioned)) sheets.push_back(&sheet);
    }
  } else {
    for (const rules::CompiledSheet& sheet : rules.sheets) {
      if (in_scope(sheet, article, nullptr)) sheets.push_back(&sheet);
    }
  }
  result.sheets = static_cast<int>(sheets.size());
  timer.lap(Stage::kScope);
  if (sheets.empty()) return result;

  const text::Document document = text::make_document(article);
  extract::ParseContext context = rules.values;
  context.published = relative_date_anchor(article);
  claims::DocumentClaims claims(document, context);
  timer.lap(Stage::kSentences);
  if (!words) words = rules::word_runs(article.text);
  rules::hash_runs(*words);
  CueHits hits(rules, document, *words);
  timer.lap(Stage::kCues);
  std::vector<TextSpan> taken;  // listed misspellings reported
  std::optional<attribution::ArticleTables> tables;
  for (const rules::CompiledSheet* sheet : sheets) {
    check_facts(article, *sheet, claims, hits, tables, *words, explain, result);
    timer.lap(Stage::kFacts);
    check_spellings(article, *sheet, document, result.findings, taken);
    timer.lap(Stage::kSpellings);
  }
  // Unlisted misspellings, after every listed one is known, against every
  // spelling of every sheet that covers the article.
  const bool has_names = std::any_of(sheets.begin(), sheets.end(), [](const rules::CompiledSheet* s) {
    return std::any_of(s->people.begin(), s->people.end(), [](const rules::CompiledPerson& p) { return !p.forms.empty(); });
  });
  if (has_names) {
    const text::NameRuns runs = text::name_runs(article.text);
    const std::vector<std::string> known = known_spellings(sheets);
    for (const rules::CompiledSheet* sheet : sheets) {
      std::vector<Finding> possible;
      check_possible_misspellings(article, *sheet, document, runs, known, taken, possible);
      for (Finding& f : possible) {
        const std::string person = f.rule.substr(sheet->sheet->id.size() + 1);
        if (!ignored(article, person)) result.findings.push_back(std::move(f));
      }
    }
  }
  timer.lap(Stage::kPossibleMisspellings);
  std::sort(result.explanations.begin(), result.explanations.end(), [](const Explanation& a, const Explanation& b) {
    return std::tie(a.line, a.column, a.rule) < std::tie(b.line, b.column, b.rule);
  });
  return result;
}

}  // namespace factlint::check
