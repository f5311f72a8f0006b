#include "checker/attribution/references.h"
#include "checker/text/names.h"

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
// are left out: "the official visit", "the army chief of ...". Each entry is
// an RE2 fragment, the entries matched as whole words ignoring case.
constexpr std::string_view kRoleNouns[] = {"minister", "spokesperson", "spokesman", "spokeswoman", "diplomat",
                                           "president",  "premier",     "envoy",     "ambassador",  "FM"};

// "the", up to two words, a role noun ("the foreign minister"): every byte from
// "the" to the role noun's end is a letter, a hyphen or a space, which
// keep_role_within_reach() relies on.
const std::vector<std::string_view>& pronoun_fragments() {
  static const std::string role = [] {
    std::string fragment = "the\\s+(?:[a-z-]+\\s+){0,2}?(?:";
    for (std::size_t i = 0; i < std::size(kRoleNouns); ++i) fragment += (i ? "|" : "") + std::string(kRoleNouns[i]);
    return fragment + ")";
  }();
  static const std::vector<std::string_view> fragments = {"he", "she", "they", role};
  return fragments;
}

// Words after which a name is not the one acting: prepositions and possessive
// determiners ("talks with Qureshi", "met his Pakistani counterpart").
constexpr std::array<std::string_view, 24> kObjectMarkers = {
    "with",  "to",     "by",      "of",      "for",       "from",    "on",      "at",
    "about", "against", "between", "among",  "into",      "upon",    "over",    "toward",
    "towards", "alongside", "without", "including", "like", "his",     "her",     "their"};

// Pronouns and role nouns for an organisation of `sources:`: "it said", "the
// ministry said", "the agency put the magnitude at 6.5".
constexpr std::string_view kOrganisationPronouns[] = {
    "it",
    "the\\s+(?:[a-z-]+\\s+){0,2}?(?:ministry|agency|fund|commission|bureau|department|office|survey|"
    "centre|center|bank|government|authority|authorities|council|committee|organi[sz]ation|institute|"
    "service|network|board|headquarters|broadcaster)",
};

// Both lists, each a whole-word alternation, with their first words ("he",
// "the", "it") indexed: found where those words stand, not by whole-text scans.
struct PronounPatterns {
  std::unique_ptr<const rules::Pattern> people;         // id 0
  std::unique_ptr<const rules::Pattern> organisations;  // id 1
  rules::FirstWordIndex index;
};

std::unique_ptr<const rules::Pattern> compile_list(std::span<const std::string_view> fragments, int id,
                                                   rules::FirstWordIndex& index) {
  const std::string regex = rules::whole_word_alternation(fragments);
  index.add_fragments(id, fragments);
  Diagnostics diags;
  const Located<std::string> shown{regex, {"checker/attribution/references.cc", 0, 0}};
  return rules::Pattern::compile_derived(regex, shown, "", diags, {});
}

const PronounPatterns& pronoun_patterns() {
  static const PronounPatterns patterns = [] {
    PronounPatterns p;
    p.people = compile_list(pronoun_fragments(), 0, p.index);
    p.organisations = compile_list(kOrganisationPronouns, 1, p.index);
    return p;
  }();
  return patterns;
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

// Of `starts` (of the people's pronouns), those that can begin a match: the
// plain ones ("he"), and each "the" followed, through letters, hyphens and
// spaces only and within three spaces, by a role noun (see
// pronoun_fragments). An article's many "the"s are then not each tried by
// RE2; a few words are looked at instead.
void keep_role_within_reach(std::vector<rules::WordStart>& starts, const rules::WordRuns& words) {
  const std::string_view text = words.text;
  const std::vector<rules::WordRun>& runs = words.runs;
  // Every byte of a run is a word byte: a letter unless a digit or '_'.
  const auto letters = [&](const rules::WordRun& r) {
    for (std::uint32_t i = 0; i < r.size; ++i) {
      const char c = text[r.begin + i];
      if ((c >= '0' && c <= '9') || c == '_') return false;
    }
    return true;
  };
  const auto spaces = [&](std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) {
      const char c = text[i];
      if (c != ' ' && c != '-' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
    }
    return true;
  };
  static const std::vector<std::uint32_t> role_hashes = [] {
    std::vector<std::uint32_t> hashes;
    for (std::string_view noun : kRoleNouns) hashes.push_back(rules::word_hash(noun));
    return hashes;
  }();
  // A bit per role noun's hash: most words are turned away by one test.
  static const std::uint64_t role_bits = [] {
    std::uint64_t bits = 0;
    for (const std::uint32_t hash : role_hashes) bits |= std::uint64_t{1} << (hash & 63);
    return bits;
  }();
  const auto role = [&](const rules::WordRun& r) {
    if ((role_bits >> (r.hash & 63) & 1) == 0) return false;
    for (std::size_t n = 0; n < role_hashes.size(); ++n) {
      if (r.hash == role_hashes[n] && equals_ignoring_case(text.substr(r.begin, r.size), kRoleNouns[n])) return true;
    }
    return false;
  };
  // Up to the third space after "the" ("the\s+", then at most two words each
  // followed by "\s+"): the role noun begins after one of those spaces.
  const auto has_space = [&](std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) {
      if (text[i] != '-') return true;  // spaces() holds: anything but '-' is a space
    }
    return false;
  };
  std::size_t r = 0;
  std::erase_if(starts, [&](const rules::WordStart& start) {
    if (start.plain > 0) return false;
    while (r < runs.size() && runs[r].begin < start.begin) ++r;
    if (r >= runs.size() || runs[r].begin != start.begin || !letters(runs[r])) return true;
    int gaps = 0;
    for (std::size_t j = r; j + 1 < runs.size(); ++j) {
      const std::size_t gap_begin = runs[j].begin + runs[j].size, gap_end = runs[j + 1].begin;
      if (!spaces(gap_begin, gap_end) || !letters(runs[j + 1])) break;
      if (has_space(gap_begin, gap_end)) {
        if (++gaps > 3) break;
        if (role(runs[j + 1])) return false;
      }
    }
    return true;
  });
}

// "Yakubu announced", "He said", "he also told", "Yakubu, the commission's
// chairman, declared": a verb of saying right after a reference, or after a
// short aside between commas.
bool speaks_next(std::string_view text, std::size_t end) {
  static constexpr std::string_view kAdverbs[] = {"also", "further", "then", "later", "earlier", "had", "has"};
  static constexpr std::string_view kSpeech[] = {"said", "says", "added", "adds", "told", "announced",
                                                 "stated", "declared", "explained", "noted", "stressed"};
  std::size_t i = end;
  auto skip_space = [&] {
    while (i < text.size() && i - end < 64 && (text[i] == ' ' || text[i] == '\n')) ++i;
  };
  auto next_word = [&]() -> std::string_view {
    skip_space();
    std::size_t e = i;
    while (e < text.size() && e - i < 16 && std::isalpha(static_cast<unsigned char>(text[e]))) ++e;
    return text.substr(i, e - i);
  };
  skip_space();
  if (i < text.size() && text[i] == ',') {
    ++i;
    // "Yakubu, the commission's chairman, declared": past a short aside.
    const std::size_t close = text.substr(i, 96).find(',');
    const std::size_t stop = text.substr(i, 96).find_first_of(".;:\"");
    if (close != std::string_view::npos && (stop == std::string_view::npos || close < stop)) {
      const std::size_t save = i;
      i += close + 1;
      std::string_view after = next_word();
      if (!std::any_of(std::begin(kSpeech), std::end(kSpeech),
                       [&](std::string_view s) { return equals_ignoring_case(after, s); }))
        i = save;
    }
  }
  std::string_view w = next_word();
  for (std::string_view adverb : kAdverbs) {
    if (equals_ignoring_case(w, adverb)) {
      i += w.size();
      w = next_word();
      break;
    }
  }
  return std::any_of(std::begin(kSpeech), std::end(kSpeech),
                     [&](std::string_view s) { return equals_ignoring_case(w, s); });
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

// The antecedents available to a pronoun, kept apart for people and for
// organisations: the last sentence referring to one in the current
// paragraph, and in the paragraph before; in each, the latest reference that
// is a subject and the latest of any kind.
class Antecedents {
 public:
  void enter(int paragraph) {
    if (paragraph == paragraph_) return;
    for (Track& t : tracks_) {
      t.previous = paragraph == paragraph_ + 1 ? t.current : Latest{};
      t.current = Latest{};
    }
    paragraph_ = paragraph;
  }
  void record(int index, bool object, std::size_t sentence, bool organisation, bool speaks) {
    Track& track = tracks_[organisation ? 1 : 0];
    Latest& current = track.current;
    if (sentence != current.sentence) current = Latest{sentence, -1, -1, current.speaker};
    current.any = index;
    if (!object) current.subject = index;
    if (speaks) current.speaker = index;
  }
  int best(Kind kind) const {
    if (kind == Kind::kEither) return std::max(best_of(tracks_[0]), best_of(tracks_[1]));
    return best_of(tracks_[kind == Kind::kOrganisation ? 1 : 0]);
  }
  int last_speaker(Kind kind) const {
    auto of = [](const Track& t) { return t.current.speaker >= 0 ? t.current.speaker : t.previous.speaker; };
    if (kind == Kind::kEither) return std::max(of(tracks_[0]), of(tracks_[1]));
    return of(tracks_[kind == Kind::kOrganisation ? 1 : 0]);
  }

 private:
  struct Latest {
    std::size_t sentence = static_cast<std::size_t>(-1);
    int subject = -1;
    int any = -1;
    int speaker = -1;  // the last reference that spoke, in this paragraph so far
  };
  struct Track {
    Latest current;
    Latest previous;
  };
  static int best_of(const Track& t) {
    for (int candidate : {t.current.subject, t.current.any, t.previous.subject, t.previous.any}) {
      if (candidate >= 0) return candidate;
    }
    return -1;
  }
  int paragraph_ = -2;
  std::array<Track, 2> tracks_;  // people, organisations
};

}  // namespace

bool after_preposition(std::string_view text, std::size_t offset) {
  std::size_t end = offset;
  // "the government of Argentina's ultraliberal President Javier Milei": up to
  // two words describing the name (a possessive, a lower-case adjective) may
  // stand between it and its preposition.
  for (int described = 0; described <= 2; ++described) {
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\n')) --end;
    std::size_t begin = end;
    while (begin > 0 && end - begin < 16 && is_word_char(text[begin - 1])) --begin;
    if (begin == end || (begin > 0 && is_word_char(text[begin - 1]))) return false;
    std::string_view word = text.substr(begin, end - begin);
    if (std::any_of(kObjectMarkers.begin(), kObjectMarkers.end(),
                    [&](std::string_view marker) { return equals_ignoring_case(word, marker); }))
      return true;
    // "Argentina's": the "s" after an apostrophe, then the name it belongs to.
    bool possessive = false;
    if (word == "s" || word == "S") {
      std::size_t stem_end = begin;
      if (stem_end >= 1 && text[stem_end - 1] == '\'') {
        stem_end -= 1;
      } else if (stem_end >= 3 && text.substr(stem_end - 3, 3) == "\xE2\x80\x99") {
        stem_end -= 3;
      } else {
        return false;
      }
      std::size_t stem = stem_end;
      while (stem > 0 && stem_end - stem < 32 && is_word_char(text[stem - 1])) --stem;
      if (stem == stem_end) return false;
      begin = stem;
      word = text.substr(stem, stem_end - stem);
      possessive = true;
    }
    static constexpr std::string_view kNotDescriptions[] = {"and", "but", "nor", "has", "had", "was", "are",
                                                            "were", "who", "which", "that", "also", "said",
                                                            "says", "told", "not", "its", "his", "her",
                                                            "the", "a", "an"};
    const bool adjective = word.front() >= 'a' && word.front() <= 'z' && !word.ends_with("ed") &&
                           !word.ends_with("ing") && word.size() >= 3 &&
                           std::none_of(std::begin(kNotDescriptions), std::end(kNotDescriptions),
                                        [&](std::string_view w) { return equals_ignoring_case(word, w); });
    if (!possessive && !adjective) return false;
    end = begin;
  }
  return false;
}

ArticleWords::ArticleWords(std::string_view text) : ArticleWords(rules::word_runs(text)) {}

ArticleWords::ArticleWords(rules::WordRuns word_runs) : runs(std::move(word_runs)) {
  auto candidates = pronoun_index().candidates(runs, 2);
  find_pronouns(std::move(candidates[0]), std::move(candidates[1]));
}

ArticleWords::ArticleWords(rules::WordRuns word_runs, rules::WordStarts people, rules::WordStarts organisations)
    : runs(std::move(word_runs)) {
  find_pronouns(std::move(people), std::move(organisations));
}

void ArticleWords::find_pronouns(rules::WordStarts people, rules::WordStarts organisations) {
  const PronounPatterns& patterns = pronoun_patterns();
  if (people) keep_role_within_reach(*people, runs);
  if (patterns.people) pronouns = rules::find_all_at(*patterns.people, runs.text, people);
  organisation_starts_ = std::move(organisations);
}

const rules::FirstWordIndex& pronoun_index() { return pronoun_patterns().index; }

const std::vector<rules::Pattern::Match>& ArticleWords::organisation_pronouns() const {
  if (!organisation_pronouns_) {
    const PronounPatterns& patterns = pronoun_patterns();
    organisation_pronouns_.emplace();
    if (patterns.organisations)
      *organisation_pronouns_ = rules::find_all_at(*patterns.organisations, runs.text, organisation_starts_);
  }
  return *organisation_pronouns_;
}

bool pronouns_indexed() {
  const PronounPatterns& patterns = pronoun_patterns();
  return patterns.people && patterns.organisations && patterns.index.all_indexed(2);
}

const rules::Pattern* person_pronoun_pattern() { return pronoun_patterns().people.get(); }
const rules::Pattern* organisation_pronoun_pattern() { return pronoun_patterns().organisations.get(); }

std::vector<Reference> find_references(std::string_view text,
                                       const std::vector<text::Sentence>& sentences,
                                       const std::vector<Quotation>& quotes,
                                       const rules::CompiledSheet& sheet) {
  return find_references(text, sentences, quotes, sheet, ArticleWords(text));
}

std::vector<Reference> find_references(std::string_view text,
                                       const std::vector<text::Sentence>& sentences,
                                       const std::vector<Quotation>& quotes,
                                       const rules::CompiledSheet& sheet, const ArticleWords& words) {
  std::vector<Reference> names;
  bool organisations = false;
  const auto candidates = sheet.name_index.candidates(words.runs, static_cast<int>(sheet.people.size()));
  for (std::size_t i = 0; i < sheet.people.size(); ++i) {
    const bool organisation = sheet.people[i].person->organisation;
    organisations = organisations || organisation;
    if (!sheet.people[i].names) continue;
    std::vector<std::string_view> own;
    for (const std::string& w : sheet.people[i].own_words) own.push_back(w);
    for (const rules::Pattern::Match& m : rules::find_all_at(*sheet.people[i].names, text, candidates[i])) {
      // A one-word alias as the last word of another name ("Nawaz Sharif",
      // "Maryam Nawaz Sharif" for a declared "Sharif") is someone else.
      const std::string_view matched = text.substr(m.begin, m.end - m.begin);
      if (matched.find(' ') == std::string_view::npos && text::preceded_by_other_name(text, m.begin, own)) continue;
      Reference r;
      r.begin = r.name_begin = m.begin;
      r.end = r.name_end = m.end;
      r.person = static_cast<int>(i);
      r.kind = organisation ? Kind::kOrganisation : Kind::kPerson;
      names.push_back(r);
    }
  }
  keep_longest(names);
  std::vector<Reference> pronouns;
  for (const rules::Pattern::Match& m : words.pronouns) {
    Reference r;
    r.begin = m.begin;
    r.end = m.end;
    r.pronoun = true;
    // "they" stands for people or an organisation: "the ministry said they ...".
    r.kind = m.end - m.begin == 4 && equals_ignoring_case(text.substr(m.begin, 4), "they") ? Kind::kEither
                                                                                           : Kind::kPerson;
    pronouns.push_back(r);
  }
  if (organisations) {
    // Only a sheet with organisations reads "it" and "the agency" as a speaker.
    for (const rules::Pattern::Match& m : words.organisation_pronouns()) {
      Reference r;
      r.begin = m.begin;
      r.end = m.end;
      r.pronoun = true;
      r.kind = Kind::kOrganisation;
      pronouns.push_back(r);
    }
    keep_longest(pronouns);
  }
  std::vector<Reference> refs = merge(std::move(names), std::move(pronouns));
  const std::vector<std::size_t> sentence_of = set_paragraphs(refs, sentences);

  Antecedents antecedents;
  for (std::size_t i = 0; i < refs.size(); ++i) {
    Reference& r = refs[i];
    r.object = after_preposition(text, r.begin) || followed_by_possessive(text, r.end);
    antecedents.enter(r.paragraph);
    r.speaks = speaks_next(text, r.end);
    if (r.pronoun) {
      const int speaker = r.speaks ? antecedents.last_speaker(r.kind) : -1;
      const int a = speaker >= 0 ? speaker : antecedents.best(r.kind);
      if (a < 0) continue;  // nobody named yet: the pronoun stays unresolved
      r.person = refs[static_cast<std::size_t>(a)].person;
      r.name_begin = refs[static_cast<std::size_t>(a)].name_begin;
      r.name_end = refs[static_cast<std::size_t>(a)].name_end;
    }
    if (quotation_at(quotes, r.begin)) continue;  // talked about, not talking
    if (r.person < 0) continue;  // an unresolved pronoun stands for nobody known
    antecedents.record(static_cast<int>(i), r.object, sentence_of[i],
                       sheet.people[static_cast<std::size_t>(r.person)].person->organisation, r.speaks);
  }
  return refs;
}

}  // namespace factlint::attribution
