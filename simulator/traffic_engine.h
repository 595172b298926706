#pragma once
// The traffic model's inside (traffic_model.h says what it does). traffic_engine.cpp: events,
// days, shifts, arrivals, printing; traffic_groups.cpp: queueing, ringing, answering, transfers,
// abandons, overflows, call-backs.
#include "simulator/traffic_model.h"

#include <deque>
#include <map>
#include <queue>
#include <set>
#include <string>
#include <vector>

namespace kxcti::sim {

// A caller gives up redialling after this many lost calls in a row (which also ends the chain
// when nobody ever answers).
inline constexpr int kMaxRedials = 3;
// Outgoing legs (call-backs, forwards) cost this per started minute, like the generator's calls.
inline constexpr long kCostCentsPerMinute = 10;

class TrafficModel::Impl {
public:
    Impl(const Scenario& scenario, std::uint64_t seed, TrafficStart start, Layout layout, bool forever);
    bool step(std::vector<SimRecord>& records, std::vector<TruthCall>& ended);

    TrafficStats stats;
    std::int64_t now = 0;
    TrafficObserver* observer = nullptr;  // traffic_observer.h; nullptr: none

private:
    // ---- state ----
    enum class OpState { Out, Idle, Ringing, Busy, Wrap };
    struct Op {
        const OperatorSpec* spec;
        Rng rng;
        OpState state = OpState::Out;
        bool in_shift = false;
        std::uint64_t call = 0;   // ringing for / talking on (0: none)
        std::uint64_t token = 0;  // bumped on every change: stale events are dropped
        bool day_spanning = false;  // a shift ends at 24:00 and one starts at 00:00
    };
    struct Ringing {
        int op;
        std::int64_t since;
    };
    enum class Phase { Waiting, Talking, Transferred, Forwarded, Outgoing, Done };
    struct Call {
        TruthCall truth;
        Phase phase = Phase::Waiting;
        int did = -1;
        int group = -1;
        std::int64_t group_enter = 0;
        std::uint64_t stage = 0;  // bumped per group reached: stale overflow timers are dropped
        bool stage_rang = false;  // an operator rang in the current group
        std::vector<Ringing> ringing;
        std::set<int> tried;      // in-order members that let it ring out in this round
        int answerer = -1;
        std::int64_t answered_at = 0;
        int transfer_target = -1;
        std::int64_t transfer_at = 0;
        int trunk = -1, forward_trunk = -1;
        int redials = 0;          // calls before this one in the caller's chain of redials
        std::string dial;         // the Dial Number column of its incoming legs
    };
    enum class Ev {
        DayStart, Arrival, ShiftStart, ShiftEnd, Abandon, Overflow, RingTimeout, Answer, TalkEnd,
        TransferStart, TransferDone, TransferTalkEnd, WrapEnd, ForwardEnd, CallbackDue, CallbackEnd,
    };
    struct Event {
        std::int64_t t;
        std::uint64_t seq;
        Ev kind;
        std::int64_t a = 0, b = 0;
        std::uint64_t token = 0;
        bool operator>(const Event& o) const { return t != o.t ? t > o.t : seq > o.seq; }
    };
    struct NewCaller {  // a redial: who calls again, on which DID
        int did;
        std::optional<std::string> caller;
        std::uint64_t redial_of;
        int redials;
    };
    struct Callback {
        int group;
        std::string number;
        std::uint64_t lost_call;
        std::int64_t give_up_at;
    };

    // ---- traffic_engine.cpp ----
    void schedule(std::int64_t t, Ev kind, std::int64_t a = 0, std::int64_t b = 0, std::uint64_t token = 0);
    void handle(const Event& e);
    bool open_day(std::int64_t calendar_day) const;
    void day_start(std::int64_t day);
    void arrivals_of_day(std::int64_t day, int did);
    void shift_start(int op);
    void shift_end(int op);
    void arrival(int did, const NewCaller* again);
    void forward_end(Call& c);
    void print(Call* c, SimRecord r);
    SimRecord record_at(std::int64_t t) const;
    SimRecord leg(const Call& c, const std::string& ext) const;
    int free_trunk() const;
    std::string trunk_text(int trunk) const;     // the line's number, "01" .. "999" (the truth)
    std::string printed_trunk(int trunk) const;  // as the layout prints it
    void end_call(Call& c);
    void op_free(int op);  // finished ringing, talking or wrap-up: idle, or logs out
    void log_in_out(int op, bool in);
    std::string caller_number();
    CallView view(const Call& c) const;

    // ---- traffic_groups.cpp ----
    void enter_group(Call& c, int group);
    void dispatch();
    void offer(int group);
    int pick_in_order(int group, Call& c);
    void ring(Call& c, int op);
    void stop_ringing(Call& c, bool print_na);
    void ring_timeout(Call& c, int op);
    void answer(Call& c, int op);
    void talk_end(Call& c);
    void transfer_start(Call& c);
    void transfer_done(Call& c);
    void transfer_talk_end(Call& c);
    void abandon(Call& c);
    void overflow(Call& c);
    void lost(Call& c);
    void callback_due(std::size_t index);
    void callback_end(Call& c);
    void wrap_up(int op);
    bool logged_in_member(int group) const;
    Call* find(std::uint64_t id);

    const Scenario& sc_;
    std::uint64_t seed_;
    TrafficStart start_;
    Layout layout_;
    bool forever_;
    std::vector<Op> ops_;
    std::map<std::string, int> op_index_;
    std::vector<int> group_of_did_;        // group index per DID, -1 for forwards
    std::vector<std::vector<int>> members_;  // op indices per group, in hunting order
    std::vector<int> overflow_to_;         // group index, -1 for none
    std::vector<std::vector<int>> transfer_to_;
    std::vector<std::deque<std::uint64_t>> queue_;  // waiting calls per group, oldest first
    std::vector<Rng> did_rng_, group_rng_;
    std::vector<double> even_carry_;       // evenly spaced arrivals: the fraction carried over
    Rng callers_, patience_, redial_, forward_;
    std::map<std::uint64_t, Call> calls_;
    std::vector<bool> trunk_busy_;
    std::vector<NewCaller> new_callers_;
    std::vector<Callback> callbacks_;
    std::priority_queue<Event, std::vector<Event>, std::greater<>> events_;
    std::uint64_t seq_ = 0;
    std::uint64_t next_call_ = 1;
    std::int64_t simulated_days_ = 0;  // open days started so far
    std::int64_t last_day_ = -2;       // calendar day of the last simulated day (-2: none yet)
    std::vector<SimRecord>* out_records_ = nullptr;
    std::vector<TruthCall>* out_calls_ = nullptr;
};

} // namespace kxcti::sim
