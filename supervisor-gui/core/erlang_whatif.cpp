#include "supervisor-gui/core/erlang_whatif.h"

#include "common/reports/erlang.h"

#include <cmath>
#include <stdexcept>

namespace kxcti::supervisor {

WhatIfResult what_if(const WhatIfInput& in) {
    namespace r = kxcti::reports;
    if (in.interval_min <= 0) throw std::invalid_argument("interval must be at least one minute");
    if (in.agents && *in.agents < 1) throw std::invalid_argument("operators must be at least 1");
    if (in.trunks && *in.trunks < 1) throw std::invalid_argument("trunks must be at least 1");
    WhatIfResult out;
    const double period_s = in.interval_min * 60.0;
    out.traffic = r::offered_traffic(in.calls, period_s, in.aht_s);
    out.required = r::agents_needed(out.traffic, in.aht_s, in.target_s, in.target_sl);
    out.scheduled = r::scheduled_agents(out.required, in.shrinkage);
    out.agents = in.agents.value_or(out.required);
    const auto c = r::erlang_c(out.traffic, out.agents, in.aht_s, in.target_s);
    out.service_level = c.service_level;
    out.wait_probability = c.wait_probability;
    out.asa_s = c.asa_s;
    out.occupancy = c.occupancy;
    const double asa = std::isfinite(c.asa_s) ? c.asa_s : 0.0;
    out.trunk_traffic = r::offered_traffic(in.calls, period_s, in.aht_s + asa);
    out.trunks_needed = r::lines_needed(out.trunk_traffic, in.blocking_target);
    if (in.trunks) out.blocking = r::erlang_b(out.trunk_traffic, *in.trunks);
    return out;
}

} // namespace kxcti::supervisor
