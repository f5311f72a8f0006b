#include "checker/check/attribution_findings.h"

#include <algorithm>

#include <fmt/format.h>

#include "checker/check/make_finding.h"

namespace factlint::check {

namespace {

// "Sergey Lavrov", "Sergey Lavrov or Shah Mahmood Qureshi".
std::string said_by_names(const rules::CompiledSheet& sheet, const rules::Fact& fact) {
  std::vector<std::string> names;
  for (const std::string& id : fact.said_by) names.push_back(person_name(sheet, id));
  return or_list(names);
}

// One of `said_by`, or a source with figures of its own in `expect`: crediting
// it is right (whether its figure is, the judge says).
bool in_said_by(const rules::CompiledSheet& sheet, const rules::Fact& fact, int person) {
  const std::string& id = sheet.people[static_cast<std::size_t>(person)].person->id;
  return std::find(fact.said_by.begin(), fact.said_by.end(), id) != fact.said_by.end() ||
         std::binary_search(fact.bound_sources.begin(), fact.bound_sources.end(), id);
}

}  // namespace

std::optional<Finding> attribution_finding(const text::Document& document, const claims::Claim& claim,
                                           const rules::CompiledSheet& sheet, const rules::CompiledFact& fact,
                                           const attribution::Attributor& attributor) {
  const rules::Fact& declared = *fact.fact;
  if (declared.said_by.empty()) return std::nullopt;
  const rules::AttributionPolicy& mine = declared.attribution;
  const rules::AttributionPolicy& sheets = sheet.sheet->attribution;
  const rules::Within within = mine.within.value_or(sheets.within.value_or(rules::Within::kSentence));
  const bool display = mine.display.value_or(sheets.display.value_or(false));

  const text::Article& article = document.article;
  const std::size_t index = claim.sentence;
  attribution::Attribution who = attributor.attribute(index, claim.value.begin, claim.value.end);
  if (who.credit == attribution::Credit::kUnnamed) return std::nullopt;
  if (who.credit == attribution::Credit::kPerson) {
    if (in_said_by(sheet, declared, who.person)) return std::nullopt;
    // A dateline names who filed the story, not who gave the figure.
    if (who.dateline) who = {};
  }
  const bool shown = text::is_display(claim.role);
  if (who.credit == attribution::Credit::kNobody) {
    if (shown && !display) return std::nullopt;  // headlines and captions carry no credit
    if (within != rules::Within::kSentence &&
        attributor.credited_around(index, within == rules::Within::kArticle,
                                   [&](int person) { return in_said_by(sheet, declared, person); }))
      return std::nullopt;
  }
  const std::string expected = said_by_names(sheet, declared);
  Finding f = locate_finding(article, document.sentences[index], claim.value.begin, claim.value.end);
  if (who.credit == attribution::Credit::kPerson) {
    f.kind = FindingKind::kMisattribution;
    f.message = fmt::format("credited to {} (named line {}); the fact sheet says {}",
                            attributor.person_name(who.person), article.position(who.name_begin).line, expected);
  } else {
    f.kind = FindingKind::kMissingAttribution;
    const std::string_view where = within == rules::Within::kArticle     ? " anywhere in the article"
                                   : within == rules::Within::kParagraph ? " in its paragraph"
                                                                         : "";
    f.message = fmt::format("no attribution{}: the fact sheet says {} said this", where, expected);
  }
  f.severity = declared.severity;
  f.rule = fmt::format("{}/{}", sheet.sheet->id, declared.id);
  f.expected = expected;
  f.source = declared.source;
  f.detail = attributor.explain(who);
  return f;
}

}  // namespace factlint::check
