#pragma once
// A PBX link reads bytes from one source (serial port, TCP client, TCP listener), splits them into
// lines and hands each line to a LineHandler. Links never parse and never touch storage; the
// handler must not block (it pushes into the ingest queue, which spills to disk when full).
//
// Threads and stop (the rule): a link's completion handlers and stop() are serialised by one
// mutex per link, so the io_context may run on any number of threads. start(), stop() and
// status() may be called from any thread, stop() also from inside the LineHandler. When stop()
// returns, the LineHandler has been called for the last time (with the partial line, if any,
// as LineEnd::LinkDropped) and will never be called again for this link; completion handlers
// still queued on the io_context keep the link's internals alive and do nothing. Destroying a
// Link stops it. The io_context must outlive the Link object (not its queued handlers).
//
// Retries: every failed attempt (refused, resolve error, login rejected, silent PBX, missing
// serial device, listen address in use) logs one warning line saying what failed, where, and
// when the next try is, then waits a capped exponential backoff (LinkConfig::tcp.backoff_initial
// and backoff_max; the config reader sets them for every link type). A link never gives up and
// never exits the program.
#include "common/ingest/received_line.h"
#include "common/util/clock.h"
#include "server/config/config.h"

#include <utility>  // Boost 1.74 Asio under C++20 needs it first
#include <boost/asio/io_context.hpp>

#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace kxcti::server {

using LineHandler = std::function<void(ReceivedLine)>;

// Listen links are Connecting while binding, Up while listening.
enum class LinkState { Stopped, Connecting, LoggingIn, Up, Waiting /* backoff before retry */ };

std::string_view to_string(LinkState state);

struct LinkStatus {
    LinkState state = LinkState::Stopped;
    std::uint64_t lines = 0;      // lines handed on since start
    std::uint64_t connects = 0;   // TCP connections made (a login may still fail on them), serial
                                  // devices opened, pushers accepted
    std::uint64_t failures = 0;   // failed attempts (refused, rejected, login timeout, device missing
                                  // or refusing its settings, listen address in use)
    std::uint64_t drops = 0;      // TCP client and serial: connections that ended after they were up
                                  // (incl. idle timeout); pushers hanging up are not counted
    std::uint64_t refused = 0;    // listen: connections closed at once (over max_connections)
    std::uint32_t open_connections = 0;  // listen: pushers connected now; others: 1 while Up
    std::uint16_t local_port = 0; // listen: the bound port (the one picked when port = 0)
    std::string last_error;       // the last failure or drop, as logged
};

class Link {
public:
    virtual ~Link() = default;
    virtual void start() = 0;   // returns at once; work happens on the io_context
    virtual void stop() = 0;    // closes the source; a partial line is handed on (LineEnd::LinkDropped)
                                // and the handler is never called after stop() returns
    virtual LinkStatus status() const = 0;
    virtual const std::string& name() const = 0;
};

// A Serial, TcpClient or Listen link per config.type. `clock` stamps received lines and must
// outlive the Link; the io_context must too.
std::unique_ptr<Link> make_link(boost::asio::io_context& io, const LinkConfig& config,
                                LineHandler handler, const Clock& clock);

} // namespace kxcti::server
