#pragma once
// The ground truth of a simulated call: what really happened, for tests that check call
// assembly and reports against it. Written one JSON object per line (--truth FILE), in the order
// the calls ended. Definitions follow kpi.md and the call assembler (common/calls/call.h):
//   wait_s   arrival until answer or hang-up (queue + ring, over every group the call reached)
//   talk_s   the caller connected to operators: the answering leg (hold during a consultation
//            included) plus the transfer target's leg; an outgoing or forwarded call's talk
//   outcome  answered | lost_in_queue | lost_at_operator | short_abandon | forwarded_out |
//            outgoing | blocked; lost calls also say lost_where (queue | operator), a short
//            abandon too. lost_at_operator: an operator rang in the group where the caller hung up.
//   stages   per group reached: when it entered and left (the group leg's Ring)
//   rang     the operators the PBX printed for the call: NA legs and the answering leg. Members
//            of a ring-all group that stopped ringing because a colleague answered are not printed
//            (the model's assumption about the PBX) and not listed.
// Times are PBX local time; seconds as the PBX prints them.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kxcti::sim {

enum class TruthOutcome { Answered, LostInQueue, LostAtOperator, ShortAbandon, ForwardedOut, Outgoing, Blocked };
std::string_view to_string(TruthOutcome outcome);

struct TruthLeg {
    std::string ext;
    std::string group;     // the ICD group it rang for
    std::int64_t started_s = 0;  // model seconds: began ringing
    std::int64_t ring_s = 0;
    bool answered = false;
    friend bool operator==(const TruthLeg&, const TruthLeg&) = default;
};

// One ICD group's part of the call: from entering the group to leaving it (answer, overflow,
// hang-up). The group's printed Ring is left_s - entered_s.
struct TruthStage {
    std::string group;
    std::int64_t entered_s = 0;
    std::int64_t left_s = 0;
    friend bool operator==(const TruthStage&, const TruthStage&) = default;
};

struct TruthCall {
    std::uint64_t id = 0;                 // 1, 2, ... in order of arrival (or of dialling)
    bool incoming = true;
    std::string did;                      // incoming: the DID it came in on
    std::optional<std::string> caller;    // incoming: the caller's number; nullopt when withheld
    std::optional<std::string> dialed;    // outgoing: number dialled; forwarded: where to
    std::optional<std::string> ext;       // outgoing: who dialled; forwarded: who forwarded
    std::string trunk;                    // CO line ("03"; A and B print lines above 99 as "00");
                                          // empty when blocked
    std::optional<std::string> forward_trunk;  // forwarded: the CO of the outgoing leg
    std::int64_t start_s = 0;             // model seconds since the first day's midnight
    std::int64_t end_s = 0;
    std::vector<std::string> groups;      // ICD groups reached, in order
    std::vector<TruthStage> stages;       // the same, with the time spent in each
    TruthOutcome outcome = TruthOutcome::Answered;
    std::optional<std::string> lost_where;  // "queue" or "operator" for lost calls
    std::optional<std::int64_t> wait_s;     // incoming calls (0 for a forward: it rang nowhere)
    std::optional<std::int64_t> talk_s;     // answered, forwarded and outgoing calls
    std::optional<std::string> answered_by;
    std::optional<std::int64_t> answer_ring_s;  // how long the answering operator rang
    std::optional<std::string> transferred_to;
    std::vector<TruthLeg> rang;
    std::optional<std::uint64_t> callback_of;   // outgoing: the lost call it returns
    std::optional<std::uint64_t> redial_of;     // incoming: the caller's previous, lost call
    int records = 0;                      // SMDR records printed for the call
};

// Civil date and time of a model second, given the first day.
struct LocalStamp {
    int year, month, day, hour, minute, second;
};
LocalStamp stamp(int start_year, int start_month, int start_day, std::int64_t model_s);

// One line of --truth output (no newline).
std::string truth_json(const TruthCall& call, int start_year, int start_month, int start_day);

} // namespace kxcti::sim
