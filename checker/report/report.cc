#include "checker/report/report.h"

#include <fmt/format.h>

#include "checker/report/shard.h"

namespace factlint::report {

namespace {

struct Format {
  std::string_view name;
  Writer writer;
};

constexpr Format kFormats[] = {
    {"text", write_text},
    {"json", write_json},
    {"sarif", write_sarif},
    {"junit", write_junit},
    {"github", write_github},
    {"gitlab", write_gitlab},
    {"checkstyle", write_checkstyle},
    {"shard", write_shard},  // for `factlint merge` (shard.h)
};

}  // namespace

Writer writer_for(std::string_view format) {
  for (const Format& f : kFormats) {
    if (f.name == format) return f.writer;
  }
  return nullptr;
}

std::optional<StreamingWriter> streaming_writer_for(std::string_view format) {
  if (format == "text") return StreamingWriter{write_text_finding, write_text_end};
  if (format == "github") return StreamingWriter{write_github_finding, write_github_end};
  return std::nullopt;
}

std::vector<std::string> format_list() {
  std::vector<std::string> names;
  for (const Format& f : kFormats) names.emplace_back(f.name);
  return names;
}

std::string format_names() {
  std::string names;
  for (const Format& f : kFormats) {
    if (!names.empty()) names += ", ";
    names += f.name;
  }
  return names;
}

std::string count(std::size_t n) {
  const std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string plural(std::size_t n, std::string_view word) {
  return fmt::format("{} {}{}", count(n), word, n == 1 ? "" : "s");
}

}  // namespace factlint::report
