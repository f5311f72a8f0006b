#include "checker/attribution/attribute.h"

#include <algorithm>
#include <cctype>

#include "checker/attribution/subject_gap.h"

namespace factlint::attribution {

namespace {

// Cues tried per question, nearest first. Bounds the work per figure in a
// sentence full of cues; the nearest few decide in practice.
constexpr int kMaxCuesTried = 6;
// Cues looked at per question, counting those skipped (inside a quotation).
constexpr int kMaxCuesSeen = 64;
// How far back from a cue the subject of a clause is looked for ("Lavrov met
// Qureshi and said", "Lavrov welcomed the deal, saying").
constexpr std::size_t kClauseReach = 300;

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// The last non-space character of text[begin, end), or 0.
char last_char(std::string_view text, std::size_t begin, std::size_t end) {
  while (end > begin && is_space(text[end - 1])) --end;
  return end > begin ? text[end - 1] : '\0';
}

// Words that start a new clause after a comma: a cue beyond one belongs to
// that clause ("Lavrov said X, while Qureshi said Y": Qureshi's cue is nearer
// to X but not about it).
constexpr std::string_view kClauseBreaks[] = {", while ", ", whereas ", ", but ", ", yet ", ", and ",
                                              ", as ", "; "};
constexpr std::size_t kFar = std::size_t{1} << 24;

bool clause_break(std::string_view between) {
  if (between.size() > kClauseReach) return true;
  for (std::string_view b : kClauseBreaks) {
    if (between.find(b) != std::string_view::npos) return true;
  }
  return false;
}

// Distance in bytes from the figure to a cue; a cue after the figure and past
// a clause break counts as far.
std::size_t distance(std::string_view text, const CueMatch& cue, std::size_t begin, std::size_t end) {
  if (cue.end <= begin) return begin - cue.end;
  if (cue.begin >= end) {
    const std::size_t d = cue.begin - end;
    return clause_break(text.substr(end, d)) ? kFar + d : d;
  }
  return 0;
}

bool starts_relative_clause(std::string_view text) {
  for (std::string_view word : {"who ", "whom ", "whose ", "which "}) {
    if (text.size() >= word.size() &&
        std::equal(word.begin(), word.end(), text.begin(), [](char a, char b) {
          return a == std::tolower(static_cast<unsigned char>(b));
        }))
      return true;
  }
  return false;
}

}  // namespace

ArticleTables::ArticleTables(const text::Document& document)
    : ArticleTables(document, rules::word_runs(document.article.text)) {}

namespace {

// The built-in cue groups (ids 0..G-1) and the pronoun lists (G, G+1) in one
// index: an article's words are looked up once for both.
const rules::FirstWordIndex& builtin_words() {
  static const rules::FirstWordIndex index = [] {
    rules::FirstWordIndex joined;
    joined.add_index(builtin_cue_index(), 0);
    joined.add_index(pronoun_index(), builtin_cue_count());
    return joined;
  }();
  return index;
}

}  // namespace

ArticleTables::Starts::Starts(rules::WordRuns words)
    : runs(std::move(words)), starts(builtin_words().candidates(runs, builtin_cue_count() + 2)) {}

ArticleTables::ArticleTables(const text::Document& document, rules::WordRuns runs)
    : ArticleTables(document, Starts(std::move(runs))) {}

ArticleTables::ArticleTables(const text::Document& document, Starts found)
    : quotes(find_quotations(document.article.text, document.sentences)),
      words(std::move(found.runs), std::move(found.starts[static_cast<std::size_t>(builtin_cue_count())]),
            std::move(found.starts[static_cast<std::size_t>(builtin_cue_count()) + 1])),
      builtin(find_builtin_cues(words.runs, std::span(found.starts).first(static_cast<std::size_t>(builtin_cue_count())))),
      cues(combine_cues(document.article.text, builtin, {})) {}

Attributor::Attributor(const text::Document& document, const rules::CompiledSheet& sheet)
    : Attributor(document, sheet, ArticleTables(document)) {}

Attributor::Attributor(const text::Document& document, const rules::CompiledSheet& sheet, const ArticleTables& tables)
    : document_(document),
      article_(document.article),
      sentences_(document.sentences),
      sheet_(sheet),
      quotes_(tables.quotes),
      refs_(find_references(article_.text, sentences_, quotes_, sheet, tables.words)),
      cues_(sheet.attribution_cues.empty() ? tables.cues
                                           : combine_cues(article_.text, tables.builtin, sheet.attribution_cues)) {}

const std::string& Attributor::person_name(int person) const {
  return sheet_.people[static_cast<std::size_t>(person)].person->name;
}

std::size_t Attributor::sentence_index_at(std::size_t offset) const {
  auto it = std::upper_bound(sentences_.begin(), sentences_.end(), offset,
                             [](std::size_t o, const text::Sentence& s) { return o < s.begin; });
  if (it == sentences_.begin()) return 0;
  return static_cast<std::size_t>(it - sentences_.begin()) - 1;
}

// Inside a quotation only names count (a quoted "he" is somebody the speaker
// talks about); outside, nothing inside a quotation counts.
bool Attributor::usable(const Region& region, const Reference& ref) const {
  if (ref.begin < region.begin || ref.end > region.end) return false;
  if (region.in_quote) return !ref.pronoun;
  return quotation_at(quotes_, ref.begin) == nullptr;
}

Attribution Attributor::from_ref(const Reference& ref, const CueMatch* cue) const {
  Attribution a;
  a.credit = ref.person >= 0 ? Credit::kPerson : Credit::kUnnamed;
  a.person = ref.person;
  a.via_begin = ref.begin;
  a.via_end = ref.end;
  a.name_begin = ref.name_begin;
  a.name_end = ref.name_end;
  if (cue) {
    a.has_cue = true;
    a.cue_begin = cue->begin;
    a.cue_end = cue->end;
  }
  return a;
}

// The nearest usable reference ending at or before the cue, passing over a
// relative clause that ends right at it ("Lavrov, who met Qureshi, said").
const Reference* Attributor::subject_before(const Region& region, const CueMatch& cue) const {
  const std::string_view text = article_.text;
  std::size_t limit = cue.begin;
  std::size_t end = cue.begin;
  while (end > region.begin && is_space(text[end - 1])) --end;
  if (end > region.begin && text[end - 1] == ',') {
    const std::size_t from = std::max(end - 1 > kMaxGap ? end - 1 - kMaxGap : 0, region.begin);
    std::size_t comma = text.substr(from, end - 1 - from).rfind(',');
    if (comma != std::string_view::npos) {
      comma += from;
      std::size_t word = comma + 1;
      while (word < end && is_space(text[word])) ++word;
      if (starts_relative_clause(text.substr(word, end - word))) limit = comma;
    }
  }
  auto it = std::upper_bound(refs_.begin(), refs_.end(), limit,
                             [](std::size_t o, const Reference& r) { return o < r.end; });
  while (it != refs_.begin()) {
    --it;
    if (it->end + kMaxGap < cue.begin || it->end <= region.begin) return nullptr;
    if (usable(region, *it)) return &*it;
  }
  return nullptr;
}

// "figures from the Central Election Commission", "data of the health
// ministry": a source named after figures it gave, the subject of the cue.
bool Attributor::figures_from(const Region& region, const Reference& ref) const {
  static constexpr std::string_view kFigures[] = {"figures", "data", "results", "statistics", "numbers", "count",
                                                  "tally", "report", "records", "estimates"};
  const std::string_view text = article_.text;
  auto word_before = [&](std::size_t at, std::size_t& begin) {
    std::size_t end = at;
    while (end > region.begin && is_space(text[end - 1])) --end;
    begin = end;
    while (begin > region.begin && std::isalpha(static_cast<unsigned char>(text[begin - 1]))) --begin;
    std::string w(text.substr(begin, end - begin));
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return w;
  };
  std::size_t at = ref.begin;
  std::string w = word_before(at, at);
  if (w == "the") w = word_before(at, at);
  if (w != "from" && w != "of" && w != "by") return false;
  w = word_before(at, at);
  return std::find(std::begin(kFigures), std::end(kFigures), w) != std::end(kFigures);
}

// When the reference nearest a cue stands in a description between commas
// ("Othman Abdeljalil, health minister of the eastern administration, counted
// 3,166"), the subject is a reference before it whose gap to the cue is a
// subject's: the name the description is about. Two are tried.
const Reference* Attributor::subject_past_description(const Region& region, const Reference& nearest,
                                                      const CueMatch& cue) const {
  const std::string_view text = article_.text;
  auto it = refs_.begin() + (&nearest - refs_.data());
  for (int tried = 0; tried < 2 && it != refs_.begin(); ++tried) {
    --it;
    if (it->end <= region.begin || it->end + kMaxGap < cue.begin) return nullptr;
    if (!usable(region, *it) || it->object) continue;
    const std::string_view gap = text.substr(it->end, cue.begin - it->end);
    if (!gap.empty() && gap.front() == ',' && judge_gap(gap) == Gap::kSubject) return &*it;
  }
  return nullptr;
}

// The earliest usable reference that is not an object, within reach before
// `before`: the subject of the clause.
const Reference* Attributor::first_subject(const Region& region, std::size_t before) const {
  auto it = std::upper_bound(refs_.begin(), refs_.end(), before,
                             [](std::size_t o, const Reference& r) { return o < r.end; });
  const std::size_t reach = before > kClauseReach ? before - kClauseReach : 0;
  const Reference* found = nullptr;
  while (it != refs_.begin()) {
    --it;
    if (it->begin < std::max(region.begin, reach)) break;
    if (!it->object && usable(region, *it)) found = &*it;
  }
  return found;
}

// A usable reference standing right after `offset` ("said Lavrov",
// "according to the Russian FM").
const Reference* Attributor::right_after(const Region& region, std::size_t offset) const {
  auto it = std::lower_bound(refs_.begin(), refs_.end(), offset,
                             [](const Reference& r, std::size_t o) { return r.begin < o; });
  if (it == refs_.end() || !usable(region, *it)) return nullptr;
  const std::string_view text = article_.text;
  return adjacent(text.substr(offset, it->begin - offset)) ? &*it : nullptr;
}

Attribution Attributor::speaker_of_cue(const Region& region, const CueMatch& cue) const {
  const std::string_view text = article_.text;
  const Reference* speaker = nullptr;
  if (cue.kind == CueKind::kSource) {
    speaker = right_after(region, cue.end);
  } else if (cue.kind == CueKind::kParticiple && last_char(text, region.begin, cue.begin) == ',') {
    speaker = first_subject(region, cue.begin);
  } else {
    if (const Reference* before = subject_before(region, cue)) {
      const Gap gap = judge_gap(text.substr(before->end, cue.begin - before->end));
      if (gap == Gap::kSubject && !before->object) {
        speaker = before;
      } else if (gap == Gap::kSubject && figures_from(region, *before)) {
        speaker = before;  // "figures from the Central Election Commission showed"
      } else if (gap != Gap::kBlocked) {
        speaker = first_subject(region, cue.begin);
      } else {
        speaker = subject_past_description(region, *before, cue);
      }
    }
    // ", said Lavrov": a speech verb heading its clause takes the subject after it.
    const char head = last_char(text, region.begin, cue.begin);
    if (!speaker && cue.kind == CueKind::kSpeech && (head == '\0' || head == ',' || head == '"'))
      speaker = right_after(region, cue.end);
  }
  // "Health officials say they have confirmed 5,100 deaths": a pronoun right
  // after another cue of saying is that cue's speaker, not a name from before.
  if (speaker && speaker->pronoun) {
    auto before = std::lower_bound(cues_.begin(), cues_.end(), speaker->begin,
                                   [](const CueMatch& c, std::size_t o) { return c.end <= o; });
    if (before != cues_.begin()) {
      const CueMatch& said = *std::prev(before);
      std::string_view between = text.substr(said.end, speaker->begin - said.end);
      while (!between.empty() && is_space(between.front())) between.remove_prefix(1);
      if (between.starts_with("that")) between.remove_prefix(4);
      while (!between.empty() && is_space(between.front())) between.remove_prefix(1);
      if (said.begin >= region.begin && said.kind == CueKind::kSpeech && between.empty() && &said != &cue) {
        Attribution outer = speaker_of_cue(region, said);
        if (outer.credit != Credit::kNobody) return outer;
      }
    }
  }
  if (speaker) return from_ref(*speaker, &cue);
  Attribution none;
  if (cue.strong || institutional_subject(region, cue)) {
    none.credit = Credit::kUnnamed;
    none.has_cue = true;
    none.cue_begin = cue.begin;
    none.cue_end = cue.end;
  }
  return none;
}

Attribution Attributor::in_region(const Region& region, std::size_t target_begin,
                                  std::size_t target_end, bool cues_after_only) const {
  // The cues of the region, nearest to the target first, a bounded number.
  auto split = std::lower_bound(cues_.begin(), cues_.end(), target_begin,
                                [](const CueMatch& c, std::size_t o) { return c.begin < o; });
  auto left = split;
  auto right = split;
  Attribution unnamed;
  for (int tried = 0, seen = 0; tried < kMaxCuesTried && seen < kMaxCuesSeen; ++seen) {
    const bool has_left = !cues_after_only && left != cues_.begin() &&
                          std::prev(left)->begin >= region.begin;
    const bool has_right = right != cues_.end() && right->end <= region.end;
    if (!has_left && !has_right) break;
    const CueMatch* cue = nullptr;
    const std::string_view text = article_.text;
    if (has_left && (!has_right || distance(text, *std::prev(left), target_begin, target_end) <=
                                       distance(text, *right, target_begin, target_end))) {
      cue = &*--left;
    } else {
      cue = &*right++;
    }
    if (!region.in_quote && quotation_at(quotes_, cue->begin)) continue;
    ++tried;
    Attribution a = speaker_of_cue(region, *cue);
    if (a.credit == Credit::kPerson) return a;
    if (a.credit == Credit::kUnnamed && unnamed.credit == Credit::kNobody) unnamed = a;
  }
  return unnamed;
}

Attribution Attributor::speaker_of_quote(const Quotation& quote) const {
  const std::size_t open_sentence = sentence_index_at(quote.open);
  // 1. After the closing mark, in its sentence: "..." he announced.
  if (quote.closed) {
    const text::Sentence& s = sentences_[sentence_index_at(quote.close)];
    std::size_t end = s.end;
    auto next = std::upper_bound(quotes_.begin(), quotes_.end(), quote.close,
                                 [](std::size_t o, const Quotation& q) { return o < q.open; });
    if (next != quotes_.end()) end = std::min(end, next->open);
    if (quote.close + 1 < end) {
      Attribution a = in_region({quote.close + 1, end, false}, quote.close, quote.close + 1, true);
      if (a.credit != Credit::kNobody) return a;
    }
  }
  // 2. Before the opening mark, in its sentence: Qureshi said: "...".
  // Earlier quotations in the sentence are skipped, not cut at: Lavrov said
  // "..." and "...".
  {
    const std::size_t begin = sentences_[open_sentence].begin;
    if (begin < quote.open) {
      Attribution a = in_region({begin, quote.open, false}, quote.open, quote.open + 1);
      if (a.credit != Credit::kNobody) return a;
    }
  }
  // 3. The sentence before: Lavrov said ... . "We feel ...".
  if (open_sentence > 0) {
    const text::Sentence& s = sentences_[open_sentence - 1];
    Attribution a = in_region({s.begin, s.end, false}, s.end, s.end);
    if (a.credit != Credit::kNobody) return a;
  }
  // 4. The sentence after the closing one: "...". Lavrov said so on Twitter.
  if (quote.closed) {
    const std::size_t after = sentence_index_at(quote.close) + 1;
    if (after < sentences_.size()) {
      const text::Sentence& s = sentences_[after];
      Attribution a = in_region({s.begin, s.end, false}, s.begin, s.begin);
      if (a.credit == Credit::kPerson) return a;
    }
  }
  return {};
}

Attribution Attributor::attribute(std::size_t sentence, std::size_t begin, std::size_t end) const {
  const text::Sentence& s = sentences_[sentence];
  if (const Quotation* quote = quotation_at(quotes_, begin)) {
    // A name with a cue inside the quotation speaks first: "Lavrov told me
    // they delivered 50,000 doses," Qureshi said.
    const Region inside{std::max(quote->open + 1, s.begin), std::min(quote->close, s.end), true};
    Attribution a = in_region(inside, begin, end);
    if (a.credit != Credit::kPerson) a = speaker_of_quote(*quote);
    a.quote_open = quote->open;
    return a;
  }
  Attribution a = in_region({s.begin, s.end, false}, begin, end);
  if (a.credit == Credit::kNobody) a = from_heading_name(s);
  if (a.credit == Credit::kNobody) a = from_dateline();
  return a;
}

// "Libyan Red Crescent: over 11,000 found dead", "Lavrov: trade grew 46
// percent": a person or source of the sheet and a colon opening the sentence,
// the way headlines credit a claim.
Attribution Attributor::from_heading_name(const text::Sentence& s) const {
  const std::string_view text = article_.text;
  auto it = std::lower_bound(refs_.begin(), refs_.end(), s.begin,
                             [](const Reference& r, std::size_t o) { return r.begin < o; });
  if (it == refs_.end() || it->end >= s.end || it->pronoun || it->person < 0 || it->begin > s.begin + 8) return {};
  for (std::size_t i = s.begin; i < it->begin; ++i)  // only markup before it ("**")
    if (std::isalnum(static_cast<unsigned char>(text[i]))) return {};
  std::size_t colon = it->end;
  while (colon < s.end && is_space(text[colon])) ++colon;
  if (colon >= s.end || text[colon] != ':') return {};
  if (quotation_at(quotes_, it->begin)) return {};
  return from_ref(*it, nullptr);
}

// "BEIJING, Aug. 4 (Xinhua) --": the agency of the article's first dateline,
// when the sheet declares it among its people or sources.
Attribution Attributor::from_dateline() const {
  if (document_.structure.datelines.empty()) return {};
  const text::Dateline& d = document_.structure.datelines.front();
  if (d.agency_end <= d.agency_begin) return {};
  auto it = std::lower_bound(refs_.begin(), refs_.end(), d.agency_begin,
                             [](const Reference& r, std::size_t o) { return r.begin < o; });
  if (it == refs_.end() || it->end > d.agency_end || it->pronoun || it->person < 0) return {};
  Attribution a = from_ref(*it, nullptr);
  a.dateline = true;
  return a;
}

// Words that name an institution, not a person: "state media reported", "the
// official tally showed", "China's earthquake monitoring agency put the
// magnitude at 6.5", an acronym ("NASA estimated"), a name right before the
// cue ("Morocco has confirmed"). Before a weak cue they make it credit an
// unnamed source.
bool Attributor::institutional_subject(const Region& region, const CueMatch& cue) const {
  static constexpr std::string_view kInstitutions[] = {
      "media",     "officials", "official",  "authorities", "authority", "ministry",  "agency",
      "government", "department", "police",  "bureau",      "headquarters", "tally", "figures",
      "data",      "statistics", "count",    "report",      "reports",   "survey",    "center",
      "centre",    "commission", "office",   "spokesman",   "spokeswoman", "spokesperson", "sources",
      "broadcaster", "television", "tv",     "radio",       "newspaper", "committee", "council",
      "administration", "service", "services", "network",   "institute", "observatory", "records",
      "results"};
  const std::string_view text = article_.text;
  std::size_t at = cue.begin;
  bool skipped_auxiliary = false;  // "Morocco has confirmed": the word before was "has"
  for (int words = 0; words < 4 && at > region.begin; ++words) {
    std::size_t end = at;
    while (end > region.begin && is_space(text[end - 1])) --end;
    std::size_t begin = end;
    while (begin > region.begin && (std::isalnum(static_cast<unsigned char>(text[begin - 1])) || text[begin - 1] == '-'))
      --begin;
    if (begin == end) return false;  // punctuation: another clause
    std::string word(text.substr(begin, end - begin));
    // "The USGC registered", "NASA estimated": an acronym names an institution;
    // "Morocco has confirmed": so does a name (a person of the sheet was
    // found before this is asked).
    if (word.size() >= 2 && word.size() <= 6 &&
        std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
      return true;
    // Not a capitalised first word on its own ("Exports showed a rise"): only
    // with an auxiliary between it and the cue.
    const bool capitalised = word.size() >= 2 && word[0] >= 'A' && word[0] <= 'Z';
    const bool opens_sentence = begin == region.begin;
    if (capitalised && words == 0 && !opens_sentence) return true;
    if (capitalised && words == 1 && skipped_auxiliary) return true;
    for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (std::find(std::begin(kInstitutions), std::end(kInstitutions), word) != std::end(kInstitutions))
      return true;
    skipped_auxiliary = words == 0 && (word == "has" || word == "have" || word == "had" || word == "also");
    at = begin;
  }
  return false;
}

const std::vector<Attributor::Given>& Attributor::credits() const {
  if (credits_) return *credits_;
  credits_.emplace();
  for (const CueMatch& cue : cues_) {
    if (quotation_at(quotes_, cue.begin)) continue;  // a cue quoted is somebody's words, not a credit
    const std::size_t index = sentence_index_at(cue.begin);
    const text::Sentence& s = sentences_[index];
    const Attribution a = speaker_of_cue({s.begin, s.end, false}, cue);
    if (a.credit == Credit::kNobody) continue;
    credits_->push_back({s.paragraph, a.credit == Credit::kPerson ? a.person : -1});
  }
  auto order = [](const Given& a, const Given& b) { return std::pair(a.paragraph, a.person) < std::pair(b.paragraph, b.person); };
  std::sort(credits_->begin(), credits_->end(), order);
  credits_->erase(std::unique(credits_->begin(), credits_->end(),
                              [](const Given& a, const Given& b) { return a.paragraph == b.paragraph && a.person == b.person; }),
                  credits_->end());
  return *credits_;
}

const std::vector<Attributor::Given>& Attributor::article_credits() const {
  if (article_credits_) return *article_credits_;
  article_credits_.emplace();
  for (const Given& g : credits()) {
    const bool seen = std::any_of(article_credits_->begin(), article_credits_->end(),
                                  [&](const Given& a) { return a.person == g.person; });
    if (!seen) article_credits_->push_back({0, g.person});
  }
  return *article_credits_;
}

}  // namespace factlint::attribution
