#include "checker/attribution/references.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <string>

#include "checker/util/diagnostics.h"

namespace factlint::attribution {

namespace {

// Pronouns and role nouns that stand for a person named earlier. Only subject
// forms: "him" and "his" never say anything. "the official" and "the chief"
// are left out: "the official visit", "the army chief of ...".
constexpr std::string_view kPronouns =
    "\\b(?:he|she|they)\\b|"
    "\\bthe\\s+(?:[a-z-]+\\s+){0,2}?(?:minister|spokesperson|spokesman|spokeswoman|diplomat|"
    "president|premier|envoy|ambassador|FM)\\b";

// Words after which a name is not the one acting: prepositions and possessive
// determiners ("talks with Qureshi", "met his Pakistani counterpart").
constexpr std::array<std::string_view, 24> kObjectMarkers = {
    "with",  "to",     "by",      "of",      "for",       "from",    "on",      "at",
    "about", "against", "between", "among",  "into",      "upon",    "over",    "toward",
    "towards", "alongside", "without", "including", "like", "his",     "her",     "their"};

const rules::Pattern& pronoun_pattern() {
  static const std::unique_ptr<const rules::Pattern> pattern = [] {
    Diagnostics diags;
    const Located<std::string> shown{std::string(kPronouns), {"checker/attribution/references.cc", 0, 0}};
    return rules::Pattern::compile_derived(std::string(kPronouns), shown, "", diags, {});
  }();
  return *pattern;
}

bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_';
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

bool followed_by_possessive(std::string_view text, std::size_t end) {
  return end + 1 < text.size() && text[end] == '\'' && (text[end + 1] == 's' || text[end + 1] == 'S') &&
         (end + 2 == text.size() || !is_word_char(text[end + 2]));
}

// Sorted by position; at one position the longest wins; later overlaps dropped.
void keep_longest(std::vector<Reference>& refs) {
  std::sort(refs.begin(), refs.end(), [](const Reference& a, const Reference& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<Reference> kept;
  for (const Reference& r : refs) {
    if (!kept.empty() && r.begin < kept.back().end) continue;
    kept.push_back(r);
  }
  refs = std::move(kept);
}

// Merges pronouns into the (sorted) names, dropping pronouns that overlap one.
std::vector<Reference> merge(std::vector<Reference> names, std::vector<Reference> pronouns) {
  std::vector<Reference> out;
  out.reserve(names.size() + pronouns.size());
  std::size_t n = 0;
  for (const Reference& p : pronouns) {
    while (n < names.size() && names[n].end <= p.begin) out.push_back(names[n++]);
    if (n < names.size() && names[n].begin < p.end) continue;  // overlaps a name
    out.push_back(p);
  }
  while (n < names.size()) out.push_back(names[n++]);
  return out;
}

// Sets each reference's paragraph; returns each one's sentence index.
std::vector<std::size_t> set_paragraphs(std::vector<Reference>& refs,
                                        const std::vector<text::Sentence>& sentences) {
  std::vector<std::size_t> sentence_of(refs.size(), 0);
  std::size_t s = 0;
  for (std::size_t i = 0; i < refs.size(); ++i) {
    while (s + 1 < sentences.size() && sentences[s].end <= refs[i].begin) ++s;
    refs[i].paragraph = sentences.empty() ? 0 : sentences[s].paragraph;
    sentence_of[i] = s;
  }
  return sentence_of;
}

// The antecedents available to a pronoun: the last sentence referring to
// anybody in the current paragraph, and in the paragraph before; in each, the
// latest reference that is a subject and the latest of any kind.
class Antecedents {
 public:
  void enter(int paragraph) {
    if (paragraph == paragraph_) return;
    previous_ = paragraph == paragraph_ + 1 ? current_ : Latest{};
    current_ = Latest{};
    paragraph_ = paragraph;
  }
  void record(int index, bool object, std::size_t sentence) {
    if (sentence != current_.sentence) current_ = Latest{sentence, -1, -1};
    current_.any = index;
    if (!object) current_.subject = index;
  }
  int best() const {
    for (int candidate : {current_.subject, current_.any, previous_.subject, previous_.any}) {
      if (candidate >= 0) return candidate;
    }
    return -1;
  }

 private:
  struct Latest {
    std::size_t sentence = static_cast<std::size_t>(-1);
    int subject = -1;
    int any = -1;
  };
  int paragraph_ = -2;
  Latest current_;
  Latest previous_;
};

}  // namespace

bool after_preposition(std::string_view text, std::size_t offset) {
  std::size_t end = offset;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\n')) --end;
  std::size_t begin = end;
  while (begin > 0 && end - begin < 16 && is_word_char(text[begin - 1])) --begin;
  if (begin == end || (begin > 0 && is_word_char(text[begin - 1]))) return false;
  const std::string_view word = text.substr(begin, end - begin);
  return std::any_of(kObjectMarkers.begin(), kObjectMarkers.end(),
                     [&](std::string_view marker) { return equals_ignoring_case(word, marker); });
}

std::vector<Reference> find_references(std::string_view text,
                                       const std::vector<text::Sentence>& sentences,
                                       const std::vector<Quotation>& quotes,
                                       const rules::CompiledSheet& sheet) {
  std::vector<Reference> names;
  for (std::size_t i = 0; i < sheet.people.size(); ++i) {
    if (!sheet.people[i].names) continue;
    for (const rules::Pattern::Match& m : sheet.people[i].names->find_all(text)) {
      Reference r;
      r.begin = r.name_begin = m.begin;
      r.end = r.name_end = m.end;
      r.person = static_cast<int>(i);
      names.push_back(r);
    }
  }
  keep_longest(names);
  std::vector<Reference> pronouns;
  for (const rules::Pattern::Match& m : pronoun_pattern().find_all(text)) {
    Reference r;
    r.begin = m.begin;
    r.end = m.end;
    r.pronoun = true;
    pronouns.push_back(r);
  }
  std::vector<Reference> refs = merge(std::move(names), std::move(pronouns));
  const std::vector<std::size_t> sentence_of = set_paragraphs(refs, sentences);

  Antecedents antecedents;
  for (std::size_t i = 0; i < refs.size(); ++i) {
    Reference& r = refs[i];
    r.object = after_preposition(text, r.begin) || followed_by_possessive(text, r.end);
    antecedents.enter(r.paragraph);
    if (r.pronoun) {
      const int a = antecedents.best();
      if (a < 0) continue;  // nobody named yet: the pronoun stays unresolved
      r.person = refs[static_cast<std::size_t>(a)].person;
      r.name_begin = refs[static_cast<std::size_t>(a)].name_begin;
      r.name_end = refs[static_cast<std::size_t>(a)].name_end;
    }
    if (quotation_at(quotes, r.begin)) continue;  // talked about, not talking
    antecedents.record(static_cast<int>(i), r.object, sentence_of[i]);
  }
  return refs;
}

}  // namespace factlint::attribution
