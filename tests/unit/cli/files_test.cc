#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "checker/cli/select_articles.h"
#include "checker/util/atomic_write.h"
#include <thread>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "checker/rules/glob.h"
#include "checker/util/glob_path.h"

namespace factlint {
namespace {

namespace fs = std::filesystem;

TEST_CASE("exclude globs match paths as users write them", "[cli][glob]") {
  struct Row { std::string_view glob, path; bool matches; };
  for (const Row& row : {Row{"corpus/drafts/**", "corpus/drafts/a.md", true},
                         Row{"corpus/drafts/**", "corpus/drafts/x/y.md", true},
                         Row{"corpus/drafts/**", "corpus/a.md", false},
                         Row{"corpus/drafts", "corpus/drafts/x/y.md", true},
                         Row{"corpus/drafts/", "corpus/drafts/a.md", true},
                         Row{"*.wip.md", "corpus/x/a.wip.md", true},
                         Row{"*.wip.md", "corpus/a.md", false},
                         Row{"corpus/*.md", "corpus/a.md", true},
                         Row{"corpus/*.md", "corpus/x/a.md", false},
                         Row{"corpus/**/*.md", "corpus/a.md", true},
                         Row{"corpus/**/*.md", "corpus/x/y/a.md", true},
                         Row{"corpus/202?-*", "corpus/2021-04-07-a.md", true},
                         Row{"./corpus/a.md", "corpus/a.md", true},
                         Row{"corpus/a.md", "./corpus/a.md", true},
                         Row{"corpus/a", "corpus/ab.md", false},
                         Row{"", "corpus/a.md", false}}) {
    CAPTURE(row.glob, row.path);
    CHECK(rules::GlobSet({std::string(row.glob)}).matches(row.path) == row.matches);
  }
  CHECK(cli::exclude_files({"a/x.md", "b/y.md", "b/z.wip.md"}, {"a", "*.wip.md"}) ==
        std::vector<std::string>{"b/y.md"});
}

TEST_CASE("an absolute path is matched from the folder factlint runs in", "[cli][glob]") {
  const std::string here = fs::current_path().lexically_normal().generic_string();
  const std::string root = here == "/" ? "" : here;
  CHECK(util::path_for_globs(root + "/corpus/a.md") == "corpus/a.md");
  CHECK(util::path_for_globs(root + "/corpus/x/../drafts/./a.md") == "corpus/drafts/a.md");
  CHECK(util::path_for_globs("./corpus/a.md") == "corpus/a.md");
  CHECK(util::path_for_globs("corpus/a.md") == "corpus/a.md");
  if (here != "/") {
    // Outside the folder: as given (no glob written from the root can mean it).
    const std::string outside = fs::path(here).parent_path().generic_string() + "/elsewhere/a.md";
    CHECK(util::path_for_globs(outside) == outside);
  }
  CHECK(cli::exclude_files({root + "/corpus/drafts/x.md", root + "/corpus/y.md", "corpus/drafts/z.md"},
                           {"corpus/drafts/**"}) == std::vector<std::string>{root + "/corpus/y.md"});
}

TEST_CASE("an exclude glob of many stars is matched without backtracking", "[cli][glob]") {
  // The hand-written matcher RE2 replaced tried every way to place each star:
  // this glob over a 60-character name did not finish in 20 s (a config in a
  // pull request could stall CI). RE2 reads the name once per glob.
  const rules::GlobSet set({"*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b"});
  CHECK_FALSE(set.matches("corpus/" + std::string(300, 'a') + ".md"));
  CHECK(set.matches("corpus/" + std::string(300, 'a') + "b"));
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST_CASE("a report is written whole into new folders and leaves no temporary file", "[cli][atomic-write]") {
  fs::path dir = fs::temp_directory_path() / ("factlint-atomic-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::path target = dir / "a" / "b" / "report.sarif";
  CHECK(util::atomic_write(target.string(), "first") == "");
  CHECK(slurp(target) == "first");
  CHECK(util::atomic_write(target.string(), "second, longer") == "");
  CHECK(slurp(target) == "second, longer");
  CHECK(std::distance(fs::directory_iterator(target.parent_path()), fs::directory_iterator()) == 1);

  // A folder in the way, or a file where a folder must be: a reason, no debris.
  CHECK(util::atomic_write((dir / "a").string(), "x") == "is a directory");
  CHECK(util::atomic_write((target / "nested.sarif").string(), "x") ==
        "cannot create directory '" + target.string() + "': not a directory");
  CHECK(slurp(target) == "second, longer");
  fs::remove_all(dir);
}

TEST_CASE("a report to a pipe is written into it and a linked report keeps its link", "[cli][atomic-write]") {
  // A path that is no regular file (a FIFO here; /dev/null, /dev/stdout) must
  // be written in place: a file renamed over it would replace it.
  fs::path dir = fs::temp_directory_path() / ("factlint-atomic-pipe-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path fifo = dir / "report.fifo";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::string received;
  std::thread reader([&] { received = slurp(fifo); });
  CHECK(util::atomic_write(fifo.string(), "through the pipe") == "");
  reader.join();
  CHECK(received == "through the pipe");
  struct stat st {};
  REQUIRE(::lstat(fifo.c_str(), &st) == 0);
  CHECK(S_ISFIFO(st.st_mode));
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);  // no temporary file

  const fs::path real = dir / "reports" / "real.json";
  fs::create_directories(real.parent_path());
  const fs::path link = dir / "latest.json";
  fs::create_symlink(real, link);
  CHECK(util::atomic_write(link.string(), "linked") == "");
  CHECK(fs::is_symlink(link));
  CHECK(slurp(real) == "linked");
  fs::remove_all(dir);
}

TEST_CASE("a report to one of the process's own descriptors goes where the descriptor stands", "[cli][atomic-write]") {
  // `{ echo header; factlint check --report json=/dev/stdout; } > out.txt`:
  // the report must follow the header in out.txt, not replace the file (a
  // temporary file renamed over it) or start it over (the name opened again).
  fs::path dir = fs::temp_directory_path() / ("factlint-atomic-fd-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path out = dir / "out.txt";
  const int fd = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  REQUIRE(fd >= 0);
  REQUIRE(::write(fd, "header\n", 7) == 7);
  for (const std::string& name : {"/dev/fd/" + std::to_string(fd), "/proc/self/fd/" + std::to_string(fd)}) {
    CAPTURE(name);
    CHECK(util::atomic_write(name, "report\n") == "");
  }
  REQUIRE(::write(fd, "footer\n", 7) == 7);
  ::close(fd);
  CHECK(slurp(out) == "header\nreport\nreport\nfooter\n");
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);  // no temporary file
  // A descriptor that is not open is a plain error, and nothing is written anywhere.
  CHECK(util::atomic_write("/dev/fd/987", "lost") == "bad file descriptor");
  fs::remove_all(dir);
}

TEST_CASE("a report streamed into a file appears only when committed", "[cli][atomic-write]") {
  fs::path dir = fs::temp_directory_path() / ("factlint-atomic-stream-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::path target = dir / "report.json";
  std::string big;
  for (int i = 0; i < 50000; ++i) big += std::to_string(i) + "\n";  // several buffers' worth
  {
    util::AtomicFile file(target.string());
    file.stream() << big;
    CHECK_FALSE(fs::exists(target));  // not before commit
    CHECK(file.commit() == "");
  }
  CHECK(slurp(target) == big);
  {
    util::AtomicFile abandoned(target.string());
    abandoned.stream() << "half a report";
  }  // never committed: the old file stays, no temporary file is left
  CHECK(slurp(target) == big);
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
  util::AtomicFile blocked((target / "x.json").string());
  blocked.stream() << "dropped";
  CHECK(blocked.commit().starts_with("cannot create directory"));
  fs::remove_all(dir);
}

}  // namespace
}  // namespace factlint
