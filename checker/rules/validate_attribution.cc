// attribution: where a figure must be credited, for a whole sheet or one fact.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "checker/rules/validate_sheet.h"
#include "checker/util/edit_distance.h"

namespace factlint::rules {

namespace {

constexpr std::array<std::string_view, 2> kPolicyKeys = {"within", "display"};
constexpr std::array<std::string_view, 3> kWithin = {"sentence", "paragraph", "article"};

}  // namespace

AttributionPolicy read_attribution_policy(YamlReader& reader, const YamlEntry& entry) {
  AttributionPolicy policy;
  if (!reader.is_map(entry, "a map with 'within' and 'display'",
                     "e.g. 'attribution: {within: paragraph}'"))
    return policy;
  const YamlMap map = reader.read_map(entry.value, kPolicyKeys, "'attribution'");
  if (const YamlEntry* within = map.find("within")) {
    if (auto text = reader.string(*within)) {
      const auto it = std::find(kWithin.begin(), kWithin.end(), text->value);
      if (it != kWithin.end()) {
        policy.within = static_cast<Within>(it - kWithin.begin());
      } else {
        const std::optional<std::string> guess = util::closest(text->value, kWithin);
        reader.error(text->where, fmt::format("unknown attribution scope '{}'", text->value),
                     guess ? fmt::format("did you mean '{}'?", *guess)
                           : std::string("use sentence, paragraph or article"));
      }
    }
  }
  if (const YamlEntry* display = map.find("display")) policy.display = reader.boolean(*display);
  return policy;
}

}  // namespace factlint::rules
