#include "checker/cli/git.h"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>

#include <fmt/format.h>

extern char** environ;

namespace factlint::cli {

namespace {

// Reads both pipes to the end without either one filling up and blocking git.
void drain(int out_fd, int err_fd, std::string& out, std::string& err) {
  pollfd fds[2] = {{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}};
  std::string* sinks[2] = {&out, &err};
  int open = 2;
  char buffer[65536];
  while (open > 0) {
    if (::poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
      if (n > 0) {
        sinks[i]->append(buffer, static_cast<std::size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        fds[i].fd = -1;
        --open;
      }
    }
  }
}

std::vector<std::string> split_nul(const std::string& text) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\0', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) parts.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

// git's own message, first line, without "fatal: ".
std::string git_message(const GitResult& r) {
  std::string text = r.err.substr(0, r.err.find('\n'));
  if (text.starts_with("fatal: ")) text = text.substr(7);
  return text;
}

}  // namespace

GitResult run_git(const std::vector<std::string>& args) {
  GitResult result;
  int out_pipe[2], err_pipe[2];
  if (::pipe2(out_pipe, O_CLOEXEC) != 0) return result;
  if (::pipe2(err_pipe, O_CLOEXEC) != 0) {
    ::close(out_pipe[0]);
    ::close(out_pipe[1]);
    return result;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err_pipe[1], STDERR_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);

  std::vector<std::string> argv_storage = {"git"};
  argv_storage.insert(argv_storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : argv_storage) argv.push_back(a.data());
  argv.push_back(nullptr);

  pid_t pid = 0;
  int spawned = ::posix_spawnp(&pid, "git", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(out_pipe[1]);
  ::close(err_pipe[1]);
  if (spawned == 0) {
    drain(out_pipe[0], err_pipe[0], result.out, result.err);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    result.started = !(WIFEXITED(status) && WEXITSTATUS(status) == 127);  // 127: exec failed
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }
  ::close(out_pipe[0]);
  ::close(err_pipe[0]);
  return result;
}

std::optional<std::vector<std::string>> changed_files(const std::string& ref, Diagnostics& diags) {
  namespace fs = std::filesystem;
  if (ref.empty() || ref.starts_with("-")) {
    diags.error({}, fmt::format("--changed-since: '{}' is not a git ref", ref), "e.g. --changed-since origin/main");
    return std::nullopt;
  }
  GitResult top = run_git({"rev-parse", "--show-toplevel"});
  if (!top.started) {
    diags.error({}, "--changed-since needs git, which could not be run", "install git, or check every article");
    return std::nullopt;
  }
  if (top.status != 0) {
    diags.error({}, fmt::format("--changed-since: {}", git_message(top)), "run factlint inside a git work tree");
    return std::nullopt;
  }
  std::string root = top.out.substr(0, top.out.find('\n'));
  GitResult verify = run_git({"rev-parse", "--verify", "--quiet", "--end-of-options", ref + "^{commit}"});
  if (verify.status != 0) {
    diags.error({}, fmt::format("--changed-since: unknown git ref '{}'", ref),
                "fetch it first (e.g. 'git fetch origin main'), or name a branch, tag or commit");
    return std::nullopt;
  }
  std::vector<std::vector<std::string>> queries = {
      {"diff", "--name-only", "-z", "--no-renames", ref + "...HEAD", "--"},  // committed on this branch
      {"diff", "--name-only", "-z", "--no-renames", "HEAD", "--"},           // staged and unstaged
      {"ls-files", "--others", "--exclude-standard", "-z", "--full-name", ":/"},  // new, untracked
  };
  std::vector<std::string> files;
  for (const auto& query : queries) {
    GitResult r = run_git(query);
    if (r.status != 0) {
      diags.error({}, fmt::format("--changed-since: git {} failed: {}", query[0], git_message(r)));
      return std::nullopt;
    }
    for (const std::string& name : split_nul(r.out)) files.push_back((fs::path(root) / name).lexically_normal().string());
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

std::optional<std::vector<std::string>> git_ignored(const std::vector<std::string>& roots) {
  std::vector<std::string> args = {"ls-files", "-z", "--others", "--ignored", "--exclude-standard", "--directory", "--"};
  args.insert(args.end(), roots.begin(), roots.end());
  GitResult listed = run_git(args);
  if (!listed.started || listed.status != 0) return std::nullopt;
  std::vector<std::string> ignored;
  for (std::size_t at = 0; at < listed.out.size();) {
    const std::size_t end = std::min(listed.out.find('\0', at), listed.out.size());
    if (end > at) ignored.push_back(listed.out.substr(at, end - at));
    at = end + 1;
  }
  std::sort(ignored.begin(), ignored.end());
  return ignored;
}

bool is_git_ignored(const std::string& path, const std::vector<std::string>& ignored) {
  const std::string normal = std::filesystem::path(path).lexically_normal().generic_string();
  for (std::string prefix = normal;;) {
    // The path itself, or a folder holding it ("drafts/" for "drafts/a.md").
    if (std::binary_search(ignored.begin(), ignored.end(), prefix)) return true;
    if (prefix.size() > 1 && prefix.back() == '/') prefix.pop_back();
    const std::size_t slash = prefix.rfind('/');
    if (slash == std::string::npos || slash == 0) return false;  // no folder left ("/" ends it)
    prefix.resize(slash + 1);
  }
}

}  // namespace factlint::cli
