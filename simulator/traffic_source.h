#pragma once
// The traffic model as kxcti-pbxsim's line source: its records formatted in the chosen layout,
// with a page header every `page` lines, and each ended call's truth written to a JSON-lines
// file (traffic_truth.h) if one is given.
#include "simulator/line_source.h"
#include "simulator/traffic_model.h"

#include <deque>
#include <filesystem>
#include <fstream>
#include <optional>

namespace kxcti::sim {

class TrafficSource final : public LineSource {
public:
    // Throws ScenarioError (the scenario does not fit the layout) or std::runtime_error (the
    // truth file cannot be written).
    TrafficSource(const Scenario& scenario, const GeneratorOptions& options, bool forever,
                  const std::optional<std::filesystem::path>& truth_file);
    ~TrafficSource() override;
    std::optional<SourceLine> next() override;
    std::string summary() const override;

    const TrafficStats& stats() const { return model_.stats(); }
    void set_observer(TrafficObserver* observer) { model_.set_observer(observer); }

private:
    void write_truth();

    Scenario scenario_;
    GeneratorOptions options_;
    TrafficModel model_;
    std::deque<SourceLine> pending_;
    std::vector<SimRecord> records_;
    std::vector<TruthCall> ended_;
    std::uint64_t printed_ = 0;  // lines of records so far (for page headers)
    std::optional<std::filesystem::path> truth_path_;
    std::ofstream truth_;
    bool done_ = false;
};

} // namespace kxcti::sim
