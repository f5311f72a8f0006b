#include "checker/claims/segments.h"

#include <catch2/catch.hpp>

#include <string>

#include "checker/extract/tokens.h"

namespace factlint::claims {
namespace {

// "398 people were reported dead | and 1,891 injured": '|' a weak cut, '||' a
// strong one, '*' before a segment with its own noun phrase, '=' before one
// that describes a name, '"' a quoted one.
std::string cuts(const std::string& sentence) {
  const std::vector<extract::Token> tokens = extract::tokenize(sentence);
  const std::vector<Segment> segments = split_segments(sentence, tokens, 0);
  std::string out;
  for (const Segment& s : segments) {
    if (s.before == Boundary::kWeak) out += "| ";
    if (s.before == Boundary::kStrong) out += "|| ";
    if (s.appositive) out += "=";
    if (s.own_subject) out += "*";
    if (s.quoted) out += "\"";
    std::string words = sentence.substr(s.begin, s.end - s.begin);
    while (!words.empty() && words.back() == ' ') words.pop_back();
    while (!words.empty() && words.front() == ' ') words.erase(0, 1);
    out += words + " ";
  }
  out.pop_back();
  return out;
}

TEST_CASE("sentences are cut into the statements they make", "[claims][segments]") {
  struct Row {
    const char* sentence;
    const char* cuts;
  };
  const Row rows[] = {
      {"398 people were reported dead and 1,891 injured.", "398 people were reported dead | and 1,891 injured."},
      {"The quake killed 398 people and injured 1,891.", "The quake killed 398 people | and injured 1,891."},
      {"The quake struck hills and roads, and heavy rain on Tuesday added to the complications.",
       "The quake struck hills | and roads, || and heavy rain on Tuesday added to the complications."},
      {"The deal needs Board approval, with the Board meeting scheduled for July 12.",
       "The deal needs Board approval, | *with the Board meeting scheduled for July 12."},
      {"The earthquake, which struck on Sunday, killed 398.",
       "The earthquake, | which struck on Sunday, | killed 398."},
      // The quotation is a statement of its own; so is what follows it.
      {"\"I saw dead bodies,\" said Ma, who came with 20 volunteers.",
       "\" || *\"I saw dead bodies, | \"\" || said Ma, | who came with 20 volunteers."},
      {"Six hundred and fifteen people died; 114 are missing.", "Six hundred and fifteen people died; || 114 are missing."},
      {"The toll rose - officials said - to 589.", "The toll rose - | officials said - | to 589."},
      {"The quake killed 398, while rain hampered rescuers.", "The quake killed 398, || while rain hampered rescuers."},
      {"The quake killed 398, while injuring 1,891.", "The quake killed 398, | while injuring 1,891."},
      // A description of a name between commas.
      {"Holmes, the convicted fraudster behind Theranos, was ordered on Tuesday to begin her sentence.",
       "Holmes, | =*the convicted fraudster behind Theranos, | was ordered on Tuesday | to begin her sentence."},
      // An infinitive is a clause of its own; "to" before a figure or a noun is not.
      {"She was ordered on Tuesday to begin her sentence.", "She was ordered on Tuesday | to begin her sentence."},
      {"The toll rose to 589 and spread to Qiaojia.", "The toll rose to 589 | and spread to Qiaojia."},
      {"It brought the toll to close to 600.", "It brought the toll to close to 600."},
      // A comma between two names joins them.
      {"She had to report to a camp in Bryan, Texas on April 25.",
       "She had | to report to a camp in Bryan, Texas on April 25."},
      {"On Tuesday, Pakistan received $2 billion.", "On Tuesday, Pakistan received $2 billion."},
      // A parenthesis is one aside, "or" inside it no second one.
      {"It will be SDR894 million (or about $1.2 billion).", "It will be SDR894 million | (or about $1.2 billion) | ."},
      // After "and", a noun with its own verb is another statement.
      {"It approved $3 billion and immediate disbursement will be $1.2 billion.",
       "It approved $3 billion || and immediate disbursement will be $1.2 billion."},
  };
  for (const Row& row : rows) {
    CAPTURE(row.sentence);
    CHECK(cuts(row.sentence) == row.cuts);
  }
}

}  // namespace
}  // namespace factlint::claims
