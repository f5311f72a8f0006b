#include "checker/report/xml_writer.h"

#include "checker/util/utf8.h"

namespace factlint::report {

namespace {

// Characters XML 1.0 allows (Char production), for code points a valid UTF-8
// decoder can return.
bool allowed(char32_t c) {
  if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
  return c != 0xFFFE && c != 0xFFFF;
}

}  // namespace

std::string xml_escape(std::string_view text, bool attribute) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    util::Decoded d = util::decode_utf8(text, i);
    std::string_view bytes = text.substr(i, d.length);
    i += d.length;
    if (!allowed(d.code_point)) continue;
    switch (d.code_point) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += attribute ? "&quot;" : "\""; break;
      case '\t': out += attribute ? "&#9;" : "\t"; break;
      case '\n': out += attribute ? "&#10;" : "\n"; break;
      case '\r': out += "&#13;"; break;  // a reader would turn a bare CR into LF
      case 0xFFFD: out += "\xEF\xBF\xBD"; break;  // also what a malformed byte decodes to
      default: out += bytes;
    }
  }
  return out;
}

XmlWriter::XmlWriter(std::ostream& out) : out_(out) { out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"; }

void XmlWriter::start(std::string_view tag, Attributes attributes) {
  out_ << std::string(2 * open_.size(), ' ') << '<' << tag;
  for (const auto& [name, value] : attributes) out_ << ' ' << name << "=\"" << xml_escape(value, true) << '"';
}

void XmlWriter::open(std::string_view tag, Attributes attributes) {
  start(tag, attributes);
  out_ << ">\n";
  open_.emplace_back(tag);
}

void XmlWriter::empty(std::string_view tag, Attributes attributes) {
  start(tag, attributes);
  out_ << "/>\n";
}

void XmlWriter::element(std::string_view tag, Attributes attributes, std::string_view text) {
  start(tag, attributes);
  out_ << '>' << xml_escape(text, false) << "</" << tag << ">\n";
}

void XmlWriter::begin_text(std::string_view tag, Attributes attributes) {
  start(tag, attributes);
  out_ << '>';
}

void XmlWriter::text(std::string_view piece) { out_ << xml_escape(piece, false); }

void XmlWriter::end_text(std::string_view tag) { out_ << "</" << tag << ">\n"; }

void XmlWriter::close() {
  if (open_.empty()) return;
  std::string tag = std::move(open_.back());
  open_.pop_back();
  out_ << std::string(2 * open_.size(), ' ') << "</" << tag << ">\n";
}

}  // namespace factlint::report
