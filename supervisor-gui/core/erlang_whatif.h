#pragma once
// The staffing screen's what-if calculator: "with this many calls and this handle time, how
// many operators and trunks?" Computed here with the reports engine's own Erlang functions
// (common/reports/erlang.h, linked from kxcti_reports), so the answers match the staffing and
// busy-hour reports; nothing goes to the server.
#include <optional>
#include <string>

namespace kxcti::supervisor {

struct WhatIfInput {
    double calls = 100;            // offered in one interval
    int interval_min = 60;
    double aht_s = 180;
    double target_s = 20;          // T
    double target_sl = 0.80;       // 80/20
    double shrinkage = 0.30;
    std::optional<int> agents;     // "what if N are on the phones": figures for that N
    std::optional<int> trunks;     // installed CO lines: their blocking
    double blocking_target = 0.01;
};

struct WhatIfResult {
    double traffic = 0;         // operators' A, Erlangs
    int required = 0;           // smallest N meeting the SL target (Erlang C)
    int scheduled = 0;          // required ÷ (1 − shrinkage)
    // At `agents` if given, else at `required`:
    int agents = 0;
    double service_level = 0;
    double wait_probability = 0;
    double asa_s = 0;           // +inf when N ≤ A
    double occupancy = 0;
    // Trunks: a queued caller holds a line too (kpi.md), so λ × (AHT + ASA).
    double trunk_traffic = 0;
    int trunks_needed = 0;
    std::optional<double> blocking;  // at the installed trunks
};

// Throws std::invalid_argument naming the input that is out of range.
WhatIfResult what_if(const WhatIfInput& in);

} // namespace kxcti::supervisor
