// Attributor::explain: the chain of reasoning behind an attribution, in the
// article's own words, for `--verbose`.
#include <fmt/format.h>

#include "checker/attribution/attribute.h"

namespace factlint::attribution {

namespace {

// The article's words for text[begin, end), on one line.
std::string words(const text::Article& article, std::size_t begin, std::size_t end) {
  std::string out(article.raw_span(begin, end));
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return out;
}

}  // namespace

std::string Attributor::explain(const Attribution& a) const {
  std::string quote;
  if (a.quote_open) {
    quote = fmt::format("inside the quotation opened at line {}", article_.position(*a.quote_open).line);
  }
  switch (a.credit) {
    case Credit::kPerson: {
      std::string out = fmt::format("attributed to {} via '{}'", person_name(a.person),
                                    words(article_, a.via_begin, a.via_end));
      if (a.name_begin != a.via_begin)
        out += fmt::format(" -> '{}'", words(article_, a.name_begin, a.name_end));
      out += fmt::format(", line {}", article_.position(a.name_begin).line);
      if (a.has_cue) out += fmt::format(" (cue '{}')", words(article_, a.cue_begin, a.cue_end));
      if (!quote.empty()) out += "; " + quote;
      return out;
    }
    case Credit::kUnnamed: {
      std::string out = "attributed to a source that is not a person of the fact sheet";
      if (a.via_end > a.via_begin) {
        out += fmt::format(" ('{}', nobody named before it)", words(article_, a.via_begin, a.via_end));
      } else if (a.has_cue) {
        out += fmt::format(" (cue '{}')", words(article_, a.cue_begin, a.cue_end));
      }
      if (!quote.empty()) out += "; " + quote;
      return out;
    }
    case Credit::kNobody:
      break;
  }
  if (!quote.empty()) {
    return "no speaker found: " + quote +
           ", and no person of the fact sheet is named with a cue in its sentence or the sentences "
           "next to it";
  }
  return "no attribution found: the sentence has no cue (said, according to, ...) with a person "
         "of the fact sheet, and the figure is not inside a quotation";
}

}  // namespace factlint::attribution
