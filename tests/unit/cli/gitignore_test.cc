#include "checker/cli/git.h"

#include <catch2/catch.hpp>

namespace factlint::cli {
namespace {

TEST_CASE("a path git ignores is one listed or one inside a listed folder", "[cli][git]") {
  const std::vector<std::string> ignored = {"corpus/drafts/", "corpus/x.md", "notes.md"};  // sorted, as git_ignored
  CHECK(is_git_ignored("corpus/x.md", ignored));
  CHECK(is_git_ignored("corpus/drafts/a.md", ignored));
  CHECK(is_git_ignored("./corpus/drafts/deep/b.md", ignored));
  CHECK(is_git_ignored("notes.md", ignored));
  CHECK_FALSE(is_git_ignored("corpus/y.md", ignored));
  CHECK_FALSE(is_git_ignored("corpus/drafts.md", ignored));
  CHECK_FALSE(is_git_ignored("/tmp/corpus/x.md", ignored));  // an absolute path ends, never loops
  CHECK_FALSE(is_git_ignored("/", ignored));
}

}  // namespace
}  // namespace factlint::cli
