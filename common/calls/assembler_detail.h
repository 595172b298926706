#pragma once
// Small helpers shared by assembler.cpp and assembler_events.cpp (internal to kxcti_calls).
#include "common/calls/call.h"
#include "common/calls/record_leg.h"

#include <algorithm>
#include <optional>
#include <string>

namespace kxcti::calls::detail {

inline constexpr LocalSeconds kSecondsPerMinute = 60;

inline bool intersects(LocalSeconds a_lo, LocalSeconds a_hi, LocalSeconds b_lo, LocalSeconds b_hi) {
    return a_lo <= b_hi && b_lo <= a_hi;
}

inline bool answers(const Leg& l) {
    return l.answered && (l.kind == LegKind::Operator || l.kind == LegKind::Transfer ||
                          l.kind == LegKind::Outgoing);
}

inline std::optional<TimeWindow> activity(const Leg& l) {
    if (l.end) return l.end;
    if (l.connected) return l.connected;
    return l.began;
}

// Join keys: legs of one call share direction, trunk and party (R1). A call opened by a forward
// whose incoming leg was not seen yet is keyed by the forwarding extension instead (R6).
inline std::string join_key(const RecordLeg& rl) {
    std::string k;
    k.reserve(rl.key_co.size() + rl.key_party.size() + 4);
    k.push_back(static_cast<char>('0' + static_cast<int>(rl.direction)));
    k.push_back('\x1f');
    k += rl.key_co;
    k.push_back('\x1f');
    k += rl.key_party;
    return k;
}
inline std::string forward_key(const std::string& ext) { return "F\x1f" + ext; }

// R6: the forwarding extension's incoming leg carries the forwarded conversation's duration; the
// extension itself did not answer (whether its phone rang first is not printed).
inline void demote_forwarding_leg(Leg& l) {
    if (l.kind != LegKind::Operator) return;
    l.answered = false;
    l.talk_s.reset();
    l.connected.reset();
}
inline bool has_forward_of(const Call& c, const std::string& ext) {
    return std::any_of(c.legs.begin(), c.legs.end(),
                       [&](const Leg& l) { return l.kind == LegKind::Forward && l.ext == ext; });
}


} // namespace kxcti::calls::detail
