#include "server/net/net_server.h"

#include "common/util/log.h"
#include "server/net/client_session.h"
#include "server/net/ncid_session.h"
#include "server/net/net_core.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include <algorithm>

namespace kxcti::server::net {
namespace {

namespace asio = boost::asio;
constexpr std::string_view kLog = "net";

// While stopping, how often to look whether every client has gone.
constexpr std::chrono::milliseconds kStopPoll{20};
// The sweep runs at a quarter of the shortest deadline, between these bounds: fine enough
// that a deadline is kept to within a quarter, coarse enough to cost nothing at 1,000 clients.
constexpr std::chrono::milliseconds kMinSweep{10};
constexpr std::chrono::milliseconds kMaxSweep{1000};

std::chrono::milliseconds sweep_interval(const ClientSettings& c) {
    auto shortest = std::min({c.handshake_timeout, c.login_timeout, c.idle_timeout,
                              std::chrono::duration_cast<std::chrono::milliseconds>(kGoodbyeLinger)});
    return std::clamp(shortest / 4, kMinSweep, kMaxSweep);
}

std::unique_ptr<asio::ssl::context> make_tls(const TlsSettings& tls) {
    if (!tls.enabled) return nullptr;
    auto ctx = std::make_unique<asio::ssl::context>(asio::ssl::context::tls_server);
    ctx->set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
                     asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 | asio::ssl::context::no_tlsv1_1);
    boost::system::error_code ec;
    ctx->use_certificate_chain_file(tls.certificate.string(), ec);
    if (ec)
        throw NetError("cannot load the TLS certificate " + tls.certificate.string() + ": " + ec.message() +
                       " (set [tls] certificate to a readable PEM file, or enabled = no)");
    ctx->use_private_key_file(tls.key.string(), asio::ssl::context::pem, ec);
    if (ec)
        throw NetError("cannot load the TLS key " + tls.key.string() + ": " + ec.message() +
                       " (set [tls] key to the certificate's PEM private key, readable by the server)");
    return ctx;
}

} // namespace

struct NetServer::Timers {
    explicit Timers(asio::io_context& io) : control(asio::make_strand(io)), sweep(control), stop(control) {}
    Strand control;  // listeners, timers and stop run here
    asio::steady_timer sweep;
    asio::steady_timer stop;
    bool stopping = false;
    std::chrono::steady_clock::time_point stop_deadline;
};

class NetServer::Listener {
public:
    enum class Kind { Clients, Ncid };

    Listener(asio::io_context& io, Strand& control, std::shared_ptr<NetCore> core, Kind kind, std::string address,
             std::uint16_t port, TlsSettings tls)
        : io_(io), core_(std::move(core)), kind_(kind), address_(std::move(address)), port_(port),
          acceptor_(control), tls_settings_(std::move(tls)) {}

    void open() {
        tls_ = make_tls(tls_settings_);
        const std::string where = address_ + ":" + std::to_string(port_);
        const std::string setting = kind_ == Kind::Clients ? "[clients]" : "[ncid]";
        boost::system::error_code ec;
        auto address = asio::ip::make_address(address_, ec);
        if (ec) throw NetError("cannot listen on " + where + ": '" + address_ + "' is not an IP address (set " +
                               setting + " address)");
        tcp::endpoint ep(address, port_);
        acceptor_.open(ep.protocol(), ec);
        if (!ec) acceptor_.set_option(tcp::acceptor::reuse_address(true), ec);
        if (!ec) acceptor_.bind(ep, ec);
        if (!ec) acceptor_.listen(asio::socket_base::max_listen_connections, ec);
        if (ec)
            throw NetError("cannot listen for " + std::string(kind_ == Kind::Clients ? "clients" : "NCID clients") +
                           " on " + where + ": " + ec.message() + " (another program on that port? set " + setting +
                           " port or address)");
        bound_ = acceptor_.local_endpoint(ec).port();
        log::info(kLog, kind_ == Kind::Clients ? (tls_ ? "clients (TLS)" : "clients") : "NCID feed",
                  " listening on ", address_, ":", bound_);
        accept();
    }

    void close() {
        boost::system::error_code ignored;
        acceptor_.close(ignored);
    }

    std::uint16_t port() const { return bound_; }

private:
    void accept() {
        acceptor_.async_accept(io_, [this](const boost::system::error_code& ec, tcp::socket socket) {
            if (ec == asio::error::operation_aborted || !acceptor_.is_open()) return;
            if (!ec) on_accept(std::move(socket));
            else log::warn(kLog, "accepting a connection failed: ", ec.message());
            accept();
        });
    }

    void on_accept(tcp::socket socket) {
        boost::system::error_code ec;
        const auto peer = socket.remote_endpoint(ec);
        if (ec) return;  // gone already
        PeerSession::Where where{peer_text(peer), peer.address().to_string(), peer.address().is_loopback()};
        auto& limits = kind_ == Kind::Clients ? *core_->client_limits : *core_->ncid_limits;
        if (auto why = limits.try_add(where.address)) return refuse(socket, where, *why);
        socket.set_option(tcp::no_delay(true), ec);  // events are small and must not wait
        socket.set_option(asio::socket_base::keep_alive(true), ec);
        // The session's handlers are all bound to its strand (transport.h), whatever the
        // socket's own executor.
        Strand strand = asio::make_strand(io_);
        std::shared_ptr<PeerSession> session;
        if (kind_ == Kind::Ncid) {
            session = std::make_shared<NcidSession>(core_, plain_transport(std::move(socket), strand), strand, where);
        } else {
            auto transport = tls_ ? tls_transport(std::move(socket), strand, *tls_)
                                  : plain_transport(std::move(socket), strand);
            session = std::make_shared<ClientSession>(core_, std::move(transport), strand, where);
        }
        session->start();
    }

    // Over a cap: say why in the peer's own protocol when that costs nothing (a plain socket
    // takes a short write at once), then close. A TLS peer would need a handshake first: it is
    // just closed, and the log says why.
    void refuse(tcp::socket& socket, const PeerSession::Where& where, const std::string& why) {
        log::warn(kLog, "refused ", kind_ == Kind::Clients ? "client " : "NCID client ", where.peer, ": ", why);
        std::string text;
        if (kind_ == Kind::Ncid) {
            text = "MSG: Too many clients connected: " + why + "\r\n";
        } else if (!tls_) {
            auto frame = protocol::encode_message(
                protocol::Refused{protocol::RefusalCode::ServerBusy, core_->offer.versions.min,
                                  core_->offer.versions.max, "server busy: " + why},
                core_->offer.versions.min);
            if (frame) text.assign(reinterpret_cast<const char*>(frame.value->data()), frame.value->size());
        }
        boost::system::error_code ec;
        if (!text.empty()) {
            socket.non_blocking(true, ec);
            socket.write_some(asio::buffer(text), ec);
            socket.shutdown(tcp::socket::shutdown_send, ec);
        }
        socket.close(ec);
    }

    asio::io_context& io_;
    std::shared_ptr<NetCore> core_;
    const Kind kind_;
    const std::string address_;
    const std::uint16_t port_;
    tcp::acceptor acceptor_;
    const TlsSettings tls_settings_;
    std::unique_ptr<asio::ssl::context> tls_;
    std::uint16_t bound_ = 0;
};

NetServer::NetServer(asio::io_context& io, const NetConfig& config, NetServices services, const Clock& clock)
    : io_(io), core_(std::make_shared<NetCore>(io, config, services, clock)), timers_(std::make_unique<Timers>(io)) {
    if (config.clients.enabled)
        clients_ = std::make_unique<Listener>(io, timers_->control, core_, Listener::Kind::Clients,
                                              config.clients.address, config.clients.port, config.tls);
    if (config.ncid.enabled)
        ncid_ = std::make_unique<Listener>(io, timers_->control, core_, Listener::Kind::Ncid, config.ncid.address,
                                           config.ncid.port, TlsSettings{});
}

NetServer::~NetServer() { core_->stop_lanes(); }

void NetServer::start() {
    if (clients_) clients_->open();
    if (ncid_) ncid_->open();
    sweep();
}

void NetServer::sweep() {
    const auto interval = timers_->stopping ? kStopPoll : sweep_interval(core_->clients);
    timers_->sweep.expires_after(interval);
    timers_->sweep.async_wait([this](const boost::system::error_code& ec) {
        if (ec) return;
        const auto now = std::chrono::steady_clock::now();
        const auto sessions = core_->hub->sessions();
        if (timers_->stopping) {
            if (sessions.empty()) return finish_stop();
            if (now >= timers_->stop_deadline) {
                log::warn(kLog, sessions.size(), " client(s) still open at the shutdown deadline: closing them");
                for (const auto& s : sessions) s->force_close();
            }
        }
        for (const auto& s : sessions)
            if (now >= s->deadline()) s->expire();
        sweep();
    });
}

void NetServer::stop(std::string reason) {
    asio::post(timers_->control, [this, reason = std::move(reason)] {
        if (timers_->stopping) return;
        timers_->stopping = true;
        timers_->stop_deadline = std::chrono::steady_clock::now() + core_->clients.shutdown_timeout;
        if (clients_) clients_->close();
        if (ncid_) ncid_->close();
        const auto sessions = core_->hub->sessions();
        log::info(kLog, "stopping: telling ", sessions.size(), " client(s): server shutting down: ", reason);
        for (const auto& s : sessions) s->stop_with(reason);
        timers_->sweep.cancel();
        sweep();
    });
}

void NetServer::finish_stop() {
    timers_->sweep.cancel();
    log::info(kLog, "stopped: every client connection is closed");
}

std::uint16_t NetServer::local_port() const { return clients_ ? clients_->port() : 0; }
std::uint16_t NetServer::ncid_port() const { return ncid_ ? ncid_->port() : 0; }

void NetServer::publish_record(const smdr::Record& record, SystemTime received) {
    auto core = core_;
    if (!core->live_lane.post([core, record, received] { core->feed.record(record, received); })) ++dropped_events_;
}

void NetServer::publish(live::LiveEvent event) {
    auto core = core_;
    if (!core->live_lane.post([core, event = std::move(event)]() mutable { core->feed.event(std::move(event)); }))
        ++dropped_events_;
}

void NetServer::set_site(reports::SiteModel site) {
    auto core = core_;
    core->live_lane.post([core, site = std::move(site)] { core->feed.set_site(site); });
}

NetStats NetServer::stats() const {
    const auto c = core_->hub->counts();
    NetStats s;
    s.connections = c.sessions;
    s.live_sessions = c.live;
    s.ncid_clients = c.ncid;
    s.events = c.events;
    s.deliveries = c.deliveries;
    s.events_dropped = dropped_events_.load();
    s.slow_drops = c.slow_drops;
    s.supervisor_seats_used = core_->seats.in_use(accounts::SeatKind::Supervisor);
    s.callerid_seats_used = core_->seats.in_use(accounts::SeatKind::CallerId);
    return s;
}

} // namespace kxcti::server::net
