// facts: what the sheet declares, each with the cues that find its mentions
// and the value(s) a mention must agree with.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

#include "checker/extract/value.h"
#include "checker/rules/validate_sheet.h"
#include "checker/util/edit_distance.h"
#include "checker/util/moment.h"

namespace factlint::rules {

namespace {

constexpr std::array<std::string_view, 12> kFactKeys = {"id",      "claim",    "cues",     "unless",
                                                        "expect",  "pattern",  "said_by",  "tolerance",
                                                        "source",  "severity", "part",     "attribution"};
constexpr std::array<std::string_view, 5> kEntryKeys = {"value", "as_of", "said_by", "source", "withdrawn"};
constexpr std::array<std::string_view, 3> kSeverities = {"error", "warning", "info"};
constexpr std::string_view kValueSlot = "{value}";

std::optional<Tolerance> parse_tolerance(std::string_view text) {
  Tolerance tolerance;
  if (text.ends_with('%')) {
    tolerance.relative = true;
    text.remove_suffix(1);
    while (text.ends_with(' ')) text.remove_suffix(1);
  }
  double amount = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), amount);
  if (text.empty() || error != std::errc{} || end != text.data() + text.size() ||
      !std::isfinite(amount) || amount < 0) {
    return std::nullopt;
  }
  tolerance.amount = tolerance.relative ? amount / 100 : amount;
  return tolerance;
}

std::size_t count_slots(std::string_view pattern) {
  std::size_t count = 0;
  for (std::size_t at = pattern.find(kValueSlot); at != std::string_view::npos;
       at = pattern.find(kValueSlot, at + kValueSlot.size())) {
    ++count;
  }
  return count;
}

class FactReader {
 public:
  FactReader(YamlReader& reader, const std::vector<Person>& people, const extract::ParseContext& values)
      : reader_(reader), people_(people), values_(values) {}

  // `key` is the `facts:` key, where an empty entry is reported: a bare `-`
  // is marked at the token after it.
  std::optional<Fact> read(const YamlNode& key, const YamlNode& node,
                           std::vector<Fact>& earlier) {
    Fact fact;
    fact.where = reader_.at(node);
    if (node.is_null()) {
      reader_.error(reader_.at(key), "empty entry in 'facts'", "start each fact with '- id:'");
      return std::nullopt;
    }
    if (!node.is_map()) {
      reader_.error(fact.where,
                    fmt::format("each fact must be a map of keys, not {}", yaml_type_name(node)),
                    "start each fact with '- id:'");
      return std::nullopt;
    }
    const YamlMap map = reader_.read_map(node, kFactKeys, "a fact");
    read_id(map, fact, earlier);
    const std::string owner = fact.id.empty() ? "fact" : fmt::format("fact '{}'", fact.id);
    if (const YamlEntry* claim = map.find("claim")) {
      if (auto text = reader_.string(*claim)) fact.claim = text->value;
    }
    if (reader_.require(map, "cues", fact.where, owner)) read_cues(*map.find("cues"), fact);
    if (const YamlEntry* unless = map.find("unless")) {
      if (auto list = reader_.string_list(*unless, "patterns")) fact.unless = std::move(*list);
    }
    if (reader_.require(map, "expect", fact.where, owner)) read_expect(*map.find("expect"), fact);
    if (const YamlEntry* pattern = map.find("pattern")) read_pattern(*pattern, fact);
    if (const YamlEntry* said_by = map.find("said_by")) read_said_by(*said_by, fact);
    if (const YamlEntry* tolerance = map.find("tolerance")) read_tolerance(*tolerance, fact);
    if (const YamlEntry* source = map.find("source")) {
      if (auto text = reader_.string(*source)) fact.source = text->value;
    }
    if (const YamlEntry* severity = map.find("severity")) read_severity(*severity, fact);
    if (const YamlEntry* policy = map.find("attribution"))
      fact.attribution = read_attribution_policy(reader_, *policy);
    if (const YamlEntry* part = map.find("part")) {
      if (std::optional<bool> flag = reader_.boolean(*part)) fact.part = *flag;
    }
    return fact;
  }

 private:
  void read_id(const YamlMap& map, Fact& fact, const std::vector<Fact>& earlier) {
    if (!reader_.require(map, "id", fact.where, "fact")) return;
    std::optional<Located<std::string>> id = reader_.string(*map.find("id"));
    if (!id) return;
    if (!is_valid_fact_id(id->value)) {
      reader_.error(id->where, fmt::format("invalid fact id '{}'", id->value),
                    "use lower-case letters, digits, '-' and '_', starting with a letter or digit");
    }
    const auto same = std::find_if(earlier.begin(), earlier.end(),
                                   [&](const Fact& other) { return other.id == id->value; });
    if (same != earlier.end()) {
      reader_.error(id->where, fmt::format("duplicate fact id '{}'", id->value),
                    fmt::format("first used at line {}", same->where.line));
    }
    fact.id = id->value;
  }

  void read_cues(const YamlEntry& entry, Fact& fact) {
    std::optional<std::vector<Located<std::string>>> cues = reader_.string_list(entry, "patterns");
    if (!cues) return;
    if (cues->empty()) {
      reader_.error(reader_.at(entry.value), "'cues' must not be empty",
                    "list at least one pattern that a sentence mentioning the fact matches");
    }
    fact.cues = std::move(*cues);
  }

  void read_expect(const YamlEntry& entry, Fact& fact) {
    if (entry.value.is_list() &&
        std::any_of(entry.value.begin(), entry.value.end(), [](const YamlNode& n) { return n.is_map(); })) {
      read_entries(entry, fact);
      return;
    }
    std::optional<std::vector<Located<std::string>>> values = reader_.string_list(entry, "values");
    if (!values) return;
    if (values->empty()) {
      reader_.error(reader_.at(entry.value), "'expect' must not be empty",
                    "give the value, or a list of values any one of which is consistent");
    }
    for (const Located<std::string>& text : *values) add_value(text, fact);
  }

  bool add_value(const Located<std::string>& text, Fact& fact) {
    extract::ExpectParse parsed = extract::parse_expect_explained(text.value, values_);
    if (parsed.value) {
      fact.expect.push_back(*parsed.value);
      fact.expect_text.push_back(text.value);
      return true;
    }
    reader_.error(text.where, fmt::format("cannot read expect value '{}': {}", text.value, parsed.reason),
                  "write one value, e.g. 46%, 50,000 doses, 2021-04-06, 2 days, since 2012, "
                  "US$100 billion, SDR 2,250 million, 10 km, magnitude 6.1, mid-July 2023, "
                  "16:30 local time or 2014-08-03T16:30+08:00");
    return false;
  }

  // `expect:` as a list of entries, each a value or a map:
  //   - {value: 398, as_of: 2014-08-04T20:00+08:00, said_by: xinhua, source: Xinhua}
  void read_entries(const YamlEntry& entry, Fact& fact) {
    for (const YamlNode item : entry.value) {
      ExpectEntry e;
      e.where = reader_.at(item);
      if (!item.is_map()) {
        YamlEntry scalar{"expect", entry.key, item};
        std::optional<Located<std::string>> text = reader_.string(scalar);
        if (text && add_value(*text, fact)) fact.entries.push_back(std::move(e));
        continue;
      }
      const YamlMap map = reader_.read_map(item, kEntryKeys, "an entry of 'expect'");
      if (const YamlEntry* as_of = map.find("as_of")) read_as_of(*as_of, e);
      if (const YamlEntry* said_by = map.find("said_by")) {
        if (auto id = reader_.string(*said_by); id && known_person(*id, "said_by")) e.said_by = id->value;
      }
      if (const YamlEntry* source = map.find("source")) {
        if (auto text = reader_.string(*source)) e.source = text->value;
      }
      if (const YamlEntry* withdrawn = map.find("withdrawn")) {
        read_withdrawal(map, *withdrawn, e, fact);
        continue;
      }
      if (!reader_.require(map, "value", e.where, "an entry of 'expect'")) continue;
      std::optional<Located<std::string>> text = reader_.string(*map.find("value"));
      if (text && add_value(*text, fact)) fact.entries.push_back(std::move(e));
    }
    if (fact.entries.size() != fact.expect.size()) return;  // errors reported
    fact.timeline = !fact.withdrawals.empty() ||
                    std::any_of(fact.entries.begin(), fact.entries.end(), [](const ExpectEntry& e) { return e.as_of.has_value(); });
    if (fact.entries.empty()) {  // nothing to judge against
      if (entry.value.size() == fact.withdrawals.size())
        reader_.error(reader_.at(entry.value), "'expect' has withdrawals and no value", "give at least one value");
      return;
    }
    if (fact.timeline) link_timeline(fact);
    index_entries(fact);
  }

  static void index_entries(Fact& fact) {
    using extract::Hedge;
    using extract::ValueKind;
    const std::size_t n = fact.entries.size();
    for (const ExpectEntry& e : fact.entries)
      if (!e.said_by.empty()) fact.bound_sources.push_back(e.said_by);
    std::sort(fact.bound_sources.begin(), fact.bound_sources.end());
    fact.bound_sources.erase(std::unique(fact.bound_sources.begin(), fact.bound_sources.end()), fact.bound_sources.end());
    fact.by_start.resize(n);
    for (std::size_t i = 0; i < n; ++i) fact.by_start[i] = i;
    if (fact.timeline)
      std::stable_sort(fact.by_start.begin(), fact.by_start.end(), [&](std::size_t a, std::size_t b) {
        return fact.entries[a].start.earliest < fact.entries[b].start.earliest;
      });
    const bool plain = std::all_of(fact.expect.begin(), fact.expect.end(), [](const extract::Value& v) {
      const bool kind = v.kind == ValueKind::kNumber || v.kind == ValueKind::kCount || v.kind == ValueKind::kMoney ||
                        v.kind == ValueKind::kPercent || v.kind == ValueKind::kYear;  // `expect: 1500` reads as a year
      const bool hedge = v.hedge == Hedge::kNone || v.hedge == Hedge::kApprox || v.hedge == Hedge::kNearly;
      return kind && hedge && v.number >= 0 && v.direction == extract::Direction::kNone;
    });
    if (!plain) return;
    fact.approximate_entries = std::any_of(fact.expect.begin(), fact.expect.end(), [](const extract::Value& v) {
      return v.hedge != Hedge::kNone;
    });
    fact.by_number = fact.by_start;
    std::stable_sort(fact.by_number.begin(), fact.by_number.end(),
                     [&](std::size_t a, std::size_t b) { return fact.expect[a].number < fact.expect[b].number; });
  }

  // {withdrawn: true, as_of: 2023-09-17, said_by: red-crescent}
  void read_withdrawal(const YamlMap& map, const YamlEntry& flag, const ExpectEntry& e, Fact& fact) {
    const std::optional<bool> yes = reader_.boolean(flag);
    if (!yes) return;
    if (!*yes) {
      reader_.error(reader_.at(flag.value), "'withdrawn: false' says nothing",
                    "delete the entry, or write 'withdrawn: true' with the date the figure was taken back");
      return;
    }
    if (map.find("value")) {
      reader_.error(e.where, "an entry is a value or a withdrawal, not both",
                    "a withdrawal ends the source's figure without giving another: drop 'value', or drop 'withdrawn'");
      return;
    }
    if (!e.as_of) {
      if (!map.find("as_of"))
        reader_.error(e.where, "a withdrawal needs 'as_of'", "say when the figure was taken back, e.g. as_of: 2023-09-17");
      return;
    }
    fact.withdrawals.push_back({*e.as_of, e.said_by, e.where, {}});
  }

  void read_as_of(const YamlEntry& entry, ExpectEntry& e) {
    std::optional<Located<std::string>> text = reader_.string(entry);
    if (!text) return;
    std::string why;
    if (auto t = parse_date_time(text->value, &why)) {
      if (t->minutes && !t->utc_offset) {
        reader_.error(text->where, fmt::format("'as_of: {}' has a time but no zone", text->value),
                      fmt::format("add the zone the time is in, e.g. {}+08:00 or {}Z", text->value, text->value));
        return;
      }
      e.as_of = *t;
    } else {
      reader_.error(text->where, fmt::format("cannot read 'as_of: {}': {}", text->value, why),
                    "write a date (2014-08-06) or a date-time with its zone (2014-08-06T08:00+08:00)");
    }
  }

  bool known_person(const Located<std::string>& id, std::string_view key) {
    std::vector<std::string_view> known;
    for (const Person& person : people_) known.push_back(person.id);
    if (std::find(known.begin(), known.end(), id.value) != known.end()) return true;
    std::string hint;
    if (known.empty()) {
      hint = "declare the person under 'people:' first";
    } else if (std::optional<std::string> guess = util::closest(id.value, known)) {
      hint = fmt::format("did you mean '{}'?", *guess);
    } else {
      hint = fmt::format("people declared in this sheet: {}", fmt::join(known, ", "));
    }
    reader_.error(id.where, fmt::format("unknown person '{}' in {}", id.value, key), std::move(hint));
    return false;
  }

  // Every entry of a timeline has `as_of`, and each is replaced by the next
  // entry of its line (rules::same_line) and quantity (same_quantity), which
  // must not be dated before it.
  void link_timeline(Fact& fact) {
    for (const ExpectEntry& e : fact.entries) {
      if (e.as_of && e.as_of->utc_offset) {
        fact.timeline_zone = *e.as_of->utc_offset;
        break;
      }
    }
    bool complete = true;
    for (ExpectEntry& e : fact.entries) {
      if (!e.as_of) {
        reader_.error(e.where, "this entry has no 'as_of', and others in the list do",
                      "in a timeline every value says from when it holds, e.g. "
                      "{value: 398, as_of: 2014-08-04T20:00+08:00}");
        complete = false;
        continue;
      }
      e.start = span_of(*e.as_of, fact.timeline_zone);
    }
    if (!complete) return;
    for (Withdrawal& w : fact.withdrawals) w.start = span_of(w.as_of, fact.timeline_zone);
    for (std::size_t i = 0; i < fact.entries.size(); ++i) {
      ExpectEntry& e = fact.entries[i];
      for (std::size_t j = i + 1; j < fact.entries.size(); ++j) {
        const ExpectEntry& later = fact.entries[j];
        if (!same_line(e, later) || !same_quantity(fact.expect[i], fact.expect[j])) continue;
        e.next = static_cast<int>(j);
        if (later.start.latest < e.start.earliest) {
          reader_.error(later.where,
                        fmt::format("this entry (as of {}) is earlier than the one on line {} (as of {})",
                                    to_text(*later.as_of), e.where.line, to_text(*e.as_of)),
                        "list a timeline in time order, oldest first; check the date for a typo");
        } else if (is_moment(*e.as_of) && later.start == e.start) {
          if (fact.expect_text[i] != fact.expect_text[j]) {
            reader_.error(later.where,
                          fmt::format("two figures at the same moment: '{}' here and '{}' on line {}, both as of {}",
                                      fact.expect_text[j], fact.expect_text[i], e.where.line, to_text(*e.as_of)),
                          "keep the one that was announced last, or give each the time it was announced");
          } else {
            reader_.warning(later.where,
                            fmt::format("'{}' as of {} is listed twice (line {})", fact.expect_text[j],
                                        to_text(*e.as_of), e.where.line),
                            "delete one of them");
          }
        }
        break;
      }
      if (e.next >= 0) e.until = fact.entries[static_cast<std::size_t>(e.next)].start.latest;
      // A withdrawal by its source (or of the story's figure) after it, before anything replaced it.
      for (const Withdrawal& w : fact.withdrawals) {
        if (!same_line(e.said_by, w.said_by) || w.start.latest < e.start.earliest || w.start.latest >= e.until) continue;
        e.until = w.start.latest;
        e.withdrawn = w.as_of;
      }
    }
  }

  void read_pattern(const YamlEntry& entry, Fact& fact) {
    std::optional<Located<std::string>> pattern = reader_.string(entry);
    if (!pattern) return;
    const std::size_t slots = count_slots(pattern->value);
    if (slots == 0) {
      reader_.error(pattern->where,
                    fmt::format("pattern '{}' has no {{value}} slot", pattern->value),
                    "mark where the value stands, e.g. '(?:in|since) {value}'");
    } else if (slots > 1) {
      reader_.error(pattern->where,
                    fmt::format("pattern '{}' has {} {{value}} slots", pattern->value, slots),
                    "a pattern pins one value; keep exactly one {value}");
    }
    fact.pattern = std::move(*pattern);
  }

  void read_said_by(const YamlEntry& entry, Fact& fact) {
    std::optional<std::vector<Located<std::string>>> ids = reader_.string_list(entry, "person ids");
    if (!ids) return;
    for (const Located<std::string>& id : *ids) {
      if (known_person(id, "said_by")) fact.said_by.push_back(id.value);
    }
  }

  void read_tolerance(const YamlEntry& entry, Fact& fact) {
    std::optional<Located<std::string>> text = reader_.string(entry);
    if (!text) return;
    if (std::optional<Tolerance> tolerance = parse_tolerance(text->value)) {
      fact.tolerance = *tolerance;
    } else {
      reader_.error(text->where, fmt::format("invalid tolerance '{}'", text->value),
                    "write an absolute amount such as 0.5 or a relative one such as 1%");
    }
  }

  void read_severity(const YamlEntry& entry, Fact& fact) {
    std::optional<Located<std::string>> text = reader_.string(entry);
    if (!text) return;
    if (text->value == "error") {
      fact.severity = Severity::kError;
    } else if (text->value == "warning") {
      fact.severity = Severity::kWarning;
    } else if (text->value == "info") {
      fact.severity = Severity::kInfo;
    } else {
      std::optional<std::string> guess = util::closest(text->value, kSeverities);
      reader_.error(text->where, fmt::format("unknown severity '{}'", text->value),
                    guess ? fmt::format("did you mean '{}'?", *guess)
                          : std::string("use error, warning or info"));
    }
  }

  YamlReader& reader_;
  const std::vector<Person>& people_;
  const extract::ParseContext& values_;
};

}  // namespace

bool same_quantity(const extract::Value& a, const extract::Value& b) {
  using extract::ValueKind;
  auto countish = [](ValueKind k) { return k == ValueKind::kNumber || k == ValueKind::kCount; };
  if (countish(a.kind) && countish(b.kind))
    return a.kind != b.kind || a.kind != ValueKind::kCount || extract::singular_unit(a.unit) == extract::singular_unit(b.unit);
  if (a.kind != b.kind) return false;
  if (a.kind == ValueKind::kMoney) return a.unit == b.unit;
  if (a.kind == ValueKind::kMeasure) {
    const auto ua = extract::measure_unit(a.unit), ub = extract::measure_unit(b.unit);
    return ua && ub && ua->dimension == ub->dimension;
  }
  return true;
}

std::vector<Fact> read_facts(YamlReader& reader, const YamlEntry& entry,
                             const std::vector<Person>& people, const extract::ParseContext& values) {
  std::vector<Fact> facts;
  if (!reader.is_list(entry, "a list of facts", "start each fact with '- id:'")) return facts;
  if (entry.value.size() == 0) {
    reader.error(reader.at(entry.value), "'facts' must not be empty",
                 "a fact sheet declares at least one fact");
    return facts;
  }
  FactReader fact_reader(reader, people, values);
  for (const YamlNode node : entry.value) {
    if (std::optional<Fact> fact = fact_reader.read(entry.key, node, facts))
      facts.push_back(std::move(*fact));
  }
  return facts;
}

}  // namespace factlint::rules
