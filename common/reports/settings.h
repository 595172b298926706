#pragma once
// What a site has told us about itself, and the thresholds every figure is computed with.
// Plain values only: the reports engine reads them, common/site stores them in the database
// (site::load / site::save), and every report states the thresholds it used. The defaults are
// kpi.md's and make the figures meaningful before anyone configures anything.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kxcti::reports {

// How abandons count in the service level (kpi.md: Cisco's three types).
enum class AbandonPolicy : std::uint8_t {
    Against,  // answered within T ÷ (answered + abandoned after T)  (default)
    Ignored,  // answered within T ÷ answered
    For,      // (answered within T + abandoned within T) ÷ (answered + abandoned)
};

struct Thresholds {
    std::uint32_t service_level_s = 20;        // T
    double service_level_target = 0.80;        // 80/20
    std::uint32_t short_abandon_s = 5;         // S
    AbandonPolicy abandon_policy = AbandonPolicy::Against;
    std::uint32_t callback_window_s = 24 * 3600;  // W: repeat callers, lost-not-called-back
    std::uint32_t talk_short_below_s = 40;     // talk buckets: < 40 s, 40 s–3 min, > 3 min
    std::uint32_t talk_long_above_s = 180;
    std::uint32_t slow_answer_ring_s = 15;     // an operator's ring before answer above this is slow
    double trunk_blocking_target = 0.01;       // Erlang B target for "trunks needed"
    double shrinkage = 0.30;                   // scheduled = required ÷ (1 − shrinkage)
};

struct Operator {
    std::string ext;    // extension number as the PBX prints it
    std::string name;   // shown instead of the number; empty: not named yet
};

struct Group {
    std::string number;                // ICD group extension, e.g. "601"
    std::string name;
    std::vector<std::string> members;  // extensions; empty: learned from the records
};

struct CivilDay {
    int year = 0, month = 0, day = 0;  // local date
    friend auto operator<=>(const CivilDay&, const CivilDay&) = default;
};

struct Channel {
    std::string did;                   // the advertising line's number as the PBX prints it
    std::string name;                  // "Google Ads", "billboard M3", ...
    std::optional<CivilDay> valid_from;  // inclusive; none: since ever
    std::optional<CivilDay> valid_to;    // inclusive; none: still running
    std::optional<double> monthly_spend; // in the site's currency; none: cost per call unknown
};

struct SiteModel {
    std::vector<Operator> operators;
    std::vector<Group> groups;
    std::vector<Channel> channels;
    std::optional<std::uint32_t> trunk_count;  // installed CO lines; none: unknown (no blocking figure)
    Thresholds thresholds;
};

} // namespace kxcti::reports
