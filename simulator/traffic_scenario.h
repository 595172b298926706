#pragma once
// A call centre for the traffic model: DIDs with their arrivals, ICD groups with members,
// operators with shifts and talk times, callers with patience. Read from a small INI file
// (scenario_text() documents the format by example) or taken from the built-in scenarios.
#include "simulator/traffic_builtin.h"
#include "simulator/traffic_random.h"

#include <array>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace kxcti::sim {

// A mistake in a scenario: "NAME:LINE: what was wrong; what is accepted".
struct ScenarioError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The PBX prints Ring as M'SS: nine minutes 59 is the most it can show. Callers give up by then
// (a drawn patience is capped), so every printed wait is the true one; `patience = none` lifts
// the cap (an M/M/N check) and a wait beyond it prints as 9'59.
inline constexpr std::int64_t kMaxPrintableWaitS = 9 * 60 + 59;
// CO lines of the largest KX-NS networks; layout C prints up to four digits, A and B print
// lines above 99 as "00" (reference: smdr-panasonic.md, Ext/CO).
inline constexpr int kMaxTrunks = 999;

struct Shift {
    std::int64_t from_s = 0;  // seconds after midnight
    std::int64_t to_s = 0;    // after from_s; at most 24:00
};

struct OperatorSpec {
    std::string ext;
    Distribution talk;          // an answered call's talk
    Distribution answer;        // ringing before the operator picks up
    double no_answer_percent;   // offered calls the operator lets ring (never picks up)
    Distribution wrapup;        // after-call work: not available, prints nothing
    std::vector<Shift> shifts;  // logged in during these, every simulated day
};

enum class RingMode { InOrder, All };

struct GroupSpec {
    std::string number;                // floating extension number, e.g. "601"
    std::vector<std::string> members;  // operator extensions, in hunting order
    RingMode ring = RingMode::InOrder;
    std::int64_t no_answer_s = 15;     // in order: ringing one member this long, then the next
    std::optional<std::int64_t> overflow_after_s;  // time in this group before the overflow
    std::optional<std::string> overflow_to;        // group number; also when no member is logged in
    double transfer_percent = 0;       // answered calls the operator transfers (after a consultation)
    std::vector<std::string> transfer_to;  // extensions (operators) consulted, tried in order
    Distribution consult{Distribution::Kind::Fixed, 20, 0};  // the consultation call
    double callback_percent = 0;       // lost calls (not blocked ones) a member calls back
    Distribution callback_after{Distribution::Kind::Uniform, 60, 600};
    Distribution callback_talk{Distribution::Kind::Exponential, 90, 0};
};

struct DidSpec {
    std::string number;                  // printed as <D>number<I>caller
    std::optional<std::string> group;    // the group it rings; or
    std::optional<std::string> forward_ext;     // an extension that forwards to a trunk:
    std::optional<std::string> forward_number;  //   "forward = 604:3356182041"
    double calls_per_day = 0;
    std::array<double, 24> profile{};    // relative weight of each hour (0: no calls then)
    bool even = false;                   // evenly spaced arrivals (exact tests) instead of Poisson
};

struct Scenario {
    std::string name;
    int days = 1;                        // simulated days (weekends skipped unless `weekends`)
    bool weekends = false;
    int trunks = 30;                     // CO lines: a call that finds none free is blocked
    std::optional<Distribution> patience;  // none: callers never give up
    double redial_percent = 0;           // lost and blocked callers who call again
    Distribution redial_after{Distribution::Kind::Uniform, 60, 900};
    Distribution forward_talk{Distribution::Kind::Exponential, 120, 0};
    double withheld_percent = 0;         // callers without CLI (printed as a bare <I>)
    bool print_did = true;               // <D>did<I>caller, else <I>caller
    bool log_in_out = true;              // LOG IN / LOG OUT records at shift edges
    std::int64_t short_abandon_s = 5;    // S, for the truth's short_abandon flag
    std::vector<DidSpec> dids;
    std::vector<GroupSpec> groups;
    std::vector<OperatorSpec> operators;  // every extension a group or transfer names

    const GroupSpec* group(const std::string& number) const;
    const OperatorSpec* op(const std::string& ext) const;
};

// Reads a scenario; `name` is used in error messages (a file name). Throws ScenarioError.
Scenario parse_scenario(const std::string& text, const std::string& name);
// `name_or_path`: a built-in scenario's name, else a file to read.
Scenario load_scenario(const std::string& name_or_path);
// The built-in scenarios: traffic_builtin.h.

} // namespace kxcti::sim
