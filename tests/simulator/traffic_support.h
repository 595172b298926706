#pragma once
// Running the traffic model in the test process: every printed line, every call's truth.
#include "simulator/smdr_writer.h"
#include "simulator/traffic_model.h"
#include "simulator/traffic_scenario.h"

#include <string>
#include <vector>

namespace kxcti::test {

struct TrafficRun {
    std::vector<std::string> lines;        // formatted records, no page headers
    std::vector<sim::SimRecord> records;
    std::vector<sim::TruthCall> calls;     // in the order they ended
    sim::TrafficStats stats;
};

inline TrafficRun run_traffic(const sim::Scenario& scenario, std::uint64_t seed, sim::Layout layout,
                              sim::TrafficStart start = {}) {
    sim::TrafficModel model(scenario, seed, start, layout, false);
    TrafficRun run;
    sim::WriterFormat format;
    format.layout = layout;
    while (model.step(run.records, run.calls)) {
    }
    for (const auto& r : run.records) run.lines.push_back(sim::format_record(r, format));
    run.stats = model.stats();
    return run;
}

inline sim::Scenario builtin(const std::string& name) { return sim::parse_scenario(*sim::builtin_scenario_text(name), name); }

} // namespace kxcti::test
