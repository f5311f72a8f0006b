// factlint: checks news articles against fact sheets. main() only hands the
// command line to run() and turns its result into the exit status, and says
// so when standard output could not take what was written to it.
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <iostream>
#include <ostream>

#include "checker/cli/exit_code.h"
#include "checker/cli/run.h"
#include "checker/util/descriptor_buffer.h"
#include "checker/util/error_reason.h"

int main(int argc, char** argv) {
  using factlint::cli::ExitCode;
  // A terminal shows the report as it is written, line by line (std::cout).
  if (::isatty(STDOUT_FILENO)) return static_cast<int>(factlint::cli::run(argc, argv, std::cout, std::cerr));
  // A file, a pipe: a failed write is told. A report cut short by a full
  // disk would otherwise pass for a whole one. Handed over 4 KiB at a time,
  // as std::cout did (glibc's block for pipes and files): a CI log shows the
  // findings of a long run as they come, not 64 KiB at a time.
  factlint::util::DescriptorBuffer buffer(STDOUT_FILENO, 4096);
  std::ostream out(&buffer);
  // What goes to stderr comes after what was written to stdout before it, as
  // with std::cout (std::cerr is tied to it): a CI log holding both keeps
  // their order.
  std::cerr.tie(&out);
  const int status = static_cast<int>(factlint::cli::run(argc, argv, out, std::cerr));
  out.flush();
  std::cerr.tie(nullptr);
  if (buffer.error() == 0) return status;
  if (buffer.error() == EPIPE) {
    // The reader went away (`factlint check | head`): end as a pipeline
    // expects, by SIGPIPE, with nothing said (SIGPIPE was ignored so that a
    // --cache run could save what it checked first: cli/run_check.cc).
    std::signal(SIGPIPE, SIG_DFL);
    std::raise(SIGPIPE);
  }
  const int error = buffer.error();
  const char* hint = error == ENOSPC || error == EDQUOT ? "; the disk it goes to is full: free some space, run again"
                     : error == EBADF                   ? "; it was closed (>&-): send it somewhere, such as > FILE"
                                                        : "";
  std::cerr << "factlint: error: cannot write to standard output: " << factlint::util::error_reason(error)
            << " (what was written is cut short" << hint << ")\n";
  return static_cast<int>(ExitCode::kUsage);
}
