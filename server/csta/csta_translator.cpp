#include "server/csta/csta_translator.h"

#include "common/csta/device_codec.h"

#include <chrono>
#include <cstdio>

namespace kxcti::server {

using csta::EventType;
using protocol::OperatorActivity;

namespace {

bool has_number(const csta::DeviceRef& d) { return d.has_number() && !d.number.empty(); }

// Whole seconds from one moment to another: by the PBX's stamps when both have one.
int seconds(std::int64_t from_us, std::optional<std::int64_t> from_pbx, std::int64_t to_us, std::optional<std::int64_t> to_pbx) {
    const std::int64_t d = from_pbx && to_pbx ? *to_pbx - *from_pbx : to_us - from_us;
    return d < 0 ? 0 : static_cast<int>(d / 1'000'000);
}

reports::CivilDay day_of(std::optional<std::int64_t> pbx_us, std::int64_t at_us) {
    using namespace std::chrono;
    const auto days = floor<std::chrono::days>(sys_time<microseconds>(microseconds(pbx_us.value_or(at_us))));
    const year_month_day ymd{days};
    return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
            static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

} // namespace

std::optional<std::int64_t> pbx_time_us(const std::optional<std::string>& text) {
    if (!text || text->size() < 14) return std::nullopt;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    for (std::size_t i = 0; i < 14; ++i)
        if ((*text)[i] < '0' || (*text)[i] > '9') return std::nullopt;
    if (std::sscanf(text->c_str(), "%4d%2d%2d%2d%2d%2d", &y, &mo, &d, &h, &mi, &s) != 6) return std::nullopt;
    using namespace std::chrono;
    const year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
    if (!ymd.ok() || h > 23 || mi > 59 || s > 60) return std::nullopt;
    std::int64_t us = duration_cast<microseconds>(sys_days{ymd}.time_since_epoch() + hours{h} + minutes{mi} + std::chrono::seconds{s}).count();
    // A fraction of a second (".5", ",25"), if any.
    if (text->size() > 15 && ((*text)[14] == '.' || (*text)[14] == ',')) {
        std::int64_t scale = 100'000;
        for (std::size_t i = 15; i < text->size() && (*text)[i] >= '0' && (*text)[i] <= '9' && scale > 0; ++i, scale /= 10)
            us += ((*text)[i] - '0') * scale;
    }
    return us;
}

CstaTranslator::CstaTranslator(live::Directory directory) : directory_(std::move(directory)) {}

void CstaTranslator::set_devices(const std::vector<csta::MonitoredDevice>& devices) {
    for (const auto& d : devices) {
        const auto& dev = d.device;
        const std::string n = dev.number.empty() ? dev.device.number : dev.number;
        if (n.empty()) continue;
        devices_.insert(n);
        if (dev.category >= csta::category::kAcd && dev.category <= csta::category::kGroupOther) groups_.insert(n);
        if (dev.device.form == csta::DeviceForm::DeviceNumber) device_numbers_[dev.device.device_number] = n;
    }
}

std::string CstaTranslator::number(const csta::DeviceRef& d) const {
    if (d.form == csta::DeviceForm::DeviceNumber) {
        auto it = device_numbers_.find(d.device_number);
        return it == device_numbers_.end() ? d.number : it->second;
    }
    return has_number(d) ? d.number : std::string();
}

bool CstaTranslator::ours(const std::string& n) const {
    return !n.empty() && (devices_.count(n) || groups_.count(n) || !directory_.group_of(n).empty());
}

bool CstaTranslator::is_group(const std::string& n) const {
    return !n.empty() && (groups_.count(n) || directory_.is_group(n));
}

CstaTranslator::Call* CstaTranslator::find(const std::string& id) {
    auto it = calls_.find(id);
    return it == calls_.end() ? nullptr : &it->second;
}

void CstaTranslator::fill_from(Call& c, const csta::Event& e) {
    if (c.info.trunk.empty()) c.info.trunk = number(e.associated_calling);
    if (c.info.did.empty()) c.info.did = number(e.network_called);
}

CstaTranslator::Call& CstaTranslator::open(const csta::Event& e, const std::string& id, std::int64_t at_us, TranslatorOutput& out) {
    if (Call* c = find(id)) {
        fill_from(*c, e);
        return *c;
    }
    Call& c = calls_[id];
    c.id = id;
    const std::string calling = number(e.calling);
    c.incoming = e.type != EventType::Originated && e.type != EventType::ServiceInitiated && !ours(calling);
    c.info.caller = c.incoming ? calling : std::string();
    fill_from(c, e);
    c.info.call_key = c.info.trunk.empty() ? "csta:" + csta::hex(id) : c.info.trunk + "|" + c.info.caller;
    c.info.start_us = at_us;
    c.start_pbx_us = pbx_time_us(e.timestamp);
    if (c.incoming) {
        ++stats_.calls;
        report(c, out);
    }
    return c;
}

template <class E>
void CstaTranslator::fill(E& ev, const Call& c, const std::string& ext, std::int64_t at_us) const {
    ev.call_key = c.info.call_key;
    ev.at_us = at_us;
    ev.ext = ext;
    ev.group = !c.group.empty() ? c.group : directory_.group_of(ext);
    ev.trunk = c.info.trunk;
    ev.caller = c.info.caller;
}

void CstaTranslator::report(const Call& c, TranslatorOutput& out) const {
    if (c.incoming) out.calls.push_back(c.info);
}

void CstaTranslator::enter_group(Call& c, const std::string& group, std::int64_t at_us, TranslatorOutput& out) {
    if (c.group == group) return;
    if (!c.group.empty()) c.parties.erase(c.group);  // an overflow: it left the last group
    c.group = group;
    c.group_since_us = at_us;
    c.parties[group] = Party{Where::Queued, at_us, std::nullopt, false};
    if (!c.incoming) return;
    c.info.devices.insert(group);
    protocol::CallRinging r;
    fill(r, c, group, at_us);
    r.group = group;
    r.did = c.info.did;
    if (!r.did.empty()) r.channel = directory_.channel_of(r.did, day_of(c.start_pbx_us, at_us));
    out.events.push_back(r);
    c.announced = true;
    report(c, out);
}

void CstaTranslator::ring(Call& c, const std::string& ext, const csta::Event& e, std::int64_t at_us, TranslatorOutput& out) {
    auto it = c.parties.find(ext);
    if (it != c.parties.end() && it->second.where != Where::Queued) {
        it->second.stale = false;
        return;  // already ringing (a second monitor's copy)
    }
    c.parties[ext] = Party{Where::Alerting, at_us, pbx_time_us(e.timestamp), false};
    if (!c.incoming) return;
    c.info.devices.insert(ext);
    protocol::CallRinging r;
    fill(r, c, ext, at_us);
    r.did = c.info.did;
    if (!r.did.empty()) r.channel = directory_.channel_of(r.did, day_of(c.start_pbx_us, at_us));
    out.events.push_back(r);
    c.announced = true;
    report(c, out);
}

void CstaTranslator::answer(Call& c, const std::string& ext, const csta::Event& e, std::int64_t at_us, TranslatorOutput& out) {
    auto it = c.parties.find(ext);
    if (it != c.parties.end() && (it->second.where == Where::Connected || it->second.where == Where::Held)) {
        it->second.stale = false;
        return;
    }
    const auto pbx = pbx_time_us(e.timestamp);
    int ring_s = -1;
    if (it != c.parties.end() && it->second.where == Where::Alerting)
        ring_s = seconds(it->second.since_us, it->second.since_pbx_us, at_us, pbx);
    c.parties[ext] = Party{Where::Connected, at_us, pbx, false};
    if (!c.incoming) return;
    if (!c.group.empty()) c.parties.erase(c.group);  // no longer waiting in the queue
    c.answered_by = ext;
    c.answered_us = at_us;
    c.answered_pbx_us = pbx;
    c.ring_s = ring_s;
    c.info.answered = true;
    c.info.devices.insert(ext);
    protocol::CallAnswered a;
    fill(a, c, ext, at_us);
    a.ring_s = ring_s;
    out.events.push_back(a);
    c.announced = true;
    report(c, out);
}

void CstaTranslator::end(const std::string& id, std::int64_t at_us, std::optional<std::int64_t> pbx, bool unseen,
                         TranslatorOutput& out) {
    Call* c = find(id);
    if (!c) return;
    if (resyncing_) cleared_since_down_.insert(id);
    if (c->incoming) {
        c->info.end_us = at_us;
        c->info.ended_unseen = unseen;
        if (c->announced) {
            protocol::CallEnded e;
            std::string where = c->answered_by;
            if (where.empty()) where = c->group;
            if (where.empty() && !c->parties.empty()) where = c->parties.begin()->first;
            fill(e, *c, where, at_us);
            if (c->info.answered) {
                e.outcome = protocol::CallOutcome::Answered;
                e.ring_s = c->ring_s;
                // Unknown when the end or the answer was not seen (an outage, a snapshot).
                const bool known = !unseen && !c->info.from_snapshot;
                e.duration_s = known ? seconds(c->answered_us, c->answered_pbx_us, at_us, pbx) : -1;
            } else if (unseen) {
                e.outcome = protocol::CallOutcome::Unknown;
            } else {
                e.outcome = protocol::CallOutcome::Abandoned;
                e.ring_s = seconds(c->info.start_us, c->start_pbx_us, at_us, pbx);
                e.duration_s = 0;
            }
            out.events.push_back(e);
        }
        report(*c, out);
    }
    calls_.erase(id);
}

void CstaTranslator::transfer(const csta::Event& e, std::int64_t at_us, TranslatorOutput& out) {
    std::vector<std::string> ids;
    if (e.connection.call_id) ids.push_back(*e.connection.call_id);
    if (e.secondary && e.secondary->call_id) ids.push_back(*e.secondary->call_id);
    std::optional<std::string> result;
    for (const auto& entry : e.connections)
        if (entry.new_connection && entry.new_connection->call_id) {
            result = entry.new_connection->call_id;
            break;
        }
    Call* in = nullptr;
    for (const auto& id : ids)
        if (Call* c = find(id); c && c->incoming) in = c;
    if (!in) {  // a transfer between internal calls: they end for us
        for (const auto& id : ids) end(id, at_us, pbx_time_us(e.timestamp), false, out);
        return;
    }
    const std::string from = number(e.subject), to = number(e.other);
    // The other call (the consultation) is absorbed into the transferred one.
    for (const auto& id : ids)
        if (id != in->id) calls_.erase(id);
    in = nullptr;
    for (const auto& id : ids)
        if (Call* c = find(id)) in = c;
    if (!in) return;
    in->parties.erase(from);
    if (result && *result != in->id) {
        Call moved = std::move(*in);
        calls_.erase(moved.id);
        moved.id = *result;
        calls_[*result] = std::move(moved);
        in = &calls_[*result];
        ++stats_.rekeyed;
    }
    if (!ours(to)) return;
    if (auto p = in->parties.find(to); p != in->parties.end() && in->answered_by == to) {
        p->second.stale = false;
        return;  // the same transfer from another monitor
    }
    in->parties[to] = Party{Where::Connected, at_us, pbx_time_us(e.timestamp), false};
    in->answered_by = to;
    in->info.devices.insert(to);
    protocol::CallAnswered a;
    fill(a, *in, to, at_us);
    out.events.push_back(a);
    report(*in, out);
}

TranslatorOutput CstaTranslator::on_event(const csta::Event& e, std::int64_t at_us) {
    TranslatorOutput out;
    ++stats_.events;
    const std::optional<std::string> id = e.connection.call_id;
    const auto pbx = pbx_time_us(e.timestamp);
    const std::string subject = number(e.subject);
    bool used = true;
    switch (e.type) {
    case EventType::Queued:
        if (!id) { used = false; break; }
        if (!subject.empty()) groups_.insert(subject);
        if (Call& c = open(e, *id, at_us, out); c.incoming) enter_group(c, subject, at_us, out);
        break;
    case EventType::Delivered: {
        if (!id) { used = false; break; }
        Call& c = open(e, *id, at_us, out);
        if (c.incoming && (is_group(subject) || (e.cause && *e.cause == csta::cause::kEnteringDistribution)))
            enter_group(c, subject, at_us, out);
        else if (ours(subject))
            ring(c, subject, e, at_us, out);
        break;
    }
    case EventType::Diverted: {
        if (!id) { used = false; break; }
        Call& c = open(e, *id, at_us, out);
        const std::string to = number(e.other);
        if (is_group(subject)) {
            if (is_group(to)) enter_group(c, to, at_us, out);  // overflow
            else if (directory_.group_of(to).empty() && !ours(to)) { c.parties.erase(subject); c.group.clear(); }
        } else {
            c.parties.erase(subject);  // ring timeout, deflection or forward
            if (c.incoming && ours(subject)) c.info.devices.insert(subject);
        }
        break;
    }
    case EventType::Established:
    case EventType::Originated:
        if (!id) { used = false; break; }
        if (Call& c = open(e, *id, at_us, out); ours(subject)) answer(c, subject, e, at_us, out);
        break;
    case EventType::Held:
    case EventType::Retrieved:
        if (Call* c = id ? find(*id) : nullptr; c && c->parties.count(subject))
            c->parties[subject].where = e.type == EventType::Held ? Where::Held : Where::Connected;
        else used = false;
        break;
    case EventType::ConnectionCleared: {
        Call* c = id ? find(*id) : nullptr;
        if (!c) { used = false; break; }
        const std::string dropped = number(e.connection.device);
        if (ours(dropped)) {
            c->parties.erase(dropped);
            if (!c->incoming && c->parties.empty()) end(*id, at_us, pbx, false, out);
        } else {
            end(*id, at_us, pbx, false, out);  // the caller (or the far end) hung up
        }
        break;
    }
    case EventType::CallCleared:
        if (id && find(*id)) end(*id, at_us, pbx, false, out);
        else used = false;
        break;
    case EventType::Transferred: transfer(e, at_us, out); break;
    default: used = false; break;
    }
    if (!used) ++stats_.ignored;
    if (id)
        if (Call* c = find(*id)) c->stale = false;
    publish_states(at_us, out);
    return out;
}

void CstaTranslator::publish_states(std::int64_t at_us, TranslatorOutput& out) {
    std::map<std::string, std::pair<std::uint32_t, std::int64_t>> queues;
    std::map<std::string, Activity> activity;
    for (auto& [group, last] : queues_) queues[group] = {0, 0};
    for (auto& [ext, last] : activity_) activity[ext] = Activity{OperatorActivity::Idle, {}, last.group};
    for (const auto& [id, c] : calls_) {
        if (c.incoming && !c.group.empty() && !c.info.answered) {
            auto& q = queues[c.group];
            ++q.first;
            if (q.second == 0 || c.group_since_us < q.second) q.second = c.group_since_us;
        }
        for (const auto& [dev, p] : c.parties) {
            if (is_group(dev)) continue;
            auto& a = activity[dev];
            const auto now = p.where == Where::Alerting ? OperatorActivity::Ringing : OperatorActivity::Talking;
            if (a.activity == OperatorActivity::Talking) continue;
            if (a.activity == OperatorActivity::Ringing && now == OperatorActivity::Ringing) continue;
            a.activity = now;
            a.caller = c.incoming ? c.info.caller : std::string();
            if (!c.group.empty()) a.group = c.group;
        }
    }
    for (const auto& [group, q] : queues) {
        auto [it, fresh] = queues_.try_emplace(group, std::pair<std::uint32_t, std::int64_t>{~0u, 0});
        if (!fresh && it->second == q) continue;
        it->second = q;
        out.events.push_back(protocol::QueueState{at_us, group, q.first, q.second});
    }
    for (auto& [ext, a] : activity) {
        auto& last = activity_[ext];
        if (const auto g = directory_.group_of(ext); !g.empty()) a.group = g;
        if (last.activity == a.activity && last.caller == a.caller) continue;
        last = a;
        out.events.push_back(protocol::OperatorState{at_us, ext, a.group, a.activity, a.caller});
    }
}

} // namespace kxcti::server
