// XmlWriter: the little XML the JUnit and checkstyle reports need. Every string
// is escaped and characters XML 1.0 forbids are left out, so no article text or
// file name can make the document ill-formed.
#pragma once

#include <initializer_list>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace factlint::report {

// `text` escaped for XML 1.0: markup characters as entities; control
// characters other than tab, LF and CR, and U+FFFE/U+FFFF, dropped; bytes that
// are not UTF-8 as U+FFFD. In an attribute (`attribute` true) also '"' and
// tab, LF, CR as character references, so a reader gets them back unchanged.
std::string xml_escape(std::string_view text, bool attribute);

class XmlWriter {
 public:
  using Attributes = std::initializer_list<std::pair<std::string_view, std::string_view>>;

  // Writes the XML declaration.
  explicit XmlWriter(std::ostream& out);

  void open(std::string_view tag, Attributes attributes = {});   // <tag a="v">, indented
  void empty(std::string_view tag, Attributes attributes = {});  // <tag a="v"/>
  // <tag a="v">text</tag> on one line; the text keeps its line breaks.
  void element(std::string_view tag, Attributes attributes, std::string_view text);
  void close();  // </tag> of the innermost open element
  // The same as element(), its text written in pieces as they come, so a long
  // text is never held whole: begin_text, then text() any number of times,
  // then end_text with the same tag. Each piece is escaped on its own, so a
  // piece must not end inside a UTF-8 character.
  void begin_text(std::string_view tag, Attributes attributes = {});
  void text(std::string_view piece);
  void end_text(std::string_view tag);

 private:
  void start(std::string_view tag, Attributes attributes);

  std::ostream& out_;
  std::vector<std::string> open_;
};

}  // namespace factlint::report
