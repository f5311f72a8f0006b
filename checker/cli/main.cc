// factlint: checks news articles against fact sheets. main() only hands the
// command line to run() and turns its result into the exit status.
#include <iostream>

#include "checker/cli/run.h"

int main(int argc, char** argv) {
  return static_cast<int>(factlint::cli::run(argc, argv, std::cout, std::cerr));
}
