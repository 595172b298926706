#include "common/calls/record_leg.h"

namespace kxcti::calls {

namespace {

bool cd_is(const std::optional<std::string>& cd, std::string_view code) { return cd && *cd == code; }

bool is_disa(const std::optional<std::string>& cd) {
    return cd && cd->size() == 2 && (*cd)[0] == 'D' && (*cd)[1] >= '0' && (*cd)[1] <= '4';
}

std::string strip_transfer_mark(std::string s) {
    if (!s.empty() && s.back() == '-') s.pop_back();
    return s;
}

} // namespace

RecordLeg classify(std::int64_t journal_id, const smdr::Record& r, const AssemblyOptions& options,
                   TimeWindow fallback) {
    RecordLeg out;
    if (r.direction == smdr::Direction::Unknown || !r.ext) return out;  // Role::Ignored

    Leg& leg = out.leg;
    leg.journal_id = journal_id;
    leg.ext = *r.ext;
    leg.co = r.co;
    leg.cd = r.cd;
    leg.ring_s = r.ring_s;
    leg.marked_transfer = r.transferred || cd_is(r.cd, "TR");
    if (r.duration_s && *r.duration_s >= kSuspectDurationS) out.duration_suspect = true;
    else leg.duration_s = r.duration_s;

    const bool na = cd_is(r.cd, "NA");
    const bool group = is_group(options, leg.ext);
    out.key_co = r.co.value_or("");
    out.caller = r.caller;
    out.did = r.did;

    if (r.direction == smdr::Direction::Intercom) {
        out.role = Role::Intercom;
        out.direction = CallDirection::Intercom;
        leg.kind = LegKind::Intercom;
        if (r.dialed) {
            std::string t = *r.dialed;
            if (t.rfind("EXT", 0) == 0) t.erase(0, 3);  // older parsers kept the prefix
            leg.target = t;
        }
        out.dialed = leg.target;
        leg.answered = !na;
        if (leg.answered) leg.talk_s = leg.duration_s;
    } else if (cd_is(r.cd, "RC") || cd_is(r.cd, "VR") || cd_is(r.cd, "AN") || cd_is(r.cd, "VA")) {
        const bool answer = cd_is(r.cd, "AN") || cd_is(r.cd, "VA");
        out.role = answer ? Role::AnswerEvent : Role::RingEvent;
        out.direction = r.direction == smdr::Direction::Out ? CallDirection::Out : CallDirection::In;
        leg.kind = group ? LegKind::Group : LegKind::Operator;
        leg.provisional = true;
        leg.answered = answer && !group;
    } else if (cd_is(r.cd, "FW")) {
        out.role = Role::Leg;
        out.direction = CallDirection::In;  // a forwarded incoming call; its incoming leg has the caller
        leg.kind = LegKind::Forward;
        leg.target = r.dialed ? std::optional(strip_transfer_mark(*r.dialed)) : std::nullopt;
        leg.answered = leg.duration_s.value_or(0) > 0;
        leg.talk_s = leg.duration_s;
    } else {
        out.role = Role::Leg;
        out.direction = r.direction == smdr::Direction::Out ? CallDirection::Out : CallDirection::In;
        if (is_disa(r.cd)) {
            leg.kind = LegKind::Disa;
        } else if (out.direction == CallDirection::Out) {
            leg.kind = LegKind::Outgoing;
            leg.answered = true;  // an outgoing record is a seized trunk: its duration is the talk
            leg.talk_s = leg.duration_s;
        } else if (group) {
            leg.kind = LegKind::Group;
            out.caller_gone = na;
        } else {
            leg.kind = LegKind::Operator;
            leg.answered = !na;
            if (leg.answered) leg.talk_s = leg.duration_s;
        }
    }
    out.key_party = out.direction == CallDirection::Out
                        ? strip_transfer_mark(r.dialed.value_or(""))
                        : r.caller.value_or("");
    if (out.direction == CallDirection::Out) out.dialed = out.key_party;

    // Times. The printed time is the end of the leg, except: RC/VR print the start of ringing,
    // AN/VA the answer, and the TA layout the start of the call.
    const auto printed = printed_window(r);
    out.time_estimated = !printed;
    const TimeWindow w = printed.value_or(fallback);
    const std::optional<int> dur = leg.duration_s;
    const int ring_allowance = leg.ring_s.value_or(options.max_unprinted_ring_s);
    if (out.role == Role::RingEvent) {
        leg.began = w;
        out.printed = w;
        out.begin_earliest = w.earliest;
        out.begin_latest = w.latest;
        return out;
    }
    if (out.role == Role::AnswerEvent) {
        leg.connected = w;
        out.printed = w;
        out.begin_earliest = w.earliest - ring_allowance;
        out.begin_latest = w.latest;
        return out;
    }
    TimeWindow end = w;
    if (r.time_is_start) {
        leg.began = w;
        if (dur) {
            end = shifted(w, *dur + leg.ring_s.value_or(0));
            leg.end = end;
        }
        out.printed = end;
        out.begin_earliest = w.earliest;
        out.begin_latest = w.latest;
    } else {
        leg.end = end;
        out.printed = end;
        if (dur && leg.ring_s) leg.began = shifted(end, -(*dur + *leg.ring_s));
        out.begin_latest = end.latest - dur.value_or(0) - leg.ring_s.value_or(0);
        if (dur) out.begin_earliest = end.earliest - *dur - ring_allowance;
    }
    if (leg.answered && dur && leg.end) leg.connected = shifted(*leg.end, -*dur);
    return out;
}

} // namespace kxcti::calls
