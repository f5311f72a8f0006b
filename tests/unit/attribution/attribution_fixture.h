// Builds articles and one-sheet rule sets from text, and asks who a figure in
// the article is credited to, so attribution tests need no disk.
#pragma once

#include <stdexcept>
#include <string>
#include <variant>

#include "../text_and_rules_fixture.h"
#include "checker/attribution/attribute.h"
#include "checker/rules/compiled_rules.h"
#include "checker/rules/load_sheet.h"
#include "checker/text/load_article.h"
#include "checker/text/document.h"
#include "checker/text/sentences.h"
#include "checker/util/diagnostics.h"

namespace factlint::testing {

// The id of the person the `nth` (1-based) occurrence of `figure` in `body` is
// credited to, "none" when nobody of the sheet, "?" when the figure is not
// found. `explanation` gets Attributor::explain's words.
inline std::string speaker_of(const std::string& body, const std::string& figure,
                              const rules::CompiledSheet& sheet, int nth = 1,
                              std::string* explanation = nullptr) {
  const text::Article article = dated_article(body);
  const text::Document document = text::make_document(article);
  const std::vector<text::Sentence>& sentences = document.sentences;
  std::size_t at = std::string::npos;
  for (int i = 0; i < nth; ++i) {
    at = article.text.find(figure, at == std::string::npos ? 0 : at + 1);
    if (at == std::string::npos) return "?";
  }
  std::size_t index = 0;
  while (index + 1 < sentences.size() && sentences[index].end <= at) ++index;
  const attribution::Attributor attributor(document, sheet);
  const attribution::Attribution a = attributor.attribute(index, at, at + figure.size());
  if (explanation) *explanation = attributor.explain(a);
  if (a.credit != attribution::Credit::kPerson) return "none";
  return sheet.people[static_cast<std::size_t>(a.person)].person->id;
}

}  // namespace factlint::testing
