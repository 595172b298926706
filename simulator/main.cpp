// kxcti-pbxsim: a loopback Panasonic PBX for the demo, the tests and the benchmarks.
#include "simulator/options.h"
#include "simulator/run.h"
#include "simulator/traffic_builtin.h"

#include <iostream>

int main(int argc, char** argv) {
    using namespace kxcti::sim;
    SimOptions options;
    try {
        options = parse_options(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const UsageError& e) {
        std::cerr << "kxcti-pbxsim: " << e.what() << "\n";
        return 2;
    }
    if (options.help) {
        std::cout << usage_text();
        return 0;
    }
    if (options.print_scenario) {
        std::cout << *builtin_scenario_text(*options.print_scenario);
        return 0;
    }
    install_stop_signals();
    return run(options, std::cout, std::cerr);
}
