#include "checker/discover/find_articles.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

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

TEST_CASE("a missing path named in the config is an error at its line there", "[discover]") {
  Tree tree{"corpus/a.md", "rules/s.yaml"};
  // The first path is the config's; the others have no place (the command line's).
  const std::vector<SourceLocation> named_at = {{".factlint.yaml", 3, 5}, {}};
  Diagnostics diags;
  // A relative path (from the folder the test runs in, where there is none).
  CHECK(find_articles({"factlint-test-no-drafts", tree.path("corpus"), tree.path("more")}, diags,
                      {.follow = false, .named_at = named_at}) == std::vector<std::string>{tree.path("corpus/a.md")});
  REQUIRE(diags.error_count() == 2);
  CHECK(format_diagnostic(diags.entries()[0]) ==
        ".factlint.yaml:3:5: error: cannot read 'factlint-test-no-drafts': no such file or directory (paths in "
        ".factlint.yaml are relative to its folder; git keeps no empty folder: one that must exist before "
        "anything is in it needs a file such as .gitkeep)");
  CHECK(format_diagnostic(diags.entries()[1]).starts_with("factlint: error: cannot read '" + tree.path("more")));
  // An absolute path is relative to nothing: the hint says only the rest.
  Diagnostics absolute;
  find_articles({tree.path("gone")}, absolute, {.follow = false, .named_at = {{".factlint.yaml", 2, 3}}});
  REQUIRE(absolute.error_count() == 1);
  CHECK(format_diagnostic(absolute.entries()[0]) ==
        ".factlint.yaml:2:3: error: cannot read '" + tree.path("gone") +
            "': no such file or directory (git keeps no empty folder: one that must exist before anything is in "
            "it needs a file such as .gitkeep)");
  // Fact sheets the same way.
  Diagnostics sheets;
  CHECK(find_sheets({tree.path("rules"), tree.path("sheets")}, sheets, {{}, {"ci/.factlint.yaml", 4, 9}}) ==
        std::vector<std::string>{tree.path("rules/s.yaml")});
  REQUIRE(sheets.error_count() == 1);
  CHECK(format_diagnostic(sheets.entries()[0]).starts_with("ci/.factlint.yaml:4:9: error: cannot read '" +
                                                           tree.path("sheets") + "'"));
}

TEST_CASE("a missing path and an empty result are errors", "[discover]") {
  Tree tree{"only.yaml"};
  Diagnostics missing;
  find_articles({tree.path("nope")}, missing);
  REQUIRE(missing.error_count() == 1);
  CHECK(format_diagnostic(missing.entries()[0]) ==
        "factlint: error: cannot read '" + tree.path("nope") +
            "': no such file or directory (check the path, or run factlint from the repository root)");
  // A glob where a folder or file goes: which folder to give instead.
  Diagnostics glob;
  find_articles({tree.path("corpus") + "/*.md", "*.md"}, glob);
  REQUIRE(glob.error_count() == 2);
  CHECK(format_diagnostic(glob.entries()[0]) ==
        "factlint: error: cannot read '" + tree.path("corpus") +
            "/*.md': no such file or directory (give folders and files, not globs: the folder ('" +
            tree.path("corpus") + "'), with 'exclude' in .factlint.yaml for the files to leave out)");
  CHECK(format_diagnostic(glob.entries()[1]).find("the folder ('.')") != std::string::npos);
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

// As ripgrep walks: a hostile pull request that adds "corpus/x.md ->
// /file/on/the/runner" must not get that file's lines into a report.
TEST_CASE("links are not followed unless asked and never out of the checked folders", "[discover]") {
  Tree tree{"corpus/real.md", "outside/secret.md", "corpus/sub/keep.md"};
  fs::create_symlink(tree.root / "outside" / "secret.md", tree.root / "corpus" / "x.md");
  fs::create_directory_symlink(tree.root / "outside", tree.root / "corpus" / "outdir");
  fs::create_symlink("../real.md", tree.root / "corpus" / "sub" / "inside.md");
  fs::create_directory_symlink(".", tree.root / "corpus" / "sub" / "loop");  // a cycle
  fs::create_symlink(tree.root / "corpus" / "picture.png.target", tree.root / "corpus" / "picture.png");
  const std::string corpus = tree.path("corpus");
  std::vector<Skipped> skipped;
  Diagnostics diags;
  CHECK(find_articles({corpus}, diags, {}, &skipped) ==
        std::vector<std::string>{tree.path("corpus/real.md"), tree.path("corpus/sub/keep.md")});
  CHECK(diags.entries().empty());
  std::vector<std::string> seen;
  for (const Skipped& s : skipped) seen.push_back(s.path + ": " + s.reason);
  const std::string not_followed = "a symbolic link, not followed (--follow follows links inside the checked folders)";
  const std::string folder = "a link to a folder, not followed (--follow follows links inside the checked folders)";
  CHECK(seen == std::vector<std::string>{corpus + "/outdir: " + folder, corpus + "/sub/inside.md: " + not_followed,
                                         corpus + "/sub/loop: " + folder, corpus + "/x.md: " + not_followed});

  // --follow: the link inside is read, once; the ones outside are not, and the cycle ends.
  skipped.clear();
  CHECK(find_articles({corpus}, diags, {.follow = true, .named_at = {}}, &skipped) ==
        std::vector<std::string>{tree.path("corpus/real.md"), tree.path("corpus/sub/inside.md"),
                                 tree.path("corpus/sub/keep.md")});
  seen.clear();
  for (const Skipped& s : skipped) seen.push_back(s.path + ": " + s.reason);
  const std::string outside = (fs::weakly_canonical(tree.root) / "outside").string();
  CHECK(seen == std::vector<std::string>{
                    corpus + "/outdir: a link to " + outside + ", outside the checked folders: not read",
                    corpus + "/x.md: a link to " + outside + "/secret.md, outside the checked folders: not read"});
}

TEST_CASE("named pipes and other special files are listed as skipped and never opened", "[discover]") {
  Tree tree{"corpus/real.md"};
  REQUIRE(::mkfifo((tree.root / "corpus" / "pipe.md").c_str(), 0600) == 0);
  std::vector<Skipped> skipped;
  Diagnostics diags;
  CHECK(find_articles({tree.path("corpus")}, diags, {}, &skipped) ==
        std::vector<std::string>{tree.path("corpus/real.md")});
  REQUIRE(skipped.size() == 1);
  CHECK(skipped[0].reason == "a named pipe (FIFO), not a regular file: not read");
  // Named on the command line, it is skipped too: opening it would wait for a writer.
  skipped.clear();
  find_articles({tree.path("corpus/pipe.md"), tree.path("corpus/real.md")}, diags, {}, &skipped);
  REQUIRE(skipped.size() == 1);
  CHECK(skipped[0].path == tree.path("corpus/pipe.md"));
}

TEST_CASE("a folder factlint may not read is listed as skipped and the rest is found", "[discover]") {
  Tree tree{"corpus/real.md", "corpus/locked/secret.md"};
  // Root reads any folder: the walk runs in a child process as nobody then.
  fs::permissions(tree.root, fs::perms::all, fs::perm_options::add);
  fs::permissions(tree.root / "corpus", fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                            fs::perms::others_read | fs::perms::others_exec);
  fs::permissions(tree.root / "corpus" / "locked", fs::perms::none);
  int out[2];
  REQUIRE(::pipe(out) == 0);
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    ::close(out[0]);
    if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) ::_exit(3);
    std::vector<Skipped> skipped;
    Diagnostics diags;
    const std::vector<std::string> found = find_articles({tree.path("corpus")}, diags, {}, &skipped);
    std::string report;
    for (const std::string& f : found) report += "found " + f + "\n";
    for (const Skipped& s : skipped) report += "skipped " + s.path + ": " + s.reason + "\n";
    if (diags.has_errors()) report += "error\n";
    if (::write(out[1], report.data(), report.size()) != static_cast<ssize_t>(report.size())) ::_exit(4);
    ::_exit(0);
  }
  ::close(out[1]);
  std::string report;
  char buffer[512];
  for (ssize_t n; (n = ::read(out[0], buffer, sizeof buffer)) > 0;) report.append(buffer, static_cast<std::size_t>(n));
  ::close(out[0]);
  int status = 0;
  ::waitpid(child, &status, 0);
  fs::permissions(tree.root / "corpus" / "locked", fs::perms::owner_all);  // so the tree can be removed
  REQUIRE(WIFEXITED(status));
  REQUIRE(WEXITSTATUS(status) == 0);
  CHECK(report == "found " + tree.path("corpus/real.md") + "\nskipped " + tree.path("corpus/locked") +
                      ": a folder factlint may not read (permission denied): not read\n");
}

TEST_CASE("without a list for them each file the walk passed over is a warning", "[discover]") {
  Tree tree{"corpus/real.md", "outside/secret.md"};
  fs::create_symlink(tree.root / "outside" / "secret.md", tree.root / "corpus" / "x.md");
  Diagnostics diags;
  find_articles({tree.path("corpus")}, diags);
  REQUIRE(diags.entries().size() == 1);
  CHECK(format_diagnostic(diags.entries()[0]) ==
        tree.path("corpus/x.md") +
            ": warning: skipped: a symbolic link, not followed (--follow follows links inside the checked folders)");
}

}  // namespace
}  // namespace factlint::discover
