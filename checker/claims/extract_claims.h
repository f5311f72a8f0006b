// Turning a document into claims, a sentence at a time and only when asked:
// most sentences of an archive are never looked at by any fact.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "checker/claims/claim.h"
#include "checker/extract/value.h"
#include "checker/text/document.h"

namespace factlint::claims {

// Every value of the sentence as a claim: its segment, role, part and own
// words. Values in a dateline or byline are not claims ("BEIJING, Aug. 4
// (Xinhua)" states when the story was filed, not a fact of it), nor are the
// cells of a Markdown table (no clauses tie a cell to its row and column).
SentenceClaims extract_claims(const text::Document& document, std::size_t sentence,
                              const extract::ParseContext& context);

// The claims of a document, extracted the first time a sentence is asked for.
// One per document and thread: not safe to share between threads.
class DocumentClaims {
 public:
  DocumentClaims(const text::Document& document, extract::ParseContext context)
      : document_(document), context_(context), cache_(document.sentences.size()) {}

  const SentenceClaims& sentence(std::size_t index) {
    if (!cache_[index]) cache_[index] = extract_claims(document_, index, context_);
    return *cache_[index];
  }
  const text::Document& document() const { return document_; }

 private:
  const text::Document& document_;
  extract::ParseContext context_;
  std::vector<std::optional<SentenceClaims>> cache_;
};

}  // namespace factlint::claims
