// Shell completions for bash, zsh and fish, generated from the command line
// definition itself (CLI11's App), so they cannot drift from --help:
// `factlint completion bash > /etc/bash_completion.d/factlint`. The .deb
// ships all three, written this way at build time.
#pragma once

#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

namespace factlint::cli {

// The completion script for `shell` ("bash", "zsh" or "fish").
std::string completion_script(const CLI::App& app, std::string_view shell);

}  // namespace factlint::cli
