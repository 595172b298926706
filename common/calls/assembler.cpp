// Call assembly: which SMDR records belong to one call, and what they say about it.
//
// Grouping rules, with the evidence for each. "costa:N" is line N of the real capture
// shared/corpus/smdr/Magicianred_...costa...txt (KX-TDA class, pattern B, no Ring column);
// "ref" is shared/reference/smdr-panasonic.md ("From records to calls").
//
// R1 Key. Legs of one call share direction, trunk (CO) and party: the caller for incoming legs,
//    the number dialled (without the transfer '-') for outgoing ones. A CO line carries one call
//    at a time: concurrent calls always show different COs (costa:71-72, 153-156, 183-186), and
//    the same caller on two COs is two calls (costa:113-116, 234-237). Bare <I> keys on CO alone
//    (costa:238-239: "601 21 <I>" then "401 21 <I>", one call).
// R2 Time. Each record is stamped with the END of its leg, to the minute (ref); so a leg that
//    follows another must BEGIN where the previous one ended, within chain_gap_s:
//    - an answered leg's connect time (end - duration) meets the end of the previous stage.
//      A group leg is printed when the group stage ends, i.e. at the answer: in all 40 group ->
//      agent pairs of costa the agent's connect window overlaps the group leg's minute
//      (costa:18-20 "14:53 601", "14:53 402 ... 00:00'10"; costa:125-127 "15:59 601 02",
//      "16:05 401 02 ... 00:06'21": connect 15:58:39..15:59:38);
//    - a transfer target connects when the transferring leg ends (costa:20-21, 28-29, 155-156,
//      185-186, 222-223, 23-24: all overlap);
//    - a leg without Ring (pattern B) may have rung up to max_unprinted_ring_s before.
//    The group-leg duration is kept as printed but not interpreted: it is 0 on most answered
//    calls, up to 31 s on others (costa:83) and 1'39 on an unanswered one (costa:51).
// R3 Structure. Until a call is answered it may gain NA legs (operators rang), group legs and
//    DISA legs; once answered it gains only transfers: an answered leg of ANOTHER extension (an
//    extension never transfers to itself; re-dials by one extension are separate calls,
//    costa:91-94). A group leg after the answer, an NA leg after the answer, or the same group
//    twice starts a new call: the caller called again (costa:56-61: "08:10 401 NA / 611 /
//    401 00:00'46" then "08:11 401 NA / 611 / 08:12 401 00:00'23" are two calls; costa:230-235).
//    When the time rule alone would have allowed the join, the new call is flagged
//    grouping_uncertain (a transfer back to the group, or a blind transfer that was not
//    answered, would look the same).
// R4 NA on an operator leg = that extension rang without answering; the call may go on: every
//    CO 05 call of costa is "401 NA", "611", "401 <talk>" in one or two minutes (costa:9-11,
//    14-16, 65-67, 85-87 ...), where the agent's connect window overlaps the 611 minute.
//    NA on a GROUP leg = the caller hung up in the group: nothing can join after it
//    (costa:217-218 "401 NA", "611 NA"; costa:224-228 lost at 09:10, a new call at 09:12).
// R5 A call with group legs and no answered leg is lost: at operator when an operator rang (NA
//    leg), else in queue (ref "A call lost before answer"; kpi.md outcomes); a lost call with a
//    known wait < short_abandon_s is a short abandon. Pattern B prints no Ring, so there the wait
//    is unknown and no call is a short abandon. Reaching a second ICD group is an overflow.
// R6 FW = forwarded to a trunk: the FW record (another CO, the number dialled) joins the call
//    whose leg of the SAME extension ended within chain_gap_s (costa:12-13 "13:25 604 21
//    <I>3476138179 00:00'17" + "13:25 604 01 3356182041 00:00'17 FW"; costa:106-107). Outcome
//    forwarded out; talk = the forwarded leg's duration.
// R7 Transfers. An answered leg of another extension that connects when the previous answered leg
//    ended is a transfer leg. The PBX marks it inconsistently: outgoing transfers carry '-' and
//    TR on the target's leg (costa:24 "402 01 0376689064- ... TR"), incoming ones usually nothing
//    (costa:21, 29, 156, 223) but are preceded by the consultation intercom line. An outgoing
//    transfer needs the '-'/TR mark (else a colleague re-dialling the number would join it); an
//    incoming transfer with neither mark nor consultation is kept but flagged grouping_uncertain.
// R8 Consultation. An intercom line "X EXTY" followed, within chain_gap_s, by X's trunk leg that
//    was connected when the intercom ended is X consulting Y during that call: it becomes an
//    intercom leg of X's call (costa:19-21, 22-24, 27-29, 154-156, 184-186, 221-223: all six EXT
//    lines of costa sit right before X's trunk leg and Y's transfer leg). Otherwise it is a
//    standalone intercom call, decided chain_gap_s after it was printed.
// R9 RC/VR (printed when ringing starts) and AN/VA (printed at answer) are events of the leg whose
//    final record comes later (ref): they open or update a provisional leg of that extension,
//    and the final record of the same extension completes it; they never make a call of their own
//    beyond that leg.
// R10 DISA legs (D0..D4) are a stage before the answer; the agent's record that follows carries TR
//    (ref) and is the answering leg, not a transfer between operators.
// R11 Closing. A call closes open_horizon_s after its last activity (an answering or transfer leg
//    is printed only when its talk ends), or chain_gap_s after the caller hung up (R4). A group
//    leg with no answered leg stays Unknown until then: in pattern B without AN records it cannot
//    be told from a call whose agent is still talking. A duration of 11:59'59 is not believed
//    (record_leg.h) and flags the call.
#include "common/calls/assembler.h"
#include "common/calls/summary.h"

#include <algorithm>
#include <limits>

namespace kxcti::calls {

namespace {

constexpr LocalSeconds kSecondsPerMinute = 60;

bool intersects(LocalSeconds a_lo, LocalSeconds a_hi, LocalSeconds b_lo, LocalSeconds b_hi) {
    return a_lo <= b_hi && b_lo <= a_hi;
}

bool answers(const Leg& l) {
    return l.answered && (l.kind == LegKind::Operator || l.kind == LegKind::Transfer ||
                          l.kind == LegKind::Outgoing);
}

std::optional<TimeWindow> activity(const Leg& l) {
    if (l.end) return l.end;
    if (l.connected) return l.connected;
    return l.began;
}

} // namespace

CallAssembler::CallAssembler(AssemblyOptions options) : options_(std::move(options)) {}

std::vector<CallUpdate> CallAssembler::feed(std::int64_t journal_id, const smdr::Record& record) {
    std::vector<CallUpdate> out;
    RecordLeg rl = classify(journal_id, record, options_, last_printed_);
    if (rl.role == Role::Ignored) return out;
    if (!rl.time_estimated) {
        clock_ = clock_ ? std::max(*clock_, rl.printed.earliest) : rl.printed.earliest;
        last_printed_ = rl.printed;
        advance(*clock_, out);
    }
    switch (rl.role) {
    case Role::Intercom: intercoms_.push_back(std::move(rl)); break;
    case Role::Leg: on_leg(std::move(rl), out); break;
    case Role::RingEvent:
    case Role::AnswerEvent: on_event(std::move(rl), out); break;
    case Role::Ignored: break;
    }
    return out;
}

std::vector<CallUpdate> CallAssembler::flush(LocalSeconds now) {
    std::vector<CallUpdate> out;
    LocalSeconds minute = now - ((now % kSecondsPerMinute) + kSecondsPerMinute) % kSecondsPerMinute;
    advance(minute, out);
    return out;
}

std::vector<CallUpdate> CallAssembler::finish() {
    std::vector<CallUpdate> out;
    advance(std::numeric_limits<LocalSeconds>::max(), out);
    return out;
}

std::vector<Call> CallAssembler::open_calls() const {
    std::vector<Call> calls;
    for (const auto& oc : open_) calls.push_back(oc.call);
    return calls;
}

void CallAssembler::advance(LocalSeconds now, std::vector<CallUpdate>& out) {
    const auto gap = options_.chain_gap_s;
    std::vector<RecordLeg> due_intercoms;
    std::erase_if(intercoms_, [&](RecordLeg& ic) {
        if (ic.printed.latest + gap >= now) return false;
        due_intercoms.push_back(std::move(ic));
        return true;
    });
    std::vector<OpenCall> due_calls;
    std::erase_if(open_, [&](OpenCall& oc) {
        const LocalSeconds close_at =
            oc.last_end.latest + (oc.caller_gone ? gap : options_.open_horizon_s);
        if (close_at >= now) return false;
        due_calls.push_back(std::move(oc));
        return true;
    });
    // Report in journal order, whichever kind is due first.
    std::size_t i = 0, j = 0;
    while (i < due_intercoms.size() || j < due_calls.size()) {
        if (j == due_calls.size() ||
            (i < due_intercoms.size() && due_intercoms[i].leg.journal_id < due_calls[j].call.id))
            standalone_intercom(std::move(due_intercoms[i++]), out);
        else
            close(due_calls[j++], out);
    }
}

void CallAssembler::close(OpenCall& oc, std::vector<CallUpdate>& out) {
    if (!oc.emitted) emit(oc, out);
    oc.call.closed = true;
    summarize(oc.call, options_, false);
    out.push_back({UpdateKind::Closed, oc.call});
}

void CallAssembler::emit(OpenCall& oc, std::vector<CallUpdate>& out) {
    summarize(oc.call, options_, !oc.caller_gone);
    out.push_back({oc.emitted ? UpdateKind::Changed : UpdateKind::Opened, oc.call});
    oc.emitted = true;
}

void CallAssembler::standalone_intercom(RecordLeg rl, std::vector<CallUpdate>& out) {
    OpenCall oc = OpenCall{};
    oc.call.id = rl.leg.journal_id;
    oc.call.direction = CallDirection::Intercom;
    oc.call.dialed = rl.dialed;
    oc.call.flags.time_estimated = rl.time_estimated;
    oc.call.flags.duration_suspect = rl.duration_suspect;
    oc.call.legs.push_back(rl.leg);
    close(oc, out);
}

CallAssembler::OpenCall& CallAssembler::start_call(const RecordLeg& rl) {
    OpenCall& oc = open_.emplace_back();
    oc.call.id = rl.leg.journal_id;
    oc.call.direction = rl.direction;
    oc.key_direction = rl.direction;
    oc.key_co = rl.key_co;
    oc.key_party = rl.key_party;
    if (auto w = activity(rl.leg)) oc.last_end = *w;
    return oc;
}

void CallAssembler::attach(OpenCall& oc, Leg leg, const RecordLeg& rl) {
    Call& c = oc.call;
    if (oc.answered && leg.answered &&
        (leg.kind == LegKind::Operator || leg.kind == LegKind::Outgoing)) {
        leg.kind = LegKind::Transfer;
        const bool consulted = std::any_of(c.legs.begin(), c.legs.end(), [&](const Leg& l) {
            return l.kind == LegKind::Intercom && l.target == leg.ext;
        });
        if (!leg.marked_transfer && !consulted) c.flags.grouping_uncertain = true;
    }
    if (answers(leg)) {
        oc.answered = true;
        oc.last_answered_end = activity(leg);
        oc.last_answered_ext = leg.ext;
    }
    if (auto w = activity(leg); w && w->latest > oc.last_end.latest) oc.last_end = *w;
    if (rl.caller_gone) oc.caller_gone = true;
    c.flags.time_estimated |= rl.time_estimated;
    c.flags.duration_suspect |= rl.duration_suspect;
    if (leg.kind != LegKind::Intercom && leg.kind != LegKind::Forward) {
        if (!c.co) c.co = leg.co;
        if (!c.caller) c.caller = rl.caller;
        if (!c.did) c.did = rl.did;
        if (!c.dialed && rl.direction == CallDirection::Out) c.dialed = rl.dialed;
    }
    c.legs.push_back(std::move(leg));
}

bool CallAssembler::fits(const OpenCall& oc, const RecordLeg& rl, bool& structure_refused) const {
    if (oc.caller_gone) return false;
    const Leg& l = rl.leg;
    const LocalSeconds gap = options_.chain_gap_s;
    const bool transfer = l.answered && oc.answered;
    const TimeWindow ref = transfer && oc.last_answered_end ? *oc.last_answered_end : oc.last_end;
    bool time_ok = false;
    if (l.answered && l.connected) {
        const LocalSeconds allowance = l.ring_s.value_or(options_.max_unprinted_ring_s);
        time_ok = intersects(l.connected->earliest, l.connected->latest, ref.earliest - gap,
                             ref.latest + gap + allowance);
    } else {
        time_ok = intersects(rl.begin_earliest.value_or(std::numeric_limits<LocalSeconds>::min()),
                             rl.begin_latest, ref.earliest - gap, ref.latest + gap);
    }
    if (!time_ok) return false;

    bool ok = false;
    switch (l.kind) {
    case LegKind::Group:
        ok = !oc.answered && std::none_of(oc.call.legs.begin(), oc.call.legs.end(), [&](const Leg& x) {
                 return x.kind == LegKind::Group && x.ext == l.ext;
             });
        break;
    case LegKind::Operator:
        ok = l.answered ? (!oc.answered || l.ext != oc.last_answered_ext) : !oc.answered;
        break;
    case LegKind::Outgoing:
        ok = !oc.answered || (l.ext != oc.last_answered_ext && l.marked_transfer);
        break;
    case LegKind::Disa: ok = !oc.answered; break;
    default: ok = false; break;
    }
    if (!ok) structure_refused = true;
    return ok;
}

void CallAssembler::on_leg(RecordLeg rl, std::vector<CallUpdate>& out) {
    const LocalSeconds gap = options_.chain_gap_s;
    auto same_key = [&](const OpenCall& oc) {
        return oc.key_direction == rl.direction && oc.key_co == rl.key_co && oc.key_party == rl.key_party;
    };

    // R9: the final record of a leg announced by RC/AN.
    if (rl.leg.kind != LegKind::Forward) {
        for (auto it = open_.rbegin(); it != open_.rend(); ++it) {
            if (!same_key(*it) || it->caller_gone) continue;
            auto p = std::find_if(it->call.legs.begin(), it->call.legs.end(),
                                  [&](const Leg& x) { return x.provisional && x.ext == rl.leg.ext; });
            if (p == it->call.legs.end()) continue;
            Leg f = rl.leg;
            f.event_ids = p->event_ids;
            f.event_ids.insert(f.event_ids.begin(), p->journal_id);
            if (p->began) f.began = p->began;  // the RC stamp is the ring's start itself
            if (!f.connected) f.connected = p->connected;
            const bool answered_before = std::any_of(it->call.legs.begin(), p, answers);
            if (answered_before && answers(f) && f.kind == LegKind::Operator) f.kind = LegKind::Transfer;
            *p = std::move(f);
            if (answers(*p)) {
                it->answered = true;
                it->last_answered_end = activity(*p);
                it->last_answered_ext = p->ext;
            }
            if (auto w = activity(*p); w && w->latest > it->last_end.latest) it->last_end = *w;
            if (rl.caller_gone) it->caller_gone = true;
            it->call.flags.time_estimated |= rl.time_estimated;
            it->call.flags.duration_suspect |= rl.duration_suspect;
            emit(*it, out);
            return;
        }
    }

    // R6: a forward joins the call whose leg of the same extension ended with it.
    if (rl.leg.kind == LegKind::Forward) {
        for (auto it = open_.rbegin(); it != open_.rend(); ++it) {
            const bool found = std::any_of(it->call.legs.begin(), it->call.legs.end(), [&](const Leg& x) {
                return x.kind != LegKind::Intercom && x.ext == rl.leg.ext && x.end &&
                       intersects(x.end->earliest - gap, x.end->latest + gap, rl.printed.earliest,
                                  rl.printed.latest);
            });
            if (!found) continue;
            attach(*it, rl.leg, rl);
            emit(*it, out);
            return;
        }
        OpenCall& oc = start_call(rl);
        oc.key_co.clear();  // keyed by its extension until the incoming leg shows up
        oc.key_party.clear();
        oc.call.flags.grouping_uncertain = true;  // its incoming leg was not seen
        attach(oc, rl.leg, rl);
        emit(oc, out);
        return;
    }

    // R8: the consultation intercom that X made during this trunk leg.
    std::optional<RecordLeg> consult;
    if (answers(rl.leg) && rl.leg.connected) {
        for (auto it = intercoms_.rbegin(); it != intercoms_.rend(); ++it) {
            if (it->leg.ext != rl.leg.ext) continue;
            const LocalSeconds ic_end = it->printed.latest;
            if (rl.printed.earliest <= ic_end + gap && rl.leg.connected->earliest <= ic_end) {
                consult = std::move(*it);
                intercoms_.erase(std::next(it).base());
                break;
            }
        }
    }

    OpenCall* target = nullptr;
    bool refused = false;
    for (auto it = open_.rbegin(); it != open_.rend() && !target; ++it) {
        const bool forward_only =
            rl.direction == CallDirection::In && it->key_co.empty() && it->key_party.empty() &&
            !it->call.legs.empty() && it->call.legs.front().kind == LegKind::Forward &&
            it->call.legs.front().ext == rl.leg.ext;
        if (!same_key(*it) && !forward_only) continue;
        if (fits(*it, rl, refused)) target = &*it;
    }
    if (!target) {
        target = &start_call(consult ? *consult : rl);
        OpenCall& oc = *target;
        oc.call.direction = rl.direction;
        oc.key_direction = rl.direction;
        oc.key_co = rl.key_co;
        oc.key_party = rl.key_party;
        oc.call.flags.grouping_uncertain = refused;
    } else if (target->key_co.empty() && target->key_party.empty()) {
        // A forward seen before its incoming leg: the incoming leg brings the real key.
        target->key_co = rl.key_co;
        target->key_party = rl.key_party;
        target->call.flags.grouping_uncertain = false;
    }
    if (consult) attach(*target, consult->leg, *consult);
    attach(*target, std::move(rl.leg), rl);
    emit(*target, out);
}

void CallAssembler::on_event(RecordLeg rl, std::vector<CallUpdate>& out) {
    const LocalSeconds gap = options_.chain_gap_s;
    const bool answer = rl.role == Role::AnswerEvent;
    const TimeWindow w = rl.printed;
    auto same_key = [&](const OpenCall& oc) {
        return !oc.caller_gone && oc.key_direction == rl.direction && oc.key_co == rl.key_co &&
               oc.key_party == rl.key_party;
    };
    // A further event of a leg already announced (RC then AN).
    for (auto it = open_.rbegin(); it != open_.rend(); ++it) {
        if (!same_key(*it)) continue;
        auto p = std::find_if(it->call.legs.begin(), it->call.legs.end(),
                              [&](const Leg& x) { return x.provisional && x.ext == rl.leg.ext; });
        if (p == it->call.legs.end()) continue;
        p->event_ids.push_back(rl.leg.journal_id);
        if (answer && p->kind != LegKind::Group) {
            p->answered = true;
            p->connected = w;
            it->answered = true;
            it->last_answered_end = w;
            it->last_answered_ext = p->ext;
        } else if (!p->began) {
            p->began = w;
        }
        if (w.latest > it->last_end.latest) it->last_end = w;
        emit(*it, out);
        return;
    }
    // A new leg of a call in progress (e.g. the next operator rung, or a transfer target).
    for (auto it = open_.rbegin(); it != open_.rend(); ++it) {
        if (!same_key(*it)) continue;
        if (!intersects(w.earliest, w.latest, it->last_end.earliest - gap, it->last_end.latest + gap))
            continue;
        if (it->answered && rl.leg.ext == it->last_answered_ext) continue;
        attach(*it, rl.leg, rl);
        emit(*it, out);
        return;
    }
    OpenCall& oc = start_call(rl);
    attach(oc, rl.leg, rl);
    emit(oc, out);
}

std::vector<Call> assemble(std::span<const JournalRecord> records, const AssemblyOptions& options) {
    CallAssembler assembler(options);
    std::vector<Call> calls;
    auto take = [&](std::vector<CallUpdate>&& updates) {
        for (auto& u : updates)
            if (u.kind == UpdateKind::Closed) calls.push_back(std::move(u.call));
    };
    for (const auto& r : records) take(assembler.feed(r.journal_id, r.record));
    take(assembler.finish());
    std::sort(calls.begin(), calls.end(), [](const Call& a, const Call& b) { return a.id < b.id; });
    return calls;
}

} // namespace kxcti::calls
