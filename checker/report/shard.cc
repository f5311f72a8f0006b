#include "checker/report/shard.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "checker/report/json_stream.h"

namespace factlint::report {

namespace {

using Json = nlohmann::ordered_json;
constexpr int kShardFormat = 1;

std::optional<Severity> severity_from(std::string_view name) {
  for (Severity s : {Severity::kError, Severity::kWarning, Severity::kInfo}) {
    if (severity_name(s) == name) return s;
  }
  return std::nullopt;
}

std::optional<FindingKind> kind_from(std::string_view name) {
  for (FindingKind k : kFindingKinds) {
    if (kind_name(k) == name) return k;
  }
  return std::nullopt;
}

Json file_reasons(const std::vector<SkippedFile>& files) {
  Json list = Json::array();
  for (const SkippedFile& f : files) list.push_back({{"file", f.file}, {"reason", f.reason}});
  return list;
}

std::vector<SkippedFile> file_reasons(const Json& list) {
  std::vector<SkippedFile> out;
  for (const Json& f : list) out.push_back({f.at("file").get<std::string>(), f.at("reason").get<std::string>()});
  return out;
}

}  // namespace

int shard_of(std::string_view path, int count) {
  std::uint64_t hash = 14695981039346656037ull;  // FNV-1a, 64 bit
  for (unsigned char c : path) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return count <= 1 ? 0 : static_cast<int>(hash % static_cast<std::uint64_t>(count));
}

void write_shard(const FindingLog& findings, const Summary& summary, const ReportOptions& options,
                 std::ostream& out) {
  // Streamed a member at a time, a finding at a time: byte for byte the
  // dump(1) of the whole document, without a JSON copy of every finding.
  JsonStream json(out, 1);
  json.begin_object();
  json.key("factlint-shard");
  json.value(kShardFormat);
  json.key("tool_version");
  json.value(options.tool_version);
  json.key("shard");
  json.value({{"index", options.shard_index}, {"count", options.shard_count}});
  json.key("fail_at");
  json.value(options.fail_at ? Json(severity_name(*options.fail_at)) : Json(nullptr));
  json.key("articles");
  json.value(options.articles);
  json.key("sheets");
  json.value(options.sheets);
  json.key("rules");
  json.begin_array();
  for (const RuleInfo& r : options.rules) {
    json.value({{"id", r.id}, {"short_text", r.short_text}, {"full_text", r.full_text}, {"source", r.source},
                {"severity", severity_name(r.severity)}, {"sheet", r.sheet}, {"line", r.line}});
  }
  json.end_array();
  json.key("summary");
  json.value({{"articles", summary.articles}, {"suppressed", summary.suppressed}, {"baselined", summary.baselined}});
  json.key("findings");
  json.begin_array();
  for (const Finding& f : findings) {
    json.value({{"file", f.file}, {"line", f.line}, {"column", f.column}, {"end_line", f.end_line},
                {"end_column", f.end_column}, {"severity", severity_name(f.severity)},
                {"kind", kind_name(f.kind)}, {"rule", f.rule}, {"message", f.message}, {"found", f.found},
                {"expected", f.expected}, {"source", f.source}, {"sentence", f.sentence},
                {"highlight_begin", f.highlight_begin}, {"highlight_end", f.highlight_end},
                {"utf16_column", f.utf16_column}, {"detail", f.detail}});
  }
  json.end_array();
  json.key("skipped");
  json.value(file_reasons(summary.skipped_files));
  json.key("notices");
  json.begin_array();
  for (const Notice& n : summary.notices) {
    json.value({{"file", n.file}, {"line", n.line}, {"column", n.column}, {"message", n.message}});
  }
  json.end_array();
  json.key("uncovered");
  json.value(file_reasons(summary.uncovered));
  json.end_object();
  out << '\n';
}

std::optional<Shard> read_shard(const std::string& path, std::string_view text, Diagnostics& diags) {
  Json shard = Json::parse(text, nullptr, false);
  if (shard.is_discarded() || !shard.is_object() || !shard.contains("factlint-shard")) {
    diags.error({path}, "not a shard file", "write one with 'factlint check --shard I/N --report shard=PATH'");
    return std::nullopt;
  }
  if (shard["factlint-shard"] != kShardFormat) {
    diags.error({path}, fmt::format("shard file format {} is not the one this factlint reads ({})",
                                    shard["factlint-shard"].dump(), kShardFormat),
                "write the shards and merge them with the same factlint version");
    return std::nullopt;
  }
  try {
    Shard out;
    out.options.tool_version = shard.at("tool_version").get<std::string>();
    out.options.shard_index = shard.at("shard").at("index").get<int>();
    out.options.shard_count = shard.at("shard").at("count").get<int>();
    const Json& fail_at = shard.at("fail_at");
    out.options.fail_at = fail_at.is_null() ? std::nullopt : severity_from(fail_at.get<std::string>());
    out.options.articles = shard.at("articles").get<std::vector<std::string>>();
    out.options.sheets = shard.at("sheets").get<std::vector<std::string>>();
    for (const Json& r : shard.at("rules")) {
      out.options.rules.push_back({r.at("id").get<std::string>(), r.at("short_text").get<std::string>(),
                                   r.at("full_text").get<std::string>(), r.at("source").get<std::string>(),
                                   severity_from(r.at("severity").get<std::string>()).value_or(Severity::kError),
                                   r.at("sheet").get<std::string>(), r.at("line").get<int>()});
    }
    out.summary.articles = shard.at("summary").at("articles").get<int>();
    out.summary.suppressed = shard.at("summary").at("suppressed").get<int>();
    out.summary.baselined = shard.at("summary").at("baselined").get<int>();
    for (const Json& j : shard.at("findings")) {
      Finding f;
      f.file = j.at("file").get<std::string>();
      f.line = j.at("line").get<int>();
      f.column = j.at("column").get<int>();
      f.end_line = j.at("end_line").get<int>();
      f.end_column = j.at("end_column").get<int>();
      std::optional<Severity> severity = severity_from(j.at("severity").get<std::string>());
      std::optional<FindingKind> kind = kind_from(j.at("kind").get<std::string>());
      if (!severity || !kind) {
        diags.error({path}, fmt::format("a finding in {} has an unknown severity or kind", f.file),
                    "was the shard written by another factlint version?");
        return std::nullopt;
      }
      f.severity = *severity;
      f.kind = *kind;
      f.rule = j.at("rule").get<std::string>();
      f.message = j.at("message").get<std::string>();
      f.found = j.at("found").get<std::string>();
      f.expected = j.at("expected").get<std::string>();
      f.source = j.at("source").get<std::string>();
      f.sentence = j.at("sentence").get<std::string>();
      f.highlight_begin = j.at("highlight_begin").get<int>();
      f.highlight_end = j.at("highlight_end").get<int>();
      f.utf16_column = j.at("utf16_column").get<int>();
      f.detail = j.at("detail").get<std::string>();
      out.findings.push_back(std::move(f));
    }
    out.summary.skipped_files = file_reasons(shard.at("skipped"));
    for (const Json& n : shard.at("notices")) {
      out.summary.notices.push_back({n.at("file").get<std::string>(), n.at("line").get<int>(),
                                     n.at("column").get<int>(), n.at("message").get<std::string>()});
    }
    out.summary.uncovered = file_reasons(shard.at("uncovered"));
    return out;
  } catch (const nlohmann::json::exception& e) {
    diags.error({path}, fmt::format("shard file is incomplete: {}", e.what()),
                "write it again with 'factlint check --shard I/N --report shard=PATH'");
    return std::nullopt;
  }
}

}  // namespace factlint::report
