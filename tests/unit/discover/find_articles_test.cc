#include "checker/discover/find_articles.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

namespace factlint::discover {
namespace {
namespace fs = std::filesystem;

// A scratch tree under the system temp directory, removed afterwards.
struct Tree {
  fs::path root = fs::temp_directory_path() / ("factlint-discover-" + std::to_string(::getpid()));
  explicit Tree(std::initializer_list<const char*> files) {
    fs::remove_all(root);
    for (const char* f : files) {
      fs::create_directories((root / f).parent_path());
      std::ofstream(root / f) << "x\n";
    }
  }
  ~Tree() { fs::remove_all(root); }
  std::string path(const char* p = "") const { return (root / p).string(); }
};

TEST_CASE("articles are found recursively by extension and sorted", "[discover]") {
  Tree tree{"b.md", "a/z.txt", "a/y.markdown", "a/UPPER.MD", "c.html", "d.htm", "notes.docx", "rules.yaml", ".hidden/x.md",
            "a/.draft.md"};
  Diagnostics diags;
  std::vector<std::string> found = find_articles({tree.path()}, diags);
  CHECK_FALSE(diags.has_errors());
  std::vector<std::string> expected{tree.path("a/UPPER.MD"), tree.path("a/y.markdown"), tree.path("a/z.txt"),
                                    tree.path("b.md"), tree.path("c.html"), tree.path("d.htm")};
  CHECK(found == expected);
}

TEST_CASE("paths keep the spelling the user gave and are not repeated", "[discover]") {
  Tree tree{"c/a.md"};
  Diagnostics diags;
  std::vector<std::string> found = find_articles({tree.path("c") + "/", tree.path("c/a.md")}, diags);
  CHECK(found == std::vector<std::string>{tree.path("c/a.md")});
}

TEST_CASE("a file named on the command line is checked whatever its extension", "[discover]") {
  Tree tree{"draft.text"};
  Diagnostics diags;
  CHECK(find_articles({tree.path("draft.text")}, diags) == std::vector<std::string>{tree.path("draft.text")});
}

TEST_CASE("a missing path and an empty result are errors", "[discover]") {
  Tree tree{"only.yaml"};
  Diagnostics missing;
  find_articles({tree.path("nope")}, missing);
  REQUIRE(missing.error_count() == 1);
  CHECK(format_diagnostic(missing.entries()[0]) ==
        "factlint: error: cannot read '" + tree.path("nope") +
            "': no such file or directory (check the path, or run factlint from the repository root)");
  Diagnostics empty;
  CHECK(find_articles({tree.path()}, empty).empty());
  REQUIRE(empty.error_count() == 1);
  CHECK(format_diagnostic(empty.entries()[0]) ==
        "factlint: error: no articles (.md, .markdown, .mdx, .txt, .html, .htm) found under '" + tree.path() + "'");
}

TEST_CASE("fact sheets are yaml and yml files", "[discover]") {
  Tree tree{"r/a.yaml", "r/b.yml", "r/c.md"};
  Diagnostics diags;
  CHECK(find_sheets({tree.path("r")}, diags) ==
        std::vector<std::string>{tree.path("r/a.yaml"), tree.path("r/b.yml")});
}

}  // namespace
}  // namespace factlint::discover
