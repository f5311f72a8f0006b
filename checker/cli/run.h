// The command line: parses arguments and runs one subcommand. Every exception
// and every diagnostic stops here and becomes text on `err` plus an exit code.
#pragma once

#include <ostream>

#include "checker/cli/exit_code.h"

namespace factlint::cli {

ExitCode run(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace factlint::cli
