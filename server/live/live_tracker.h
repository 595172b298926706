#pragma once
// Queue and operator states derived from call events, for wallboards and the Supervisor's
// live view: how many calls wait in each ICD group (rung at the group's number, not yet
// answered or ended) and what each extension is doing (ringing, talking, idle). Pure and
// single-threaded: feed it every call event in order; it returns the states that changed.
//
// SMDR can miss an end (a site that prints RC but not NA, a link drop): a call waiting or an
// extension busy for longer than kStaleAfter is forgotten at the next event, so a lost record
// cannot keep a wallboard red forever.
#include "server/live/directory.h"
#include "server/live/live_event.h"

#include <chrono>
#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace kxcti::server::live {

inline constexpr std::chrono::hours kStaleAfter{2};
// Calls waiting per group and extensions tracked: far above any PBX this serves (a KX-NS1000
// has 128 trunks), so reaching them means lost end records, and the oldest go.
inline constexpr std::size_t kMaxWaitingPerGroup = 1024;
inline constexpr std::size_t kMaxTracked = 4096;

class LiveTracker {
public:
    // The QueueState / OperatorState events that `call_event` changes (none for states).
    std::vector<LiveEvent> update(const LiveEvent& call_event);

private:
    struct Waiting {
        std::map<std::string, std::int64_t> since;  // call_key -> when it started ringing
    };
    struct Activity {
        protocol::OperatorActivity activity = protocol::OperatorActivity::Idle;
        std::string group;
        std::string call_key;
        std::string caller;
        std::int64_t since_us = 0;
    };

    void prune(std::int64_t now_us, std::vector<LiveEvent>& out);
    void set_operator(const std::string& ext, const std::string& group, protocol::OperatorActivity activity,
                      const std::string& key, const std::string& caller, std::int64_t at_us,
                      std::vector<LiveEvent>& out);
    void leave_queues(const std::string& key, std::int64_t at_us, std::vector<LiveEvent>& out);
    void queue_state(const std::string& group, std::int64_t at_us, std::vector<LiveEvent>& out) const;

    std::map<std::string, Waiting> queues_;
    std::map<std::string, Activity> operators_;
};

} // namespace kxcti::server::live
