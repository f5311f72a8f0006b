// The SARIF 2.1.0 report, shaped for GitHub code scanning
// (github/codeql-action/upload-sarif): one rule per fact or person, results
// located in UTF-16 columns, paths relative to %SRCROOT%, and GitHub's limit of
// 25,000 results a run kept with a notification saying what was left out.
#include <filesystem>
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "checker/findings/fingerprint.h"
#include "checker/report/markdown.h"
#include "checker/report/json_stream.h"
#include "checker/report/report.h"
#include "checker/report/utf16_columns.h"

namespace factlint::report {

namespace {

using Json = nlohmann::ordered_json;

// GitHub code scanning rejects a run with more results than this.
constexpr std::size_t kMaxResults = 25000;
constexpr std::string_view kSchema = "https://json.schemastore.org/sarif-2.1.0.json";

std::string_view level(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "note";
  }
  return "warning";
}

// Percent-encodes what a URI path may not hold as it is (RFC 3986: all but
// unreserved characters and '/'); UTF-8 bytes are encoded one by one.
std::string uri_path(std::string_view path) {
  std::string out;
  for (char ch : path) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out += ch;
    } else {
      out += fmt::format("%{:02X}", c);
    }
  }
  return out;
}

Json artifact_location(std::string_view file) {
  if (file.starts_with("/")) return {{"uri", "file://" + uri_path(file)}};  // outside the checkout
  while (file.starts_with("./")) file.remove_prefix(2);
  return {{"uri", uri_path(file)}, {"uriBaseId", "%SRCROOT%"}};
}

std::string source_root_uri(const ReportOptions& options) {
  std::string root = options.source_root;
  if (root.empty()) {
    std::error_code ec;
    root = std::filesystem::current_path(ec).string();
    if (ec) root = "/";
  }
  if (!root.ends_with('/')) root += '/';
  return "file://" + uri_path(root);
}

// "trade-growth" -> "TradeGrowth": SARIF's name is an identifier-like word.
std::string camel(std::string_view id) {
  std::string out;
  bool upper = true;
  for (char c : id) {
    if (!std::isalnum(static_cast<unsigned char>(c))) {
      upper = true;
      continue;
    }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return out.empty() ? "Fact" : out;
}

Json rule_json(const RuleInfo& r) {
  std::string_view id = r.id;
  std::size_t slash = id.rfind('/');
  std::string_view sheet_id = slash == std::string_view::npos ? "" : id.substr(0, slash);
  std::string_view fact_id = slash == std::string_view::npos ? id : id.substr(slash + 1);
  const bool person = fact_id.starts_with("people.") || fact_id.starts_with("sources.");
  std::string name = person ? "Spelling" + camel(fact_id.substr(fact_id.find('.') + 1)) : camel(fact_id);
  std::string short_text = r.short_text.empty() ? r.id : r.short_text;
  std::string full_text = r.full_text.empty() ? short_text : r.full_text;

  std::string help = full_text;
  std::string help_md = "**" + markdown_escape(short_text) + "**";
  if (full_text != short_text) help_md += "\n\n" + markdown_escape(full_text);
  if (!r.sheet.empty()) {
    std::string line = r.line > 0 ? fmt::format(", line {}", r.line) : "";
    help += fmt::format("\nDeclared in {}{}.", r.sheet, line);
    help_md += fmt::format("\n\nDeclared in {}{}.", markdown_escape(r.sheet), line);
  }
  std::string_view advice = person ? "Correct the spelling in the article."
                                   : "Correct the article, or update the fact sheet if the fact has changed.";
  help += fmt::format("\n{}", advice);
  help_md += fmt::format("\n\n{}", advice);

  Json tags = Json::array({"factlint", person ? "spelling" : "fact"});
  if (!sheet_id.empty()) tags.push_back(sheet_id);
  return {{"id", r.id},
          {"name", name},
          {"shortDescription", {{"text", short_text}}},
          {"fullDescription", {{"text", full_text}}},
          {"help", {{"text", help}, {"markdown", help_md}}},
          {"defaultConfiguration", {{"level", level(r.severity)}}},
          {"properties", {{"tags", std::move(tags)}}}};
}

// driver.rules: every rule the options describe, then any rule a finding
// names that they do not (so ruleIndex always points at a rule).
struct Rules {
  Json list = Json::array();
  std::map<std::string, int, std::less<>> index;

  void add(const RuleInfo& r) {
    if (index.contains(r.id)) return;
    index.emplace(r.id, static_cast<int>(list.size()));
    list.push_back(rule_json(r));
  }
};

// The schema wants every number >= 1: a finding without a place in the file
// (none today) gets only what it has.
Json region(const Finding& f) {
  Json region = {{"startLine", std::max(1, f.line)}};
  if (f.line >= 1 && f.column >= 1 && f.end_line >= f.line && f.end_column >= 1) {
    Utf16Region r = utf16_region(f);
    region["startColumn"] = r.column;
    region["endLine"] = f.end_line;
    region["endColumn"] = std::max(1, r.end_column);
  }
  if (!f.found.empty()) region["snippet"] = {{"text", f.found}};
  return region;
}

Json notification(std::string_view lvl, std::string text) {
  return {{"level", lvl}, {"message", {{"text", std::move(text)}}}};
}

Json notification_at(std::string_view lvl, std::string text, const std::string& file, int line) {
  Json n = notification(lvl, std::move(text));
  Json physical = {{"artifactLocation", artifact_location(file)}};
  if (line > 0) physical["region"] = {{"startLine", line}};
  n["locations"] = Json::array({{{"physicalLocation", std::move(physical)}}});
  return n;
}

}  // namespace

void write_sarif(const FindingLog& findings, const Summary& summary, const ReportOptions& options,
                 std::ostream& out) {
  Rules rules;
  for (const RuleInfo& r : options.rules) rules.add(r);
  std::size_t kept = std::min(findings.size(), kMaxResults);
  std::size_t seen_rules = 0;  // the findings are read in turn (they may be read back from a file)
  for (const Finding& f : findings) {
    if (seen_rules++ == kept) break;
    if (!rules.index.contains(f.rule)) rules.add(RuleInfo{f.rule, f.rule, "", f.source, f.severity, "", 0});
  }

  Json notifications = Json::array();
  if (kept < findings.size()) {
    notifications.push_back(notification(
        "warning", fmt::format("factlint found {} findings; GitHub code scanning accepts at most {} results a run, "
                               "so this report holds the first {} (sorted by file, line and column) and leaves out "
                               "{}. The text or JSON report lists them all.",
                               findings.size(), kMaxResults, kept, findings.size() - kept)));
  }
  for (const SkippedFile& s : summary.skipped_files)
    notifications.push_back(notification_at("warning", "skipped: " + s.reason, s.file, 0));
  for (const Notice& n : summary.notices) notifications.push_back(notification_at("note", n.message, n.file, n.line));
  Json invocation = {{"executionSuccessful", true}};
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);

  Json driver = {{"name", "factlint"}};
  if (!options.tool_version.empty()) {
    driver["version"] = options.tool_version;
    driver["semanticVersion"] = options.tool_version;
  }
  driver["rules"] = std::move(rules.list);

  // Written as it goes (json_stream.h): the results one at a time.
  // Paths on disk need not be UTF-8: bad bytes are replaced rather than thrown at.
  JsonStream json(out);
  json.begin_object();
  json.key("$schema");
  json.value(kSchema);
  json.key("version");
  json.value("2.1.0");
  json.key("runs");
  json.begin_array();
  json.begin_object();
  json.key("tool");
  json.value({{"driver", std::move(driver)}});
  json.key("invocations");
  json.value(Json::array({std::move(invocation)}));
  json.key("originalUriBaseIds");
  json.value({{"%SRCROOT%", {{"uri", source_root_uri(options)}}}});
  json.key("results");
  json.begin_array();
  std::map<std::string, int> seen;  // fingerprint -> occurrences so far
  std::size_t written = 0;
  for (const Finding& f : findings) {
    if (written++ == kept) break;
    std::string message = f.message;
    if (!f.source.empty()) message += fmt::format(" (source: {})", f.source);
    std::string print = fingerprint(f);
    int occurrence = ++seen[print];  // GitHub's own "hash:occurrence" form
    Json properties = {{"kind", kind_name(f.kind)}, {"found", f.found}, {"expected", f.expected}};
    if (!f.source.empty()) properties["source"] = f.source;
    json.value(
        {{"ruleId", f.rule},
         {"ruleIndex", rules.index.find(f.rule)->second},
         {"level", level(f.severity)},
         {"message", {{"text", message}}},
         {"locations",
          Json::array({{{"physicalLocation", {{"artifactLocation", artifact_location(f.file)}, {"region", region(f)}}}}})},
         {"partialFingerprints", {{"primaryLocationLineHash", fmt::format("{}:{}", print, occurrence)}}},
         {"properties", std::move(properties)}});
  }
  json.end_array();
  json.key("columnKind");
  json.value("utf16CodeUnits");
  json.end_object();
  json.end_array();
  json.end_object();
  out << '\n';
}

}  // namespace factlint::report
