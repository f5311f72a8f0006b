#include "checker/report/xml_writer.h"

#include <catch2/catch.hpp>
#include <sstream>

namespace factlint::report {
namespace {

TEST_CASE("XML escaping covers markup and drops what XML 1.0 forbids", "[report][xml]") {
  struct Case {
    std::string in;
    bool attribute;
    std::string out;
  };
  const std::vector<Case> cases = {
      {"a < b & c > d", false, "a &lt; b &amp; c &gt; d"},
      {"say \"hi\" 'x'", false, "say \"hi\" 'x'"},
      {"say \"hi\" 'x'", true, "say &quot;hi&quot; 'x'"},
      {"line\nnext\ttab", false, "line\nnext\ttab"},
      {"line\nnext\ttab", true, "line&#10;next&#9;tab"},
      {"cr\r", false, "cr&#13;"},
      {"cr\r", true, "cr&#13;"},
      {std::string("nul\0bell\x07" "esc\x1b", 14), false, "nulbellesc"},
      {"\xEF\xBF\xBE\xEF\xBF\xBF!", true, "!"},             // U+FFFE, U+FFFF
      {"bad \xff byte", true, "bad \xEF\xBF\xBD byte"},       // not UTF-8 -> U+FFFD
      {"\xF0\x9F\x98\x80 \xE2\x80\x9Cq\xE2\x80\x9D", true, "\xF0\x9F\x98\x80 \xE2\x80\x9Cq\xE2\x80\x9D"},
      {"]]> end", false, "]]&gt; end"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.in, c.attribute);
    CHECK(xml_escape(c.in, c.attribute) == c.out);
  }
}

TEST_CASE("the XML writer nests and indents elements", "[report][xml]") {
  std::ostringstream out;
  XmlWriter xml(out);
  xml.open("a", {{"x", "1"}, {"y", "<&>"}});
  xml.empty("b");
  xml.element("c", {{"m", "two\nlines"}}, "body\nwith <tag>");
  xml.close();
  xml.close();  // nothing open: no output
  CHECK(out.str() ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<a x=\"1\" y=\"&lt;&amp;&gt;\">\n"
        "  <b/>\n"
        "  <c m=\"two&#10;lines\">body\nwith &lt;tag&gt;</c>\n"
        "</a>\n");
}

TEST_CASE("an element's text written in pieces is the element written whole", "[report][xml]") {
  const std::vector<std::string> pieces = {"first <line>\n", "", "a & b \xff\n", "last \xE2\x80\x9Cq\xE2\x80\x9D"};
  std::string whole;
  for (const std::string& p : pieces) whole += p;
  std::ostringstream at_once, in_pieces;
  {
    XmlWriter xml(at_once);
    xml.open("suite");
    xml.element("system-out", {{"k", "v\""}}, whole);
    xml.close();
  }
  {
    XmlWriter xml(in_pieces);
    xml.open("suite");
    xml.begin_text("system-out", {{"k", "v\""}});
    for (const std::string& p : pieces) xml.text(p);
    xml.end_text("system-out");
    xml.close();
  }
  CHECK(in_pieces.str() == at_once.str());
  CHECK(in_pieces.str().find("  <system-out k=\"v&quot;\">first &lt;line&gt;\na &amp; b \xEF\xBF\xBD\n") !=
        std::string::npos);
}

}  // namespace
}  // namespace factlint::report
