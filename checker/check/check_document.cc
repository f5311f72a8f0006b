#include "checker/check/check_document.h"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "checker/attribution/attribute.h"
#include "checker/check/attribution_findings.h"
#include "checker/check/judge.h"
#include "checker/check/make_finding.h"
#include "checker/check/scope.h"
#include "checker/check/select.h"
#include "checker/claims/extract_claims.h"
#include "checker/extract/value.h"
#include "checker/text/document.h"

namespace factlint::check {

namespace {

using rules::Pattern;

std::string expected_words(const rules::Fact& fact) {
  std::string words;
  for (std::size_t i = 0; i < fact.expect_text.size(); ++i) {
    if (i > 0) words += i + 1 == fact.expect_text.size() ? " or " : ", ";
    words += fact.expect_text[i];
  }
  return words;
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
// for every sheet and fact (rules::RuleSet::cue_set).
class CueHits {
 public:
  CueHits(const rules::RuleSet& rules, const text::Document& document)
      : set_(rules.cue_set.get()), document_(document), hits_(document.sentences.size()) {}

  // False when some cue of `fact` cannot match sentence i: no need to look.
  bool possible(std::size_t i, const rules::CompiledFact& fact) {
    if (!set_ || fact.cue_ids.size() != fact.cues.size()) return true;
    if (!hits_[i]) {
      const text::Sentence& s = document_.sentences[i];
      hits_[i] = set_->match(std::string_view(document_.article.text).substr(s.begin, s.end - s.begin));
    }
    const std::vector<int>& hits = *hits_[i];
    return std::all_of(fact.cue_ids.begin(), fact.cue_ids.end(),
                       [&](int id) { return std::binary_search(hits.begin(), hits.end(), id); });
  }

 private:
  const rules::PatternSet* set_;
  const text::Document& document_;
  std::vector<std::optional<std::vector<int>>> hits_;
};

// The cue matches of `fact` in a sentence, one list per cue pattern, offsets
// into the article text; nullopt unless every cue matches and no `unless` does.
std::optional<CueMatches> mentions(const rules::CompiledFact& fact, std::string_view sentence, std::size_t base) {
  CueMatches cues;
  cues.reserve(fact.cues.size());
  for (const auto& cue : fact.cues) {
    std::vector<Pattern::Match> found = cue->find_all(sentence);
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

Finding contradiction(const text::Article& article, const text::Sentence& s, const claims::Claim& claim,
                      const rules::CompiledSheet& sheet, const rules::Fact& fact) {
  Finding f = locate_finding(article, s, claim.value.begin, claim.value.end);
  f.severity = fact.severity;
  f.kind = FindingKind::kContradiction;
  f.rule = fmt::format("{}/{}", sheet.sheet->id, fact.id);
  f.expected = expected_words(fact);
  f.source = fact.source;
  // The hedge belongs to what the article says: "article says nearly 800".
  const std::string said = article_words(article, claim.value.hedge_begin, claim.value.end);
  f.message = fmt::format("article says {}; the fact sheet says {}", claimed_words(said, claim.value), f.expected);
  return f;
}

std::string explain_claim(const text::Article& article, const claims::SentenceClaims& sc, const claims::Claim& c,
                          const Binding& b, const Verdict& verdict, const rules::Fact& fact) {
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
  switch (verdict.result) {
    case Verdict::Result::kAgrees: result = fmt::format("agrees with {}", fact.expect_text[verdict.closest]); break;
    case Verdict::Result::kContradicts:
      result = fmt::format("contradicts {}", expected_words(fact));
      break;
    case Verdict::Result::kIncomparable: result = "nothing to compare"; break;
  }
  return fmt::format("claim {} bound by cue '{}' {}, clause '{}': {}", words, cue, how,
                     text.substr(seg.begin, seg.end - seg.begin), result);
}

void check_facts(const text::Article& article, const rules::CompiledSheet& sheet, claims::DocumentClaims& claims,
                 CueHits& hits, bool explain, DocumentResult& result) {
  const text::Document& document = claims.document();
  const std::vector<text::Sentence>& sentences = document.sentences;
  // Built the first time a fact with `said_by` selects a claim.
  std::optional<attribution::Attributor> attributor;
  const std::size_t n = sheet.facts.size();
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const text::Sentence& s = sentences[i];
    const std::string_view sentence = std::string_view(article.text).substr(s.begin, s.end - s.begin);
    std::vector<std::vector<Binding>> selected(n);
    bool any = false;
    for (std::size_t f = 0; f < n; ++f) {
      const rules::CompiledFact& fact = sheet.facts[f];
      if (ignored(article, fact.fact->id) || !hits.possible(i, fact)) continue;
      std::optional<CueMatches> cues = mentions(fact, sentence, s.begin);
      if (!cues) continue;
      selected[f] = select_claims(claims.sentence(i), article.text, s, *cues, sheet, fact);
      any = any || !selected[f].empty();
    }
    if (!any) continue;
    const claims::SentenceClaims& sc = claims.sentence(i);
    const std::vector<std::vector<Binding>> settled = settle(std::move(selected));
    for (std::size_t f = 0; f < n; ++f) {
      const rules::CompiledFact& fact = sheet.facts[f];
      for (const Binding& b : settled[f]) {
        const claims::Claim& claim = sc.claims[b.claim];
        std::string credit;
        if (!fact.fact->said_by.empty()) {
          if (!attributor) attributor.emplace(document, sheet);
          if (auto finding = attribution_finding(document, claim, sheet, fact, *attributor))
            result.findings.push_back(std::move(*finding));
          if (explain) credit = "; " + attributor->explain(attributor->attribute(i, claim.value.begin, claim.value.end));
        }
        const Verdict verdict = judge(claim.value, *fact.fact);
        if (verdict.result == Verdict::Result::kContradicts)
          result.findings.push_back(contradiction(article, s, claim, sheet, *fact.fact));
        if (explain) {
          const Finding where = locate_finding(article, s, claim.value.begin, claim.value.end);
          result.explanations.push_back({where.line, where.column, fmt::format("{}/{}", sheet.sheet->id, fact.fact->id),
                                         explain_claim(article, sc, claim, b, verdict, *fact.fact) + credit,
                                         where.sentence, where.highlight_begin, where.highlight_end});
        }
      }
    }
  }
}

void check_spellings(const text::Article& article, const rules::CompiledSheet& sheet,
                     const text::Document& document, std::vector<Finding>& findings) {
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


DocumentResult check_document(const text::Article& article, const rules::RuleSet& rules, bool explain) {
  DocumentResult result;
  std::vector<const rules::CompiledSheet*> sheets;
  for (const rules::CompiledSheet& sheet : rules.sheets) {
    if (in_scope(sheet, article)) sheets.push_back(&sheet);
  }
  result.sheets = static_cast<int>(sheets.size());
  if (sheets.empty()) return result;

  const text::Document document = text::make_document(article);
  extract::ParseContext context = rules.values;
  context.published = relative_date_anchor(article);
  claims::DocumentClaims claims(document, context);
  CueHits hits(rules, document);
  for (const rules::CompiledSheet* sheet : sheets) {
    check_facts(article, *sheet, claims, hits, explain, result);
    check_spellings(article, *sheet, document, result.findings);
  }
  std::sort(result.explanations.begin(), result.explanations.end(), [](const Explanation& a, const Explanation& b) {
    return std::tie(a.line, a.column, a.rule) < std::tie(b.line, b.column, b.rule);
  });
  return result;
}

}  // namespace factlint::check
