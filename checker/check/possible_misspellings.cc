#include "checker/check/possible_misspellings.h"

#include <fmt/format.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "checker/check/make_finding.h"
#include "checker/util/common_words.h"
#include "checker/util/edit_distance.h"

namespace factlint::check {
namespace {

// How far a text word may be from a declared word of this many bytes.
std::size_t allowed_edits(std::size_t declared_size) { return declared_size >= 8 ? 2 : 1; }

// A word of a name run, lower-cased once per article.
struct RunWord {
  std::string_view text;  // as written
  std::string lower;
  bool acronym = false;
  std::uint32_t letters = 0;  // util::letter_set
};

struct WordVerdict {
  bool same = false;
  bool near = false;
  std::size_t edits = 0;
  bool weak = false;  // a near miss that needs a same word beside it
};

WordVerdict compare(const rules::CompiledPerson::FormWord& declared, const RunWord& word) {
  WordVerdict v;
  const std::string& a = declared.lower;
  const std::string& b = word.lower;
  if (a == b) {
    v.same = true;
    return v;
  }
  if (a.size() < 3 || b.size() < 3 || declared.acronym || word.acronym) return v;
  const std::size_t size_gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (size_gap > allowed_edits(a.size())) return v;
  if (static_cast<std::size_t>(std::popcount(declared.letters ^ word.letters)) > 2 * allowed_edits(a.size())) return v;
  v.edits = util::edit_distance(a, b, allowed_edits(a.size()));  // past the allowance is no near miss
  v.near = v.edits <= allowed_edits(a.size());
  v.weak = v.near && (a.size() < 4 || util::is_common_word(word.text));
  return v;
}

struct Candidate {
  std::size_t begin = 0, end = 0;  // in the text
  std::size_t edits = 0;
  const rules::CompiledPerson* person = nullptr;
};

// The window of `words` starting at `at` against one form; the candidate, if it matches.
std::optional<Candidate> match_window(std::span<const text::NameWord> spans, const std::vector<RunWord>& words,
                                      std::size_t at, const std::vector<rules::CompiledPerson::FormWord>& form) {
  bool anchored = false, any_near = false, any_weak = false;
  std::size_t edits = 0;
  for (std::size_t k = 0; k < form.size(); ++k) {
    const WordVerdict v = compare(form[k], words[at + k]);
    if (v.same) {
      anchored = anchored || (form[k].lower.size() >= 3 && !form[k].common);
    } else if (v.near) {
      any_near = true;
      any_weak = any_weak || v.weak;
      edits += v.edits;
    } else {
      return std::nullopt;
    }
  }
  if (!any_near || (any_weak && !anchored)) return std::nullopt;
  if (form.size() == 1 && form[0].lower.size() < 5) return std::nullopt;
  return Candidate{spans[at].begin, spans[at + form.size() - 1].end, edits, nullptr};
}

bool overlaps(const Candidate& c, const std::vector<TextSpan>& taken) {
  return std::any_of(taken.begin(), taken.end(),
                     [&](const TextSpan& t) { return t.first < c.end && c.begin < t.second; });
}

}  // namespace

std::vector<std::string> known_spellings(const std::vector<const rules::CompiledSheet*>& sheets) {
  std::vector<std::string> known;
  for (const rules::CompiledSheet* sheet : sheets)
    for (const rules::CompiledPerson& person : sheet->people)
      known.insert(known.end(), person.accepted.begin(), person.accepted.end());
  std::sort(known.begin(), known.end());
  known.erase(std::unique(known.begin(), known.end()), known.end());
  return known;
}

void check_possible_misspellings(const text::Article& article, const rules::CompiledSheet& sheet,
                                 const text::Document& document,
                                 const text::NameRuns& runs,
                                 const std::vector<std::string>& known, const std::vector<TextSpan>& taken,
                                 std::vector<Finding>& findings) {
  const std::string_view text = article.text;
  std::vector<Candidate> found;
  std::vector<RunWord> words;
  for (std::size_t r = 0; r < runs.size(); ++r) {
    const std::span<const text::NameWord> run = runs[r];
    words.clear();
    for (const text::NameWord& w : run) {
      const std::string_view written = text.substr(w.begin, w.end - w.begin);
      words.push_back({written, util::ascii_lower(written), text::is_acronym(written), util::letter_set(written)});
    }
    // Titles and acronyms before the name proper ("Finance Minister", "FM").
    std::size_t first = 0;
    while (first < run.size() && text::is_title_word(words[first].text)) ++first;
    for (const rules::CompiledPerson& person : sheet.people) {
      for (const auto& form : person.forms) {
        if (form.size() == 1 && run.size() - first != 1) continue;  // a surname alone stands alone
        for (std::size_t at = first; at + form.size() <= run.size(); ++at) {
          std::optional<Candidate> c = match_window(run, words, at, form);
          if (!c) continue;
          c->person = &person;
          found.push_back(*c);
        }
      }
    }
  }
  // At each place the longest span, then the fewest edits, then the first person declared.
  std::stable_sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    return a.edits < b.edits;
  });
  std::size_t covered_to = 0;
  for (const Candidate& c : found) {
    if (c.begin < covered_to) continue;
    const std::string spelled = util::ascii_lower(text.substr(c.begin, c.end - c.begin));
    if (std::binary_search(known.begin(), known.end(), spelled) || overlaps(c, taken)) continue;
    covered_to = c.end;
    const std::string rule_id = c.person->person->rule_id();
    const std::size_t i = document.sentence_at(c.begin);
    const text::Sentence around =
        i < document.sentences.size() ? document.sentences[i] : text::Sentence{c.begin, c.end, 0};
    Finding f = locate_finding(article, around, c.begin, c.end);
    f.severity = Severity::kWarning;
    f.kind = FindingKind::kPossibleMisspelling;
    f.rule = fmt::format("{}/{}", sheet.sheet->id, rule_id);
    f.expected = c.person->person->name;
    f.message = fmt::format(
        "'{}' is close to '{}' but is no spelling the sheet knows: did you mean '{}'? (a right spelling goes "
        "under the person's 'also', another person's name under 'others')",
        f.found, c.person->person->name, c.person->person->name);
    findings.push_back(std::move(f));
  }
}

}  // namespace factlint::check
