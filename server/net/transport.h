#pragma once
// One connection's byte stream, plain TCP or TLS, behind one interface so that the session
// code is written once. Every completion handler runs on the strand given at construction.
#include <utility>  // Boost 1.74 Asio under C++20 needs it first
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/strand.hpp>

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace kxcti::server::net {

using tcp = boost::asio::ip::tcp;
using Strand = boost::asio::strand<boost::asio::io_context::executor_type>;
using IoHandler = std::function<void(const boost::system::error_code&, std::size_t)>;

class Transport {
public:
    virtual ~Transport() = default;
    // TLS: the server side of the handshake; plain: completes at once.
    virtual void start(std::function<void(const boost::system::error_code&)> done) = 0;
    virtual void read_some(boost::asio::mutable_buffer into, IoHandler done) = 0;
    // Writes every buffer completely (or fails).
    virtual void write(std::vector<boost::asio::const_buffer> buffers, IoHandler done) = 0;
    // Writes what the socket takes now, without waiting: the bytes written (0 when it would
    // block); `ec` set on a real failure. A transport that cannot (TLS) returns 0: use write().
    virtual std::size_t try_write(boost::asio::const_buffer bytes, boost::system::error_code& ec) = 0;
    // Sends FIN after what was written: the peer reads everything, then end of stream.
    virtual void shutdown_send() = 0;
    // Closes the socket; pending operations complete with operation_aborted. Idempotent.
    virtual void close() = 0;
    virtual tcp::socket& socket() = 0;
};

std::unique_ptr<Transport> plain_transport(tcp::socket socket, Strand strand);
std::unique_ptr<Transport> tls_transport(tcp::socket socket, Strand strand, boost::asio::ssl::context& tls);

// "192.0.2.1:50312" / "[2001:db8::1]:50312"; the address alone is what caps count by.
std::string peer_text(const tcp::endpoint& peer);

} // namespace kxcti::server::net
