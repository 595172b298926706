#pragma once
// A call centre in virtual time: calls arrive on DIDs (Poisson, or evenly, with a daily
// profile), take a CO line, queue in ICD groups whose members ring in order or all at once,
// overflow, are answered after the operator's ring, talked, transferred after a consultation,
// or lost when the caller's patience ends (in the queue, or while an operator rings); lost
// callers redial, operators call lost callers back, a DID may forward to a trunk, operators log
// in and out with their shifts. The model prints, at the moment the PBX would, the SMDR records
// of every leg (smdr_writer.h) and hands out each call's ground truth when the call ends.
//
// Discrete events in whole seconds; the same scenario and seed give the same records and truth.
// What the PBX prints, when (the conventions of the real capture, see common/calls/assembler.cpp):
//   - a member that rang without answering: its leg with NA, when it stops ringing;
//   - the group's leg when the call leaves the group: at the answer (Ring = time in the group,
//     duration 0), at an overflow (no code), or when the caller hangs up there (NA);
//   - the answering operator's leg when the talk ends (Ring = its ring, duration = talk);
//   - a transfer: "X EXTY" (the consultation) and X's leg at the transfer, Y's leg when Y's talk
//     ends (Ring 0'00, unmarked, like most incoming transfers of the capture);
//   - a forward: the extension's incoming leg and the FW leg on another CO, both with the talk;
//   - a call-back: an outgoing leg with its cost; LOG IN / LOG OUT at shift edges (if enabled).
#include "simulator/smdr_writer.h"
#include "simulator/traffic_observer.h"
#include "simulator/traffic_scenario.h"
#include "simulator/traffic_truth.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace kxcti::sim {

struct TrafficStats {
    std::uint64_t calls = 0;  // incoming calls that arrived (blocked ones included)
    std::uint64_t answered = 0, lost_in_queue = 0, lost_at_operator = 0, short_abandons = 0;
    std::uint64_t blocked = 0, forwarded = 0, callbacks = 0, transfers = 0, overflows = 0;
    std::uint64_t records = 0;  // call records printed (LOG IN / LOG OUT not counted)
};

struct TrafficStart {
    int year = 2024, month = 1, day = 8;  // the first simulated day (model second 0 is its midnight)
};

class TrafficModel {
public:
    // Throws ScenarioError when the scenario cannot be printed in `layout` (a DID and caller
    // longer than the Dial Number column).
    TrafficModel(const Scenario& scenario, std::uint64_t seed, TrafficStart start, Layout layout, bool forever);
    ~TrafficModel();
    TrafficModel(const TrafficModel&) = delete;
    TrafficModel& operator=(const TrafficModel&) = delete;

    // Runs events until at least one record was printed or one call ended, appending them (records
    // in print order, which is time order). Returns false once nothing more can happen.
    bool step(std::vector<SimRecord>& records, std::vector<TruthCall>& ended);

    // Calls `observer` (not owned; nullptr: none) at every moment of every call from now on.
    void set_observer(TrafficObserver* observer);

    const TrafficStats& stats() const;
    std::int64_t now_s() const;  // model seconds since the first day's midnight

private:
    class Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace kxcti::sim
