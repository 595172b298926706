// The assembler's handling of records that complete or announce legs: RC/AN events (R9), the
// final record of an announced leg, and forwards (R6). Rules: assembler.cpp.
#include "common/calls/assembler.h"
#include "common/calls/assembler_detail.h"

#include <algorithm>

namespace kxcti::calls {

using namespace detail;

// R9: the final record of a leg announced by RC/AN.
bool CallAssembler::complete_provisional(RecordLeg& rl, const std::string& key, std::vector<CallUpdate>& out) {
    auto k = by_key_.find(key);
    if (k == by_key_.end()) return false;
    const std::vector<Seq> cands(k->second.rbegin(), k->second.rend());
    for (Seq seq : cands) {
        OpenCall& oc = open_.at(seq);
        if (oc.caller_gone) continue;
        auto p = std::find_if(oc.call.legs.begin(), oc.call.legs.end(),
                              [&](const Leg& x) { return x.provisional && x.ext == rl.leg.ext; });
        if (p == oc.call.legs.end()) continue;
        Leg f = rl.leg;
        f.event_ids = p->event_ids;
        f.event_ids.insert(f.event_ids.begin(), p->journal_id);
        if (p->began) f.began = p->began;  // the RC stamp is the ring's start itself
        if (!f.connected) f.connected = p->connected;
        const bool answered_before = std::any_of(oc.call.legs.begin(), p, answers);
        if (answered_before && answers(f) && f.kind == LegKind::Operator) f.kind = LegKind::Transfer;
        *p = std::move(f);
        if (answers(*p)) {
            oc.answered = true;
            oc.last_answered_end = activity(*p);
            oc.last_answered_ext = p->ext;
            oc.answered_exts.push_back(p->ext);
        }
        oc.call.flags.time_estimated |= rl.time_estimated;
        oc.call.flags.duration_suspect |= rl.duration_suspect;
        touched(seq, activity(*p).value_or(oc.last_end), rl.caller_gone);
        emit(oc, out);
        return true;
    }
    return false;
}

// R6: a forward joins the call whose leg of the same extension ended with it.
void CallAssembler::on_forward(RecordLeg rl, std::vector<CallUpdate>& out) {
    const LocalSeconds gap = options_.chain_gap_s;
    if (auto x = by_ext_.find(rl.leg.ext); x != by_ext_.end()) {
        std::vector<Seq> newest_first(x->second.begin(), x->second.end());
        std::sort(newest_first.rbegin(), newest_first.rend());
        for (auto it = newest_first.begin(); it != newest_first.end(); ++it) {
            const OpenCall& oc = open_.at(*it);
            const bool found = std::any_of(oc.call.legs.begin(), oc.call.legs.end(), [&](const Leg& l) {
                return l.kind != LegKind::Intercom && l.ext == rl.leg.ext && l.end &&
                       intersects(l.end->earliest - gap, l.end->latest + gap, rl.printed.earliest,
                                  rl.printed.latest);
            });
            if (!found) continue;
            const Seq seq = *it;
            // The FW record is printed when the forwarded conversation ends: the trunk is free,
            // and a leg after it on the same key (a withheld caller keys on the trunk alone) is
            // a new call.
            rl.caller_gone = true;
            attach(seq, rl.leg, rl);
            emit(open_.at(seq), out);
            return;
        }
    }
    const Seq seq = start_call(rl.leg.journal_id, CallDirection::In, forward_key(rl.leg.ext));
    ++forward_keyed_;
    open_.at(seq).call.flags.grouping_uncertain = true;  // its incoming leg was not seen
    attach(seq, rl.leg, rl);
    emit(open_.at(seq), out);
}

void CallAssembler::on_event(RecordLeg rl, std::vector<CallUpdate>& out) {
    const LocalSeconds gap = options_.chain_gap_s;
    const bool answer = rl.role == Role::AnswerEvent;
    const TimeWindow w = rl.printed;
    const std::vector<Seq> cands = candidates(join_key(rl));
    // A further event of a leg already announced (RC then AN).
    for (Seq seq : cands) {
        OpenCall& oc = open_.at(seq);
        if (oc.caller_gone) continue;
        auto p = std::find_if(oc.call.legs.begin(), oc.call.legs.end(),
                              [&](const Leg& x) { return x.provisional && x.ext == rl.leg.ext; });
        if (p == oc.call.legs.end()) continue;
        p->event_ids.push_back(rl.leg.journal_id);
        if (answer && p->kind != LegKind::Group) {
            p->answered = true;
            p->connected = w;
            oc.answered = true;
            oc.last_answered_end = w;
            oc.last_answered_ext = p->ext;
            oc.answered_exts.push_back(p->ext);
        } else if (!p->began) {
            p->began = w;
        }
        touched(seq, w, false);
        emit(oc, out);
        return;
    }
    // A new leg of a call in progress (e.g. the next operator rung, or a transfer target).
    for (Seq seq : cands) {
        OpenCall& oc = open_.at(seq);
        if (oc.caller_gone) continue;
        if (!intersects(w.earliest, w.latest, oc.last_end.earliest - gap, oc.last_end.latest + gap)) continue;
        if (oc.answered && rl.leg.ext == oc.last_answered_ext) continue;
        attach(seq, rl.leg, rl);
        emit(open_.at(seq), out);
        return;
    }
    const Seq seq = start_call(rl.leg.journal_id, rl.direction, join_key(rl));
    attach(seq, rl.leg, rl);
    emit(open_.at(seq), out);
}

} // namespace kxcti::calls
