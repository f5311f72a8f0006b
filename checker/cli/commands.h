// The subcommands, one function each; run() picks one after parsing.
#pragma once

#include <istream>
#include <ostream>

#include "checker/cli/exit_code.h"
#include "checker/cli/options.h"

namespace factlint::cli {

// `in`: where '-' reads its article (standard input).
ExitCode run_check(const CheckOptions& options, std::ostream& out, std::ostream& err, std::istream& in);
ExitCode run_values(const ValuesOptions& options, std::ostream& out, std::ostream& err);
ExitCode run_rules_check(const RulesOptions& options, std::ostream& out, std::ostream& err);
ExitCode run_rules_test(const RulesOptions& options, std::ostream& out, std::ostream& err);
ExitCode run_rules_list(const RulesOptions& options, std::ostream& out, std::ostream& err);
ExitCode run_init(const InitOptions& options, std::ostream& out, std::ostream& err);
ExitCode run_rules_diff(const RulesOptions& options, std::ostream& out, std::ostream& err);
ExitCode run_merge(const MergeOptions& options, std::ostream& out, std::ostream& err);
ExitCode run_explain(const RulesOptions& options, std::ostream& out, std::ostream& err);

}  // namespace factlint::cli
