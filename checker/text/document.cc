#include "checker/text/document.h"

#include <algorithm>

namespace factlint::text {

std::size_t Document::sentence_at(std::size_t offset) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                             [](std::size_t o, const Sentence& s) { return o < s.begin; });
  if (it == sentences.begin()) return sentences.size();
  --it;
  return offset < it->end ? static_cast<std::size_t>(it - sentences.begin()) : sentences.size();
}

Document make_document(const Article& article) {
  Document document{article, split_sentences(article.text), {}};
  document.structure = find_structure(article.text, document.sentences, article.marks, article.meta.title);
  return document;
}

}  // namespace factlint::text
