// compare_expectations: a fixture's expect comments against what it reported.
#include <algorithm>
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "checker/findings/expectations.h"
#include "checker/findings/suppress.h"

namespace factlint::findings {

namespace {

// Runs of white space as one space: a finding's text may run over a line break.
std::string squeeze(std::string_view text) {
  std::string out;
  for (char c : text) {
    bool blank = c == ' ' || c == '\t' || c == '\r' || c == '\n';
    if (blank) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool satisfies(const Finding& f, const Expectation& e) {
  return e.kind && *e.kind == f.kind && id_matches(e.rule, f.rule) && (e.at.empty() || squeeze(e.at) == squeeze(f.found));
}

std::string describe(const Finding& f) { return fmt::format("{} {} '{}'", kind_name(f.kind), f.rule, f.found); }

std::string describe(const Expectation& e) {
  std::string text = fmt::format("{} {}", kind_name(*e.kind), e.rule);
  if (!e.at.empty()) text += fmt::format(" at '{}'", e.at);
  return text;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : "; ") + item;
  return out;
}

std::string short_rule(std::string_view rule) {
  std::size_t slash = rule.find('/');
  return std::string(slash == std::string_view::npos ? rule : rule.substr(slash + 1));
}

}  // namespace

std::vector<ExpectationFailure> compare_expectations(const std::vector<Expectation>& expectations,
                                                     const std::vector<Finding>& findings, std::string_view file) {
  std::map<int, std::vector<const Expectation*>> by_line;
  for (const Expectation& e : expectations) by_line[e.line].push_back(&e);
  std::vector<bool> used(findings.size(), false);
  std::vector<ExpectationFailure> failures;

  for (auto& [line, list] : by_line) {
    std::vector<std::size_t> on_line;
    for (std::size_t i = 0; i < findings.size(); ++i) {
      if (findings[i].line == line) on_line.push_back(i);
    }
    // Expectations that pin the text first, so a looser one cannot take their finding.
    std::stable_sort(list.begin(), list.end(),
                     [](const Expectation* a, const Expectation* b) { return !a->at.empty() && b->at.empty(); });
    std::vector<const Expectation*> missing;
    bool nothing = false;
    for (const Expectation* e : list) {
      if (!e->kind) {
        nothing = true;
        continue;
      }
      auto match = std::find_if(on_line.begin(), on_line.end(),
                                [&](std::size_t i) { return !used[i] && satisfies(findings[i], *e); });
      if (match == on_line.end()) {
        missing.push_back(e);
      } else {
        used[*match] = true;
      }
    }
    // What the line gave instead goes with the expectation it disappoints.
    std::vector<std::string> instead;
    for (std::size_t i : on_line) {
      if (used[i]) continue;
      instead.push_back(describe(findings[i]));
      if (!missing.empty() || nothing) used[i] = true;
    }
    SourceLocation where{std::string(file), line, list.front()->column};
    for (const Expectation* e : missing) {
      failures.push_back({where, fmt::format("expected {} on this line, got {}", describe(*e),
                                             instead.empty() ? "nothing" : join(instead)),
                          {},
                          instead.empty()});
    }
    if (nothing && !instead.empty()) {
      failures.push_back({where, fmt::format("expected nothing on this line, got {}", join(instead)), {}, false});
    }
  }

  for (std::size_t i = 0; i < findings.size(); ++i) {
    if (used[i]) continue;
    const Finding& f = findings[i];
    failures.push_back({{std::string(file), f.line, f.column},
                        fmt::format("unexpected {}", describe(f)),
                        fmt::format("if it is right, pin it with '<!-- expect: {} {} -->' on the line before",
                                    kind_name(f.kind), short_rule(f.rule)),
                        false});
  }
  std::stable_sort(failures.begin(), failures.end(), [](const ExpectationFailure& a, const ExpectationFailure& b) {
    return std::tie(a.where.line, a.where.column) < std::tie(b.where.line, b.where.column);
  });
  return failures;
}

}  // namespace factlint::findings
