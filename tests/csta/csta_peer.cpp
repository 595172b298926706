#include "tests/csta/csta_peer.h"

#include "common/csta/acse.h"
#include "common/csta/device_codec.h"
#include "common/csta/framing.h"
#include "common/csta/kme.h"
#include "common/csta/rose.h"
#include "tests/csta/corpus.h"

#include <utility>  // Boost 1.74 Asio under C++20 needs it first
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>

#include <array>
#include <future>

namespace kxcti::test::csta {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using namespace kxcti::csta;

namespace {
const char* const kPanasonic = "panasonic_IrbisNN-LinTcMon_phonesystem.py.hex";
// Device-list segments carry this many devices, so a short list still comes in several.
constexpr std::size_t kSegmentDevices = 4;
} // namespace

struct CstaPeer::Impl {
    PeerScript script;
    asio::io_context io;
    tcp::acceptor acceptor{io};
    std::unique_ptr<tcp::socket> socket;
    FrameAssembler frames;
    std::array<std::uint8_t, 4096> buf{};
    std::thread thread;

    std::mutex mutex;
    std::condition_variable changed;
    int connections = 0;
    std::size_t ready = 0;  // devices monitored and snapshotted on the current connection
    bool aarq_ok = true;
    std::vector<std::string> received;
    std::map<std::string, std::vector<SnapshotCall>> calls;
    std::int64_t next_invoke = 100;
    const Bytes aare = sample(kPanasonic, "PBX -> client: AARE");
    const Bytes status = sample(kPanasonic, "PBX -> client: ROSE Invoke id=1");
    const Bytes panasonic_aarq = load_hex("panasonic_IrbisNN-LinTcMon_lintcmon.py.hex").at(0).bytes;

    void note(std::string what) {
        std::lock_guard lock(mutex);
        received.push_back(std::move(what));
        changed.notify_all();
    }

    void accept() {
        auto s = std::make_unique<tcp::socket>(io);
        auto* raw = s.get();
        acceptor.async_accept(*raw, [this, s = std::move(s)](const boost::system::error_code& ec) mutable {
            if (ec) return;
            socket = std::move(s);
            frames.reset();
            {
                std::lock_guard lock(mutex);
                ++connections;
                ready = 0;
                changed.notify_all();
            }
            read(socket.get());
            accept();
        });
    }

    void read(tcp::socket* s) {
        s->async_read_some(asio::buffer(buf), [this, s](const boost::system::error_code& ec, std::size_t n) {
            if (ec || s != socket.get()) return;
            const auto err = frames.feed(ByteView(buf.data(), n), [this](ByteView pdu) { on_pdu(Bytes(pdu.begin(), pdu.end())); });
            if (err) return;
            read(s);
        });
    }

    // Writes PDUs framed, in one write or byte by byte.
    void write(const std::vector<Bytes>& pdus) {
        if (!socket) return;
        Bytes all;
        for (const auto& p : pdus) {
            const auto f = *encode_frame(p);
            all.insert(all.end(), f.begin(), f.end());
        }
        boost::system::error_code ec;
        if (script.dribble) {
            for (std::uint8_t b : all) asio::write(*socket, asio::buffer(&b, 1), ec);
        } else {
            asio::write(*socket, asio::buffer(all), ec);
        }
    }

    std::string number_of(const DeviceRef& d) {
        if (d.form != DeviceForm::DeviceNumber) return d.number;
        for (const auto& dev : script.devices)
            if (dev.device == d) return dev.number;
        return d.number;
    }

    void on_pdu(const Bytes& pdu) {
        const auto c = classify_pdu(pdu);
        if (!c.ok) return note("malformed");
        if (c.kind == PduKind::Aarq) {
            note("AARQ");
            if (pdu != panasonic_aarq) {
                std::lock_guard lock(mutex);
                aarq_ok = false;
            }
            // AARE and the first systemStatus together: several PDUs in one read.
            if (script.accept) write({aare, status});
            else write({encode_aare(1, 1, 13)});
            return;
        }
        if (c.kind != PduKind::Rose) return note("other");
        const auto r = decode_rose(c.top);
        if (!r.ok) return note("bad rose");
        if (r.pdu.kind == RoseKind::ReturnResult) {
            return note("result " + (r.pdu.result.opcode ? std::to_string(*r.pdu.result.opcode) : std::string("empty")));
        }
        if (r.pdu.kind != RoseKind::Invoke) return note("other rose");
        const auto& inv = r.pdu.invoke;
        note("invoke " + std::to_string(inv.opcode));
        switch (inv.opcode) {
        case op::kGetSwitchingFunctionDevices: {
            if (script.refuse_standard_list) {
                Writer p;
                p.constructed(context(0, true), [&] { p.enumerated(50); });  // serviceNotSupported
                return write({encode_return_error(inv.invoke_id, 1, p.bytes())});
            }
            Writer res;
            res.constructed(kSequenceTag, [&] { res.string("sfd"); });
            std::vector<Bytes> out = {encode_return_result(inv.invoke_id, inv.opcode, res.bytes())};
            const auto& all = script.devices;
            for (std::size_t i = 0; i < all.size() || i == 0; i += kSegmentDevices) {
                const std::vector<DiscoveredDevice> part(all.begin() + static_cast<std::ptrdiff_t>(std::min(i, all.size())),
                                                         all.begin() + static_cast<std::ptrdiff_t>(std::min(i + kSegmentDevices, all.size())));
                const bool last = i + kSegmentDevices >= all.size();
                out.push_back(encode_invoke(next_invoke++, op::kSwitchingFunctionDevices,
                                            encode_switching_function_devices("sfd", static_cast<std::int64_t>(i / kSegmentDevices + 1), last, part)));
                if (last) break;
            }
            return write(out);
        }
        case op::kEscape: {
            // First request: extensions; second: groups (as the public client asks 5 then 2).
            const bool groups = received_count("invoke 51") > 1;
            std::vector<DiscoveredDevice> part;
            for (const auto& d : script.devices)
                if ((d.category == category::kGroupAcd || d.category == category::kGroupHunt) == groups) {
                    DiscoveredDevice k = d;
                    k.category = -1;  // the Panasonic list does not say
                    part.push_back(k);
                }
            return write({encode_return_result(inv.invoke_id, op::kEscape, {}),
                          encode_invoke(next_invoke++, op::kEscape, encode_kme_device_list(1, true, part))});
        }
        case op::kMonitorStart: {
            const auto dev = decode_monitor_start_arg(*inv.argument);
            const std::string number = dev ? number_of(*dev) : "?";
            return write({encode_return_result(inv.invoke_id, inv.opcode, encode_monitor_start_result("m" + number))});
        }
        case op::kSnapshotDevice: {
            const auto dev = decode_snapshot_device_arg(*inv.argument);
            const std::string number = dev ? number_of(*dev) : "?";
            std::vector<SnapshotCall> now;
            {
                std::lock_guard lock(mutex);
                now = calls[number];
            }
            write({encode_return_result(inv.invoke_id, inv.opcode, encode_snapshot_device_result(now))});
            std::lock_guard lock(mutex);
            ++ready;
            changed.notify_all();
            return;
        }
        default: return;
        }
    }

    std::size_t received_count(const std::string& what) {
        std::lock_guard lock(mutex);
        return static_cast<std::size_t>(std::count(received.begin(), received.end(), what));
    }

    // Runs `f` on the peer's thread and waits for it.
    template <typename F>
    void run(F&& f) {
        std::promise<void> done;
        asio::post(io, [&] {
            f();
            done.set_value();
        });
        done.get_future().wait();
    }
};

CstaPeer::CstaPeer(PeerScript script) : impl_(std::make_unique<Impl>()) {
    impl_->script = std::move(script);
    const tcp::endpoint at(asio::ip::make_address("127.0.0.1"), 0);
    impl_->acceptor.open(at.protocol());
    impl_->acceptor.set_option(tcp::acceptor::reuse_address(true));
    impl_->acceptor.bind(at);
    impl_->acceptor.listen();
    port_ = impl_->acceptor.local_endpoint().port();
    impl_->accept();
    impl_->thread = std::thread([this] { impl_->io.run(); });
}

CstaPeer::~CstaPeer() {
    impl_->io.stop();
    impl_->thread.join();
}

void CstaPeer::set_calls(const std::string& number, std::vector<SnapshotCall> calls) {
    std::lock_guard lock(impl_->mutex);
    impl_->calls[number] = std::move(calls);
}

void CstaPeer::send_event(const std::string& number, Event e) {
    e.cross_ref = "m" + number;
    impl_->run([&] { impl_->write({encode_event_invoke(impl_->next_invoke++, e)}); });
}

void CstaPeer::send_pdu(const Bytes& pdu) {
    impl_->run([&] { impl_->write({pdu}); });
}

void CstaPeer::drop() {
    impl_->run([&] {
        if (!impl_->socket) return;
        boost::system::error_code ignored;
        impl_->socket->close(ignored);
        impl_->socket.reset();
    });
}

bool CstaPeer::wait_connections(int n, std::chrono::milliseconds timeout) {
    std::unique_lock lock(impl_->mutex);
    return impl_->changed.wait_for(lock, timeout, [&] { return impl_->connections >= n; });
}

bool CstaPeer::wait_ready(std::size_t devices, std::chrono::milliseconds timeout) {
    std::unique_lock lock(impl_->mutex);
    return impl_->changed.wait_for(lock, timeout, [&] { return impl_->ready >= devices; });
}

std::vector<std::string> CstaPeer::received() {
    std::lock_guard lock(impl_->mutex);
    return impl_->received;
}

int CstaPeer::connections() {
    std::lock_guard lock(impl_->mutex);
    return impl_->connections;
}

bool CstaPeer::aarq_matched_panasonic() {
    std::lock_guard lock(impl_->mutex);
    return impl_->aarq_ok;
}

} // namespace kxcti::test::csta
