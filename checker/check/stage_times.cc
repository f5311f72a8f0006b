#include "checker/check/stage_times.h"

namespace factlint::check {

std::string_view stage_name(Stage stage) {
  switch (stage) {
    case Stage::kRead: return "reading";
    case Stage::kCache: return "the cache";
    case Stage::kLoad: return "front matter and markup";
    case Stage::kScope: return "scope";
    case Stage::kSentences: return "sentences";
    case Stage::kCues: return "cues";
    case Stage::kFacts: return "claims and facts";
    case Stage::kSpellings: return "spellings";
    case Stage::kPossibleMisspellings: return "possible misspellings";
    case Stage::kCount: break;
  }
  return "?";
}

}  // namespace factlint::check
