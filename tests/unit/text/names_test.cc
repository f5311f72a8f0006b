#include "checker/text/names.h"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

using factlint::text::is_title_word;
using factlint::text::name_runs;
using factlint::text::preceded_by_other_name;
using factlint::text::proper_name_words;

namespace {

std::vector<std::string> runs_of(std::string_view text) {
  std::vector<std::string> out;
  const factlint::text::NameRuns runs = name_runs(text);
  for (std::size_t k = 0; k < runs.size(); ++k) {
    std::string joined;
    for (const auto& w : runs[k]) joined += (joined.empty() ? "" : "|") + std::string(text.substr(w.begin, w.end - w.begin));
    out.push_back(joined);
  }
  return out;
}

}  // namespace

TEST_CASE("name_runs finds capitalised words standing together", "[text][names]") {
  struct Row {
    std::string_view text;
    std::vector<std::string> runs;
  };
  const Row rows[] = {
      {"Finance Minister Nirmala Sitharaman said", {"Finance|Minister|Nirmala|Sitharaman"}},
      {"the judge, Alexandre de Moraes, ruled", {"Alexandre|de|Moraes"}},
      {"Nathan Porter's team met Ishaq Dar.", {"Nathan|Porter", "Ishaq|Dar"}},
      {"O'Brien and Al-Sisi spoke", {"O'Brien", "Al-Sisi"}},
      {"Recep Tayyip Erdo\xC4\x9F" "an visited", {"Recep|Tayyip|Erdo\xC4\x9F" "an"}},
      {"\xC3\x96zg\xC3\xBCr \xC3\x96zel won", {"\xC3\x96zg\xC3\xBCr|\xC3\x96zel"}},
      {"Sharif,\nNawaz", {"Sharif", "Nawaz"}},
      {"Maryam  Nawaz", {"Maryam", "Nawaz"}},  // two spaces: not one name
      {"the de facto ruler", {}},
      {"van der Leyen", {"Leyen"}},  // particles join capitalised words, never start a run
      // Outside a run the text is skipped to the next capital that starts a word.
      {"", {}},
      {"Sharif", {"Sharif"}},                             // the whole text
      {"talks with Nawaz", {"Nawaz"}},                    // a run the text ends
      {"McDonald met e-Mail users", {"McDonald"}},        // a capital inside a word starts nothing
      {"al-Qaeda and Al-Sisi", {"Al-Sisi"}},
      {"it'S Ab", {"Ab"}},
      {"one.Two", {"Two"}},
      {"\xC3\xA9t\xC3\xA9 \xC3\x89mile Zola", {"\xC3\x89mile|Zola"}},  // "été" has a lead byte of capitals
      {"x\xC5\xA0koda \xC5\xA0koda", {"\xC5\xA0koda"}},
      {"Ab  Cd\nEf Gh", {"Ab", "Cd", "Ef|Gh"}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(runs_of(row.text) == row.runs);
  }
}

TEST_CASE("proper_name_words keeps a declared name's name proper", "[text][names]") {
  using V = std::vector<std::string_view>;
  CHECK(proper_name_words("IMF mission chief Nathan Porter") == V{"Nathan", "Porter"});
  CHECK(proper_name_words("Prime Minister Shehbaz Sharif") == V{"Shehbaz", "Sharif"});
  CHECK(proper_name_words("Ursula von der Leyen") == V{"Ursula", "von", "der", "Leyen"});
  CHECK(proper_name_words("Sharif") == V{"Sharif"});
  CHECK(proper_name_words("Russian Foreign Minister").empty());
  CHECK(proper_name_words("top Russian diplomat").empty());
  CHECK(proper_name_words("Russian FM").empty());
}

TEST_CASE("titles and acronyms are not names", "[text][names]") {
  for (const char* w : {"President", "minister", "Mr", "Dr.", "PM", "IMF", "Senator", "Chief", "Acting", "vice.",
                        "Representative", "Ministers", "cOnGrEsSwOmAn"}) {
    CAPTURE(w);
    CHECK(is_title_word(w));
  }
  for (const char* w : {"Nawaz", "Porter", "Shehbaz", "I", "", ".", "Representatives", "Zed", "\xC3\x89mir", "Sirs"}) {
    CAPTURE(w);
    CHECK_FALSE(is_title_word(w));
  }
}

TEST_CASE("a surname after another first name belongs to someone else", "[text][names]") {
  const std::vector<std::string_view> own = {"Shehbaz", "Sharif", "Prime", "Minister"};
  auto at = [](std::string_view text) { return text.find("Sharif"); };
  for (std::string_view text : {"Nawaz Sharif said", "Maryam Nawaz Sharif said"}) {
    CAPTURE(text);
    CHECK(preceded_by_other_name(text, at(text), own));
  }
  for (std::string_view text : {"Sharif said", "Shehbaz Sharif said", "Prime Minister Sharif said", "PM Sharif said",
                                "When Sharif spoke", "Mr Sharif said", "Pakistan's Sharif said", "then, Sharif",
                                "On Thursday Sharif pledged", "In March Sharif said"}) {
    CAPTURE(text);
    CHECK_FALSE(preceded_by_other_name(text, at(text), own));
  }
}

TEST_CASE("name_runs finds a name wherever it stands among eight-byte words", "[text][names]") {
  // The search for the next capital passes over eight bytes at a time: a
  // name at every offset, after the bytes on either side of 'A'..'Z' ('@',
  // '['), lower-case letters and two-byte letters, is still found.
  for (const std::string_view filler : {"a", "@", "[", "z", "`", "\xC3\xA9"}) {
    for (std::size_t k = 0; k < 20; ++k) {
      std::string text;
      for (std::size_t i = 0; i < k; ++i) text += filler;
      text += " Bob Smith said. \xC3\x96zel met Ada.";
      CAPTURE(filler, k);
      CHECK(runs_of(text) == std::vector<std::string>{"Bob|Smith", "\xC3\x96zel", "Ada"});
    }
  }
  CHECK(runs_of(std::string(64, 'q') + "Zed") == std::vector<std::string>{});  // inside a word: no name
  // Every capital, alone in its eight bytes.
  for (char c = 'A'; c <= 'Z'; ++c) {
    CAPTURE(c);
    const std::string name = std::string(1, c) + "xy";
    CHECK(runs_of(std::string(16, 'q') + " " + name + " said ok ok ok ok") == std::vector<std::string>{name});
  }
}
