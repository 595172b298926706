// Session: device discovery, then monitorStart and snapshotDevice on every device found.
#include "common/csta/device_codec.h"
#include "common/csta/kme.h"
#include "common/csta/session.h"
#include "common/util/log.h"

#include <algorithm>

namespace kxcti::csta {
namespace {

constexpr std::string_view kLog = "csta";

// Extensions and the groups calls queue in; trunks, park slots, routeing points and voice
// units say nothing about agents or queues. -1: the list did not say (the Panasonic escape
// list): monitored, as the public Panasonic client monitors everything it lists.
bool worth_monitoring(int category) {
    switch (category) {
    case -1:
    case category::kStation:
    case category::kAcd:
    case category::kGroupAcd:
    case category::kGroupHunt:
    case category::kGroupPick:
    case category::kGroupOther: return true;
    default: return false;
    }
}

std::string name_of(const DiscoveredDevice& d) { return d.number.empty() ? device_text(d.device) : d.number; }

} // namespace

void Session::begin_discovery() {
    state_ = SessionState::Discovering;
    deadline_ = clock_.now() + settings_.discovery_timeout;
    for (const auto& n : settings_.devices) add_device({dialing_number(n), n, -1, std::nullopt});
    switch (settings_.discovery) {
    case DiscoveryMode::Static: finish_discovery("devices named in the settings"); break;
    case DiscoveryMode::Panasonic: request_panasonic_list(); break;
    case DiscoveryMode::Auto:
    case DiscoveryMode::Standard: request_standard_list(); break;
    }
}

void Session::request_standard_list() {
    tried_standard_ = true;
    standard_pending_ = true;
    deadline_ = clock_.now() + settings_.discovery_timeout;
    invoke(op::kGetSwitchingFunctionDevices, encode_get_switching_function_devices_arg());
}

void Session::request_panasonic_list() {
    tried_panasonic_ = true;
    deadline_ = clock_.now() + settings_.discovery_timeout;
    panasonic_pending_ = 0;
    for (int category : kKmeDiscoveryCategories) {
        if (invoke(op::kEscape, encode_kme_device_list_request(category))) ++panasonic_pending_;
    }
}

void Session::on_segment(const DeviceSegment& seg, bool panasonic) {
    stats_.skipped_elements += seg.skipped;
    if (state_ != SessionState::Discovering && state_ != SessionState::Monitoring && state_ != SessionState::Up) return;
    const std::size_t before = devices_.size();
    for (const auto& d : seg.devices) add_device(d);
    log::debug(kLog, panasonic ? "Panasonic" : "standard", " device list segment ", seg.segment_id.value_or(-1), ": ",
               seg.devices.size(), " devices", seg.last_segment ? " (last)" : "");
    if (seg.last_segment) {
        if (panasonic) panasonic_pending_ = std::max(0, panasonic_pending_ - 1);
        else standard_pending_ = false;
    }
    if (state_ == SessionState::Discovering) {
        const bool done = panasonic ? panasonic_pending_ == 0 && tried_panasonic_ : !standard_pending_ && tried_standard_;
        if (done) finish_discovery(panasonic ? "Panasonic device list" : "standard device list");
        return;
    }
    if (devices_.size() > before) {  // devices announced after discovery ended
        state_ = SessionState::Monitoring;
        pump();
        check_up();
    }
}

void Session::discovery_failed(const std::string& why) {
    if (state_ != SessionState::Discovering) {
        log::debug(kLog, "late discovery failure ignored: ", why);
        return;
    }
    if (settings_.discovery == DiscoveryMode::Auto && !tried_panasonic_) {
        log::info(kLog, why, "; asking for the Panasonic escape device list instead");
        request_panasonic_list();
        return;
    }
    if (!devices_.empty()) {
        finish_discovery(why + "; monitoring the " + std::to_string(devices_.size()) + " devices known");
        return;
    }
    close("device discovery failed (" + why +
          "): name the extensions and ICD groups to monitor in the [csta] devices setting, or set discovery = static");
}

void Session::finish_discovery(const std::string& note) {
    if (devices_.empty()) {
        close("no devices to monitor (" + note + "): name extensions and ICD groups in the [csta] devices setting");
        return;
    }
    state_ = SessionState::Monitoring;
    log::info(kLog, devices_.size(), " devices to monitor (", note, ")");
    pump();
    check_up();
}

void Session::add_device(const DiscoveredDevice& d) {
    if (!worth_monitoring(d.category)) {
        log::debug(kLog, "not monitoring ", name_of(d), " (", category_name(d.category), ")");
        return;
    }
    const bool known = std::any_of(devices_.begin(), devices_.end(), [&](const MonitoredDevice& m) {
        return m.device.device == d.device || (!d.number.empty() && m.device.number == d.number);
    });
    if (known) return;
    MonitoredDevice m;
    m.device = d;
    devices_.push_back(std::move(m));
}

void Session::pump() {
    if (state_ != SessionState::Monitoring && state_ != SessionState::Up) return;
    while (invokes_.outstanding() < settings_.max_outstanding) {
        if (!snapshot_queue_.empty()) {
            const std::size_t idx = snapshot_queue_.front();
            snapshot_queue_.erase(snapshot_queue_.begin());
            if (!invoke(op::kSnapshotDevice, encode_snapshot_device_arg(devices_[idx].device.device), idx)) break;
        } else if (next_monitor_ < devices_.size()) {
            const std::size_t idx = next_monitor_++;
            if (!invoke(op::kMonitorStart, encode_monitor_start_arg(devices_[idx].device.device), idx)) break;
        } else {
            break;
        }
    }
}

void Session::on_monitor_answer(const PendingInvoke& p, const std::optional<Tlv>& result, const std::string* failure) {
    if (p.context >= devices_.size()) return;
    MonitoredDevice& dev = devices_[p.context];
    if (failure) {
        dev.failure = "monitorStart " + *failure;
        log::warn(kLog, "cannot monitor ", name_of(dev.device), ": ", dev.failure);
    } else {
        dev.monitored = true;
        if (const auto cross = decode_monitor_start_result(result)) {
            dev.cross_ref = *cross;
            by_cross_ref_[*cross] = p.context;
        } else {
            log::warn(kLog, "monitorStart on ", name_of(dev.device),
                      " answered without a cross reference: its events cannot be told apart");
        }
        if (settings_.snapshot) snapshot_queue_.push_back(p.context);
        else dev.snapshot_done = true;
    }
    pump();
    check_up();
}

void Session::on_snapshot_answer(const PendingInvoke& p, const std::optional<Tlv>& result, const std::string* failure) {
    if (p.context >= devices_.size()) return;
    MonitoredDevice& dev = devices_[p.context];
    dev.snapshot_done = true;
    if (failure) {
        log::warn(kLog, "snapshotDevice on ", name_of(dev.device), " ", *failure, ": its calls in progress are unknown until they change");
    } else {
        const auto s = decode_snapshot_device_result(result);
        if (!s.ok) {
            log::warn(kLog, "snapshotDevice on ", name_of(dev.device), ": ", s.error);
        } else {
            stats_.skipped_elements += s.skipped;
            if (s.service_cross_ref)
                log::info(kLog, "snapshotDevice on ", name_of(dev.device), " answered with a cross reference only: its data is not read");
            out_.snapshots.push_back({dev.device, s.calls});
        }
    }
    pump();
    check_up();
}

void Session::check_up() {
    if (state_ != SessionState::Monitoring) return;
    if (next_monitor_ < devices_.size() || !snapshot_queue_.empty()) return;
    std::size_t monitored = 0;
    std::size_t failed = 0;
    for (const auto& d : devices_) {
        if (!d.failure.empty()) ++failed;
        else if (!d.monitored || !d.snapshot_done) return;  // still waiting on it
        else ++monitored;
    }
    if (monitored == 0) {
        close("no device could be monitored (" + std::to_string(failed) + " refused; first: " +
              devices_.front().failure + ")");
        return;
    }
    state_ = SessionState::Up;
    out_.became_up = true;
    log::info(kLog, "CTI link up: ", monitored, " devices monitored", failed ? ", " + std::to_string(failed) + " refused" : "");
}

} // namespace kxcti::csta
