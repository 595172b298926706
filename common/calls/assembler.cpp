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
// R2b Long queues. Members ring while the call sits in the group, and the group's record is printed
//    only when the call leaves it: a call that queued for minutes prints its members' NA legs
//    minutes apart (hunting in order, each member as it frees up), or a ring-all member's NA leg
//    that rang for minutes, before the group's record. The chain rule alone splits such a call.
//    A group record with Ring spans the whole stage, and a trunk carries one call at a time, so
//    every open, unanswered call of the same key whose legs since its previous group record are
//    NA operator legs that rang inside that span (and whose previous group record, if any, ended
//    where this one began) is this call: the group record joins the oldest of them and the
//    others merge into it (UpdateKind::Merged). Without Ring (pattern B) the span is unknown and
//    such a call stays split (docs/calls.md, limits).
//    The group-leg duration is kept as printed but not interpreted: it is 0 on most answered
//    calls, up to 31 s on others (costa:83) and 1'39 on an unanswered one (costa:51).
// R3 Structure. Until a call is answered it may gain NA legs (operators rang), group legs and
//    DISA legs; once answered it gains only transfers: an answered leg of ANOTHER extension (an
//    extension never transfers to itself; re-dials by one extension are separate calls,
//    costa:91-94). A group leg after the answer, an NA leg after the answer, or the same group
//    twice starts a new call: the caller called again (costa:56-61: "08:10 401 NA / 611 /
//    401 00:00'46" then "08:11 401 NA / 611 / 08:12 401 00:00'23" are two calls; costa:230-235).
//    When the time rule alone would have allowed the join and another reading is possible, the
//    new call is flagged grouping_uncertain: a transfer back to the group, a blind transfer that
//    was not answered, an unmarked outgoing transfer. It is not flagged when the join is
//    impossible: the extension that holds the call answering or ringing for it again, or
//    re-dialling the same number (costa:56-61, 91-94).
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
//    forwarded out; talk = the forwarded leg's duration. Both records print the same duration:
//    the forwarding extension's incoming leg is the forwarded conversation, not an answer by it.
//    Both are printed when the forwarded conversation ends, so nothing joins the call after the
//    pair (a new call of a withheld caller on the same trunk would, by key and time alone).
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
// R12 A record printed without date/time ("**/**/** **:**": the PBX clock was changed during the
//    call) is placed at the previous record's time and flagged time_estimated; it joins an open
//    call by key and structure alone, since the time rule cannot apply to it.
#include "common/calls/assembler.h"
#include "common/calls/assembler_detail.h"
#include "common/calls/summary.h"

#include <algorithm>
#include <limits>

namespace kxcti::calls {

using namespace detail;

CallAssembler::CallAssembler(AssemblyOptions options, Updates updates)
    : options_(std::move(options)), updates_(updates) {}

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
    case Role::Leg:
        if (rl.leg.kind == LegKind::Forward) on_forward(std::move(rl), out);
        else on_leg(std::move(rl), out);
        break;
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
    std::vector<Seq> seqs;
    seqs.reserve(open_.size());
    for (const auto& [seq, oc] : open_) seqs.push_back(seq);
    std::sort(seqs.begin(), seqs.end());
    std::vector<Call> calls;
    calls.reserve(seqs.size());
    for (Seq seq : seqs) calls.push_back(open_.at(seq).call);
    return calls;
}

std::vector<CallAssembler::Seq> CallAssembler::candidates(const std::string& key) const {
    auto it = by_key_.find(key);
    if (it == by_key_.end()) return {};
    return {it->second.rbegin(), it->second.rend()};
}

void CallAssembler::advance(LocalSeconds now, std::vector<CallUpdate>& out) {
    const auto gap = options_.chain_gap_s;
    std::vector<RecordLeg> due_intercoms;
    if (!intercoms_.empty())
        std::erase_if(intercoms_, [&](RecordLeg& ic) {
            if (ic.printed.latest + gap >= now) return false;
            due_intercoms.push_back(std::move(ic));
            return true;
        });
    // (call id, seq) of the calls due: closed in place, in id order, then dropped.
    std::vector<std::pair<std::int64_t, Seq>> due_calls;
    while (!closing_.empty() && closing_.top().first < now) {
        const auto [close_at, seq] = closing_.top();
        closing_.pop();
        auto it = open_.find(seq);
        if (it == open_.end() || it->second.close_at != close_at) continue;  // stale entry
        if (it->second.closing) continue;
        it->second.closing = true;
        due_calls.emplace_back(it->second.call.id, seq);
    }
    if (due_calls.empty() && due_intercoms.empty()) return;
    std::sort(due_calls.begin(), due_calls.end());
    auto drop = [&](Seq seq) {
        auto it = open_.find(seq);
        OpenCall& oc = it->second;
        if (auto k = by_key_.find(oc.key); k != by_key_.end()) {
            std::erase(k->second, seq);
            if (k->second.empty()) by_key_.erase(k);
        }
        for (const auto& l : oc.call.legs) {
            if (auto x = by_ext_.find(l.ext); x != by_ext_.end()) {
                x->second.erase(seq);
                if (x->second.empty()) by_ext_.erase(x);
            }
        }
        if (oc.key.rfind("F\x1f", 0) == 0) --forward_keyed_;
        close(oc, out);
        open_.erase(it);
    };
    // Report in journal order, whichever kind is due first.
    std::size_t i = 0, j = 0;
    while (i < due_intercoms.size() || j < due_calls.size()) {
        if (j == due_calls.size() ||
            (i < due_intercoms.size() && due_intercoms[i].leg.journal_id < due_calls[j].first))
            standalone_intercom(std::move(due_intercoms[i++]), out);
        else
            drop(due_calls[j++].second);
    }
}

// `oc` is no longer open: its call moves into the update.
void CallAssembler::close(OpenCall& oc, std::vector<CallUpdate>& out) {
    if (!oc.emitted) emit(oc, out);
    oc.call.closed = true;
    summarize(oc.call, options_, false);
    out.push_back({UpdateKind::Closed, std::move(oc.call)});
}

void CallAssembler::emit(OpenCall& oc, std::vector<CallUpdate>& out) {
    if (updates_ == Updates::All) {
        summarize(oc.call, options_, !oc.caller_gone);
        out.push_back({oc.emitted ? UpdateKind::Changed : UpdateKind::Opened, oc.call});
    }
    oc.emitted = true;
}

void CallAssembler::standalone_intercom(RecordLeg rl, std::vector<CallUpdate>& out) {
    OpenCall oc;
    oc.call.id = rl.leg.journal_id;
    oc.call.direction = CallDirection::Intercom;
    oc.call.dialed = rl.dialed;
    oc.call.flags.time_estimated = rl.time_estimated;
    oc.call.flags.duration_suspect = rl.duration_suspect;
    oc.call.legs.push_back(rl.leg);
    close(oc, out);
}

CallAssembler::Seq CallAssembler::start_call(std::int64_t id, CallDirection direction, std::string key) {
    const Seq seq = next_seq_++;
    OpenCall& oc = open_[seq];
    oc.call.id = id;
    oc.call.direction = direction;
    oc.key = std::move(key);
    by_key_[oc.key].push_back(seq);
    return seq;
}

void CallAssembler::rekey(Seq seq, std::string key) {
    OpenCall& oc = open_.at(seq);
    if (auto k = by_key_.find(oc.key); k != by_key_.end()) {
        std::erase(k->second, seq);
        if (k->second.empty()) by_key_.erase(k);
    }
    oc.key = std::move(key);
    auto& v = by_key_[oc.key];
    v.insert(std::upper_bound(v.begin(), v.end(), seq), seq);
}

// Records the call's latest activity and (re)schedules when it closes (R11).
void CallAssembler::touched(Seq seq, const TimeWindow& w, bool caller_gone) {
    OpenCall& oc = open_.at(seq);
    if (!oc.scheduled || w.latest > oc.last_end.latest) oc.last_end = w;
    if (caller_gone) oc.caller_gone = true;
    const LocalSeconds close_at =
        oc.last_end.latest + (oc.caller_gone ? options_.chain_gap_s : options_.open_horizon_s);
    if (oc.scheduled && close_at == oc.close_at) return;
    oc.close_at = close_at;
    oc.scheduled = true;
    closing_.push({close_at, seq});
}

void CallAssembler::attach(Seq seq, Leg leg, const RecordLeg& rl) {
    OpenCall& oc = open_.at(seq);
    Call& c = oc.call;
    if (has_forward_of(c, leg.ext)) demote_forwarding_leg(leg);
    if (leg.kind == LegKind::Forward) {
        for (auto& l : c.legs)
            if (l.ext == leg.ext) demote_forwarding_leg(l);
        oc.answered = std::any_of(c.legs.begin(), c.legs.end(), answers);
    }
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
        oc.answered_exts.push_back(leg.ext);
    }
    c.flags.time_estimated |= rl.time_estimated;
    c.flags.duration_suspect |= rl.duration_suspect;
    if (leg.kind != LegKind::Intercom && leg.kind != LegKind::Forward) {
        if (!c.co) c.co = leg.co;
        if (!c.caller) c.caller = rl.caller;
        if (!c.did) c.did = rl.did;
        if (!c.dialed && rl.direction == CallDirection::Out) c.dialed = rl.dialed;
    }
    if (leg.kind != LegKind::Intercom) by_ext_[leg.ext].insert(seq);
    const auto w = activity(leg);
    c.legs.push_back(std::move(leg));
    touched(seq, w.value_or(oc.last_end), rl.caller_gone);
}

CallAssembler::Refusal CallAssembler::refusal(const OpenCall& oc, const RecordLeg& rl) const {
    if (oc.caller_gone) return Refusal::Certain;
    const Leg& l = rl.leg;
    const LocalSeconds gap = options_.chain_gap_s;
    const bool transfer = l.answered && oc.answered;
    const TimeWindow ref = transfer && oc.last_answered_end ? *oc.last_answered_end : oc.last_end;
    bool time_ok = false;
    if (rl.time_estimated) {
        time_ok = true;  // printed without date/time: only the key and the structure can place it
    } else if (oc.key.rfind("F\x1f", 0) == 0) {
        // R6, the forward printed first: the extension's leg ends with it (the same conversation).
        time_ok = l.end && intersects(l.end->earliest, l.end->latest, ref.earliest - gap, ref.latest + gap);
    } else if (l.answered && l.connected) {
        const LocalSeconds allowance = l.ring_s.value_or(options_.max_unprinted_ring_s);
        time_ok = intersects(l.connected->earliest, l.connected->latest, ref.earliest - gap,
                             ref.latest + gap + allowance);
    } else {
        time_ok = intersects(rl.begin_earliest.value_or(std::numeric_limits<LocalSeconds>::min()),
                             rl.begin_latest, ref.earliest - gap, ref.latest + gap);
    }
    if (!time_ok) return Refusal::Certain;
    if (!oc.answered) {
        if (l.kind == LegKind::Group) {
            const bool again = std::any_of(oc.call.legs.begin(), oc.call.legs.end(), [&](const Leg& x) {
                return x.kind == LegKind::Group && x.ext == l.ext;
            });
            return again ? Refusal::Doubtful : Refusal::None;
        }
        return Refusal::None;
    }
    // Answered already: only a transfer to another extension can join (R3, R7).
    const bool holder = l.ext == oc.last_answered_ext;  // the extension that has the call now
    switch (l.kind) {
    case LegKind::Operator:
        if (holder) return Refusal::Certain;
        return l.answered ? Refusal::None : Refusal::Doubtful;
    case LegKind::Outgoing:
        if (holder) return Refusal::Certain;
        return l.marked_transfer ? Refusal::None : Refusal::Doubtful;
    case LegKind::Group:
    case LegKind::Disa: return Refusal::Doubtful;
    default: return Refusal::Certain;
    }
}


void CallAssembler::on_leg(RecordLeg rl, std::vector<CallUpdate>& out) {
    const std::string key = join_key(rl);
    if (complete_provisional(rl, key, out)) return;
    const LocalSeconds gap = options_.chain_gap_s;

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

    std::vector<Seq> cands = candidates(key);
    if (rl.direction == CallDirection::In && forward_keyed_ > 0) {
        // A forward seen before its incoming leg waits under the forwarding extension's key.
        for (Seq s : candidates(forward_key(rl.leg.ext))) cands.push_back(s);
        std::sort(cands.rbegin(), cands.rend());
    }
    std::optional<Seq> target;
    bool doubtful = false;
    for (Seq s : cands) {
        const Refusal r = refusal(open_.at(s), rl);
        if (r == Refusal::None) {
            target = s;
            break;
        }
        if (r == Refusal::Doubtful) doubtful = true;
    }
    if (rl.leg.kind == LegKind::Group) {
        const bool found = target.has_value();
        target = gather_stage(target, key, rl, out);
        if (!found && target) doubtful = false;
    }
    if (!target) {
        target = start_call(consult ? consult->leg.journal_id : rl.leg.journal_id, rl.direction, key);
        open_.at(*target).call.flags.grouping_uncertain = doubtful;
    } else if (open_.at(*target).key != key) {
        // A forward seen before its incoming leg: the incoming leg brings the real key.
        rekey(*target, key);
        --forward_keyed_;
        open_.at(*target).call.flags.grouping_uncertain = false;
        rl.caller_gone = true;  // the forward (printed at its end) came first: the call is over
    }
    if (consult) attach(*target, consult->leg, *consult);
    attach(*target, std::move(rl.leg), rl);
    emit(open_.at(*target), out);
}


std::vector<Call> assemble(std::span<const JournalRecord> records, const AssemblyOptions& options) {
    CallAssembler assembler(options, Updates::ClosedOnly);
    std::vector<Call> calls;
    auto take = [&](std::vector<CallUpdate>&& updates) {
        for (auto& u : updates)
            if (u.kind == UpdateKind::Closed) calls.push_back(std::move(u.call));
    };
    for (const auto& r : records) take(assembler.feed(r.journal_id, r.record));
    take(assembler.finish());
    // Calls close nearly in id order; sorting indices spares moving whole calls around.
    auto by_id = [](const Call& a, const Call& b) { return a.id < b.id; };
    if (std::is_sorted(calls.begin(), calls.end(), by_id)) return calls;
    std::vector<std::size_t> order(calls.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return calls[a].id < calls[b].id; });
    std::vector<Call> sorted;
    sorted.reserve(calls.size());
    for (auto i : order) sorted.push_back(std::move(calls[i]));
    return sorted;
}

} // namespace kxcti::calls
