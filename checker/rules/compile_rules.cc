#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "checker/rules/compiled_rules.h"
#include "checker/text/names.h"
#include "checker/util/common_words.h"
#include "checker/util/edit_distance.h"
#include "checker/rules/validate_sheet.h"

namespace factlint::rules {

namespace {

// "Shah Mahmood Qureshi" -> \bShah\s+Mahmood\s+Qureshi\b. RE2's \b knows only
// ASCII word characters, so an edge that is punctuation or a non-ASCII letter
// ("Dr.", "Zoë") gets no boundary rather than one that could never match.
std::string whole_words(std::string_view name) {
  std::string regex;
  std::size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && (name[i] == ' ' || name[i] == '\t' || name[i] == '\n')) ++i;
    std::size_t end = i;
    while (end < name.size() && name[end] != ' ' && name[end] != '\t' && name[end] != '\n') ++end;
    if (end == i) break;
    if (!regex.empty()) regex += "\\s+";
    regex += quote_meta(name.substr(i, end - i));
    i = end;
  }
  const std::size_t first = name.find_first_not_of(" \t\n");
  const std::size_t last = name.find_last_not_of(" \t\n");
  if (first == std::string_view::npos) return regex;
  if (is_word_byte(name[first])) regex = "\\b" + regex;
  if (is_word_byte(name[last])) regex += "\\b";
  return regex;
}

void add_name_forms(const Person& person, CompiledPerson& compiled) {
  std::vector<std::string> names{person.name};
  names.insert(names.end(), person.also.begin(), person.also.end());
  for (const std::string& name : names) {
    std::vector<CompiledPerson::FormWord> form;
    const std::vector<std::string_view> words = text::proper_name_words(name);
    for (std::string_view word : words) {
      form.push_back({util::ascii_lower(word), text::is_acronym(word), util::is_common_word(word),
                      util::letter_set(word)});
    }
    // An organisation's description ends in a place more often than in its
    // name ("administration in control of eastern Libya"): only a name
    // capitalised throughout is one.
    if (person.organisation && static_cast<std::size_t>(std::count(name.begin(), name.end(), ' ')) + 1 != words.size())
      form.clear();
    const auto same_form = [&](const std::vector<CompiledPerson::FormWord>& other) {
      return std::equal(form.begin(), form.end(), other.begin(), other.end(),
                        [](const auto& x, const auto& y) { return x.lower == y.lower; });
    };
    if (!form.empty() && std::none_of(compiled.forms.begin(), compiled.forms.end(), same_form))
      compiled.forms.push_back(std::move(form));
    compiled.accepted.push_back(util::ascii_lower(name));
    for (std::size_t i = 0; i < name.size();) {
      const std::size_t end = std::min(name.find(' ', i), name.size());
      if (end > i) compiled.own_words.push_back(name.substr(i, end - i));
      i = end + 1;
    }
  }
  for (const Located<std::string>& wrong : person.misspellings) compiled.accepted.push_back(util::ascii_lower(wrong.value));
  for (const std::string& other : person.others) compiled.accepted.push_back(util::ascii_lower(other));
}

// `id`: the person's index in its sheet, under which `index` learns the first
// word of each name, so an article's words are looked up instead of its text
// scanned once per person (word_index.h).
CompiledPerson compile_person(const Person& person, int id, Diagnostics& diags, FirstWordIndex& index) {
  CompiledPerson compiled;
  compiled.person = &person;
  std::vector<std::string> names{person.name};
  names.insert(names.end(), person.also.begin(), person.also.end());
  // Longest first: at one position the fullest name wins the match span.
  std::stable_sort(names.begin(), names.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string regex;
  std::vector<FirstWord> first_words;
  bool indexable = true;
  for (const std::string& name : names) {
    if (name.find_first_not_of(" \t\n") == std::string::npos) continue;
    regex += (regex.empty() ? "" : "|") + ("(?:" + whole_words(name) + ")");
    if (std::optional<FirstWord> word = first_word_of_name(name)) {
      first_words.push_back(std::move(*word));
    } else {
      indexable = false;  // "Éric": no \b before it, a match may start anywhere
    }
  }
  if (indexable) {
    for (const FirstWord& word : first_words) index.add(id, word.word, word.plain, word.tail);
  } else {
    index.add_unindexed(id);
  }
  if (!regex.empty()) {
    const Located<std::string> shown{person.name, person.where};
    compiled.names = Pattern::compile_on_first_use(regex, shown, " (names of person)", diags, {});
  }
  for (const Located<std::string>& wrong : person.misspellings) {
    if (auto pattern = Pattern::compile_on_first_use(whole_words(wrong.value), wrong, "", diags,
                                                     {.ignore_case = false})) {
      compiled.misspellings.push_back(std::move(pattern));
    }
  }
  add_name_forms(person, compiled);
  return compiled;
}

std::vector<std::unique_ptr<const Pattern>> compile_all(
    const std::vector<Located<std::string>>& sources, Diagnostics& diags, PatternCache& cache) {
  std::vector<std::unique_ptr<const Pattern>> patterns;
  for (const Located<std::string>& source : sources) {
    if (auto pattern = Pattern::compile(source, diags, {}, &cache)) patterns.push_back(std::move(pattern));
  }
  return patterns;
}

// One side of a {value} pattern must be a regex on its own; anchored at the
// slot so "(?:in|since) " only matches text that ends right before the value.
std::unique_ptr<const Pattern> compile_side(const Located<std::string>& pattern,
                                            std::string_view side, bool before,
                                            Diagnostics& diags, PatternCache& cache) {
  if (side.empty()) return nullptr;
  const std::string context =
      fmt::format(" ({} {{value}} in pattern '{}')", before ? "before" : "after", pattern.value);
  const Located<std::string> shown{std::string(side), pattern.where};
  if (!Pattern::compile_derived(std::string(side), shown, context, diags, {}, &cache)) return nullptr;
  std::string anchored =
      before ? "(?:" + std::string(side) + ")\\z" : "\\A(?:" + std::string(side) + ")";
  return Pattern::compile_derived(std::move(anchored), shown, context, diags, {}, &cache);
}

CompiledFact compile_fact(const Fact& fact, Diagnostics& diags, PatternCache& cache) {
  CompiledFact compiled;
  compiled.fact = &fact;
  compiled.cues = compile_all(fact.cues, diags, cache);
  compiled.unless = compile_all(fact.unless, diags, cache);
  if (fact.pattern && Pattern::free_of_control_characters(*fact.pattern, diags)) {
    const std::string& text = fact.pattern->value;
    const std::size_t slot = text.find("{value}");
    // A pattern with no slot or two is reported by the loader; nothing to split.
    if (slot != std::string::npos && slot == text.rfind("{value}")) {
      const std::string_view whole = text;
      compiled.before_value = compile_side(*fact.pattern, whole.substr(0, slot), true, diags, cache);
      compiled.after_value = compile_side(*fact.pattern, whole.substr(slot + 7), false, diags, cache);
    }
  }
  return compiled;
}

}  // namespace

CompiledSheet compile_sheet(Sheet sheet, Diagnostics& diags, PatternCache& cache) {
  CompiledSheet compiled;
  compiled.sheet = std::make_unique<const Sheet>(std::move(sheet));
  const Sheet& owned = *compiled.sheet;
  compiled.scope_mentions = compile_all(owned.scope.mentions, diags, cache);
  for (const std::string& glob : owned.scope.paths) {
    const Located<std::string> shown{glob, {owned.path, 0, 0}};
    if (auto pattern = Pattern::compile_derived(glob_to_regex(glob), shown, " (path glob)", diags,
                                                {.ignore_case = false}, &cache)) {
      compiled.scope_paths.push_back(std::move(pattern));
    }
  }
  for (const Person& person : owned.people) {
    const int id = static_cast<int>(compiled.people.size());
    compiled.people.push_back(compile_person(person, id, diags, compiled.name_index));
  }
  for (const Fact& fact : owned.facts) compiled.facts.push_back(compile_fact(fact, diags, cache));
  compiled.attribution_cues = compile_all(owned.attribution_cues, diags, cache);
  compiled.partial = compile_all(owned.partial, diags, cache);
  return compiled;
}

void check_patterns(const Sheet& sheet, Diagnostics& diags, PatternCache* cache) {
  PatternCache own;
  PatternCache& used = cache ? *cache : own;
  compile_all(sheet.scope.mentions, diags, used);
  for (const Fact& fact : sheet.facts) compile_fact(fact, diags, used);
  compile_all(sheet.attribution_cues, diags, used);
  compile_all(sheet.partial, diags, used);
}

RuleSet compile_rules(std::vector<Sheet> sheets, Diagnostics& diags, PatternCache* cache) {
  PatternCache own;
  PatternCache& used = cache ? *cache : own;
  std::vector<SheetCompilation> compiled;
  for (Sheet& sheet : sheets) {
    SheetCompilation& c = compiled.emplace_back();
    c.sheet = compile_sheet(std::move(sheet), c.diags, used);
  }
  return link_rules(std::move(compiled), diags);
}

RuleSet link_rules(std::vector<SheetCompilation> compiled, Diagnostics& diags) {
  RuleSet rules;
  std::unordered_map<std::string_view, std::string_view> seen_ids;  // id -> path of the first sheet with it
  for (SheetCompilation& c : compiled) {
    const Sheet& sheet = *c.sheet.sheet;
    if (const auto [same, added] = seen_ids.try_emplace(sheet.id, sheet.path); !added) {
      diags.error({sheet.path, 0, 0}, fmt::format("sheet id '{}' is also used by '{}'", sheet.id, same->second),
                  "each fact sheet needs an id of its own");
      continue;
    }
    diags.append(c.diags);
    if (!c.diags.has_errors()) rules.sheets.push_back(std::move(c.sheet));
  }
  // One id per distinct cue: "\bdestroyed\b" in a hundred sheets is matched,
  // and listed among a sentence's hits, once.
  std::vector<std::string> cues;
  std::unordered_map<std::string, int> cue_ids;
  for (CompiledSheet& sheet : rules.sheets) {
    for (CompiledFact& fact : sheet.facts) {
      for (const auto& cue : fact.cues) {
        const auto [it, added] = cue_ids.try_emplace(cue->source(), static_cast<int>(cues.size()));
        if (added) cues.push_back(cue->source());
        fact.cue_ids.push_back(it->second);
      }
    }
  }
  if (!cues.empty()) rules.cue_set = PatternSet::compile(cues, {});
  if (rules.cue_set) {
    std::vector<std::string> others;
    rules.cue_word_size.assign(cues.size(), 0);
    for (std::size_t id = 0; id < cues.size(); ++id) {
      if (const std::optional<std::string> word = leading_word(cues[id])) {
        rules.cue_starts.add(*word, static_cast<int>(id));
        // "\bhouses\b": the word alone (leading_word read all of it).
        if (cues[id].size() == word->size() + 4 && cues[id].ends_with("\\b"))
          rules.cue_word_size[id] = static_cast<std::uint32_t>(word->size());
      } else {
        rules.other_cue_ids.push_back(static_cast<int>(id));
        others.push_back(cues[id]);
      }
    }
    if (!others.empty()) rules.other_cue_set = PatternSet::compile(others, {});
    rules.cue_prefilter = !rules.cue_starts.empty() && (others.empty() || rules.other_cue_set);
  }
  for (CompiledSheet& sheet : rules.sheets) {
    for (std::size_t f = 0; f < sheet.facts.size(); ++f) {
      const CompiledFact& fact = sheet.facts[f];
      if (fact.cue_ids.empty()) {
        sheet.facts_without_cues.push_back(static_cast<int>(f));
      } else {
        sheet.facts_by_first_cue.emplace_back(fact.cue_ids.front(), static_cast<int>(f));
      }
    }
    std::sort(sheet.facts_by_first_cue.begin(), sheet.facts_by_first_cue.end());  // facts may share a cue
  }
  std::vector<std::string> mentions;
  for (std::size_t i = 0; i < rules.sheets.size(); ++i) {
    CompiledSheet& sheet = rules.sheets[i];
    if (sheet.scope_mentions.empty()) rules.sheets_without_mentions.push_back(static_cast<int>(i));
    for (const auto& mention : sheet.scope_mentions) {
      const int id = static_cast<int>(mentions.size());
      sheet.mention_ids.push_back(id);
      rules.mention_sheet.push_back(static_cast<int>(i));
      mentions.push_back(mention->source());
      rules.mentions.push_back(mention.get());
      if (const std::optional<std::string> word = leading_word(mention->source())) {
        rules.mention_starts.add(*word, id);
      } else {
        rules.other_mention_ids.push_back(id);
      }
    }
  }
  // A set scans the whole article; one sheet's own search stops at the first
  // mention. With a few sheets the searches are cheaper (shipped corpus, 2
  // sheets: +1.8% instructions with the set); with many, the one pass wins
  // (100 sheets: -53%). bench/scale, docs/performance.md.
  constexpr std::size_t kSheetsForASet = 4;
  const auto with_mentions = std::count_if(rules.sheets.begin(), rules.sheets.end(),
                                           [](const CompiledSheet& s) { return !s.scope_mentions.empty(); });
  // When every mention begins with a word, the word runs find them
  // (check/scope.cc); the set is then needed only for a text holding a letter
  // RE2 folds to ASCII, where each sheet's own search does as well.
  if (static_cast<std::size_t>(with_mentions) >= kSheetsForASet && !rules.other_mention_ids.empty())
    rules.mention_set = PatternSet::compile(mentions, {});
  // A sheet without mentions covers articles by their path (and date) alone:
  // the filter can rule out only what such sheets leave out by `paths`.
  const bool mentions_or_paths = std::all_of(rules.sheets.begin(), rules.sheets.end(), [](const CompiledSheet& s) {
    return !s.scope_mentions.empty() || !s.scope_paths.empty();
  });
  if (with_mentions > 0 && mentions_or_paths) rules.mention_filter = MentionFilter::build(mentions);
  return rules;
}

}  // namespace factlint::rules
