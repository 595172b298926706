#pragma once
// The CTI link to a Panasonic PBX over TCP: connects, runs a csta::Session over it (AARQ,
// systemStatus answers, discovery, monitors, snapshots), hands the events and snapshots on, and
// after any failure waits a capped backoff and starts again, snapshots included.
//
// Threading: everything runs on the io_context given (run it on one thread, or the handlers
// may run concurrently with each other); handlers are called on that thread. start(), stop()
// and status() may be called from any thread.
#include "common/csta/event.h"
#include "common/csta/session.h"
#include "common/util/clock.h"
#include "server/csta/csta_config.h"

#include <utility>  // Boost 1.74 Asio under C++20 needs it first
#include <boost/asio/io_context.hpp>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace kxcti::server {

struct CstaHandlers {
    std::function<void(const csta::Event&)> on_event;
    std::function<void(const csta::DeviceSnapshot&)> on_snapshot;
    // Every device answered after a (re)connect: the live state is rebuilt from the snapshots.
    std::function<void(const std::vector<csta::MonitoredDevice>&)> on_up;
    // The association ended (reason said); unless the link was stopped, a reconnect follows.
    std::function<void(const std::string& reason)> on_down;
    // Every PDU as it crosses the wire (without the frame prefix), for tracing on a site
    // visit: nothing of a Panasonic event is documented, so the bytes are the evidence.
    std::function<void(bool from_pbx, csta::ByteView pdu)> on_pdu;
};

struct CstaLinkStatus {
    std::string state = "stopped";   // stopped, connecting, or a session state name
    std::uint64_t connects = 0;      // TCP connections made
    std::uint64_t ups = 0;           // times every device answered
    std::uint64_t events = 0;
    std::uint64_t bad_events = 0;
    std::uint64_t skipped_elements = 0;
    std::size_t devices_monitored = 0;
    std::string last_error;
};

class CstaLink {
public:
    CstaLink(boost::asio::io_context& io, CstaConfig config, CstaHandlers handlers, const Clock& clock);
    ~CstaLink();
    CstaLink(const CstaLink&) = delete;
    CstaLink& operator=(const CstaLink&) = delete;

    void start();
    void stop();
    CstaLinkStatus status() const;

private:
    class Impl;
    std::shared_ptr<Impl> impl_;
};

} // namespace kxcti::server
