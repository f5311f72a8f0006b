#include "checker/report/json_stream.h"

#include <string>

namespace factlint::report {

void JsonStream::indent(std::size_t depth) {
  for (std::size_t i = 0; i < depth * static_cast<std::size_t>(indent_); ++i) out_.put(' ');
}

void JsonStream::before_value() {
  if (levels_.empty() || !levels_.back().array) return;  // the document, or after key()
  out_ << (levels_.back().count++ ? ",\n" : "\n");
  indent(levels_.size());
}

void JsonStream::key(std::string_view name) {
  out_ << (levels_.back().count++ ? ",\n" : "\n");
  indent(levels_.size());
  out_ << Json(name).dump(-1, ' ', false, Json::error_handler_t::replace) << ": ";
}

void JsonStream::value(const Json& v) {
  before_value();
  // A dumped value's lines are indented for depth 0; strings hold no raw
  // line breaks (JSON escapes them), so every '\n' starts one of its lines.
  const std::string text = v.dump(indent_, ' ', false, Json::error_handler_t::replace);
  std::size_t from = 0;
  for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', from)) {
    out_.write(text.data() + from, static_cast<std::streamsize>(nl + 1 - from));
    indent(levels_.size());
    from = nl + 1;
  }
  out_.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
}

void JsonStream::begin(char open) {
  before_value();
  out_.put(open);
  levels_.push_back({open == '[', 0});
}

void JsonStream::end(char close) {
  const bool empty = levels_.back().count == 0;
  levels_.pop_back();
  if (!empty) {
    out_.put('\n');
    indent(levels_.size());
  }
  out_.put(close);
}

}  // namespace factlint::report
