// The traffic model inside ICD groups: queueing, ringing members, answering, transfers, callers
// hanging up, overflows, and members calling lost callers back.
#include "simulator/traffic_engine.h"

#include <algorithm>

namespace kxcti::sim {
namespace {

// A call-back that finds no free member or line is tried again this much later ...
constexpr std::int64_t kCallbackRetryS = 60;
// ... until this long after the call was lost (the centre's own rule of thumb: same hour).
constexpr std::int64_t kCallbackGiveUpS = 3600;

} // namespace

bool TrafficModel::Impl::logged_in_member(int group) const {
    for (int m : members_[static_cast<std::size_t>(group)])
        if (ops_[static_cast<std::size_t>(m)].state != OpState::Out) return true;
    return false;
}

void TrafficModel::Impl::enter_group(Call& c, int group) {
    const GroupSpec& g = sc_.groups[static_cast<std::size_t>(group)];
    c.group = group;
    c.group_enter = now;
    ++c.stage;
    c.tried.clear();
    c.stage_rang = false;
    c.truth.groups.push_back(g.number);
    c.truth.stages.push_back(TruthStage{g.number, now, now});
    if (observer) observer->queued(view(c), g.number, now);
    const int next = overflow_to_[static_cast<std::size_t>(group)];
    if (next >= 0 && !logged_in_member(group)) {
        if (observer) observer->overflowed(view(c), g.number, sc_.groups[static_cast<std::size_t>(next)].number, now);
        // Nobody logged in: the PBX sends the call straight on (the group's leg with Ring 0'00).
        SimRecord r = leg(c, g.number);
        r.ring_s = 0;
        print(&c, r);
        ++stats.overflows;
        return enter_group(c, next);
    }
    queue_[static_cast<std::size_t>(group)].push_back(c.truth.id);
    if (next >= 0 && g.overflow_after_s)
        schedule(now + *g.overflow_after_s, Ev::Overflow, static_cast<std::int64_t>(c.truth.id), 0, c.stage);
}

void TrafficModel::Impl::dispatch() {
    for (std::size_t g = 0; g < queue_.size(); ++g) offer(static_cast<int>(g));
}

void TrafficModel::Impl::offer(int group) {
    const GroupSpec& g = sc_.groups[static_cast<std::size_t>(group)];
    for (std::uint64_t id : queue_[static_cast<std::size_t>(group)]) {
        Call& c = calls_.at(id);
        if (g.ring == RingMode::InOrder) {
            if (!c.ringing.empty()) continue;  // one member at a time
            int op = pick_in_order(group, c);
            if (op == -2) return;              // no member free: later calls wait too
            if (op >= 0) ring(c, op);
            continue;
        }
        // Ring all: every free member rings for the oldest waiting call (joining those that ring).
        bool any = false;
        for (int m : members_[static_cast<std::size_t>(group)])
            if (ops_[static_cast<std::size_t>(m)].state == OpState::Idle) {
                ring(c, m);
                any = true;
            }
        if (!any) return;
    }
}

// The first free member in hunting order that has not let this call ring out in this round;
// -1: wait for a busy member not tried yet; -2: no member is free.
int TrafficModel::Impl::pick_in_order(int group, Call& c) {
    const auto& members = members_[static_cast<std::size_t>(group)];
    bool any_free = false;
    for (int m : members) {
        if (ops_[static_cast<std::size_t>(m)].state != OpState::Idle) continue;
        any_free = true;
        if (!c.tried.count(m)) return m;
    }
    if (!any_free) return -2;
    for (int m : members)
        if (ops_[static_cast<std::size_t>(m)].state != OpState::Out && !c.tried.count(m)) return -1;
    // Every member logged in let it ring out: a new round, from the top.
    c.tried.clear();
    for (int m : members)
        if (ops_[static_cast<std::size_t>(m)].state == OpState::Idle) return m;
    return -2;
}

void TrafficModel::Impl::ring(Call& c, int op) {
    Op& o = ops_[static_cast<std::size_t>(op)];
    const GroupSpec& g = sc_.groups[static_cast<std::size_t>(c.group)];
    o.state = OpState::Ringing;
    o.call = c.truth.id;
    ++o.token;
    c.ringing.push_back(Ringing{op, now});
    c.stage_rang = true;
    if (observer) observer->ringing(view(c), g.number, o.spec->ext, now);
    // Both drawn every time, so an operator's stream does not depend on which branch is taken.
    bool never = o.rng.percent(o.spec->no_answer_percent);
    std::int64_t delay = o.spec->answer.draw(o.rng);
    const auto id = static_cast<std::int64_t>(c.truth.id);
    if (g.ring == RingMode::InOrder) {
        if (never || delay >= g.no_answer_s) schedule(now + g.no_answer_s, Ev::RingTimeout, id, op, o.token);
        else schedule(now + delay, Ev::Answer, id, op, o.token);
    } else if (!never) {
        schedule(now + delay, Ev::Answer, id, op, o.token);
    }
}

void TrafficModel::Impl::stop_ringing(Call& c, bool print_na) {
    const std::string& group = sc_.groups[static_cast<std::size_t>(c.group)].number;
    auto ringing = std::move(c.ringing);
    c.ringing.clear();
    for (const auto& r : ringing) {
        const std::string& ext = ops_[static_cast<std::size_t>(r.op)].spec->ext;
        if (observer) observer->stopped_ringing(view(c), ext, now);
        if (print_na) {
            SimRecord na = leg(c, ext);
            na.ring_s = static_cast<int>(now - r.since);
            na.cd = "NA";
            print(&c, na);
            c.truth.rang.push_back(TruthLeg{ext, group, r.since, now - r.since, false});
        }
        op_free(r.op);
    }
}

void TrafficModel::Impl::ring_timeout(Call& c, int op) {
    auto it = std::find_if(c.ringing.begin(), c.ringing.end(), [&](const Ringing& r) { return r.op == op; });
    const std::string& ext = ops_[static_cast<std::size_t>(op)].spec->ext;
    if (observer) observer->stopped_ringing(view(c), ext, now);
    SimRecord na = leg(c, ext);
    na.ring_s = static_cast<int>(now - it->since);
    na.cd = "NA";
    print(&c, na);
    c.truth.rang.push_back(TruthLeg{ext, sc_.groups[static_cast<std::size_t>(c.group)].number, it->since,
                                    now - it->since, false});
    c.ringing.erase(it);
    c.tried.insert(op);
    op_free(op);
}

void TrafficModel::Impl::answer(Call& c, int op) {
    const GroupSpec& g = sc_.groups[static_cast<std::size_t>(c.group)];
    auto it = std::find_if(c.ringing.begin(), c.ringing.end(), [&](const Ringing& r) { return r.op == op; });
    const std::int64_t ring = now - it->since;
    c.ringing.erase(it);
    if (observer) observer->answered(view(c), g.number, ops_[static_cast<std::size_t>(op)].spec->ext, now);
    stop_ringing(c, false);  // the others stop ringing; the PBX prints nothing for them
    SimRecord group_leg = leg(c, g.number);
    group_leg.ring_s = static_cast<int>(now - c.group_enter);
    print(&c, group_leg);
    c.truth.stages.back().left_s = now;
    auto& q = queue_[static_cast<std::size_t>(c.group)];
    q.erase(std::find(q.begin(), q.end(), c.truth.id));

    Op& o = ops_[static_cast<std::size_t>(op)];
    o.state = OpState::Busy;
    ++o.token;
    c.phase = Phase::Talking;
    c.answerer = op;
    c.answered_at = now;
    c.truth.wait_s = now - c.truth.start_s;
    c.truth.answered_by = o.spec->ext;
    c.truth.answer_ring_s = ring;
    c.truth.rang.push_back(TruthLeg{o.spec->ext, g.number, now - ring, ring, true});
    bool transfer = group_rng_[static_cast<std::size_t>(c.group)].percent(g.transfer_percent);
    std::int64_t talk = o.spec->talk.draw(o.rng);
    schedule(now + talk, transfer ? Ev::TransferStart : Ev::TalkEnd, static_cast<std::int64_t>(c.truth.id));
}

void TrafficModel::Impl::talk_end(Call& c) {
    if (observer) observer->cleared(c.truth.id, now);
    const Op& o = ops_[static_cast<std::size_t>(c.answerer)];
    SimRecord r = leg(c, o.spec->ext);
    r.ring_s = static_cast<int>(*c.truth.answer_ring_s);
    r.duration_s = static_cast<int>(now - c.answered_at);
    print(&c, r);
    c.truth.talk_s = now - c.answered_at;
    c.truth.outcome = TruthOutcome::Answered;
    wrap_up(c.answerer);
    end_call(c);
}

void TrafficModel::Impl::transfer_start(Call& c) {
    int target = -1;
    for (int m : transfer_to_[static_cast<std::size_t>(c.group)])
        if (m != c.answerer && ops_[static_cast<std::size_t>(m)].state == OpState::Idle) {
            target = m;
            break;
        }
    if (target < 0) return talk_end(c);  // nobody free to take it: the operator finishes the call
    Op& y = ops_[static_cast<std::size_t>(target)];
    if (observer) observer->consulting(view(c), ops_[static_cast<std::size_t>(c.answerer)].spec->ext, y.spec->ext, now);
    y.state = OpState::Busy;  // on the consultation call, then with the caller
    y.call = c.truth.id;
    ++y.token;
    c.transfer_target = target;
    const GroupSpec& g = sc_.groups[static_cast<std::size_t>(c.group)];
    std::int64_t ring = y.spec->answer.draw(y.rng);
    std::int64_t consult = g.consult.draw(group_rng_[static_cast<std::size_t>(c.group)]);
    schedule(now + ring + consult, Ev::TransferDone, static_cast<std::int64_t>(c.truth.id));
}

void TrafficModel::Impl::transfer_done(Call& c) {
    const Op& x = ops_[static_cast<std::size_t>(c.answerer)];
    const Op& y = ops_[static_cast<std::size_t>(c.transfer_target)];
    if (observer) observer->transferred(view(c), x.spec->ext, y.spec->ext, now);
    SimRecord consultation = record_at(now);
    consultation.ext = x.spec->ext;
    consultation.dial = "EXT" + y.spec->ext;
    print(&c, consultation);
    SimRecord r = leg(c, x.spec->ext);
    r.ring_s = static_cast<int>(*c.truth.answer_ring_s);
    r.duration_s = static_cast<int>(now - c.answered_at);
    print(&c, r);
    c.truth.talk_s = now - c.answered_at;
    c.truth.transferred_to = y.spec->ext;
    wrap_up(c.answerer);
    c.phase = Phase::Transferred;
    c.transfer_at = now;
    ++stats.transfers;
    Op& target = ops_[static_cast<std::size_t>(c.transfer_target)];
    schedule(now + target.spec->talk.draw(target.rng), Ev::TransferTalkEnd, static_cast<std::int64_t>(c.truth.id));
}

void TrafficModel::Impl::transfer_talk_end(Call& c) {
    if (observer) observer->cleared(c.truth.id, now);
    const Op& y = ops_[static_cast<std::size_t>(c.transfer_target)];
    SimRecord r = leg(c, y.spec->ext);
    r.ring_s = 0;
    r.duration_s = static_cast<int>(now - c.transfer_at);
    print(&c, r);
    *c.truth.talk_s += now - c.transfer_at;
    c.truth.outcome = TruthOutcome::Answered;
    wrap_up(c.transfer_target);
    end_call(c);
}

void TrafficModel::Impl::abandon(Call& c) {
    if (observer) observer->abandoned(view(c), sc_.groups[static_cast<std::size_t>(c.group)].number, now);
    stop_ringing(c, true);
    SimRecord r = leg(c, sc_.groups[static_cast<std::size_t>(c.group)].number);
    r.ring_s = static_cast<int>(now - c.group_enter);  // the writer prints at most 9'59
    r.cd = "NA";
    print(&c, r);
    c.truth.stages.back().left_s = now;
    auto& q = queue_[static_cast<std::size_t>(c.group)];
    q.erase(std::find(q.begin(), q.end(), c.truth.id));
    lost(c);
}

void TrafficModel::Impl::overflow(Call& c) {
    if (observer)
        observer->overflowed(view(c), sc_.groups[static_cast<std::size_t>(c.group)].number,
                             sc_.groups[static_cast<std::size_t>(overflow_to_[static_cast<std::size_t>(c.group)])].number, now);
    stop_ringing(c, true);
    SimRecord r = leg(c, sc_.groups[static_cast<std::size_t>(c.group)].number);
    r.ring_s = static_cast<int>(now - c.group_enter);
    print(&c, r);
    c.truth.stages.back().left_s = now;
    auto& q = queue_[static_cast<std::size_t>(c.group)];
    q.erase(std::find(q.begin(), q.end(), c.truth.id));
    ++stats.overflows;
    enter_group(c, overflow_to_[static_cast<std::size_t>(c.group)]);
}

void TrafficModel::Impl::lost(Call& c) {
    const std::int64_t wait = now - c.truth.start_s;
    c.truth.wait_s = wait;
    c.truth.lost_where = c.stage_rang ? "operator" : "queue";
    c.truth.outcome = wait < sc_.short_abandon_s ? TruthOutcome::ShortAbandon
                      : c.stage_rang            ? TruthOutcome::LostAtOperator
                                                : TruthOutcome::LostInQueue;
    if (c.redials < kMaxRedials && redial_.percent(sc_.redial_percent)) {
        new_callers_.push_back(NewCaller{c.did, c.truth.caller, c.truth.id, c.redials + 1});
        schedule(now + std::max<std::int64_t>(1, sc_.redial_after.draw(redial_)), Ev::Arrival, c.did,
                 static_cast<std::int64_t>(new_callers_.size() - 1));
    }
    const GroupSpec& g = sc_.groups[static_cast<std::size_t>(c.group)];
    Rng& rng = group_rng_[static_cast<std::size_t>(c.group)];
    if (c.truth.caller && rng.percent(g.callback_percent)) {
        callbacks_.push_back(Callback{c.group, *c.truth.caller, c.truth.id, now + kCallbackGiveUpS});
        schedule(now + g.callback_after.draw(rng), Ev::CallbackDue, static_cast<std::int64_t>(callbacks_.size() - 1));
    }
    end_call(c);
}

void TrafficModel::Impl::callback_due(std::size_t index) {
    const Callback cb = callbacks_[index];
    int op = -1;
    for (int m : members_[static_cast<std::size_t>(cb.group)])
        if (ops_[static_cast<std::size_t>(m)].state == OpState::Idle) {
            op = m;
            break;
        }
    int trunk = op >= 0 ? free_trunk() : -1;
    if (trunk < 0) {
        if (now + kCallbackRetryS <= cb.give_up_at)
            schedule(now + kCallbackRetryS, Ev::CallbackDue, static_cast<std::int64_t>(index));
        return;
    }
    Op& o = ops_[static_cast<std::size_t>(op)];
    Call c;
    c.truth.id = next_call_++;
    c.truth.incoming = false;
    c.truth.dialed = cb.number;
    c.truth.ext = o.spec->ext;
    c.truth.start_s = now;
    c.truth.callback_of = cb.lost_call;
    c.truth.outcome = TruthOutcome::Outgoing;
    c.phase = Phase::Outgoing;
    c.group = cb.group;
    c.answerer = op;
    c.answered_at = now;
    c.trunk = trunk;
    c.truth.trunk = trunk_text(trunk);
    trunk_busy_[static_cast<std::size_t>(trunk)] = true;
    o.state = OpState::Busy;
    o.call = c.truth.id;
    ++o.token;
    if (observer) observer->calling_out(c.truth.id, o.spec->ext, cb.number, now);
    const GroupSpec& g = sc_.groups[static_cast<std::size_t>(cb.group)];
    std::int64_t talk = g.callback_talk.draw(group_rng_[static_cast<std::size_t>(cb.group)]);
    auto id = c.truth.id;
    calls_.emplace(id, std::move(c));
    schedule(now + talk, Ev::CallbackEnd, static_cast<std::int64_t>(id));
}

void TrafficModel::Impl::callback_end(Call& c) {
    if (observer) observer->cleared(c.truth.id, now);
    const std::int64_t talk = now - c.answered_at;
    SimRecord r = record_at(now);
    r.ext = *c.truth.ext;
    r.co = printed_trunk(c.trunk);
    r.dial = *c.truth.dialed;
    r.duration_s = static_cast<int>(talk);
    r.cost_cents = (talk + 59) / 60 * kCostCentsPerMinute;
    print(&c, r);
    c.truth.talk_s = talk;
    wrap_up(c.answerer);
    end_call(c);
}

} // namespace kxcti::sim
