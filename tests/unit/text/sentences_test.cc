#include "checker/text/sentences.h"

#include "checker/text/normalize.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <sstream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

using factlint::text::Sentence;
using factlint::text::split_sentences;

namespace {

std::vector<std::string> sentence_texts(std::string_view text) {
  std::vector<std::string> out;
  for (const Sentence& s : split_sentences(text)) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

// A seed article as the matcher sees it: normalised.
std::string load_seed(std::string_view file) {
  std::ifstream in(std::string(FACTLINT_SOURCE_DIR "/tests/unit/text/data/") + std::string(file), std::ios::binary);
  REQUIRE(in);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return factlint::text::normalize(bytes.str()).text;
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// What must hold for any input: in order, inside the text, trimmed, not
// overlapping, paragraphs counted up from 0 without gaps.
void check_invariants(std::string_view text, const std::vector<Sentence>& sentences) {
  std::size_t last_end = 0;
  int last_paragraph = 0;
  for (const Sentence& s : sentences) {
    REQUIRE(s.begin < s.end);
    REQUIRE(s.end <= text.size());
    REQUIRE(s.begin >= last_end);
    REQUIRE_FALSE(is_space(text[s.begin]));
    REQUIRE_FALSE(is_space(text[s.end - 1]));
    REQUIRE(s.paragraph >= last_paragraph);
    REQUIRE(s.paragraph <= last_paragraph + 1);
    last_end = s.end;
    last_paragraph = s.paragraph;
  }
  if (!sentences.empty()) CHECK(sentences.front().paragraph == 0);
}

}  // namespace

TEST_CASE("split_sentences ends sentences where a reader would", "[text][sentences]") {
  struct Row {
    std::string_view text;
    std::vector<std::string> sentences;
  };
  const std::vector<Row> rows = {
      // Abbreviations, titles and initials from the seed articles.
      {"Lavrov also called on Pakistan's army chief Gen. Qamar Bajwa. According to a statement, he acknowledged it.",
       {"Lavrov also called on Pakistan's army chief Gen. Qamar Bajwa.",
        "According to a statement, he acknowledged it."}},
      {"He is also expected to meet Pakistan Army chief Gen. Qamar Javed Bajwa.",
       {"He is also expected to meet Pakistan Army chief Gen. Qamar Javed Bajwa."}},
      {"But fighting between the U.S.-backed Afghan government and the Taliban still rages. The United States is "
       "pushing for an interim government.",
       {"But fighting between the U.S.-backed Afghan government and the Taliban still rages.",
        "The United States is pushing for an interim government."}},
      {"Officials from the U.S. State Department and the U.N. Security Council met J. Bajwa in Washington.",
       {"Officials from the U.S. State Department and the U.N. Security Council met J. Bajwa in Washington."}},
      {"Mr. Khan met Dr. Ahmed and Prof. Ali at No. 10 Downing St. on Monday.",
       {"Mr. Khan met Dr. Ahmed and Prof. Ali at No. 10 Downing St. on Monday."}},
      {"It costs Rs. 5 billion, i.e. more than planned, e.g. for pipes, etc. and more.",
       {"It costs Rs. 5 billion, i.e. more than planned, e.g. for pipes, etc. and more."}},
      {"Talks began on Apr. 6 and ended Sept. 7 vs. Oct. 1 planned.", {"Talks began on Apr. 6 and ended Sept. 7 vs. Oct. 1 planned."}},
      // Numbers.
      {"It would transport 1.6 billion cubic feet per day of gas. Construction will begin.",
       {"It would transport 1.6 billion cubic feet per day of gas.", "Construction will begin."}},
      {"Trade grew to $4.5 bn. in 2020.", {"Trade grew to $4.5 bn. in 2020."}},
      {"The summit ended. 2021 will be busy.", {"The summit ended. 2021 will be busy."}},
      // Quotes: a closing quote belongs to the sentence it ends.
      {"\"We have provided 50,000 doses,\" he announced. \"We intend to provide more.\" Qureshi agreed.",
       {"\"We have provided 50,000 doses,\" he announced.", "\"We intend to provide more.\"", "Qureshi agreed."}},
      {"\"These are principles that Pakistan adheres to. Our cooperation has been excellent.\" At this, Lavrov "
       "agreed.",
       {"\"These are principles that Pakistan adheres to.", "Our cooperation has been excellent.\"",
        "At this, Lavrov agreed."}},
      {"\"Why not?\" he asked. \"Because!\" She left.", {"\"Why not?\" he asked.", "\"Because!\"", "She left."}},
      {"Is it true?! Nobody knows.", {"Is it true?!", "Nobody knows."}},
      {"(The visit was short.) It ended.", {"(The visit was short.)", "It ended."}},
      // Ellipses.
      {"\"(Pakistan and Russia) share convergent positions on several issues ... including peace,\" Qureshi said.",
       {"\"(Pakistan and Russia) share convergent positions on several issues ... including peace,\" Qureshi said."}},
      {"He paused... Then he spoke.", {"He paused...", "Then he spoke."}},
      // Punctuation that is not a sentence end.
      {"See page 3.5, section e.g., and www.example.org. Done.",
       {"See page 3.5, section e.g., and www.example.org.", "Done."}},
      {"common interest.-PR", {"common interest.-PR"}},
      {"No terminator at the end", {"No terminator at the end"}},
      {"  padded sentence.   ", {"padded sentence."}},
      {"", {}},
      {"   \n\n  \n", {}},
      {"...", {"..."}},
      {"?!.", {"?!."}},
      // Terminators of all three kinds, in any order, each found where it stands.
      {"Wait! Why? Go. Now", {"Wait!", "Why?", "Go.", "Now"}},
      {"a!b?c.d ok? Yes! Fine.", {"a!b?c.d ok?", "Yes!", "Fine."}},
      {"Why?? Because!!! Done...", {"Why??", "Because!!!", "Done..."}},
      // The first and last abbreviations of the list, and a word after the last.
      {"Adm. Nelson sailed. It ended.", {"Adm. Nelson sailed.", "It ended."}},
      {"Bricks, tiles etc. Then more.", {"Bricks, tiles etc. Then more."}},
      {"The Zzz. Then more.", {"The Zzz.", "Then more."}},
      // The longest abbreviations ("approx", "Thurs") and words a letter
      // longer, which end their sentence.
      {"It is approx. Ten km. Seen Thurs. Then more.", {"It is approx. Ten km.", "Seen Thurs. Then more."}},
      {"It is approxx. Ten km. Seen Thursx. Then", {"It is approxx.", "Ten km.", "Seen Thursx.", "Then"}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(sentence_texts(row.text) == row.sentences);
  }
}

TEST_CASE("split_sentences tells news wire lines from hard-wrapped prose", "[text][sentences]") {
  struct Row {
    std::string_view text;
    std::vector<std::pair<std::string, int>> sentences;  // text, paragraph
  };
  const std::string wire_line = "X" + std::string(119, 'x');  // a paragraph starts with a capital
  const std::string wire = "Short headline\n" + wire_line + "\nNext line without a stop\n";
  // In wire copy, a line that plainly runs on into the next is one sentence wrapped mid-way.
  const std::string wrapped = "Lavrov expressed satisfaction over a 64 percent\nincrease in trade, he said. " +
                              wire_line + "\nNext paragraph.\n";
  const std::string bullets = "-Russian FM holds talks\n-Offers support\nBy Asghar Ali Mubarak\n" + wire_line;
  const std::vector<Row> rows = {
      {"Lavrov arrived in Islamabad on\nTuesday. He met Qureshi.\n\nSecond paragraph\nwraps here.\n",
       {{"Lavrov arrived in Islamabad on\nTuesday.", 0}, {"He met Qureshi.", 0}, {"Second paragraph\nwraps here.", 1}}},
      {wire, {{"Short headline", 0}, {wire_line, 1}, {"Next line without a stop", 2}}},
      {wrapped,
       {{"Lavrov expressed satisfaction over a 64 percent\nincrease in trade, he said.", 0},
        {wire_line, 0},
        {"Next paragraph.", 1}}},
      {"Intro line\n- first item\n  wraps on\n* second item\n+ third\n1. numbered\n12) also\n# Heading\nText after.\n",
       {{"Intro line", 0},
        {"- first item\n  wraps on", 1},
        {"* second item", 2},
        {"+ third", 3},
        {"1. numbered", 4},
        {"12) also", 5},
        {"# Heading", 6},
        {"Text after.", 7}}},
      {bullets,
       {{"-Russian FM holds talks", 0}, {"-Offers support", 1}, {"By Asghar Ali Mubarak", 2}, {wire_line, 3}}},
      {"Prices rose\n-5 percent is not a list\n",  // only a capital makes "-Word" a list item
       {{"Prices rose\n-5 percent is not a list", 0}}},
      {"Qureshi said it would\n#EconomicDiplomacy grow.\n", {{"Qureshi said it would\n#EconomicDiplomacy grow.", 0}}},
      {"One.\r\n\r\nTwo.", {{"One.", 0}, {"Two.", 1}}},
      {"\n\n\nFirst.\n\n\n\nSecond.\n\n", {{"First.", 0}, {"Second.", 1}}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    std::vector<std::pair<std::string, int>> got;
    for (const Sentence& s : split_sentences(row.text))
      got.emplace_back(std::string(row.text.substr(s.begin, s.end - s.begin)), s.paragraph);
    CHECK(got == row.sentences);
  }
}

TEST_CASE("split_sentences counts a wire line's length in characters and not in bytes", "[text][sentences]") {
  // Past 100 characters a line is news wire and its line break ends the
  // paragraph; up to 100 the block is hard-wrapped prose, one paragraph.
  for (const std::string_view character : {"X", "\xC3\x89", "\xE2\x82\xAC", "\xF0\x9F\x98\x80"}) {
    for (const int length : {99, 100, 101, 102, 150, 450}) {
      std::string line;
      for (int k = 0; k < length; ++k) line += character;
      const std::string text = line + "\nNext line.";
      CAPTURE(character, length);
      const std::vector<Sentence> sentences = split_sentences(text);
      REQUIRE(!sentences.empty());
      CHECK(sentences.back().paragraph == (length > 100 ? 1 : 0));
    }
  }
}

TEST_CASE("split_sentences counts the sentences and paragraphs of the seed articles", "[text][sentences]") {
  // Counts verified by reading each split (tests/unit/text/data/seed_*.txt,
  // after normalize()). 001 mixes short bullet lines with long wire lines.
  struct Row {
    std::string_view file;
    std::size_t sentences;
    int paragraphs;
  };
  const Row rows[] = {
      {"seed_000_c5abf76d8d768680.txt", 30, 26}, {"seed_001_07e1443d25d1940b.txt", 81, 36},
      {"seed_002_310a4527dfc500d3.txt", 16, 9},  {"seed_003_3dcc83b6feb79a6a.txt", 24, 19},
      {"seed_004_3370cf288bfad12e.txt", 26, 20},
  };
  for (const Row& row : rows) {
    CAPTURE(row.file);
    const std::string text = load_seed(row.file);
    const std::vector<Sentence> sentences = split_sentences(text);
    check_invariants(text, sentences);
    CHECK(sentences.size() == row.sentences);
    REQUIRE_FALSE(sentences.empty());
    CHECK(sentences.back().paragraph + 1 == row.paragraphs);
  }
}

TEST_CASE("split_sentences is linear on long paragraphs and large files", "[text][sentences]") {
  std::string paragraph;
  for (int i = 0; i < 5000; ++i) paragraph += i % 40 == 39 ? "Gen. U.S. 1.6 ... e.g. word. " : "Word ";
  std::string big;
  while (big.size() < (1u << 20)) big += paragraph + "\n\n";
  const std::string no_spaces(1u << 20, '.');  // one million dots, no white space
  const auto start = std::chrono::steady_clock::now();
  const auto sentences = split_sentences(big);
  const auto dots = split_sentences(no_spaces);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  check_invariants(big, sentences);
  CHECK(sentences.size() == (big.size() / (paragraph.size() + 2)) * 125);  // only "word. Word" ends one
  CHECK(dots.size() == 1);
  CHECK(elapsed < std::chrono::seconds(2));  // ~50 ms in a Debug build
}

TEST_CASE("split_sentences never crashes on arbitrary bytes", "[text][sentences]") {
  std::mt19937 random(20210406);
  const std::string_view alphabet = "aZ .!?\"'()[]-#*+1\n\n\t\r\xE2\x80";
  for (int round = 0; round < 2000; ++round) {
    std::string text(random() % 200, ' ');
    for (char& c : text) c = alphabet[random() % alphabet.size()];
    CAPTURE(text);
    check_invariants(text, split_sentences(text));
  }
}
