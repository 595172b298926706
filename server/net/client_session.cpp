#include "server/net/client_session.h"

#include "common/util/log.h"
#include "server/net/report_stream.h"

#include <boost/asio/post.hpp>

#include <algorithm>

namespace kxcti::server::net {
namespace {

namespace asio = boost::asio;
using namespace protocol;
constexpr std::string_view kLog = "net";

std::string seconds(std::chrono::milliseconds d) {
    return d.count() % 1000 == 0 ? std::to_string(d.count() / 1000) + " s" : std::to_string(d.count()) + " ms";
}

bool asked_for(const Hello& hello, std::string_view feature) {
    return std::find(hello.features.begin(), hello.features.end(), feature) != hello.features.end();
}

} // namespace

ClientSession::ClientSession(std::shared_ptr<NetCore> core, std::unique_ptr<Transport> transport, Strand strand,
                             Where where)
    : PeerSession(std::move(transport), std::move(strand), std::move(where), core->clients.write_queue_bytes,
                  core->hub, core->client_limits),
      core_(std::move(core)) {
    // The handshake deadline runs from the accept, so that a TLS handshake that never ends
    // is cut off too.
    set_deadline(std::chrono::steady_clock::now() + core_->clients.handshake_timeout);
}

std::shared_ptr<ClientSession> ClientSession::self() {
    return std::static_pointer_cast<ClientSession>(shared_from_this());
}

std::string ClientSession::describe() const {
    return user_.empty() ? "client " + where().peer : "client " + where().peer + " (" + user_ + ")";
}

void ClientSession::on_started() {}

SharedBytes ClientSession::encode(const Message& m, std::uint16_t flags) const {
    auto e = encode_message(m, version_, flags);
    if (!e) {
        log::error(kLog, describe(), ": cannot encode ", message_name(static_cast<std::uint16_t>(message_type(m))),
                   ": ", e.text);
        return nullptr;
    }
    return std::make_shared<const Bytes>(std::move(*e.value));
}

SharedBytes ClientSession::goodbye_bytes(Farewell why, const std::string& reason) {
    if (why == Farewell::TooSlow)
        return encode(Goodbye{GoodbyeCode::TooSlow,
                              "your client did not read what the server sent fast enough (more than " +
                                  std::to_string(write_limit() / 1024) +
                                  " KiB waiting); reconnect, and check the network or the computer's load"});
    if (state_ == State::Handshake)
        return encode(Refused{RefusalCode::ServerBusy, core_->offer.versions.min, core_->offer.versions.max,
                              "server shutting down: " + reason});
    return encode(Goodbye{GoodbyeCode::Shutdown, "server shutting down: " + reason});
}

void ClientSession::violation(const std::string& what) {
    log::warn(kLog, describe(), " sent something invalid: ", what);
    if (state_ == State::Handshake)
        finish(encode(Refused{RefusalCode::BadFrame, core_->offer.versions.min, core_->offer.versions.max,
                              "the server could not read your first message: " + what}),
               "protocol violation");
    else
        finish(encode(Goodbye{GoodbyeCode::ProtocolViolation, what}), "protocol violation");
}

void ClientSession::on_received(std::size_t n) {
    reader_.commit(n);
    while (!closing()) {
        auto r = reader_.next();
        if (r.status == DecodeStatus::NeedMore) break;
        if (r.status == DecodeStatus::Error) return violation(r.text);
        auto m = decode_message(r.frame);
        if (!m) return violation(m.text);
        if (state_ == State::Ready)
            set_deadline(std::chrono::steady_clock::now() + core_->clients.idle_timeout);
        on_message(std::move(*m.value));
    }
}

void ClientSession::on_deadline() {
    switch (state_) {
    case State::Handshake:
        log::info(kLog, describe(), ": no Hello within ", seconds(core_->clients.handshake_timeout));
        return finish(encode(Refused{RefusalCode::BadHello, core_->offer.versions.min, core_->offer.versions.max,
                                     "no Hello within " + seconds(core_->clients.handshake_timeout)}),
                      "handshake timeout");
    case State::Login:
    case State::Authenticating:
        return finish(encode(Goodbye{GoodbyeCode::IdleTimeout,
                                     "no login within " + seconds(core_->clients.login_timeout)}),
                      "login timeout");
    case State::Ready:
        if (reading_paused()) {
            // The client is busy reading what we send; its ping waits behind our data.
            set_deadline(std::chrono::steady_clock::now() + core_->clients.idle_timeout);
            return;
        }
        return finish(encode(Goodbye{GoodbyeCode::IdleTimeout,
                                     "nothing received for " + seconds(core_->clients.idle_timeout) +
                                         " (clients ping every minute): the connection is presumed dead"}),
                      "idle timeout");
    }
}

void ClientSession::on_message(Message m) {
    if (const auto* ping = std::get_if<Ping>(&m)) {
        if (state_ != State::Handshake) return reply(Pong{ping->sequence});
    }
    switch (state_) {
    case State::Handshake:
        if (const auto* hello = std::get_if<Hello>(&m)) return on_hello(*hello);
        return finish(encode(Refused{RefusalCode::BadHello, core_->offer.versions.min, core_->offer.versions.max,
                                     "the first message must be Hello, not " +
                                         std::string(message_name(static_cast<std::uint16_t>(message_type(m))))}),
                      "no Hello");
    case State::Login:
        if (const auto* login = std::get_if<Login>(&m)) return on_login(*login);
        return violation("log in first: " +
                         std::string(message_name(static_cast<std::uint16_t>(message_type(m)))) +
                         " is not valid before Login");
    case State::Authenticating:
        return violation(std::string(message_name(static_cast<std::uint16_t>(message_type(m)))) +
                         " sent before the answer to Login");
    case State::Ready: return on_request(std::move(m));
    }
}

void ClientSession::on_hello(const Hello& hello) {
    auto answer = negotiate(hello, core_->offer);
    if (auto* refused = std::get_if<Refused>(&answer)) {
        log::info(kLog, describe(), " refused: ", refused->text);
        return finish(encode(*refused), "handshake refused");
    }
    const auto& welcome = std::get<Welcome>(answer);
    reply(welcome);
    version_ = welcome.version;
    reader_.set_accepted({version_, version_});
    kind_ = hello.kind;
    client_version_ = hello.client_version;
    live_ = asked_for(hello, kFeatureLive) && std::find(welcome.features.begin(), welcome.features.end(),
                                                        kFeatureLive) != welcome.features.end();
    state_ = State::Login;
    set_deadline(std::chrono::steady_clock::now() + core_->clients.login_timeout);
}

void ClientSession::on_login(const Login& login) {
    if (auto refused = core_->login.admit(where().address)) return finish(encode(*refused), "login rate-limited");
    state_ = State::Authenticating;
    accounts::LoginRequest request{where().address, kind_, login};
    const bool queued = core_->auth_lane.post([self = self(), request = std::move(request)] {
        auto outcome = std::make_shared<accounts::LoginOutcome>(self->core_->login.authenticate(request));
        asio::post(self->strand(), [self, outcome] { self->on_login_decided(std::move(*outcome)); });
    });
    if (!queued)
        finish(encode(LoginRefused{LoginRefusal::Unavailable, 5,
                                   "the server is checking too many logins at once; try again in a few seconds"}),
               "login queue full");
}

void ClientSession::on_login_decided(accounts::LoginOutcome outcome) {
    if (closing()) return;  // a granted seat is given back as `outcome` goes
    if (auto* refused = std::get_if<LoginRefused>(&outcome)) return finish(encode(*refused), "login refused");
    auto& granted = std::get<accounts::LoginGranted>(outcome);
    user_ = granted.reply.user;
    seat_ = std::move(granted.seat);
    scope_ = std::make_shared<const accounts::Scope>(std::move(granted.scope));
    state_ = State::Ready;
    set_deadline(std::chrono::steady_clock::now() + core_->clients.idle_timeout);
    // Subscribe before LoginOk goes out: a client may act on LoginOk at once, and no event
    // published after it has LoginOk may be missed. Events reach the queue through the strand,
    // so they still follow LoginOk on the wire.
    if (live_) hub().subscribe(shared_from_this(), *scope_, version_);
    reply(granted.reply);
}

void ClientSession::on_closed() {
    if (report_) report_->cancel();
    report_.reset();  // the report thread holds it until it notices
    seat_.reset();
}

} // namespace kxcti::server::net
