#include "checker/cli/settings.h"

#include <catch2/catch.hpp>

#include <map>
#include <string>

namespace factlint::cli {
namespace {

std::map<std::string, std::string> fake_env;

const char* lookup(const char* name) {
  auto it = fake_env.find(name);
  return it == fake_env.end() ? nullptr : it->second.c_str();
}

bool color(Color flag, bool terminal, std::map<std::string, std::string> env) {
  fake_env = std::move(env);
  return use_color(flag, terminal, lookup);
}

TEST_CASE("colour follows the flag then NO_COLOR then FORCE_COLOR and CLICOLOR_FORCE then the terminal",
          "[cli][color]") {
  CHECK(color(Color::kAuto, true, {}));
  CHECK_FALSE(color(Color::kAuto, false, {}));
  // CI logs: not a terminal, but they render colour when asked.
  CHECK(color(Color::kAuto, false, {{"FORCE_COLOR", "1"}}));
  CHECK(color(Color::kAuto, false, {{"FORCE_COLOR", "3"}}));
  CHECK(color(Color::kAuto, false, {{"CLICOLOR_FORCE", "1"}}));
  CHECK_FALSE(color(Color::kAuto, false, {{"FORCE_COLOR", "0"}}));
  CHECK_FALSE(color(Color::kAuto, false, {{"FORCE_COLOR", "false"}}));
  CHECK_FALSE(color(Color::kAuto, false, {{"CLICOLOR_FORCE", "0"}}));
  CHECK_FALSE(color(Color::kAuto, false, {{"FORCE_COLOR", ""}}));
  // NO_COLOR is the reader's own wish: it wins over the forcing variables.
  CHECK_FALSE(color(Color::kAuto, true, {{"NO_COLOR", "1"}}));
  CHECK_FALSE(color(Color::kAuto, false, {{"NO_COLOR", "1"}, {"FORCE_COLOR", "1"}}));
  CHECK(color(Color::kAuto, true, {{"NO_COLOR", ""}}));  // set but empty: no-color.org says ignore it
  CHECK_FALSE(color(Color::kAuto, true, {{"TERM", "dumb"}}));
  CHECK(color(Color::kAuto, false, {{"TERM", "dumb"}, {"FORCE_COLOR", "1"}}));
  // The flag wins over everything.
  CHECK(color(Color::kAlways, false, {{"NO_COLOR", "1"}}));
  CHECK_FALSE(color(Color::kNever, true, {{"FORCE_COLOR", "1"}}));
}

}  // namespace
}  // namespace factlint::cli
