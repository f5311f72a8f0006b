// Document: an article as the checker reads it, computed once per file that a
// fact sheet covers: its sentences and paragraphs, and its structure (which
// text is headline, caption, dateline or body).
#pragma once

#include <vector>

#include "checker/text/article.h"
#include "checker/text/blocks.h"
#include "checker/text/sentences.h"

namespace factlint::text {

struct Document {
  const Article& article;
  std::vector<Sentence> sentences;
  Structure structure;

  // The role of the text at byte `offset` of article.text.
  Role role_at(std::size_t offset) const { return text::role_at(structure, offset); }
  // The sentence holding byte `offset`, or sentences.size() when none does.
  std::size_t sentence_at(std::size_t offset) const;
};

Document make_document(const Article& article);

}  // namespace factlint::text
