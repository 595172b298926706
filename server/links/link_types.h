#pragma once
// The three kinds of link behind make_link (link.h).
#include "server/links/link.h"

namespace kxcti::server {

// TCP client to a LAN PBX (port 2300), with the login dialogue unless tcp.login is off.
std::unique_ptr<Link> make_tcp_client_link(boost::asio::io_context& io, const LinkConfig& config,
                                           LineHandler handler, const Clock& clock);
// RS-232 (or USB adapter, or pty): the PBX prints, we read.
std::unique_ptr<Link> make_serial_link(boost::asio::io_context& io, const LinkConfig& config,
                                       LineHandler handler, const Clock& clock);
// Accepts pushers (buffer boxes) on listen.address:listen.port.
std::unique_ptr<Link> make_listen_link(boost::asio::io_context& io, const LinkConfig& config,
                                       LineHandler handler, const Clock& clock);

// Enables TCP keepalive on a connected socket so that a PBX that vanished (power cut, cable
// pulled) is noticed even when it is silent and no idle timeout is set.
void enable_keepalive(int native_socket);

} // namespace kxcti::server
