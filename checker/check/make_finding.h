// Turning a span of an article's normalised text into a located Finding: the
// line and columns on disk, the article's own words, the sentence around it.
#pragma once

#include <string_view>
#include <string>
#include <vector>

#include "checker/findings/finding.h"
#include "checker/rules/compiled_rules.h"
#include "checker/text/article.h"
#include "checker/text/sentences.h"

namespace factlint::check {

// A finding's sentence is kept whole up to this many bytes; a longer one is
// cut to kContext bytes either side of the finding.
inline constexpr std::size_t kMaxSentence = 4096;
inline constexpr std::size_t kContext = 1024;

// Fills file, line, column, end_line, end_column, found, sentence and the
// highlight for text[begin, end) within `sentence`; the caller fills the rest.
Finding locate_finding(const text::Article& article, const text::Sentence& sentence,
                       std::size_t begin, std::size_t end);

// The article's own words for text[begin, end), on one line.
std::string article_words(const text::Article& article, std::size_t begin, std::size_t end);

// "a", "a or b", "a, b or c": the sheet's alternatives in a message; with
// `last` "and", "a, b and c".
std::string or_list(const std::vector<std::string>& items, std::string_view last = "or");

// The name of the sheet's person or source with this id; the id if there is none.
const std::string& person_name(const rules::CompiledSheet& sheet, const std::string& id);

}  // namespace factlint::check
