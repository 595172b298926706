#pragma once
// A PBX link reads bytes from one source (serial port, TCP client, TCP listener), splits them into
// lines and hands each line to a LineHandler. Links never parse and never touch storage; the
// handler must not block (it pushes into the ingest queue, which spills to disk when full).
#include "common/ingest/received_line.h"
#include "common/util/clock.h"
#include "server/config/config.h"

#include <utility>  // Boost 1.74 Asio under C++20 needs it first
#include <boost/asio/io_context.hpp>

#include <functional>
#include <memory>
#include <string>

namespace kxcti::server {

using LineHandler = std::function<void(ReceivedLine)>;

enum class LinkState { Stopped, Connecting, LoggingIn, Up, Waiting /* backoff before retry */ };

struct LinkStatus {
    LinkState state = LinkState::Stopped;
    std::uint64_t lines = 0;      // lines handed on since start
    std::uint64_t connects = 0;   // successful connections / opens
    std::uint64_t failures = 0;   // failed attempts (refused, rejected, timeout, device missing)
    std::string last_error;       // the last failure, as logged
};

class Link {
public:
    virtual ~Link() = default;
    virtual void start() = 0;   // returns at once; work happens on the io_context
    virtual void stop() = 0;    // closes the source; a partial line is handed on (LineEnd::LinkDropped)
    virtual LinkStatus status() const = 0;
    virtual const std::string& name() const = 0;
};

std::unique_ptr<Link> make_link(boost::asio::io_context& io, const LinkConfig& config,
                                LineHandler handler, const Clock& clock);

} // namespace kxcti::server
