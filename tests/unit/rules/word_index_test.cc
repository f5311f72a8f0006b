#include "checker/rules/word_index.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "../mixed_texts.h"
#include "../text_and_rules_fixture.h"
#include "checker/util/edit_distance.h"
#include "checker/util/utf8.h"

namespace factlint::rules {
namespace {

std::vector<std::string> runs_of(std::string_view text) {
  std::vector<std::string> out;
  for (const WordRun& run : word_runs(text).runs) out.emplace_back(text.substr(run.begin, run.size));
  return out;
}

std::string utf8(char32_t c) {
  std::string out;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
  return out;
}

TEST_CASE("word runs are the runs RE2 word boundaries separate: ASCII letters digits and underscores", "[rules][word-index]") {
  CHECK(runs_of("") == std::vector<std::string>{});
  CHECK(runs_of("He said, 46 percent.") == std::vector<std::string>{"He", "said", "46", "percent"});
  CHECK(runs_of("Zoë's_x3 al-Assad") == std::vector<std::string>{"Zo", "s_x3", "al", "Assad"});
  CHECK(runs_of("  tail") == std::vector<std::string>{"tail"});
  CHECK(runs_of("head  ") == std::vector<std::string>{"head"});
}

TEST_CASE("word runs are found alike at every offset and length around the 64-byte blocks they are read in", "[rules][word-index]") {
  // word_runs reads 64 bytes at a time; a byte-by-byte reading is the
  // reference. Runs cross block edges, end at the text's end, and every byte
  // value stands between them; each run's hash is word_hash of its text.
  const auto reference = [](std::string_view text) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < text.size()) {
      if (!is_word_byte(text[i])) {
        ++i;
        continue;
      }
      const std::size_t begin = i;
      while (i < text.size() && is_word_byte(text[i])) ++i;
      out.emplace_back(text.substr(begin, i - begin));
    }
    return out;
  };
  std::string bytes;
  for (int c = 1; c < 256; ++c) bytes += static_cast<char>(c);
  std::uint32_t seed = 7;
  const auto next = [&] { return seed = seed * 1103515245U + 12345U; };
  for (std::size_t size : {0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 127, 128, 129, 200, 1000}) {
    for (int round = 0; round < 40; ++round) {
      std::string text;
      while (text.size() < size) {
        const std::uint32_t r = next() >> 8;
        if (r % 4 == 0) {
          text += bytes[r % bytes.size()];  // any byte at all
        } else {
          const std::size_t word = 1 + r % 19;  // words up to 19 letters: past 8 and 16
          for (std::size_t k = 0; k < word; ++k) text += "aZ_9qX"[next() % 6];
          text += " ,.-"[next() % 4];
        }
      }
      text.resize(size);
      CAPTURE(size, round);
      const WordRuns words = word_runs(text);
      if (words.scan_whole) continue;  // a folding letter made by chance
      CHECK(runs_of(text) == reference(text));
      for (const WordRun& run : words.runs) CHECK(run.hash == word_hash(std::string_view(text).substr(run.begin, run.size)));
      // Found without hashes, then hashed: the same runs and hashes.
      WordRuns later = word_runs(text, false);
      CHECK_FALSE(later.hashed);
      REQUIRE(later.runs.size() == words.runs.size());
      hash_runs(later);
      CHECK(later.hashed);
      for (std::size_t i = 0; i < words.runs.size(); ++i) {
        CHECK(later.runs[i].begin == words.runs[i].begin);
        CHECK(later.runs[i].size == words.runs[i].size);
        CHECK(later.runs[i].hash == words.runs[i].hash);
      }
    }
  }
  CHECK(word_hash("Said") == word_hash("said"));
  CHECK(word_hash("MINISTER_2") == word_hash("minister_2"));
  CHECK(word_hash("said") != word_hash("saidx"));
  CHECK(word_hash("ab") != word_hash("ab_"));
}

TEST_CASE("only the long s and the Kelvin sign fold to ASCII letters when case is ignored", "[rules][word-index]") {
  // The index looks words up by their ASCII letters; a character RE2 matches
  // as one of them when ignoring case would let a match start elsewhere.
  // Every code point is tried against the RE2 factlint links.
  Diagnostics diags;
  auto letter = Pattern::compile_derived("[a-z]", {"[a-z]", {}}, "", diags, {});
  REQUIRE(letter);
  std::vector<char32_t> folding;
  for (char32_t c = 0x80; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    if (letter->full_match(utf8(c))) folding.push_back(c);
  }
  CHECK(folding == std::vector<char32_t>{0x017F, 0x212A});
  CHECK(has_folding_letters("the \xC5\xBF" "aid"));
  CHECK(has_folding_letters("5 \xE2\x84\xAA"));
  CHECK_FALSE(has_folding_letters("Zoë said 5 °C"));
}

TEST_CASE("first words are taken only from branches that begin with a whole spelled-out word", "[rules][word-index]") {
  using Words = std::optional<std::vector<FirstWord>>;
  const std::string_view plain[] = {"said", "Told\\s+reporters", "put\\s+(?:the\\s+)?figure\\s+at"};
  CHECK(first_words_of_fragments(plain) ==
        Words{{{"said", true, {}}, {"told", false, {"reporters"}}, {"put", false, {}}}});
  const std::string_view spaced[] = {"in\\s+a\\s+statement", "in\\s+a", "in\\s+\\w+", "in\\s+a\\s+", "in\\sa"};
  CHECK(first_words_of_fragments(spaced) == Words{{{"in", false, {"a", "statement"}},
                                                   {"in", false, {"a"}},
                                                   {"in", false, {}},
                                                   {"in", false, {}},
                                                   {"in", false, {}}}});
  const std::string_view optional_letter[] = {"said", "says?"};
  CHECK(first_words_of_fragments(optional_letter) == std::nullopt);
  const std::string_view group_first[] = {"(?:the\\s+)?minister"};
  CHECK(first_words_of_fragments(group_first) == std::nullopt);
  const std::string_view alternation[] = {"he|she"};
  CHECK(first_words_of_fragments(alternation) == std::nullopt);

  CHECK(first_word_of_name("Shah Mahmood Qureshi") == FirstWord{"shah", false, {"mahmood", "qureshi"}});
  CHECK(first_word_of_name("Amina \t Kowalski ") == FirstWord{"amina", false, {"kowalski"}});
  CHECK(first_word_of_name("3M chief") == FirstWord{"3m", false, {"chief"}});
  CHECK(first_word_of_name("  O'Brien") == FirstWord{"o", false, {}});
  CHECK(first_word_of_name("Sean O'Brien") == FirstWord{"sean", false, {}});
  CHECK(first_word_of_name("Dr. Kowalski") == FirstWord{"dr", false, {}});
  CHECK(first_word_of_name("Zoë Ball") == FirstWord{"zo", false, {}});
  CHECK(first_word_of_name("Ball Zoë") == FirstWord{"ball", false, {}});
  CHECK(first_word_of_name("3M") == FirstWord{"3m", true, {}});
  CHECK(first_word_of_name("Qureshi ") == FirstWord{"qureshi", true, {}});
  CHECK(first_word_of_name("Éric Zemmour") == std::nullopt);
  CHECK(first_word_of_name("'Abd al-Aziz") == std::nullopt);
}

TEST_CASE("an index gives each pattern the words its matches can start at", "[rules][word-index]") {
  FirstWordIndex index;
  index.add(0, "said", true);
  index.add(1, "the", false);
  index.add(1, "said", true);
  index.add(1, "said", false);  // a second branch beginning with "said": RE2 must choose
  index.add_unindexed(2);
  const std::string_view text = "The minister SAID, unsaid, the_said said";
  const auto found = index.candidates(word_runs(text), 3);
  REQUIRE(found.size() == 3);
  const auto begins = [](const WordStarts& starts) {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
    for (const WordStart& s : *starts) out.emplace_back(s.begin, s.plain);
    return out;
  };
  using Pairs = std::vector<std::pair<std::uint32_t, std::uint32_t>>;
  REQUIRE(found[0]);
  CHECK(begins(found[0]) == Pairs{{13, 4}, {36, 4}});
  REQUIRE(found[1]);
  CHECK(begins(found[1]) == Pairs{{0, 0}, {13, 0}, {36, 0}});
  CHECK_FALSE(found[2].has_value());
  CHECK(index.all_indexed(2));
  CHECK_FALSE(index.all_indexed(3));
  // Branches of words and spaces: the runs tell where they match and how far.
  FirstWordIndex spaced;
  spaced.add(0, "in", false, {"a", "statement"});
  spaced.add(0, "in", false, {"an", "interview"});  // apart from the first: at most one matches
  spaced.add(1, "was", true);
  spaced.add(1, "was", false, {"quoted"});  // "was" begins "was quoted": RE2 chooses
  spaced.add(2, "told", false, {"reporters"});
  const std::string_view said = "In a\tstatement, in an  interview, in a-statement, in a statements; was quoted, told\vreporters";
  const auto spans = spaced.candidates(word_runs(said), 3);
  REQUIRE((spans[0] && spans[1] && spans[2]));
  CHECK(begins(spans[0]) == Pairs{{0, 14}, {16, 16}});  // "in a-statement", "in a statements": no match
  CHECK(begins(spans[1]) == Pairs{{67, 0}});
  CHECK(begins(spans[2]).empty());  // \v is no \s for RE2
  // A long s could be an 's': every pattern scans the whole text.
  const std::string_view folded = "He \xC5\xBF" "aid";
  const auto all = index.candidates(word_runs(folded), 3);
  CHECK_FALSE(all[0].has_value());
  CHECK_FALSE(all[1].has_value());
}

TEST_CASE("names found by their first words are exactly the names a whole-text scan finds", "[rules][word-index]") {
  const RuleSet set = factlint::testing::rules_from(R"(id: s
title: t
people:
  a: {name: Amina Kowalski, also: [Kowalski, Dr. Kowalski, Minister Kowalski]}
  b: {name: Zoë Ball, also: [Ball]}
  c: {name: Éric Zemmour, also: [Zemmour]}
  d: {name: Sean O'Brien, also: ["O'Brien", 3M chief]}
sources:
  e: {name: the World Health Organization, also: [WHO, the agency]}
facts:
  - {id: f, cues: ['\bx\b'], expect: 5}
)");
  REQUIRE(set.sheets.size() == 1);
  const CompiledSheet& sheet = set.sheets[0];
  const std::vector<std::string> pieces = {
      "Amina", "Kowalski", "Amina Kowalski", "Dr. Kowalski", "Dr.", "Minister", "Minister Kowalski", "Zoë Ball",
      "Zoë", "Ball", "Balls", "Éric Zemmour", "Zemmour", "Sean O'Brien", "O'Brien", "O", "Brien", "3M chief",
      "3M", "the World Health Organization", "WHO", "who", "the agency", "the", "said", "kowalskis"};
  const std::vector<std::string> separators = {" ", " ", " ", ", ", ". ", "\n\n", "'", "-", "_", "3", "é",
                                               "\xC5\xBF", "\xE2\x84\xAA", "\"", "  "};
  const std::vector<std::string> texts = factlint::testing::mixed_texts(pieces, separators, {.seed = 20261201});
  int indexed = 0;
  for (const std::string& text : texts) {
    const auto candidates = sheet.name_index.candidates(word_runs(text), static_cast<int>(sheet.people.size()));
    for (std::size_t p = 0; p < sheet.people.size(); ++p) {
      CAPTURE(text, p);
      REQUIRE(sheet.people[p].names);
      if (candidates[p]) ++indexed;
      const auto by_index = find_all_at(*sheet.people[p].names, text, candidates[p]);
      const auto by_scan = sheet.people[p].names->find_all(text);
      REQUIRE(by_index.size() == by_scan.size());
      for (std::size_t i = 0; i < by_scan.size(); ++i) {
        CHECK(by_index[i].begin == by_scan[i].begin);
        CHECK(by_index[i].end == by_scan[i].end);
      }
    }
  }
  // "Éric Zemmour" begins with no \b: that person always scans; the others
  // take the index except in texts with a folding letter (about 3 in 10 here).
  CHECK(indexed > static_cast<int>(texts.size()) * 2);
}

TEST_CASE("a regex's leading word is read only where every match must begin with it", "[rules][word-index]") {
  struct Row {
    std::string_view regex;
    std::optional<std::string> word;
  };
  for (const Row& row : {
           Row{"\\bevacuat(?:ed|ion)s?\\b", "evacuat"}, Row{"\\bdoses?\\b", "dose"}, Row{"\\bTrade\\b", "trade"},
           Row{"\\bxyzw+", "xyzw"}, Row{"\\bfoo(bar|baz)\\b", "foo"}, Row{"\\bwor[|(]d", "wor"},
           Row{"\\bwor\\|x", "wor"}, Row{"\\bOperation0000\\b", "operation0000"}, Row{"\\bper\\s?cent", "per"},
           Row{"\\bfoo|bar", std::nullopt},          // "bar" anywhere
           Row{"\\bfoo[|]|bar", std::nullopt},       // the class's bar is a member, the next one is not
           Row{"\\b(?:killed|dead)\\b", std::nullopt}, Row{"(?i)\\bfoo", std::nullopt},
           Row{"\\bab\\b", std::nullopt},            // too short to index
           Row{"\\bxyz*", std::nullopt},             // "xy" and maybe z: too short
           Row{"\\bfoo{0,2}", std::nullopt}, Row{"\\bfooo{0,2}", "foo"},
           Row{"\\bfoo\\Q|\\E", std::nullopt},       // quoted text: not read
           Row{"\\bfoo)", std::nullopt}, Row{"\\bfoo[", std::nullopt},
           Row{"\\bwor[[:alpha:]|]x", "wor"}, Row{"\\bwor[[:alpha:]]|x", std::nullopt},
           Row{"\\Bfoo", std::nullopt}, Row{"trade\\b", std::nullopt}, Row{"\\b\\d+ trade", std::nullopt},
       }) {
    CAPTURE(row.regex);
    CHECK(leading_word(row.regex) == row.word);
  }
}

TEST_CASE("every match of a regex with a leading word begins at a word the filter takes", "[rules][word-index]") {
  const std::vector<std::string> regexes = {"\\bevacuat(?:ed|ion)s?\\b", "\\bdoses?\\b", "\\bhouses0\\b",
                                            "\\bper\\s?cent", "\\bkilo\\w*", "\\bsss", "\\b___"};
  WordStartFilter filter;
  std::vector<std::unique_ptr<const Pattern>> patterns;
  for (std::size_t i = 0; i < regexes.size(); ++i) {
    const std::optional<std::string> word = leading_word(regexes[i]);
    REQUIRE(word);
    filter.add(*word, static_cast<int>(i));
    Diagnostics diags;
    patterns.push_back(Pattern::compile({regexes[i], {}}, diags));
    REQUIRE(patterns.back());
  }
  const std::vector<std::string> pieces = {"evacuated", "evacuation", "Evacuations", "evacuate", "dose", "doses",
                                           "dosed", "houses0", "houses", "per cent", "percent", "per", "kilometres",
                                           "kilo", "sss", "ssss", "___", "__", "hour", "x", "ſs", "Kilo"};
  const std::vector<std::string> separators = {" ", ", ", ". ", "\n", "-", "_", "3", "é", "\xC5\xBF", "\xE2\x84\xAA"};
  int matches = 0;
  for (const std::string& text : factlint::testing::mixed_texts(pieces, separators, {.seed = 7})) {
    const WordRuns words = word_runs(text);
    if (words.scan_whole) continue;  // then nothing is skipped
    for (std::size_t i = 0; i < patterns.size(); ++i) {
      for (const Pattern::Match& m : patterns[i]->find_all(text)) {
        CAPTURE(text, regexes[i], m.begin);
        ++matches;
        const auto run = std::find_if(words.runs.begin(), words.runs.end(),
                                      [&](const WordRun& r) { return r.begin == m.begin; });
        REQUIRE(run != words.runs.end());  // a match begins where a word begins
        CHECK(filter.may_begin(text, *run));
        bool named = false;
        filter.each_begun(text, *run, [&](int id) { named = named || id == static_cast<int>(i); });
        CHECK(named);
      }
    }
  }
  CHECK(matches > 1000);
  // And the filter turns away words that begin otherwise.
  const std::string text = "hour evacuees dos per kil";
  const WordRuns words = word_runs(text);
  for (const WordRun& run : words.runs) {
    CAPTURE(text.substr(run.begin, run.size));
    CHECK(filter.may_begin(text, run) == (text.substr(run.begin, run.size) == "per"));
  }
}

TEST_CASE("a filter names every word a run begins with when hundreds share a start", "[rules][word-index]") {
  // 300 mentions "operation0" .. "operation299", and words of other sizes
  // with the same start; some ids share a word (a cue in many sheets).
  std::vector<std::string> words;
  for (int i = 0; i < 300; ++i) words.push_back("operation" + std::to_string(i));
  for (const char* w : {"ope", "oper", "opera", "operation", "operations", "opal", "operation1", "op_"}) words.push_back(w);
  WordStartFilter filter;
  std::vector<std::pair<std::string, int>> added;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const int id = static_cast<int>(i % 280);  // ids 0..19 have two words
    std::string written = words[i];  // every third added in capitals
    if (i % 3 == 0) std::transform(written.begin(), written.end(), written.begin(), [](char c) {
      return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    });
    filter.add(written, id);
    added.push_back({words[i], id});
  }
  const std::vector<std::string> pieces = {"Operation12", "OPERATION299", "operation3000", "operations", "Opera",
                                           "opal", "opaque", "op", "ope", "operatio", "Operation", "op_x", "x"};
  int named = 0;
  for (const std::string& text : factlint::testing::mixed_texts(pieces, {" ", ", ", "\n"}, {.seed = 11})) {
    const WordRuns runs = word_runs(text);
    for (const WordRun& run : runs.runs) {
      const std::string written = util::ascii_lower(text.substr(run.begin, run.size));
      std::vector<int> expected;
      for (const auto& [word, id] : added)
        if (written.starts_with(word)) expected.push_back(id);
      std::sort(expected.begin(), expected.end());
      expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
      std::vector<int> got;
      filter.each_begun(text, run, [&](int id) { got.push_back(id); });
      std::sort(got.begin(), got.end());
      CAPTURE(written);
      CHECK(got == expected);
      CHECK(filter.may_begin(text, run) == !expected.empty());
      named += expected.empty() ? 0 : 1;
    }
  }
  CHECK(named > 500);
}

}  // namespace
}  // namespace factlint::rules
