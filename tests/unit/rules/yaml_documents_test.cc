// Reading a sheet's YAML once: the one-pass case is exactly what LoadAll, with
// the guard against its endless loop, would give.
#include "checker/rules/yaml_documents.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "sheet_fixtures.h"

namespace factlint::rules {
namespace {

std::string read_source_file(const std::string& path) {
  std::ifstream in(std::string(FACTLINT_SOURCE_DIR) + "/" + path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

bool whole(const std::string& yaml) { return first_document_is_whole(YAML::Load(yaml), yaml); }

TEST_CASE("a sheet that is one block map from column 0 is read in one pass", "[rules][yaml_documents]") {
  for (const std::string& yaml : {read_source_file("rules/lavrov-pakistan-2021.yaml"),
                                  read_source_file("rules/lavrov-khan-unga-2019.yaml"),
                                  std::string(testing::kSpecExample), std::string("id: x\nfacts: []\n"),
                                  std::string("# comment\n\nid: x\n"), std::string("---\nid: x\n"),
                                  std::string("%YAML 1.2\n---\nid: x\n"), std::string("? id\n: x\n")}) {
    CAPTURE(yaml.substr(0, 200));
    REQUIRE(yaml.size() > 5);
    CHECK(whole(yaml));
    const YamlDocuments loaded = load_documents(yaml);
    CHECK_FALSE(loaded.stuck);
    CHECK(loaded.documents.size() == 1);
  }
}

TEST_CASE("any other shape of document is left to the loop guard", "[rules][yaml_documents]") {
  for (std::string_view yaml : {"", "# only a comment\n", "x", "'id: x'", "- id: x\n", "[id, x]\n", "{id: x}\n",
                                "  id: x\n  facts: []\n", "id: x\n---\nid: y\n", "id: x\n...\n", "id: x\n---\n",
                                "id: x\n--- # next\n", "--- {id: x}\n", "&a\nid: x\n", "!!map\nid: x\n",
                                "id: x\n%YAML 1.2\n"}) {
    CAPTURE(yaml);
    CHECK_FALSE(whole(std::string(yaml)));
  }
}

// The proof in yaml_documents.cc, tried on mangled copies of a real sheet:
// whenever one pass is taken, the guarded LoadAll finds exactly that document.
TEST_CASE("the one-pass read agrees with the guarded LoadAll on mangled sheets", "[rules][yaml_documents]") {
  const std::string original = read_source_file("rules/lavrov-khan-unga-2019.yaml");
  testing::Mangler mangled(2026, ":-[]{}'\"\t\n #&*!|>,?%@`\\.\r", {"\n---", "\n...", "\n%"});
  int one_pass = 0;
  int thrown = 0;
  for (int round = 0; round < 600; ++round) {
    const std::string yaml = mangled(original);
    CAPTURE(yaml);
    YAML::Node first;
    try {
      first = YAML::Load(yaml);
    } catch (const YAML::Exception& e) {
      // The guard and LoadAll stop at the same place in the first document.
      ++thrown;
      CHECK_THROWS_WITH(stuck_at(yaml), e.what());
      CHECK_THROWS_WITH(load_documents(yaml), e.what());
      continue;
    }
    if (!first_document_is_whole(first, yaml)) continue;
    ++one_pass;
    REQUIRE_FALSE(stuck_at(yaml));
    const std::vector<YAML::Node> all = YAML::LoadAll(yaml);
    REQUIRE(all.size() == 1);
    CHECK(YAML::Dump(all[0]) == YAML::Dump(first));
    CHECK(all[0].Mark().pos == first.Mark().pos);
  }
  CHECK(one_pass > 100);
  CHECK(thrown > 10);
}

}  // namespace
}  // namespace factlint::rules
