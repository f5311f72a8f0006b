#include "checker/check/attribution_findings.h"

#include <algorithm>

#include <fmt/format.h>

#include "checker/check/make_finding.h"

namespace factlint::check {

namespace {

// "Sergey Lavrov", "Sergey Lavrov or Shah Mahmood Qureshi".
std::string said_by_names(const rules::CompiledSheet& sheet, const rules::Fact& fact) {
  std::string names;
  for (std::size_t i = 0; i < fact.said_by.size(); ++i) {
    if (i > 0) names += i + 1 == fact.said_by.size() ? " or " : ", ";
    const auto person = std::find_if(sheet.sheet->people.begin(), sheet.sheet->people.end(),
                                     [&](const rules::Person& p) { return p.id == fact.said_by[i]; });
    names += person != sheet.sheet->people.end() ? person->name : fact.said_by[i];
  }
  return names;
}

}  // namespace

std::optional<Finding> attribution_finding(const text::Article& article,
                                           const std::vector<text::Sentence>& sentences,
                                           std::size_t index, std::size_t begin, std::size_t end,
                                           const rules::CompiledSheet& sheet,
                                           const rules::CompiledFact& fact,
                                           const attribution::Attributor& attributor) {
  const rules::Fact& declared = *fact.fact;
  if (declared.said_by.empty()) return std::nullopt;
  const attribution::Attribution who = attributor.attribute(index, begin, end);
  if (who.credit == attribution::Credit::kUnnamed) return std::nullopt;
  const std::string expected = said_by_names(sheet, declared);
  Finding f = locate_finding(article, sentences[index], begin, end);
  if (who.credit == attribution::Credit::kPerson) {
    const std::string& id = sheet.people[static_cast<std::size_t>(who.person)].person->id;
    if (std::find(declared.said_by.begin(), declared.said_by.end(), id) != declared.said_by.end())
      return std::nullopt;
    f.kind = FindingKind::kMisattribution;
    f.message = fmt::format("credited to {} (named line {}); the fact sheet says {}",
                            attributor.person_name(who.person),
                            article.position(who.name_begin).line, expected);
  } else {
    f.kind = FindingKind::kMissingAttribution;
    f.message = fmt::format("no attribution: the fact sheet says {} said this", expected);
  }
  f.severity = declared.severity;
  f.rule = fmt::format("{}/{}", sheet.sheet->id, declared.id);
  f.expected = expected;
  f.source = declared.source;
  f.detail = attributor.explain(who);
  return f;
}

}  // namespace factlint::check
