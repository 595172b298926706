// Listen link: for sites where a buffer box pushes the PBX's records to us. Each pusher's
// connection is read into lines on its own (its own splitter); at most max_connections at once.
#include "common/util/log.h"
#include "server/links/backoff.h"
#include "server/links/link_core.h"
#include "server/links/link_types.h"

#include <utility>  // Boost 1.74 Asio under C++20 needs it first
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>

#include <array>
#include <map>

namespace kxcti::server {
namespace {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

constexpr std::size_t kReadBytes = 4096;

std::string text(const tcp::endpoint& ep) {
    std::string addr = ep.address().to_string();
    if (ep.address().is_v6()) addr = "[" + addr + "]";
    return addr + ":" + std::to_string(ep.port());
}

struct Session {
    explicit Session(tcp::socket s) : socket(std::move(s)) {}
    tcp::socket socket;
    std::string peer;
    LineSplitter splitter;
    std::uint64_t lines = 0;
    std::array<char, kReadBytes> buffer{};
};

class ListenLink final : public std::enable_shared_from_this<ListenLink> {
public:
    ListenLink(asio::io_context& io, const LinkConfig& config, LineHandler handler, const Clock& clock)
        : core_(config.name, std::move(handler), clock), settings_(config.listen),
          where_(settings_.address + ":" + std::to_string(settings_.port)), acceptor_(io), timer_(io),
          backoff_(config.tcp.backoff_initial, config.tcp.backoff_max) {}

    LinkCore& core() { return core_; }

    void start() {
        std::lock_guard lock(core_.mutex());
        if (!core_.stopped()) return;
        core_.set_stopped(false);
        bind();
    }

    void stop() {
        std::lock_guard lock(core_.mutex());
        if (core_.stopped()) return;
        for (auto& [id, s] : sessions_) core_.finish(s->splitter, LineEnd::LinkDropped);
        core_.set_stopped(true);
        ++generation_;
        boost::system::error_code ignored;
        acceptor_.close(ignored);
        timer_.cancel();
        for (auto& [id, s] : sessions_) s->socket.close(ignored);
        sessions_.clear();
        core_.set_state(LinkState::Stopped);
        core_.set_open_connections(0);
    }

private:
    template <typename F>
    auto guarded(F&& f) {
        return [self = shared_from_this(), gen = generation_, f = std::forward<F>(f)](auto&&... args) mutable {
            std::lock_guard lock(self->core_.mutex());
            if (self->core_.stopped() || gen != self->generation_) return;
            f(std::forward<decltype(args)>(args)...);
        };
    }

    void bind() {
        core_.set_state(LinkState::Connecting);
        boost::system::error_code ec;
        auto address = asio::ip::make_address(settings_.address, ec);
        if (ec) return retry("cannot listen on " + where_ + ": bad address (" + ec.message() + ")");
        tcp::endpoint ep(address, settings_.port);
        acceptor_.open(ep.protocol(), ec);
        if (!ec) acceptor_.set_option(tcp::acceptor::reuse_address(true), ec);
        if (!ec) acceptor_.bind(ep, ec);
        if (!ec) acceptor_.listen(asio::socket_base::max_listen_connections, ec);
        if (ec) return retry("cannot listen on " + where_ + ": " + ec.message());
        auto bound = acceptor_.local_endpoint(ec);
        core_.set_local_port(bound.port());
        core_.set_state(LinkState::Up);
        backoff_.reset();
        log::info("link", "link ", core_.name(), ": listening on ", text(bound), " (at most ",
                  settings_.max_connections, " pushers)");
        accept();
    }

    void retry(const std::string& what) {
        boost::system::error_code ignored;
        acceptor_.close(ignored);
        auto delay = backoff_.next();
        log_failure(core_, what + "; retrying in " + format_delay(delay));
        core_.set_state(LinkState::Waiting);
        timer_.expires_after(delay);
        timer_.async_wait(guarded([this](const boost::system::error_code& ec) {
            if (!ec) bind();
        }));
    }

    void accept() {
        acceptor_.async_accept(guarded([this](const boost::system::error_code& ec, tcp::socket socket) {
            if (ec) return retry("accepting on " + where_ + " failed: " + ec.message());
            on_accept(std::move(socket));
            accept();
        }));
    }

    void on_accept(tcp::socket socket) {
        boost::system::error_code ec;
        auto peer_ep = socket.remote_endpoint(ec);
        std::string peer = ec ? std::string("unknown peer") : text(peer_ep);
        if (sessions_.size() >= settings_.max_connections) {
            log::warn("link", "link ", core_.name(), ": refused connection from ", peer, ": already ",
                      sessions_.size(), " connected (max_connections = ", settings_.max_connections, ")");
            core_.count_refused();
            socket.close(ec);
            return;
        }
        enable_keepalive(socket.native_handle());
        auto session = std::make_shared<Session>(std::move(socket));
        session->peer = peer;
        auto id = next_id_++;
        sessions_.emplace(id, session);
        core_.count_connect();
        core_.set_open_connections(static_cast<std::uint32_t>(sessions_.size()));
        log::info("link", "link ", core_.name(), ": pusher ", peer, " connected");
        read(id, session);
    }

    void read(std::uint64_t id, const std::shared_ptr<Session>& session) {
        session->socket.async_read_some(
            asio::buffer(session->buffer), guarded([this, id, session](const boost::system::error_code& ec, std::size_t n) {
                if (!sessions_.count(id)) return;
                if (ec) return end(id, ec == asio::error::eof ? std::string("closed the connection") : ec.message());
                session->lines += core_.deliver(session->splitter, std::string_view(session->buffer.data(), n));
                if (!core_.stopped() && sessions_.count(id)) read(id, session);
            }));
    }

    void end(std::uint64_t id, const std::string& why) {
        auto it = sessions_.find(id);
        auto& s = *it->second;
        bool cut = s.splitter.has_partial();
        s.lines += core_.finish(s.splitter, LineEnd::LinkDropped);
        log::info("link", "link ", core_.name(), ": pusher ", s.peer, " ", why, " after ", s.lines, " lines",
                  cut ? " (the last one cut)" : "");
        boost::system::error_code ignored;
        s.socket.close(ignored);
        sessions_.erase(it);
        core_.set_open_connections(static_cast<std::uint32_t>(sessions_.size()));
    }

    LinkCore core_;
    ListenSettings settings_;
    std::string where_;
    tcp::acceptor acceptor_;
    asio::steady_timer timer_;  // backoff before binding again
    Backoff backoff_;
    std::map<std::uint64_t, std::shared_ptr<Session>> sessions_;
    std::uint64_t next_id_ = 0;
    std::uint64_t generation_ = 0;
};

} // namespace

std::unique_ptr<Link> make_listen_link(asio::io_context& io, const LinkConfig& config, LineHandler handler,
                                       const Clock& clock) {
    return std::make_unique<LinkHandle<ListenLink>>(
        std::make_shared<ListenLink>(io, config, std::move(handler), clock));
}

} // namespace kxcti::server
