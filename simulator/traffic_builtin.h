#pragma once
// The built-in traffic scenarios (kxcti-pbxsim --traffic NAME; --print-scenario NAME shows one).
#include <optional>
#include <string>
#include <vector>

namespace kxcti::sim {

std::vector<std::string> builtin_scenarios();
std::optional<std::string> builtin_scenario_text(const std::string& name);

} // namespace kxcti::sim
