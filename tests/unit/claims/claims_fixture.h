// Claims of one sentence, from text, for the claims and check tests.
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <variant>

#include "checker/claims/extract_claims.h"
#include "checker/text/load_article.h"

namespace factlint::claims::testing {

// The article "a.txt" holding `text`, published on 2014-08-06.
inline text::Article sentence_article(const std::string& text) {
  Diagnostics diags;
  auto loaded = text::load_article("a.txt", "---\ndate: 2014-08-06\n---\n" + text, diags);
  REQUIRE(std::holds_alternative<text::Article>(loaded));
  return std::get<text::Article>(std::move(loaded));
}

// "398:whole 1,891:whole": each claim of the first sentence with its part.
inline std::string parts(const std::string& text) {
  const text::Article article = sentence_article(text);
  const text::Document document = text::make_document(article);
  REQUIRE(!document.sentences.empty());
  extract::ParseContext context;
  context.published = article.meta.date;
  const SentenceClaims sc = extract_claims(document, 0, context);
  std::string out;
  for (const Claim& c : sc.claims) {
    if (!out.empty()) out += ' ';
    out += article.text.substr(c.value.begin, c.value.end - c.value.begin) + ":" + std::string(part_name(c.part));
  }
  return out;
}

}  // namespace factlint::claims::testing
