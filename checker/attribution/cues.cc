#include "checker/attribution/cues.h"

#include <algorithm>
#include <array>
#include <string>

#include "checker/util/diagnostics.h"

namespace factlint::attribution {

namespace {

// THE LIST. Each entry is an RE2 fragment matched as whole words, ignoring
// case, on normalised text (plain spaces: write `\s+` between words). To add
// a cue for every sheet, add it to the right group here and a labelled case
// to tests/unit/attribution/cases.yaml; for one story, use the sheet's
// `attribution_cues` instead.

// Verbs of saying, every form, where the speaker is the subject and may also
// follow the verb at the head of a clause: "Lavrov said", ", said Lavrov".
// Strong: "officials said" credits the words even without a named person.
constexpr std::string_view kSpeechVerbs[] = {
    "said",      "says",       "say",     "added",      "adds",      "announced", "announces",
    "stated",    "declared",   "declares", "wrote",     "writes",    "tweeted",   "tweets",
    "posted",    "explained",  "explains", "insisted",  "insists",   "replied",   "replies",
    "asserted",  "asserts",    "told\\s+reporters",     "quoted\\s+as\\s+saying",
    "was\\s+quoted",           "were\\s+quoted",        "in\\s+a\\s+statement",
    "in\\s+an\\s+interview",   "on\\s+Twitter",         "in\\s+a\\s+tweet",
};

// The same, weak: words that often mean something else ("the United States",
// "reported cases", "the president noted for ..."), so they need a person of
// the sheet as their subject to count.
constexpr std::string_view kWeakSpeechVerbs[] = {
    "states",    "noted",     "notes",     "recalled",  "recalls",   "stressed",  "stresses",
    "reported",  "reports",   "observed",  "observes",  "remarked",  "remarks",   "commented",
    "comments",  "continued", "asked",     "answered",  "revealed",  "reveals",   "disclosed",
    "discloses", "highlighted", "highlights", "warned",  "warns",     "argued",    "argues",
    "estimated", "estimates",  "affirmed",  "affirms",   "assured",   "assures",
    // Figures an institution gives: "the official tally showed", "the USGS
    // recorded", "the agency registered the quake at magnitude 6.1".
    "showed",    "shows",     "show",      "recorded",  "registered", "measured", "counted",
    // A figure set or forecast: "Sitharaman ... pegged the fiscal deficit at 5.9 per cent".
    "pegged",    "pegs",      "projected", "projects",  "budgeted",  "forecast",  "forecasts",
};

// Verbs whose object is not the speaker: "Qureshi told Lavrov" is Qureshi's
// statement, so the speaker is only ever the subject before the verb.
constexpr std::string_view kTellVerbs[] = {"told", "tells", "tell", "informed", "informs",
                                           "briefed", "briefs", "assured\\s+reporters"};

// Verbs that report a view or an emphasis; weak for the same reason as above
// ("maintained close contact", "confirmed cases", "in terms of").
constexpr std::string_view kViewVerbs[] = {
    "expressed",   "expresses",   "reiterated",  "reiterates",  "underlined", "underlines",
    "underscored", "underscores", "emphasised",  "emphasized",  "emphasises", "emphasizes",
    "claimed",     "claims",      "confirmed",   "confirms",    "maintained", "maintains",
    "termed",      "terms",       "described",   "describes",   "acknowledged", "acknowledges",
    "admitted",    "admits",      "pointed\\s+out", "points\\s+out", "spoke\\s+of",
    "speaks\\s+of",
    "put\\s+(?:the\\s+)?(?:[a-z-]+\\s+){0,3}?(?:figure|number|toll|tally|count|total|magnitude|depth|loss(?:es)?|damage|cost|growth|rise|increase)\\s+at",
    "puts\\s+(?:the\\s+)?(?:[a-z-]+\\s+){0,3}?(?:figure|number|toll|tally|count|total|magnitude|depth|loss(?:es)?|damage|cost|growth|rise|increase)\\s+at",
    "putting\\s+(?:the\\s+)?(?:[a-z-]+\\s+){0,3}?(?:figure|number|toll|tally|count|total|magnitude|depth|loss(?:es)?|damage|cost|growth|rise|increase)\\s+at",
    // A figure promised: "Kishida pledged to draw roughly 4 billion yen".
    "pledged", "pledges", "promised", "promises", "vowed", "vows",
    // "Officials also determined that the ship is carrying 56 containers".
    "determined", "determines",
    // "Rescuers on Friday raised the death toll to 205".
    "raised\\s+the\\s+(?:death\\s+)?(?:toll|figure|count|tally|number)\\s+to",
    "raises\\s+the\\s+(?:death\\s+)?(?:toll|figure|count|tally|number)\\s+to",
    "revised\\s+the\\s+(?:death\\s+)?(?:toll|figure|count|tally|number)\\s+to",
    // "had given a death toll of 27": a figure given, not handed over.
    "gave\\s+(?:a|an|the|its|their|his|her)\\s+(?:[a-z-]+\\s+){0,2}?(?:figure|number|toll|tally|count|total|estimate)\\s+(?:of|as|at)",
    "given\\s+(?:a|an|the|its|their|his|her)\\s+(?:[a-z-]+\\s+){0,2}?(?:figure|number|toll|tally|count|total|estimate)\\s+(?:of|as|at)",
    "gives\\s+(?:a|an|the|its|their|his|her)\\s+(?:[a-z-]+\\s+){0,2}?(?:figure|number|toll|tally|count|total|estimate)\\s+(?:of|as|at)",
    "giving\\s+(?:a|an|the|its|their|his|her)\\s+(?:[a-z-]+\\s+){0,2}?(?:figure|number|toll|tally|count|total|estimate)\\s+(?:of|as|at)",
};

// Participles after a comma take the subject of the clause before:
// "Lavrov welcomed the deal, saying trade grew 46 percent".
constexpr std::string_view kParticiples[] = {
    "saying",      "adding",      "noting",      "stressing",    "telling",     "recalling",
    "explaining",  "insisting",   "announcing",  "claiming",     "stating",     "writing",
    "emphasising", "emphasizing", "underlining", "underscoring", "reiterating", "pointing\\s+out",
    "expressing",  "confirming",  "observing",   "warning",      "tweeting",     "pledging",
    "promising",   "vowing",
};

// Source phrases: the speaker follows them. Strong: "according to the
// ministry" credits the words to the ministry.
constexpr std::string_view kSourcePhrases[] = {
    "according\\s+to", "in\\s+the\\s+words\\s+of", "as\\s+quoted\\s+by", "quoted\\s+by",
};

// The same, weak: "per" is also "per cent" and "per day", "citing" also
// "citing security concerns"; they count only before a person of the sheet.
constexpr std::string_view kWeakSourcePhrases[] = {
    "per", "citing", "quoting", "as\\s+per", "cites", "cited",
    // A figure's passive credit: "the toll, given by the health minister, ...",
    // "figures released by the ministry"; also "aid given by Russia", so weak.
    "given\\s+by", "provided\\s+by", "released\\s+by", "issued\\s+by", "compiled\\s+by", "published\\s+by"};

constexpr std::array<CueGroup, 7> kGroups = {{
    {CueKind::kSpeech, true, kSpeechVerbs},
    {CueKind::kSpeech, false, kWeakSpeechVerbs},
    {CueKind::kVerb, true, kTellVerbs},
    {CueKind::kVerb, false, kViewVerbs},
    {CueKind::kParticiple, false, kParticiples},
    {CueKind::kSource, true, kSourcePhrases},
    {CueKind::kSource, false, kWeakSourcePhrases},
}};

struct CompiledGroup {
  CueKind kind;
  bool strong;
  std::unique_ptr<const rules::Pattern> pattern;
};

struct CompiledGroups {
  std::vector<CompiledGroup> groups;
  // Each group's first words ("said", "according"): the group is found by
  // looking the article's words up, then matching only where one stands.
  rules::FirstWordIndex index;
};

CompiledGroups compile_groups() {
  CompiledGroups compiled;
  for (const CueGroup& group : kGroups) {
    const std::string regex = rules::whole_word_alternation(group.words);
    Diagnostics diags;  // the list is tested to compile; a bad entry is left out, never a crash
    const Located<std::string> shown{regex, {"checker/attribution/cues.cc", 0, 0}};
    auto pattern = rules::Pattern::compile_derived(regex, shown, "", diags, {});
    if (!pattern) continue;
    const int id = static_cast<int>(compiled.groups.size());
    compiled.index.add_fragments(id, group.words);  // every group is indexed: builtin_cues_indexed()
    compiled.groups.push_back({group.kind, group.strong, std::move(pattern)});
  }
  return compiled;
}

// Compiled once for the whole run; RE2 is safe to share between threads.
const CompiledGroups& compiled_groups() {
  static const CompiledGroups groups = compile_groups();
  return groups;
}

}  // namespace

std::span<const CueGroup> builtin_cue_groups() { return kGroups; }

bool builtin_cues_indexed() {
  const CompiledGroups& compiled = compiled_groups();
  return compiled.groups.size() == kGroups.size() &&
         compiled.index.all_indexed(static_cast<int>(compiled.groups.size()));
}

std::vector<CueMatch> find_builtin_cues(const rules::WordRuns& words) {
  return find_builtin_cues(words, builtin_cue_index().candidates(words, builtin_cue_count()));
}

std::vector<CueMatch> find_builtin_cues(const rules::WordRuns& words, std::span<const rules::WordStarts> starts) {
  const std::string_view text = words.text;
  const CompiledGroups& compiled = compiled_groups();
  std::vector<CueMatch> found;
  for (std::size_t g = 0; g < compiled.groups.size() && g < starts.size(); ++g) {
    const CompiledGroup& group = compiled.groups[g];
    for (const rules::Pattern::Match& m : rules::find_all_at(*group.pattern, text, starts[g]))
      found.push_back({m.begin, m.end, group.kind, group.strong});
  }
  return found;
}

const rules::FirstWordIndex& builtin_cue_index() { return compiled_groups().index; }

int builtin_cue_count() { return static_cast<int>(compiled_groups().groups.size()); }

std::vector<CueMatch> find_cues(std::string_view text,
                                const std::vector<std::unique_ptr<const rules::Pattern>>& extra) {
  return combine_cues(text, find_builtin_cues(rules::word_runs(text)), extra);
}

std::vector<CueMatch> combine_cues(std::string_view text, std::vector<CueMatch> found,
                                   const std::vector<std::unique_ptr<const rules::Pattern>>& extra) {
  for (const auto& pattern : extra) {
    for (const rules::Pattern::Match& m : pattern->find_all(text))
      found.push_back({m.begin, m.end, CueKind::kSpeech, true});
  }
  // Longest first at a position, then drop cues inside one already kept
  // ("told reporters" over "told", "as per" over "per").
  std::sort(found.begin(), found.end(), [](const CueMatch& a, const CueMatch& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<CueMatch> kept;
  std::size_t covered_to = 0;
  for (const CueMatch& cue : found) {
    if (!kept.empty() && cue.begin < covered_to) continue;
    kept.push_back(cue);
    covered_to = cue.end;
  }
  return kept;
}

}  // namespace factlint::attribution
