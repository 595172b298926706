#include "simulator/csta_server.h"

#include "common/csta/acse.h"
#include "common/csta/framing.h"
#include "common/csta/kme.h"
#include "common/csta/rose.h"
#include "common/csta/ber_writer.h"
#include "simulator/run.h"

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <set>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>

namespace kxcti::sim {

using namespace kxcti::csta;

namespace {

// The real Panasonic bytes (corpus: panasonic_IrbisNN-LinTcMon_phonesystem.py.hex, from
// IrbisNN/LinTcMon phonesystem.py): the AARE the client compares literally, and the
// systemStatus invoke (id 1, normal) that follows it.
constexpr std::string_view kPanasonicAare =
    "612f80020780a10706052b0c00815aa203020100a305a103020101be14281206072b0c00821d8148a007a0050303000800";
constexpr std::string_view kPanasonicSystemStatus = "a10c020101020200d330030a0102";
// Devices per 205 segment: a list of a few dozen devices still comes in several segments.
constexpr std::size_t kSegmentDevices = 8;
// poll() wakes at least this often, so a stop is seen even without traffic.
constexpr int kMaxPollMs = 200;
// The first invoke id of ours after the replayed systemStatus (id 1); wraps like the client's.
constexpr std::int64_t kFirstInvokeId = 2;
constexpr std::int64_t kMaxInvokeId = 32767;
// ECMA-285 UniversalFailure operationalErrors [0], invalidDeviceID (12) / generic (1).
constexpr std::int64_t kInvalidDevice = 12;
constexpr std::int64_t kGenericError = 1;

Bytes hex_bytes(std::string_view text) { return *from_hex(text); }

Bytes failure(std::int64_t code) {
    Writer p;
    p.constructed(context(0, true), [&] { p.enumerated(code); });
    return p.take();
}

} // namespace

struct CstaServer::Impl {
    CstaServerOptions o;
    std::vector<DiscoveredDevice> devices;
    std::shared_ptr<ModelClock> model;
    int listener = -1;
    int client = -1;
    int wake[2] = {-1, -1};
    std::thread thread;
    std::atomic<bool> quit{false};

    // Shared with the traffic thread.
    mutable std::mutex mutex;
    std::condition_variable changed;
    std::deque<CstaItem> queue;
    bool ready = false;
    bool draining = false;
    CstaServerStats stats;

    // The server thread's own.
    FrameAssembler frames;
    bool associated = false;
    std::map<std::string, std::vector<std::string>> monitors;  // device -> cross references
    std::set<std::string> snapshotted;
    std::int64_t next_invoke = kFirstInvokeId;
    std::map<std::string, std::map<std::string, SnapshotCall>> state;  // device -> call id -> call
    enum class Outage { Before, In, After } outage = Outage::Before;
    std::chrono::steady_clock::time_point next_heartbeat{};
    const Bytes aare = hex_bytes(kPanasonicAare);
    const Bytes system_status = hex_bytes(kPanasonicSystemStatus);

    std::string number_of(const DeviceRef& d) const {
        if (d.form != DeviceForm::DeviceNumber) return d.number;
        const auto i = static_cast<std::size_t>(d.device_number);
        return i >= 1 && i <= devices.size() ? devices[i - 1].number : std::string();
    }
    bool known(const std::string& number) const {
        for (const auto& d : devices)
            if (d.number == number) return true;
        return false;
    }

    std::int64_t invoke_id() {
        const auto id = next_invoke;
        next_invoke = next_invoke >= kMaxInvokeId ? kFirstInvokeId : next_invoke + 1;
        return id;
    }

    void send(const std::vector<Bytes>& pdus) {
        if (client < 0) return;
        Bytes all;
        for (const auto& p : pdus) {
            const auto f = encode_frame(p);
            all.insert(all.end(), f->begin(), f->end());
        }
        std::size_t at = 0;
        while (at < all.size()) {
            const ssize_t n = ::send(client, all.data() + at, all.size() - at, MSG_NOSIGNAL);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) return close_client();
            at += static_cast<std::size_t>(n);
        }
    }

    void close_client() {
        if (client >= 0) ::close(client);
        client = -1;
        associated = false;
        monitors.clear();
        snapshotted.clear();
        std::lock_guard lock(mutex);
        ready = false;
    }

    void accept_client() {
        const int fd = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0) return;
        // One CTI client per PBX (the KX-TDA's documented limit); none during an outage.
        if (client >= 0 || outage == Outage::In) {
            ::close(fd);
            return;
        }
        client = fd;
        frames.reset();
        std::lock_guard lock(mutex);
        ++stats.connections;
    }

    void read_client() {
        std::uint8_t buf[4096];
        const ssize_t n = ::recv(client, buf, sizeof buf, 0);
        if (n < 0 && errno == EINTR) return;
        if (n <= 0) return close_client();
        const auto err = frames.feed(ByteView(buf, static_cast<std::size_t>(n)), [&](ByteView pdu) {
            if (client >= 0) on_pdu(pdu);
        });
        if (err) close_client();
    }

    void on_pdu(ByteView pdu) {
        const auto c = classify_pdu(pdu);
        if (!c.ok) return close_client();
        if (c.kind == PduKind::Aarq) {
            associated = true;
            // AARE and the first systemStatus in one write, as the PBX does.
            send({aare, system_status});
            next_heartbeat = std::chrono::steady_clock::now() + std::chrono::seconds(o.heartbeat_s);
            return;
        }
        if (c.kind == PduKind::Release || c.kind == PduKind::Abort) return close_client();
        if (c.kind != PduKind::Rose || !associated) return;
        const auto r = decode_rose(c.top);
        if (!r.ok || r.pdu.kind != RoseKind::Invoke) return;  // answers to our invokes need nothing
        on_invoke(r.pdu.invoke);
    }

    void on_invoke(const Invoke& inv) {
        switch (inv.opcode) {
        case op::kGetSwitchingFunctionDevices: {
            Writer res;
            res.constructed(kSequenceTag, [&] { res.string("sfd"); });
            std::vector<Bytes> out = {encode_return_result(inv.invoke_id, inv.opcode, res.bytes())};
            for (std::size_t i = 0;; i += kSegmentDevices) {
                const auto from = devices.begin() + static_cast<std::ptrdiff_t>(std::min(i, devices.size()));
                const auto to = devices.begin() + static_cast<std::ptrdiff_t>(std::min(i + kSegmentDevices, devices.size()));
                const bool last = i + kSegmentDevices >= devices.size();
                out.push_back(encode_invoke(invoke_id(), op::kSwitchingFunctionDevices,
                                            encode_switching_function_devices("sfd", static_cast<std::int64_t>(i / kSegmentDevices + 1),
                                                                              last, std::vector<DiscoveredDevice>(from, to))));
                if (last) break;
            }
            return send(out);
        }
        case op::kEscape: {
            // The public client asks for categories 5 and 2; we answer stations for 5, groups for 2.
            std::vector<DiscoveredDevice> part;
            const ByteView arg = inv.argument ? element_bytes(*inv.argument) : ByteView();
            std::optional<bool> groups;
            for (int cat : kKmeDiscoveryCategories) {
                const Bytes want = encode_kme_device_list_request(cat);
                if (std::equal(arg.begin(), arg.end(), want.begin(), want.end())) groups = cat == 2;
            }
            if (groups) {
                for (std::size_t i = 0; i < devices.size(); ++i) {
                    const bool is_group = devices[i].category == category::kGroupAcd;
                    if (is_group != *groups) continue;
                    DiscoveredDevice d;
                    d.device = device_number(static_cast<std::int64_t>(i + 1));
                    d.number = devices[i].number;
                    part.push_back(d);
                }
            }
            return send({encode_return_result(inv.invoke_id, op::kEscape, {}),
                         encode_invoke(invoke_id(), op::kEscape, encode_kme_device_list(1, true, part))});
        }
        case op::kMonitorStart: {
            const auto dev = inv.argument ? decode_monitor_start_arg(*inv.argument) : std::nullopt;
            const std::string number = dev ? number_of(*dev) : std::string();
            if (!known(number)) return send({encode_return_error(inv.invoke_id, 1, failure(kInvalidDevice))});
            const std::string xref = "M" + number;
            auto& list = monitors[number];
            if (std::find(list.begin(), list.end(), xref) == list.end()) list.push_back(xref);
            return send({encode_return_result(inv.invoke_id, inv.opcode, encode_monitor_start_result(xref))});
        }
        case op::kMonitorStop: {
            for (auto& [number, list] : monitors) list.clear();
            return send({encode_return_result_empty(inv.invoke_id)});
        }
        case op::kSnapshotDevice: {
            const auto dev = inv.argument ? decode_snapshot_device_arg(*inv.argument) : std::nullopt;
            const std::string number = dev ? number_of(*dev) : std::string();
            if (!known(number)) return send({encode_return_error(inv.invoke_id, 1, failure(kInvalidDevice))});
            std::vector<SnapshotCall> calls;
            for (const auto& [cid, call] : state[number]) calls.push_back(call);
            send({encode_return_result(inv.invoke_id, inv.opcode, encode_snapshot_device_result(calls))});
            snapshotted.insert(number);
            return check_ready();
        }
        default:
            return send({encode_return_error(inv.invoke_id, 1, failure(kGenericError))});
        }
    }

    void check_ready() {
        for (const auto& d : devices)
            if (monitors[d.number].empty() || !snapshotted.count(d.number)) return;
        std::lock_guard lock(mutex);
        ready = true;
        changed.notify_all();
    }

    void apply(const CstaItem& item) {
        for (const auto& ch : item.changes) {
            switch (ch.kind) {
            case DeviceChange::Kind::Set: {
                SnapshotCall call;
                call.connection.call_id = ch.call_id;
                call.connection.device = dialing_number(ch.device);
                call.endpoint = ch.endpoint;
                call.local_state = ch.state;
                state[ch.device][ch.call_id] = call;
                break;
            }
            case DeviceChange::Kind::Remove: state[ch.device].erase(ch.call_id); break;
            case DeviceChange::Kind::RemoveCall:
                for (auto& [device, calls] : state) calls.erase(ch.call_id);
                break;
            }
        }
    }

    // Sends (or loses) every event that is due; the caller holds no lock.
    void release() {
        for (;;) {
            CstaItem item;
            {
                std::unique_lock lock(mutex);
                if (queue.empty()) {
                    if (draining && outage == Outage::In) outage = Outage::After;  // nothing more to lose
                    changed.notify_all();
                    return;
                }
                const CstaItem& next = queue.front();
                if (model && model->wait_ms(next.at) > 0) return;
                if (o.outage && outage == Outage::Before && next.at >= o.outage->first) {
                    outage = Outage::In;
                    ++stats.drops;
                    lock.unlock();
                    close_client();
                    continue;
                }
                if (o.outage && outage == Outage::In && next.at >= o.outage->second) outage = Outage::After;
                if (outage != Outage::In && o.wait_for_client && !ready) return;
                item = std::move(queue.front());
                queue.pop_front();
            }
            if (model) model->anchor(item.at);
            apply(item);
            std::vector<Bytes> out;
            for (const auto& d : item.to) {
                for (const auto& xref : monitors[d]) {
                    Event e = item.event;
                    e.cross_ref = xref;
                    out.push_back(encode_event_invoke(invoke_id(), e));
                }
            }
            {
                std::lock_guard lock(mutex);
                if (out.empty()) ++stats.events_lost;
                stats.events_sent += out.size();
            }
            send(out);
        }
    }

    int timeout_ms() {
        int t = kMaxPollMs;
        std::lock_guard lock(mutex);
        if (!queue.empty() && model) t = std::min(t, std::max(1, model->wait_ms(queue.front().at)));
        return t;
    }

    void heartbeat() {
        if (!associated || std::chrono::steady_clock::now() < next_heartbeat) return;
        next_heartbeat = std::chrono::steady_clock::now() + std::chrono::seconds(o.heartbeat_s);
        send({encode_invoke(invoke_id(), op::kSystemStatus, encode_system_status_arg(SystemStatus::Normal))});
    }

    void run() {
        while (!quit) {
            release();
            pollfd fds[3] = {{wake[0], POLLIN, 0}, {listener, POLLIN, 0}, {client, POLLIN, 0}};
            const int n = ::poll(fds, client >= 0 ? 3 : 2, timeout_ms());
            if (n > 0) {
                if (fds[0].revents & POLLIN) {
                    char drain[64];
                    while (::read(wake[0], drain, sizeof drain) > 0) {
                    }
                }
                if (client >= 0 && (fds[2].revents & (POLLIN | POLLHUP | POLLERR))) read_client();
                if (fds[1].revents & POLLIN) accept_client();
            }
            heartbeat();
        }
        close_client();
    }

    void poke() {
        const char b = 1;
        [[maybe_unused]] auto ignored = ::write(wake[1], &b, 1);
    }
};

CstaServer::CstaServer(CstaServerOptions options, std::vector<DiscoveredDevice> devices, std::shared_ptr<ModelClock> model)
    : impl_(std::make_unique<Impl>()) {
    impl_->o = std::move(options);
    impl_->devices = std::move(devices);
    impl_->model = std::move(model);
    if (::pipe2(impl_->wake, O_CLOEXEC | O_NONBLOCK) != 0)
        throw std::runtime_error(std::string("CSTA port: pipe: ") + std::strerror(errno));
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(impl_->o.port);
    if (::inet_pton(AF_INET, impl_->o.host.c_str(), &a.sin_addr) != 1)
        throw std::runtime_error("--csta-port listens on an IPv4 address, not '" + impl_->o.host + "'");
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 || ::listen(fd, 4) != 0) {
        const std::string why = std::strerror(errno);
        if (fd >= 0) ::close(fd);
        throw std::runtime_error("cannot listen for CSTA on " + impl_->o.host + ":" + std::to_string(impl_->o.port) + ": " + why);
    }
    socklen_t len = sizeof a;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
    impl_->listener = fd;
    address_ = impl_->o.host + ":" + std::to_string(ntohs(a.sin_port));
    impl_->thread = std::thread([this] { impl_->run(); });
}

CstaServer::~CstaServer() {
    impl_->quit = true;
    impl_->poke();
    impl_->thread.join();
    ::close(impl_->listener);
    ::close(impl_->wake[0]);
    ::close(impl_->wake[1]);
}

void CstaServer::push(CstaItem item) {
    {
        std::lock_guard lock(impl_->mutex);
        impl_->queue.push_back(std::move(item));
    }
    impl_->poke();
}

void CstaServer::wait_until_ready() {
    std::unique_lock lock(impl_->mutex);
    while (impl_->o.wait_for_client && !impl_->ready && !stop_requested())
        impl_->changed.wait_for(lock, std::chrono::milliseconds(kMaxPollMs));
}

void CstaServer::drain() {
    std::unique_lock lock(impl_->mutex);
    impl_->draining = true;
    lock.unlock();
    impl_->poke();
    lock.lock();
    while (!impl_->queue.empty() && !stop_requested()) impl_->changed.wait_for(lock, std::chrono::milliseconds(kMaxPollMs));
}

CstaServerStats CstaServer::stats() const {
    std::lock_guard lock(impl_->mutex);
    return impl_->stats;
}

} // namespace kxcti::sim
