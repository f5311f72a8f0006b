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

// The article holding `text` and the claims of its first sentence.
struct FirstSentence {
  text::Article article;
  SentenceClaims claims;
};

inline FirstSentence first_sentence(const std::string& text) {
  text::Article article = sentence_article(text);
  const text::Document document = text::make_document(article);
  REQUIRE(!document.sentences.empty());
  extract::ParseContext context;
  context.published = article.meta.date;
  SentenceClaims claims = extract_claims(document, 0, context);
  return {std::move(article), std::move(claims)};
}

// "398:whole 1,891:whole": each claim of the first sentence with its part.
inline std::string parts(const std::string& text) {
  const auto [article, sc] = first_sentence(text);
  std::string out;
  for (const Claim& c : sc.claims) {
    if (!out.empty()) out += ' ';
    out += article.text.substr(c.value.begin, c.value.end - c.value.begin) + ":" + std::string(part_name(c.part));
  }
  return out;
}

// "2 p.m.:status Tuesday:status": each date, time and duration of the first sentence
// with what it dates, and "[reach]" after one whose cues stop at a point.
inline std::string datings(const std::string& text) {
  const auto [article, sc] = first_sentence(text);
  std::string out;
  for (const Claim& c : sc.claims) {
    if (c.value.kind != extract::ValueKind::kDate && c.value.kind != extract::ValueKind::kTime &&
        c.value.kind != extract::ValueKind::kDuration)
      continue;
    if (!out.empty()) out += ' ';
    out += article.text.substr(c.value.begin, c.value.end - c.value.begin) + ":" + std::string(dating_name(c.dating));
    if (c.dating != Dating::kEvent)
      out += "(" + article.text.substr(c.dating_begin, c.dating_end - c.dating_begin) + ")";
    if (c.reach_end != static_cast<std::size_t>(-1)) out += "[..." + article.text.substr(c.reach_end - 5, 5) + "]";
  }
  for (const TimeReference& r : sc.time_references)
    out += " <" + article.text.substr(r.begin, r.end - r.begin) + ">";
  return out;
}

}  // namespace factlint::claims::testing
