#include "simulator/traffic_source.h"

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace kxcti::sim {

TrafficSource::TrafficSource(const Scenario& scenario, const GeneratorOptions& options, bool forever,
                             const std::optional<std::filesystem::path>& truth_file)
    : scenario_(scenario), options_(options),
      model_(scenario_, options.seed, TrafficStart{options.start_year, options.start_month, options.start_day},
             options.format.layout, forever),
      truth_path_(truth_file) {
    if (truth_path_) {
        truth_.open(*truth_path_, std::ios::binary | std::ios::trunc);
        if (!truth_)
            throw std::runtime_error("cannot write the truth file " + truth_path_->string() + ": " + std::strerror(errno));
    }
}

TrafficSource::~TrafficSource() { write_truth(); }

void TrafficSource::write_truth() {
    if (truth_.is_open()) {
        for (const auto& c : ended_)
            truth_ << truth_json(c, options_.start_year, options_.start_month, options_.start_day) << '\n';
        truth_.flush();
    }
    ended_.clear();
}

std::optional<SourceLine> TrafficSource::next() {
    while (pending_.empty() && !done_) {
        records_.clear();
        done_ = !model_.step(records_, ended_);
        write_truth();
        // One step is one event: its records were printed in the same second.
        const std::int64_t at = model_.now_s();
        for (auto& r : records_) {
            if (options_.page > 0 && printed_ % static_cast<std::uint64_t>(options_.page) == 0) {
                pending_.push_back(SourceLine{"\f" + header_line(options_.format.layout), false, false, at});
                pending_.push_back(SourceLine{rule_line(), false, false, at});
            }
            ++printed_;
            // LOG IN / LOG OUT lines are printed by the PBX but are no call records.
            bool call_record = !(r.co.empty() && (r.dial == "LOG IN" || r.dial == "LOG OUT"));
            pending_.push_back(SourceLine{format_record(r, options_.format), call_record, false, at});
        }
    }
    if (pending_.empty()) return std::nullopt;
    SourceLine line = std::move(pending_.front());
    pending_.pop_front();
    return line;
}

std::string TrafficSource::summary() const {
    const auto& s = model_.stats();
    return "kxcti-pbxsim: traffic: " + std::to_string(s.calls) + " incoming calls (" + std::to_string(s.answered) +
           " answered, " + std::to_string(s.lost_in_queue) + " lost in queue, " + std::to_string(s.lost_at_operator) +
           " lost at operator, " + std::to_string(s.short_abandons) + " short abandons, " +
           std::to_string(s.forwarded) + " forwarded, " + std::to_string(s.blocked) + " blocked), " +
           std::to_string(s.callbacks) + " call-backs, " + std::to_string(s.transfers) + " transfers, " +
           std::to_string(s.overflows) + " overflows, " + std::to_string(s.records) + " call records";
}

} // namespace kxcti::sim
