#include "server/net/transport.h"

#include <boost/asio/bind_executor.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/write.hpp>

namespace kxcti::server::net {
namespace {

namespace asio = boost::asio;

class PlainTransport final : public Transport {
public:
    PlainTransport(tcp::socket socket, Strand strand) : socket_(std::move(socket)), strand_(std::move(strand)) {}

    void start(std::function<void(const boost::system::error_code&)> done) override {
        asio::post(strand_, [done = std::move(done)] { done({}); });
    }
    void read_some(asio::mutable_buffer into, IoHandler done) override {
        socket_.async_read_some(into, asio::bind_executor(strand_, std::move(done)));
    }
    void write(std::vector<asio::const_buffer> buffers, IoHandler done) override {
        asio::async_write(socket_, std::move(buffers), asio::bind_executor(strand_, std::move(done)));
    }
    std::size_t try_write(asio::const_buffer bytes, boost::system::error_code& ec) override {
        if (!socket_.non_blocking()) socket_.non_blocking(true, ec);
        if (ec) return 0;
        const std::size_t n = socket_.write_some(bytes, ec);
        if (ec == asio::error::would_block || ec == asio::error::try_again) ec.clear();
        return n;
    }
    void shutdown_send() override {
        boost::system::error_code ignored;
        socket_.shutdown(tcp::socket::shutdown_send, ignored);
    }
    void close() override {
        boost::system::error_code ignored;
        socket_.close(ignored);
    }
    tcp::socket& socket() override { return socket_; }

private:
    tcp::socket socket_;
    Strand strand_;
};

class TlsTransport final : public Transport {
public:
    TlsTransport(tcp::socket socket, Strand strand, asio::ssl::context& tls)
        : stream_(std::move(socket), tls), strand_(std::move(strand)) {}

    void start(std::function<void(const boost::system::error_code&)> done) override {
        stream_.async_handshake(asio::ssl::stream_base::server, asio::bind_executor(strand_, std::move(done)));
    }
    void read_some(asio::mutable_buffer into, IoHandler done) override {
        stream_.async_read_some(into, asio::bind_executor(strand_, std::move(done)));
    }
    void write(std::vector<asio::const_buffer> buffers, IoHandler done) override {
        asio::async_write(stream_, std::move(buffers), asio::bind_executor(strand_, std::move(done)));
    }
    void close() override {
        // No close_notify exchange: a peer that stopped reading would hold it up, and the
        // session has already said Goodbye in the protocol itself.
        boost::system::error_code ignored;
        stream_.lowest_layer().close(ignored);
    }
    std::size_t try_write(asio::const_buffer, boost::system::error_code&) override { return 0; }
    void shutdown_send() override {
        boost::system::error_code ignored;
        stream_.lowest_layer().shutdown(tcp::socket::shutdown_send, ignored);
    }
    tcp::socket& socket() override { return stream_.next_layer(); }

private:
    asio::ssl::stream<tcp::socket> stream_;
    Strand strand_;
};

} // namespace

std::unique_ptr<Transport> plain_transport(tcp::socket socket, Strand strand) {
    return std::make_unique<PlainTransport>(std::move(socket), std::move(strand));
}

std::unique_ptr<Transport> tls_transport(tcp::socket socket, Strand strand, asio::ssl::context& tls) {
    return std::make_unique<TlsTransport>(std::move(socket), std::move(strand), tls);
}

std::string peer_text(const tcp::endpoint& peer) {
    std::string addr = peer.address().to_string();
    if (peer.address().is_v6()) addr = "[" + addr + "]";
    return addr + ":" + std::to_string(peer.port());
}

} // namespace kxcti::server::net
