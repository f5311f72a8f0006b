#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "checker/cli/project.h"

namespace factlint::cli {
namespace {

namespace fs = std::filesystem;

TEST_CASE("paths typed in one folder are rewritten for the project folder", "[cli][project]") {
  const fs::path top = "/repo";
  CHECK(rebase_path("wrong.md", "/repo/news/2024", top) == "news/2024/wrong.md");
  CHECK(rebase_path("../2023/old.md", "/repo/news/2024", top) == "news/2023/old.md");
  CHECK(rebase_path(".", "/repo/news", top) == "news");
  CHECK(rebase_path("news", "/repo", "/repo/ci") == "../news");
  CHECK(rebase_path("@changed.lst", "/repo/news", top) == "@news/changed.lst");
  CHECK(rebase_path("-", "/repo/news", top) == "-");
  CHECK(rebase_path("/abs/x.md", "/repo/news", top) == "/abs/x.md");
  CHECK(rebase_path("", "/repo/news", top).empty());
  CHECK(rebase_path("x.md", "/repo", top) == "x.md");
}

TEST_CASE("the config is found upward and the search stops at the repository's top", "[cli][project]") {
  const fs::path root = fs::temp_directory_path() / "factlint-project-test";
  fs::remove_all(root);
  fs::create_directories(root / "repo" / ".git");
  fs::create_directories(root / "repo" / "a" / "b");
  std::ofstream(root / ".factlint.yaml") << "articles: [x]\n";  // above the repository: never found
  CHECK_FALSE(find_config_upward(root / "repo" / "a" / "b"));
  std::ofstream(root / "repo" / ".factlint.yaml") << "articles: [x]\n";
  CHECK(find_config_upward(root / "repo" / "a" / "b") == root / "repo" / ".factlint.yaml");
  std::ofstream(root / "repo" / "a" / ".factlint.yaml") << "articles: [x]\n";
  CHECK(find_config_upward(root / "repo" / "a" / "b") == root / "repo" / "a" / ".factlint.yaml");
  fs::create_directories(root / "repo" / "a" / "b" / ".factlint.yaml");  // a folder of that name is no config
  CHECK(find_config_upward(root / "repo" / "a" / "b") == root / "repo" / "a" / ".factlint.yaml");
  fs::remove_all(root);
}

TEST_CASE("working in the project folder ends with the object", "[cli][project]") {
  const fs::path before = fs::current_path();
  {
    WorkIn in(fs::temp_directory_path());
    CHECK(in.error().empty());
    CHECK(fs::current_path() == fs::canonical(fs::temp_directory_path()));
  }
  CHECK(fs::current_path() == before);
  WorkIn nowhere("/nonexistent/folder/for/factlint");
  CHECK_FALSE(nowhere.error().empty());
  CHECK(fs::current_path() == before);
}

}  // namespace
}  // namespace factlint::cli
