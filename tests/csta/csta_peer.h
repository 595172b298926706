#pragma once
// A loopback Panasonic PBX for the CSTA link tests: listens on 127.0.0.1 (port 0), replays the
// real Panasonic AARE and systemStatus from the corpus, answers discovery (standard 204/205 or
// the Panasonic escape list), monitorStart and snapshotDevice, and sends scripted events. It
// can drop the connection and can deliver its bytes one at a time or several PDUs per write.
#include "common/csta/event.h"
#include "common/csta/services.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace kxcti::test::csta {

struct PeerScript {
    bool accept = true;                // AARE accepted (the corpus bytes) or refused (diagnostic 13)
    bool refuse_standard_list = false; // ReturnError to 204, so the client falls back to the escape list
    std::vector<kxcti::csta::DiscoveredDevice> devices;  // what discovery returns
    bool dribble = false;              // write every byte separately (reads split everywhere)
};

class CstaPeer {
public:
    explicit CstaPeer(PeerScript script);
    ~CstaPeer();
    CstaPeer(const CstaPeer&) = delete;
    CstaPeer& operator=(const CstaPeer&) = delete;

    std::uint16_t port() const { return port_; }

    // The calls a snapshotDevice of `number` reports from now on (default: none).
    void set_calls(const std::string& number, std::vector<kxcti::csta::SnapshotCall> calls);
    // Sends an event as reported by the monitor of `number` (its cross reference is filled in).
    void send_event(const std::string& number, kxcti::csta::Event e);
    // Sends any PDU (framed here).
    void send_pdu(const kxcti::csta::Bytes& pdu);
    // Closes the current connection from the PBX side.
    void drop();

    // Waits (up to `timeout`) until `n` connections have been accepted / until the current
    // connection has answered monitorStart and snapshotDevice for `devices` devices.
    bool wait_connections(int n, std::chrono::milliseconds timeout);
    bool wait_ready(std::size_t devices, std::chrono::milliseconds timeout);

    // What the client sent, in order: "AARQ", "result 211", "invoke 71", ...
    std::vector<std::string> received();
    int connections();
    bool aarq_matched_panasonic();  // every AARQ was the public Panasonic client's, byte for byte

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    std::uint16_t port_ = 0;
};

} // namespace kxcti::test::csta
