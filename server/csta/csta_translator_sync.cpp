// Rebuilding the translator's calls after a reconnect, from the snapshots the link takes of
// every device before it reports itself up (csta_translator.h says the rule).
#include "server/csta/csta_translator.h"

namespace kxcti::server {

void CstaTranslator::on_down(std::int64_t) {
    resyncing_ = true;
    cleared_since_down_.clear();
    snapshots_.clear();
    for (auto& [id, c] : calls_) {
        c.stale = true;
        for (auto& [dev, p] : c.parties) p.stale = true;
    }
}

void CstaTranslator::on_snapshot(const csta::DeviceSnapshot& s, std::int64_t) {
    // Kept until on_up: events that arrive meanwhile may already have changed what it shows.
    const std::string device = s.device.number.empty() ? number(s.device.device) : s.device.number;
    if (!resyncing_) {
        resyncing_ = true;  // the first connection: nothing known yet, nothing stale
        cleared_since_down_.clear();
        snapshots_.clear();
    }
    for (const auto& call : s.calls) snapshots_.emplace_back(device, call);
}

void CstaTranslator::adopt(const std::string& device, const csta::SnapshotCall& s, std::int64_t at_us, TranslatorOutput& out) {
    const std::string& id = *s.connection.call_id;
    Call& c = calls_[id];
    c.id = id;
    const std::string other = number(s.endpoint);
    c.incoming = !ours(other);
    c.info.caller = c.incoming ? other : std::string();
    c.info.call_key = "csta:" + csta::hex(id);
    c.info.start_us = at_us;
    c.info.from_snapshot = true;
    if (c.incoming) {
        ++stats_.calls;
        ++stats_.from_snapshot;
    }
    csta::Event e;  // what the snapshot says, as an event would (no PBX time)
    switch (s.local_state.value_or(csta::ConnectionState::Connected)) {
    case csta::ConnectionState::Queued:
        if (c.incoming) enter_group(c, device, at_us, out);
        break;
    case csta::ConnectionState::Alerting: ring(c, device, e, at_us, out); break;
    case csta::ConnectionState::Hold:
        answer(c, device, e, at_us, out);
        c.parties[device].where = Where::Held;
        break;
    default: answer(c, device, e, at_us, out); break;
    }
}

TranslatorOutput CstaTranslator::on_up(const std::vector<csta::MonitoredDevice>& devices, std::int64_t at_us) {
    TranslatorOutput out;
    set_devices(devices);
    ++stats_.resyncs;
    // Calls the snapshots confirm; then those they do not (ended unseen); then those new to us.
    auto usable = [&](const csta::SnapshotCall& s) {
        return s.connection.call_id && !cleared_since_down_.count(*s.connection.call_id);
    };
    for (const auto& [device, s] : snapshots_)
        if (usable(s))
            if (Call* c = find(*s.connection.call_id)) c->stale = false;
    std::vector<std::string> vanished;
    for (auto& [id, c] : calls_)
        if (c.stale) vanished.push_back(id);
    for (const auto& id : vanished) {
        ++stats_.vanished;
        end(id, at_us, std::nullopt, true, out);
    }
    for (const auto& [device, s] : snapshots_) {
        if (!usable(s)) continue;
        Call* c = find(*s.connection.call_id);
        if (!c) {
            adopt(device, s, at_us, out);
            continue;
        }
        auto it = c->parties.find(device);
        if (it != c->parties.end()) {
            it->second.stale = false;
            continue;
        }
        // On the call at a device we had not seen it reach (during the outage).
        csta::Event e;
        const auto state = s.local_state.value_or(csta::ConnectionState::Connected);
        if (state == csta::ConnectionState::Queued && c->incoming) enter_group(*c, device, at_us, out);
        else if (state == csta::ConnectionState::Alerting) ring(*c, device, e, at_us, out);
        else answer(*c, device, e, at_us, out);
    }
    for (auto& [id, c] : calls_) std::erase_if(c.parties, [](const auto& kv) { return kv.second.stale; });
    resyncing_ = false;
    cleared_since_down_.clear();
    snapshots_.clear();
    publish_states(at_us, out);
    return out;
}

} // namespace kxcti::server
