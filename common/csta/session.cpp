#include "common/csta/session.h"

#include "common/csta/device_codec.h"
#include "common/csta/kme.h"
#include "common/util/log.h"

namespace kxcti::csta {
namespace {

constexpr std::string_view kLog = "csta";

std::string seconds(std::chrono::milliseconds d) {
    const auto ms = d.count();
    return ms % 1000 == 0 ? std::to_string(ms / 1000) + " s" : std::to_string(ms) + " ms";
}

// At most this many bytes of a PDU go into a log line: enough to recognise it.
constexpr std::size_t kLoggedPduBytes = 48;
std::string pdu_hex(ByteView pdu) {
    const auto shown = pdu.first(std::min(pdu.size(), kLoggedPduBytes));
    return hex(shown) + (shown.size() < pdu.size() ? "..." : "");
}

} // namespace

std::string_view discovery_mode_name(DiscoveryMode m) {
    switch (m) {
    case DiscoveryMode::Auto: return "auto";
    case DiscoveryMode::Standard: return "standard";
    case DiscoveryMode::Panasonic: return "panasonic";
    case DiscoveryMode::Static: return "static";
    }
    return "?";
}

std::optional<DiscoveryMode> discovery_mode(std::string_view name) {
    for (auto m : {DiscoveryMode::Auto, DiscoveryMode::Standard, DiscoveryMode::Panasonic, DiscoveryMode::Static})
        if (discovery_mode_name(m) == name) return m;
    return std::nullopt;
}

std::string_view session_state_name(SessionState s) {
    switch (s) {
    case SessionState::Idle: return "idle";
    case SessionState::Associating: return "associating";
    case SessionState::AwaitingStatus: return "awaiting systemStatus";
    case SessionState::Discovering: return "discovering devices";
    case SessionState::Monitoring: return "starting monitors";
    case SessionState::Up: return "up";
    case SessionState::Closed: return "closed";
    }
    return "?";
}

Session::Session(SessionSettings settings, const Clock& clock) : settings_(std::move(settings)), clock_(clock) {}

SessionOutput Session::start() {
    stop();
    out_ = {};
    state_ = SessionState::Associating;
    deadline_ = clock_.now() + settings_.association_timeout;
    send(encode_aarq(settings_.association));
    return std::move(out_);
}

void Session::stop() {
    state_ = SessionState::Idle;
    invokes_.clear();
    devices_.clear();
    snapshot_queue_.clear();
    by_cross_ref_.clear();
    next_monitor_ = 0;
    tried_panasonic_ = tried_standard_ = false;
    panasonic_pending_ = 0;
    standard_pending_ = false;
}

void Session::send(Bytes pdu) {
    ++stats_.pdus_out;
    out_.send.push_back(std::move(pdu));
}

std::optional<std::int64_t> Session::invoke(std::int64_t opcode, const Bytes& argument, std::size_t context) {
    const auto id = invokes_.start(opcode, clock_.now(), settings_.invoke_timeout, context);
    if (id) send(encode_invoke(*id, opcode, argument));
    return id;
}

void Session::close(std::string why) {
    if (state_ == SessionState::Closed) return;
    state_ = SessionState::Closed;
    out_.close = std::move(why);
}

SessionOutput Session::on_pdu(ByteView pdu) {
    out_ = {};
    ++stats_.pdus_in;
    if (state_ == SessionState::Idle || state_ == SessionState::Closed) return std::move(out_);
    const auto c = classify_pdu(pdu);
    if (!c.ok) {
        ++stats_.malformed;
        log::warn(kLog, "PBX sent a PDU that is not valid BER (", c.error, "), ignored: ", pdu_hex(pdu));
        return std::move(out_);
    }
    switch (c.kind) {
    case PduKind::Aare: on_aare(c.top); break;
    case PduKind::Rose: on_rose(c.top); break;
    case PduKind::PeerClose:
        close("the PBX sent its close signal (80 01 00; the public Panasonic client reconnects on it)");
        break;
    case PduKind::Abort: close("the PBX aborted the association (ACSE ABRT)"); break;
    case PduKind::Release: close("the PBX released the association (ACSE RLRQ/RLRE)"); break;
    default:
        ++stats_.malformed;
        log::warn(kLog, "PBX sent an unexpected ", tag_text(c.top.tag), " PDU, ignored: ", pdu_hex(pdu));
        break;
    }
    return std::move(out_);
}

void Session::on_aare(const Tlv& top) {
    const auto d = decode_aare(top);
    if (!d.ok) {
        ++stats_.malformed;
        if (state_ == SessionState::Associating) close("the PBX's AARE could not be read: " + d.error);
        return;
    }
    if (state_ != SessionState::Associating) {
        log::warn(kLog, "PBX sent an AARE while already associated, ignored");
        return;
    }
    if (!d.aare.accepted()) {
        close("the PBX refused the association: " + aare_text(d.aare));
        return;
    }
    stats_.skipped_elements += d.skipped;
    if (d.aare.csta_version_bits && *d.aare.csta_version_bits != settings_.association.csta_version_bits)
        log::info(kLog, "association accepted; the PBX answers with CSTA version bits ", *d.aare.csta_version_bits,
                  " where we asked for ", settings_.association.csta_version_bits);
    else
        log::info(kLog, "association accepted");
    state_ = SessionState::AwaitingStatus;
    last_status_ = clock_.now();
    deadline_ = clock_.now() + settings_.first_status_grace;
}

void Session::on_rose(const Tlv& top) {
    const auto r = decode_rose(top);
    if (!r.ok) {
        ++stats_.malformed;
        log::warn(kLog, "PBX sent a ROSE PDU that could not be read: ", r.error);
        return;
    }
    stats_.skipped_elements += r.skipped;
    if (state_ == SessionState::Associating) {
        log::warn(kLog, "PBX sent ROSE before the AARE, ignored");
        return;
    }
    switch (r.pdu.kind) {
    case RoseKind::Invoke: on_invoke(r.pdu.invoke); break;
    case RoseKind::ReturnResult: on_answer(r.pdu.result.invoke_id, r.pdu.result.result, nullptr); break;
    case RoseKind::ReturnError: {
        ++stats_.errors;
        const std::string why = error_text(r.pdu.error);
        on_answer(r.pdu.error.invoke_id, std::nullopt, &why);
        break;
    }
    case RoseKind::Reject: {
        ++stats_.errors;
        const std::string why = "rejected: " + reject_text(r.pdu.reject);
        if (r.pdu.reject.invoke_id) on_answer(*r.pdu.reject.invoke_id, std::nullopt, &why);
        else log::warn(kLog, "PBX rejected a PDU of ours without naming it: ", why);
        break;
    }
    }
}

void Session::on_invoke(const Invoke& inv) {
    switch (inv.opcode) {
    case op::kSystemStatus: {
        ++stats_.system_status;
        last_status_ = clock_.now();
        send(encode_null_result(inv.invoke_id, op::kSystemStatus));
        const auto status = decode_system_status(inv.argument);
        if (status && *status != static_cast<std::int64_t>(SystemStatus::Normal) &&
            *status != static_cast<std::int64_t>(SystemStatus::Enabled))
            log::warn(kLog, "PBX reports systemStatus ", *status, " (0 initializing, 3 messagesLost, 4 disabled, 5-7 overload)");
        if (state_ == SessionState::AwaitingStatus) begin_discovery();
        return;
    }
    case op::kEventReport: {
        if (!inv.argument) {
            ++stats_.bad_events;
            return;
        }
        auto d = decode_event_report(*inv.argument);
        if (!d.ok) {
            ++stats_.bad_events;
            log::warn(kLog, "event report ", inv.invoke_id, " could not be read (", d.error, "), skipped");
            return;
        }
        ++stats_.events;
        stats_.skipped_elements += d.event.skipped;
        if (d.event.skipped)
            log::debug(kLog, event_type_name(d.event.type), ": ", d.event.skipped, " elements skipped, first ",
                       d.event.skipped_tags.empty() ? "" : d.event.skipped_tags.front());
        if (const auto it = by_cross_ref_.find(d.event.cross_ref); it != by_cross_ref_.end()) {
            const auto& dev = devices_[it->second].device;
            d.event.monitored = dev.number.empty() ? device_text(dev.device) : dev.number;
        }
        out_.events.push_back(std::move(d.event));
        return;
    }
    case op::kPrivateEvent:
    case op::kCdrReport:
        // Answered the way the public Panasonic client answers privateEvent; cDRReport must
        // be answered (reference/csta-panasonic.md). Their contents are not used yet.
        send(encode_null_result(inv.invoke_id, inv.opcode));
        return;
    case op::kSwitchingFunctionDevices: {
        send(encode_return_result_empty(inv.invoke_id));
        if (!inv.argument) return;
        const auto seg = decode_switching_function_devices(*inv.argument);
        if (!seg.ok) {
            log::warn(kLog, "device list segment could not be read: ", seg.error);
            return;
        }
        stats_.skipped_elements += seg.skipped;
        on_segment(seg, false);
        return;
    }
    case op::kEscape:
        if (inv.argument) {
            if (const auto seg = decode_kme_device_list(*inv.argument)) {
                if (!seg->ok) log::warn(kLog, seg->error);
                else on_segment(*seg, true);
                return;
            }
        }
        log::debug(kLog, "escape invoke ", inv.invoke_id, " is no device list, ignored");
        return;
    default:
        ++stats_.unanswered_invokes;
        if (!unknown_opcodes_logged_[inv.opcode]) {
            unknown_opcodes_logged_[inv.opcode] = true;
            log::info(kLog, "PBX invokes ", operation_name(inv.opcode), ", which we do not handle; not answered (counted)");
        }
        return;
    }
}

void Session::on_answer(std::int64_t invoke_id, const std::optional<Tlv>& result, const std::string* failure) {
    const auto p = invokes_.finish(invoke_id);
    if (!p) {
        ++stats_.unmatched_answers;
        log::debug(kLog, "answer for invoke ", invoke_id, " that we are not waiting on", failure ? ": " + *failure : "");
        return;
    }
    switch (p->opcode) {
    case op::kGetSwitchingFunctionDevices:
        if (failure) return discovery_failed("getSwitchingFunctionDevices " + *failure);
        log::debug(kLog, "device list requested, segments follow");
        return;
    case op::kEscape:
        if (failure) {
            panasonic_pending_ = std::max(0, panasonic_pending_ - 1);
            if (panasonic_pending_ == 0 && state_ == SessionState::Discovering)
                discovery_failed("Panasonic device list escape " + *failure);
        }
        return;
    case op::kMonitorStart: return on_monitor_answer(*p, result, failure);
    case op::kSnapshotDevice: return on_snapshot_answer(*p, result, failure);
    default: return;
    }
}

SessionOutput Session::tick() {
    out_ = {};
    const SystemTime now = clock_.now();
    switch (state_) {
    case SessionState::Idle:
    case SessionState::Closed: return std::move(out_);
    case SessionState::Associating:
        if (now >= deadline_)
            close("no AARE within " + seconds(settings_.association_timeout) +
                  " of connecting: check that this is the PBX's CTI port (33333 by default) and that no other CTI "
                  "application holds the link (KX-TDA allows one)");
        return std::move(out_);
    case SessionState::AwaitingStatus:
        if (now >= deadline_) {
            log::info(kLog, "no systemStatus within ", seconds(settings_.first_status_grace), " of the AARE; discovering devices anyway");
            begin_discovery();
        }
        break;
    default: break;
    }
    if (state_ != SessionState::Closed && now - last_status_ >= settings_.heartbeat_timeout) {
        close("no systemStatus from the PBX for " + seconds(settings_.heartbeat_timeout) +
              " (it sends them as a heartbeat): the link is presumed dead");
        return std::move(out_);
    }
    for (const auto& p : invokes_.expire(now)) {
        ++stats_.timeouts;
        static const std::string kTimeout = "timed out (no answer within the invoke timeout)";
        switch (p.opcode) {
        case op::kGetSwitchingFunctionDevices: discovery_failed("getSwitchingFunctionDevices " + kTimeout); break;
        case op::kMonitorStart: on_monitor_answer(p, std::nullopt, &kTimeout); break;
        case op::kSnapshotDevice: on_snapshot_answer(p, std::nullopt, &kTimeout); break;
        default: log::debug(kLog, operation_name(p.opcode), " invoke ", p.id, " ", kTimeout); break;
        }
    }
    if (state_ == SessionState::Discovering && now >= deadline_) {
        if (!devices_.empty()) finish_discovery("device list incomplete after " + seconds(settings_.discovery_timeout));
        else discovery_failed("no device list within " + seconds(settings_.discovery_timeout));
    }
    return std::move(out_);
}

std::optional<SystemTime> Session::next_deadline() const {
    std::optional<SystemTime> best = invokes_.next_deadline();
    auto consider = [&](SystemTime t) {
        if (!best || t < *best) best = t;
    };
    switch (state_) {
    case SessionState::Idle:
    case SessionState::Closed: return std::nullopt;
    case SessionState::Associating: return deadline_;
    case SessionState::AwaitingStatus:
    case SessionState::Discovering: consider(deadline_); break;
    default: break;
    }
    consider(last_status_ + settings_.heartbeat_timeout);
    return best;
}

} // namespace kxcti::csta
