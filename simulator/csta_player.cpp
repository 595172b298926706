#include "simulator/csta_player.h"

#include "simulator/traffic_truth.h"

#include <cstdio>
#include <utility>

namespace kxcti::sim {

using csta::ConnectionState;
using csta::DeviceRef;
using csta::Event;
using csta::EventType;
namespace cause = csta::cause;
using Kind = DeviceChange::Kind;

namespace {

DeviceChange set(const std::string& device, const std::string& cid, ConnectionState state, const DeviceRef& endpoint) {
    DeviceChange c;
    c.device = device;
    c.call_id = cid;
    c.state = state;
    c.endpoint = endpoint;
    return c;
}
DeviceChange remove(const std::string& device, const std::string& cid) {
    DeviceChange c;
    c.kind = Kind::Remove;
    c.device = device;
    c.call_id = cid;
    return c;
}
DeviceChange remove_call(const std::string& cid) {
    DeviceChange c;
    c.kind = Kind::RemoveCall;
    c.call_id = cid;
    return c;
}

} // namespace

std::vector<csta::DiscoveredDevice> simulated_devices(const Scenario& sc) {
    std::vector<csta::DiscoveredDevice> out;
    std::set<std::string> seen;
    auto add = [&](const std::string& number, int category) {
        if (!seen.insert(number).second) return;
        csta::DiscoveredDevice d;
        d.device = csta::dialing_number(number);
        d.number = number;
        d.category = category;
        out.push_back(d);
    };
    for (const auto& o : sc.operators) add(o.ext, csta::category::kStation);
    for (const auto& d : sc.dids)
        if (d.forward_ext) add(*d.forward_ext, csta::category::kStation);
    for (const auto& g : sc.groups) add(g.number, csta::category::kGroupAcd);
    return out;
}

CstaPlayer::CstaPlayer(const Scenario& sc, int start_year, int start_month, int start_day, Sink sink)
    : start_year_(start_year), start_month_(start_month), start_day_(start_day), sink_(std::move(sink)) {
    for (const auto& g : sc.groups)
        for (const auto& m : g.members) group_of_.emplace(m, g.number);  // the first group wins
}

std::string CstaPlayer::new_call_id() {
    // Two octets, never zero: ids wrap long after any call of a simulated day has ended.
    if (++next_cid_ == 0) ++next_cid_;
    return std::string{static_cast<char>(next_cid_ >> 8), static_cast<char>(next_cid_ & 0xFF)};
}

CstaPlayer::Call& CstaPlayer::call(const CallView& v) {
    auto [it, fresh] = calls_.try_emplace(v.id);
    if (fresh) {
        Call& c = it->second;
        c.cid = new_call_id();
        if (v.caller) c.caller = csta::dialing_number(*v.caller);
        else c.caller.form = csta::DeviceForm::NotKnown;
        c.trunk = v.trunk;
        c.did = v.did;
    }
    return it->second;
}

std::string CstaPlayer::stamp_text(std::int64_t at) const {
    const auto s = stamp(start_year_, start_month_, start_day_, at);
    char b[32];
    std::snprintf(b, sizeof b, "%04d%02d%02d%02d%02d%02d", s.year, s.month, s.day, s.hour, s.minute, s.second);
    return b;
}

csta::ConnectionRef CstaPlayer::at_device(const std::string& cid, const std::string& device) const {
    csta::ConnectionRef r;
    r.call_id = cid;
    r.device = csta::dialing_number(device);
    return r;
}

csta::ConnectionRef CstaPlayer::caller_side(const Call& c, const std::string& cid) const {
    csta::ConnectionRef r;
    r.call_id = cid;
    r.dynamic_id = "CO" + c.trunk;
    return r;
}

Event CstaPlayer::base(const Call& c, EventType type, const std::string& subject, std::int64_t at) const {
    Event e;
    e.type = type;
    const auto tags = csta::event_tags(type);
    e.category = tags->category;
    e.event_tag = tags->tag;
    e.connection = at_device(c.cid, subject);
    e.subject = csta::dialing_number(subject);
    e.calling = c.caller;
    if (!c.first_group.empty()) e.called = csta::dialing_number(c.first_group);
    if (!c.trunk.empty()) e.associated_calling = csta::dialing_number(c.trunk);
    if (!c.did.empty()) e.network_called = csta::dialing_number(c.did);
    e.timestamp = stamp_text(at);
    return e;
}

std::int64_t CstaPlayer::waiting_in(const std::string& group) const {
    std::int64_t n = 0;
    for (const auto& [id, c] : calls_) n += (c.group == group && !c.answered) ? 1 : 0;
    return n;
}

void CstaPlayer::emit(std::int64_t at, Event e, std::vector<std::string> to, std::vector<DeviceChange> changes) {
    // Only the fields the event's ECMA-285 type carries, so that what is sent is what arrives.
    switch (e.type) {
    case EventType::CallCleared:
    case EventType::ConnectionCleared:
    case EventType::Held:
    case EventType::Retrieved:
    case EventType::Transferred:
        e.calling = e.called = e.last_redirection = {};
        e.associated_calling = e.network_called = {};
        break;
    case EventType::Originated: e.calling = e.last_redirection = {}; break;
    default: break;
    }
    std::set<std::string> unique;
    std::vector<std::string> devices;
    for (auto& d : to)
        if (!d.empty() && unique.insert(d).second) devices.push_back(std::move(d));
    sink_(CstaItem{at, std::move(e), std::move(devices), std::move(changes)});
}

void CstaPlayer::queued(const CallView& v, const std::string& group, std::int64_t at) {
    Call& c = call(v);
    const bool first = c.first_group.empty();
    if (first) c.first_group = group;
    c.group = group;
    Event e = base(c, EventType::Queued, group, at);
    e.number_queued = waiting_in(group);
    e.calls_in_front = *e.number_queued - 1;
    e.cause = first ? cause::kNewCall : cause::kOverflow;
    e.local_state = ConnectionState::Queued;
    emit(at, std::move(e), {group}, {set(group, c.cid, ConnectionState::Queued, c.caller)});
}

void CstaPlayer::ringing(const CallView& v, const std::string& group, const std::string& ext, std::int64_t at) {
    Call& c = call(v);
    c.ringing.insert(ext);
    Event d = base(c, EventType::Diverted, group, at);
    d.other = csta::dialing_number(ext);
    d.cause = cause::kDistributed;
    emit(at, std::move(d), {group});
    Event e = base(c, EventType::Delivered, ext, at);
    e.last_redirection = csta::dialing_number(group);
    e.cause = cause::kDistributed;
    e.local_state = ConnectionState::Alerting;
    emit(at, std::move(e), {ext, group}, {set(ext, c.cid, ConnectionState::Alerting, c.caller)});
}

void CstaPlayer::stopped_ringing(const CallView& v, const std::string& ext, std::int64_t at) {
    auto it = calls_.find(v.id);
    if (it == calls_.end() || !it->second.ringing.erase(ext)) return;  // already cut by an overflow or hang-up
    Call& c = it->second;
    if (c.answered) {
        Event e = base(c, EventType::ConnectionCleared, ext, at);
        e.cause = cause::kNormalClearing;
        e.local_state = ConnectionState::Null;
        emit(at, std::move(e), {ext}, {remove(ext, c.cid)});
        return;
    }
    Event e = base(c, EventType::Diverted, ext, at);
    e.other = csta::dialing_number(c.group);
    e.cause = cause::kAlertTimeExpired;
    emit(at, std::move(e), {ext, c.group}, {remove(ext, c.cid)});
}

void CstaPlayer::answered(const CallView& v, const std::string& group, const std::string& ext, std::int64_t at) {
    Call& c = call(v);
    c.ringing.erase(ext);
    c.answered = true;
    c.answerer = ext;
    Event e = base(c, EventType::Established, ext, at);
    e.last_redirection = csta::dialing_number(group);
    e.cause = cause::kDistributed;
    e.local_state = ConnectionState::Connected;
    emit(at, std::move(e), {ext, group},
         {set(ext, c.cid, ConnectionState::Connected, c.caller), remove(group, c.cid)});
}

void CstaPlayer::overflowed(const CallView& v, const std::string& from, const std::string& to, std::int64_t at) {
    Call& c = call(v);
    for (const auto& ext : std::exchange(c.ringing, {})) {
        Event e = base(c, EventType::ConnectionCleared, ext, at);
        e.cause = cause::kOverflow;
        emit(at, std::move(e), {ext}, {remove(ext, c.cid)});
    }
    Event e = base(c, EventType::Diverted, from, at);
    e.other = csta::dialing_number(to);
    e.cause = cause::kOverflow;
    c.group = to;  // no longer waiting in `from`
    emit(at, std::move(e), {from, to}, {remove(from, c.cid)});
}

void CstaPlayer::abandoned(const CallView& v, const std::string& group, std::int64_t at) {
    Call& c = call(v);
    std::vector<std::string> to(c.ringing.begin(), c.ringing.end());
    to.push_back(group);
    Event e = base(c, EventType::ConnectionCleared, group, at);
    e.connection = caller_side(c, c.cid);
    e.subject = c.caller;
    e.cause = cause::kNormalClearing;
    emit(at, std::move(e), to);
    Event cc = base(c, EventType::CallCleared, group, at);
    cc.connection = csta::ConnectionRef{c.cid, {}, {}};
    cc.subject = {};
    cc.cause = cause::kNormalClearing;
    emit(at, std::move(cc), to, {remove_call(c.cid)});
    calls_.erase(v.id);
}

void CstaPlayer::consulting(const CallView& v, const std::string& ext, const std::string& target, std::int64_t at) {
    Call& c = call(v);
    Event h = base(c, EventType::Held, ext, at);
    h.cause = cause::kConsultation;
    h.local_state = ConnectionState::Hold;
    emit(at, std::move(h), {ext}, {set(ext, c.cid, ConnectionState::Hold, c.caller)});
    // The consultation is a call of its own, from the operator to the target.
    c.consult_cid = new_call_id();
    c.consult_target = target;
    Call internal;
    internal.cid = c.consult_cid;
    internal.caller = csta::dialing_number(ext);
    for (auto type : {EventType::Delivered, EventType::Established}) {
        Event e = base(internal, type, target, at);
        e.called = csta::dialing_number(target);
        e.cause = cause::kConsultation;
        e.local_state = type == EventType::Delivered ? ConnectionState::Alerting : ConnectionState::Connected;
        std::vector<DeviceChange> changes = {set(target, c.consult_cid, *e.local_state, internal.caller)};
        if (type == EventType::Established)
            changes.push_back(set(ext, c.consult_cid, ConnectionState::Connected, csta::dialing_number(target)));
        emit(at, std::move(e), {ext, target}, std::move(changes));
    }
}

void CstaPlayer::transferred(const CallView& v, const std::string& ext, const std::string& target, std::int64_t at) {
    Call& c = call(v);
    Event e = base(c, EventType::Transferred, ext, at);
    e.connection = at_device(c.cid, ext);               // primaryOldCall: the held caller
    e.secondary = at_device(c.consult_cid, ext);        // secondaryOldCall: the consultation
    e.other = csta::dialing_number(target);
    e.cause = cause::kTransfer;
    csta::ConnectionListEntry to_target{at_device(c.consult_cid, target), at_device(c.consult_cid, target),
                                        csta::dialing_number(target)};
    csta::ConnectionListEntry to_caller{caller_side(c, c.consult_cid), caller_side(c, c.cid), c.caller};
    e.connections = {to_target, to_caller};
    e.calling = {};
    e.called = {};
    const std::string old = c.cid;
    c.cid = c.consult_cid;  // the caller's call goes on under the consultation's id
    c.answerer = target;
    emit(at, std::move(e), {ext, target},
         {remove_call(old), remove(ext, c.cid), set(target, c.cid, ConnectionState::Connected, c.caller)});
}

void CstaPlayer::forwarded(const CallView& v, const std::string& ext, const std::string& to, std::int64_t at) {
    Call& c = call(v);
    c.forward_ext = ext;
    Event e = base(c, EventType::Diverted, ext, at);
    e.called = csta::dialing_number(ext);
    e.other = csta::dialing_number(to);
    e.cause = cause::kCallForwardImmediate;
    emit(at, std::move(e), {ext});
}

void CstaPlayer::calling_out(std::uint64_t id, const std::string& ext, const std::string& number, std::int64_t at) {
    Call& c = calls_[id];
    c.cid = new_call_id();
    c.outgoing = true;
    c.answerer = ext;
    c.caller = csta::dialing_number(ext);
    Event o = base(c, EventType::Originated, ext, at);
    o.called = csta::dialing_number(number);
    o.cause = cause::kNewCall;
    o.local_state = ConnectionState::Connected;
    emit(at, std::move(o), {ext}, {set(ext, c.cid, ConnectionState::Connected, csta::dialing_number(number))});
    Event e = base(c, EventType::Established, number, at);
    e.connection.device = {};
    e.connection.dynamic_id = "CO";
    e.called = csta::dialing_number(number);
    e.cause = cause::kNewCall;
    emit(at, std::move(e), {ext});
}

void CstaPlayer::cleared(std::uint64_t id, std::int64_t at) {
    auto it = calls_.find(id);
    if (it == calls_.end()) return;
    Call& c = it->second;
    const std::string where = !c.forward_ext.empty() ? c.forward_ext : c.answerer;
    if (!c.forward_ext.empty() || c.outgoing) {
        Event e = base(c, EventType::ConnectionCleared, where, at);
        e.cause = cause::kNormalClearing;
        emit(at, std::move(e), {where});
    } else {
        Event e = base(c, EventType::ConnectionCleared, where, at);  // the caller hangs up
        e.connection = caller_side(c, c.cid);
        e.subject = c.caller;
        e.cause = cause::kNormalClearing;
        emit(at, std::move(e), {where});
    }
    Event cc = base(c, EventType::CallCleared, where, at);
    cc.connection = csta::ConnectionRef{c.cid, {}, {}};
    cc.subject = {};
    cc.cause = cause::kNormalClearing;
    emit(at, std::move(cc), {where}, {remove_call(c.cid)});
    calls_.erase(it);
}

void CstaPlayer::logged(const std::string& ext, bool in, std::int64_t at) {
    Event e;
    e.type = in ? EventType::AgentLoggedOn : EventType::AgentLoggedOff;
    const auto tags = csta::event_tags(e.type);
    e.category = tags->category;
    e.event_tag = tags->tag;
    e.subject = csta::dialing_number(ext);
    e.agent_id = ext;
    if (auto g = group_of_.find(ext); g != group_of_.end()) e.acd_group = csta::dialing_number(g->second);
    e.timestamp = stamp_text(at);
    emit(at, std::move(e), {ext});
}

} // namespace kxcti::sim
