// kxcti-server csta-probe HOST: for installers. Connects to the PBX's CTI port, associates,
// discovers and monitors the devices, prints them with the calls in progress, then prints the
// first events; stops at the first failure with the reason (no retries).
#include "server/cli/commands.h"

#include "common/csta/device_codec.h"
#include "common/util/clock.h"
#include "server/cli/args.h"
#include "server/csta/csta_link.h"

#include <utility>  // Boost 1.74 Asio under C++20 needs it first
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <charconv>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace kxcti::server {
namespace {

constexpr const char* kUsage =
    "usage: kxcti-server csta-probe HOST [--port 33333] [--events 10] [--timeout 60]\n"
    "                               [--discovery auto|standard|panasonic|static] [--devices 101,102,600]\n"
    "                               [--user NAME --password SECRET] [--trace]\n"
    "  Connects to the PBX's CTI (CSTA) port, lists the devices it monitors with their calls in\n"
    "  progress, prints the first events, and exits: 0 when the link came up, 1 when it failed\n"
    "  (the reason is printed), 2 for usage errors. --trace prints every PDU in hex on stderr\n"
    "  (\"<< \" from the PBX, \">> \" to it): keep that output from a first site visit.\n";

unsigned long number(const Args& args, const std::string& name, unsigned long fallback, unsigned long max) {
    const auto text = args.get(name);
    if (!text) return fallback;
    unsigned long v = 0;
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), v);
    if (ec != std::errc() || end != text->data() + text->size() || v < 1 || v > max)
        throw UsageError("--" + name + " '" + *text + "': use 1 to " + std::to_string(max));
    return v;
}

std::string calls_text(const std::vector<csta::SnapshotCall>& calls) {
    if (calls.empty()) return "idle";
    std::string out = std::to_string(calls.size()) + (calls.size() == 1 ? " call:" : " calls:");
    for (const auto& c : calls) {
        out += " [" + csta::connection_text(c.connection);
        if (c.local_state) out += " " + std::string(csta::connection_state_name(*c.local_state));
        if (c.endpoint.form != csta::DeviceForm::Absent) out += " with " + csta::device_text(c.endpoint);
        out += "]";
    }
    return out;
}

} // namespace

int cmd_csta_probe(const Words& words) {
    CstaConfig config;
    unsigned long max_events = 10;
    std::chrono::seconds timeout{60};
    bool trace = false;
    try {
        Args args(words, {"help", "trace"});
        if (args.has("help")) {
            std::cout << kUsage;
            return kExitOk;
        }
        args.allow_only({"port", "events", "timeout", "discovery", "devices", "user", "password", "help", "trace"});
        trace = args.has("trace");
        if (args.positional().size() != 1) throw UsageError("give exactly one HOST (the PBX's address)");
        config.enabled = true;
        config.reconnect = false;
        config.host = args.positional()[0];
        for (const char* key : {"port", "discovery", "devices", "user", "password"}) {
            if (const auto v = args.get(key))
                if (const auto err = apply_csta_key(config, key, *v)) throw UsageError(*err);
        }
        if (args.has("user")) config.session.association.authenticate = true;
        if (const auto err = check_csta_config(config)) throw UsageError(*err);
        // A site has at most a few thousand devices; ten thousand events is an hour of a busy one.
        max_events = number(args, "events", max_events, 10000);
        timeout = std::chrono::seconds(number(args, "timeout", 60, 86400));
    } catch (const UsageError& e) {
        std::cerr << "kxcti-server csta-probe: " << e.what() << "\n" << kUsage;
        return kExitUsage;
    }

    boost::asio::io_context io;
    RealClock clock;
    bool up = false;
    std::optional<std::string> failure;
    unsigned long seen = 0;
    std::vector<csta::DeviceSnapshot> snapshots;
    std::unique_ptr<CstaLink> link;
    boost::asio::steady_timer deadline(io);
    auto finish = [&] {
        deadline.cancel();
        link->stop();
        io.stop();
    };

    CstaHandlers h;
    h.on_snapshot = [&](const csta::DeviceSnapshot& s) { snapshots.push_back(s); };
    h.on_up = [&](const std::vector<csta::MonitoredDevice>& devices) {
        up = true;
        std::size_t monitored = 0;
        for (const auto& d : devices) monitored += d.monitored ? 1 : 0;
        std::cout << "CTI link up at " << config.host << ":" << config.port << ": " << monitored << " of "
                  << devices.size() << " devices monitored\n";
        for (const auto& d : devices) {
            std::cout << "  device " << (d.device.number.empty() ? csta::device_text(d.device.device) : d.device.number);
            if (d.device.device.form == csta::DeviceForm::DeviceNumber) std::cout << " (" << csta::device_text(d.device.device) << ")";
            if (d.device.category >= 0) std::cout << " " << csta::category_name(d.device.category);
            if (!d.failure.empty()) {
                std::cout << ": not monitored: " << d.failure << "\n";
                continue;
            }
            std::string calls = "snapshot not answered";
            for (const auto& s : snapshots)
                if (s.device.device == d.device.device) calls = calls_text(s.calls);
            std::cout << ": " << calls << "\n";
        }
        std::cout << "waiting for up to " << max_events << " events (" << timeout.count() << " s)\n" << std::flush;
    };
    h.on_event = [&](const csta::Event& e) {
        std::cout << "event " << csta::event_text(e) << (e.monitored.empty() ? "" : " [monitor " + e.monitored + "]") << "\n"
                  << std::flush;
        if (++seen >= max_events) finish();
    };
    if (trace) {
        h.on_pdu = [](bool from_pbx, csta::ByteView pdu) {
            std::cerr << (from_pbx ? "<< " : ">> ") << csta::hex(pdu) << "\n";
        };
    }
    h.on_down = [&](const std::string& why) {
        failure = why;
        finish();
    };
    link = std::make_unique<CstaLink>(io, config, h, clock);
    deadline.expires_after(timeout);
    deadline.async_wait([&](const boost::system::error_code& ec) {
        if (ec) return;
        if (!up) failure = "the link did not come up within " + std::to_string(timeout.count()) + " s";
        finish();
    });
    link->start();
    io.run();

    if (failure && !(up && seen >= max_events)) {
        std::cerr << "kxcti-server csta-probe: " << *failure << "\n";
        if (!up) return kExitFailure;
    }
    std::cout << seen << " events seen\n";
    return up ? kExitOk : kExitFailure;
}

} // namespace kxcti::server
