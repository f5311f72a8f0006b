#include "checker/check/check_article.h"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "checker/attribution/attribute.h"
#include "checker/extract/value.h"
#include "checker/check/attribution_findings.h"
#include "checker/check/claimed_value.h"
#include "checker/check/compare.h"
#include "checker/check/make_finding.h"
#include "checker/check/scope.h"
#include "checker/text/document.h"
#include "checker/text/sentences.h"

namespace factlint::check {

namespace {

using rules::Pattern;

// Values of one sentence, parsed the first time a fact asks for them.
class SentenceValues {
 public:
  SentenceValues(std::string_view sentence, const extract::ParseContext& context)
      : sentence_(sentence), context_(context) {}
  const std::vector<extract::Value>& get() {
    if (!values_) values_ = extract::find_values(sentence_, context_);
    return *values_;
  }

 private:
  std::string_view sentence_;
  const extract::ParseContext& context_;
  std::optional<std::vector<extract::Value>> values_;
};

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

// The sentence holding text offset `offset` (sentences are sorted).
const text::Sentence* sentence_at(const std::vector<text::Sentence>& sentences, std::size_t offset) {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                             [](std::size_t o, const text::Sentence& s) { return o < s.begin; });
  if (it == sentences.begin()) return nullptr;
  --it;
  return offset < it->end ? &*it : nullptr;
}

bool ignored(const text::Article& article, const std::string& fact_id) {
  const auto& ignore = article.meta.ignore;
  return std::find(ignore.begin(), ignore.end(), fact_id) != ignore.end();
}

void check_facts(const text::Article& article, const rules::CompiledSheet& sheet,
                 const std::vector<text::Sentence>& sentences, std::vector<SentenceValues>& values,
                 std::vector<Finding>& findings) {
  // Built the first time a fact with `said_by` has a claimed value.
  std::optional<attribution::Attributor> attributor;
  for (const rules::CompiledFact& fact : sheet.facts) {
    if (ignored(article, fact.fact->id)) continue;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
      const text::Sentence& s = sentences[i];
      std::string_view sentence = std::string_view(article.text).substr(s.begin, s.end - s.begin);
      std::vector<Pattern::Match> cue_matches;
      bool all_cues = true;
      for (const auto& cue : fact.cues) {
        std::vector<Pattern::Match> found = cue->find_all(sentence);
        if (found.empty()) {
          all_cues = false;
          break;
        }
        cue_matches.insert(cue_matches.end(), found.begin(), found.end());
      }
      if (!all_cues) continue;
      if (std::any_of(fact.unless.begin(), fact.unless.end(),
                      [&](const auto& p) { return p->search(sentence); }))
        continue;
      std::optional<extract::Value> claimed = claimed_value(sentence, values[i].get(), cue_matches, fact);
      if (!claimed) continue;  // a mention that states no value to check
      if (!fact.fact->said_by.empty()) {
        if (!attributor) attributor.emplace(article, sentences, sheet);
        if (auto f = attribution_finding(article, sentences, i, s.begin + claimed->begin,
                                         s.begin + claimed->end, sheet, fact, *attributor))
          findings.push_back(std::move(*f));
      }
      bool agrees = std::any_of(fact.fact->expect.begin(), fact.fact->expect.end(), [&](const auto& e) {
        return comparable(*claimed, e) && consistent(*claimed, e, fact.fact->tolerance);
      });
      if (agrees) continue;
      Finding f = locate_finding(article, s, s.begin + claimed->begin, s.begin + claimed->end);
      f.severity = fact.fact->severity;
      f.kind = FindingKind::kContradiction;
      f.rule = fmt::format("{}/{}", sheet.sheet->id, fact.fact->id);
      f.expected = expected_words(*fact.fact);
      f.source = fact.fact->source;
      f.message = fmt::format("article says {}; the fact sheet says {}", claimed_words(f.found, *claimed),
                              f.expected);
      findings.push_back(std::move(f));
    }
  }
}

void check_spellings(const text::Article& article, const rules::CompiledSheet& sheet,
                     const std::vector<text::Sentence>& sentences, std::vector<Finding>& findings) {
  for (const rules::CompiledPerson& person : sheet.people) {
    std::string rule_id = "people." + person.person->id;
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
      const text::Sentence* s = sentence_at(sentences, m.begin);
      text::Sentence around = s ? *s : text::Sentence{m.begin, m.end, 0};
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

std::vector<Finding> check_article(const text::Article& article, const rules::RuleSet& rules) {
  std::vector<Finding> findings;
  std::vector<const rules::CompiledSheet*> sheets;
  for (const rules::CompiledSheet& sheet : rules.sheets) {
    if (in_scope(sheet, article)) sheets.push_back(&sheet);
  }
  if (sheets.empty()) return findings;

  const text::Document document = text::make_document(article);
  const std::vector<text::Sentence>& sentences = document.sentences;
  const extract::ParseContext context{article.meta.date};
  std::vector<SentenceValues> values;
  values.reserve(sentences.size());
  for (const text::Sentence& s : sentences) {
    values.emplace_back(std::string_view(article.text).substr(s.begin, s.end - s.begin), context);
  }
  for (const rules::CompiledSheet* sheet : sheets) {
    check_facts(article, *sheet, sentences, values, findings);
    check_spellings(article, *sheet, sentences, findings);
  }
  return findings;
}

}  // namespace factlint::check
