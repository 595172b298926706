// TCP client link: connect, log in (LanLogin), read lines; on any failure log one line, wait
// the backoff and try again, forever.
#include "common/util/log.h"
#include "server/links/backoff.h"
#include "server/links/lan_login.h"
#include "server/links/link_core.h"
#include "server/links/link_types.h"

#include <utility>  // Boost 1.74 Asio under C++20 needs it first
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>

#include <array>
#include <deque>
#include <optional>

namespace kxcti::server {
namespace {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

// One read's worth: several records (80-120 bytes each) per read when the PBX catches up
// after a reconnect, small enough to stay in cache.
constexpr std::size_t kReadBytes = 4096;

std::string seconds_text(std::chrono::seconds s) { return std::to_string(s.count()) + " s"; }

class TcpClientLink final : public std::enable_shared_from_this<TcpClientLink> {
public:
    TcpClientLink(asio::io_context& io, const LinkConfig& config, LineHandler handler, const Clock& clock)
        : core_(config.name, std::move(handler), clock), settings_(config.tcp),
          where_(settings_.host + ":" + std::to_string(settings_.port)), resolver_(io), socket_(io),
          timer_(io), idle_timer_(io), backoff_(settings_.backoff_initial, settings_.backoff_max) {}

    LinkCore& core() { return core_; }

    void start() {
        std::lock_guard lock(core_.mutex());
        if (!core_.stopped()) return;
        core_.set_stopped(false);
        attempt();
    }

    void stop() {
        std::lock_guard lock(core_.mutex());
        if (core_.stopped()) return;
        core_.finish(splitter_, LineEnd::LinkDropped);
        core_.set_stopped(true);
        close();
        core_.set_state(LinkState::Stopped);
        core_.set_open_connections(0);
    }

private:
    // Ends whatever is in flight: its handlers see a new generation and do nothing.
    void close() {
        ++generation_;
        boost::system::error_code ignored;
        resolver_.cancel();
        socket_.close(ignored);
        timer_.cancel();
        idle_timer_.cancel();
        login_.reset();
        writes_.clear();
        writing_ = false;
        connecting_ = false;
    }

    // Wraps a completion handler: runs it under the link's mutex, only if the link is running
    // and the handler belongs to the current attempt.
    template <typename F>
    auto guarded(F&& f) {
        return [self = shared_from_this(), gen = generation_, f = std::forward<F>(f)](auto&&... args) mutable {
            std::lock_guard lock(self->core_.mutex());
            if (self->core_.stopped() || gen != self->generation_) return;
            f(std::forward<decltype(args)>(args)...);
        };
    }

    void attempt() {
        core_.set_state(LinkState::Connecting);
        delivered_ = false;
        up_ = false;
        resolver_.async_resolve(settings_.host, std::to_string(settings_.port),
                                guarded([this](const boost::system::error_code& ec, tcp::resolver::results_type results) {
                                    if (ec) return retry("cannot resolve " + settings_.host + ": " + ec.message());
                                    connect(results);
                                }));
    }

    void connect(const tcp::resolver::results_type& results) {
        connecting_ = true;
        if (settings_.connect_timeout.count() > 0) {
            timer_.expires_after(settings_.connect_timeout);
            timer_.async_wait(guarded([this](const boost::system::error_code& ec) {
                // A timer re-armed after it fired still runs the old handler: check the deadline.
                if (ec || !connecting_ || timer_.expiry() > asio::steady_timer::clock_type::now()) return;
                retry("connect to " + where_ + " failed: no answer within " + seconds_text(settings_.connect_timeout));
            }));
        }
        asio::async_connect(socket_, results, guarded([this](const boost::system::error_code& ec, const tcp::endpoint&) {
            connecting_ = false;
            if (ec) return retry("connect to " + where_ + " failed: " + ec.message());
            timer_.cancel();
            on_connected();
        }));
    }

    void on_connected() {
        core_.count_connect();
        enable_keepalive(socket_.native_handle());
        boost::system::error_code ignored;
        socket_.set_option(tcp::no_delay(true), ignored);
        if (settings_.login) {
            core_.set_state(LinkState::LoggingIn);
            login_.emplace(settings_.user, settings_.password);
            arm_login_timer();
        } else {
            go_up();
        }
        read();
    }

    void go_up() {
        up_ = true;
        core_.set_state(LinkState::Up);
        core_.set_open_connections(1);
        timer_.cancel();
        log::info("link", "link ", core_.name(), ": connected to ", where_, settings_.login ? ", password sent" : "");
        arm_idle_timer();
    }

    void arm_login_timer() {
        timer_.expires_after(settings_.login_timeout);
        timer_.async_wait(guarded([this](const boost::system::error_code& ec) {
            // A timer re-armed after it fired still runs the old handler: check the deadline.
            if (ec || up_ || timer_.expiry() > asio::steady_timer::clock_type::now()) return;
            std::string why = "login to " + where_ + " failed: PBX silent during login (no prompt within " +
                              seconds_text(settings_.login_timeout) + ")";
            if (login_ && login_->ignored_bytes() > 0)
                why += "; it sent " + std::to_string(login_->ignored_bytes()) +
                       " bytes that were no prompt: if this peer needs no login, set login = no";
            retry(why);
        }));
    }

    void arm_idle_timer() {
        if (settings_.idle_timeout.count() <= 0) return;
        idle_timer_.expires_after(settings_.idle_timeout);
        idle_timer_.async_wait(guarded([this](const boost::system::error_code& ec) {
            if (ec || idle_timer_.expiry() > asio::steady_timer::clock_type::now()) return;
            retry("no data from " + where_ + " for " + seconds_text(settings_.idle_timeout) +
                  " (idle_timeout): reconnecting");
        }));
    }

    void read() {
        socket_.async_read_some(asio::buffer(buffer_), guarded([this](const boost::system::error_code& ec, std::size_t n) {
            if (ec) {
                std::string why = ec == asio::error::eof ? std::string("closed by the PBX") : ec.message();
                return retry(up_ ? "connection to " + where_ + " lost: " + why
                                 : "login to " + where_ + " failed: connection " + why + " during login");
            }
            auto gen = generation_;
            on_bytes(std::string_view(buffer_.data(), n));
            if (!core_.stopped() && gen == generation_) read();
        }));
    }

    void on_bytes(std::string_view bytes) {
        if (login_ && !login_->done()) {
            bool was_sent = login_->password_sent();
            LoginStep step = login_->feed(bytes);
            if (!step.send.empty()) {
                send(std::move(step.send));
                arm_login_timer();  // progress: the PBX gets the full timeout for its next prompt
            }
            if (step.outcome == LoginStep::Outcome::Rejected)
                return retry("login to " + where_ + " failed: " + step.reason, Ended::Failure);
            if (!was_sent && login_->password_sent()) go_up();
            if (step.outcome != LoginStep::Outcome::LoggedIn) return;
            deliver(step.data);
            return;
        }
        deliver(bytes);
    }

    void deliver(std::string_view bytes) {
        if (bytes.empty()) return;
        delivered_ = true;
        arm_idle_timer();
        core_.deliver(splitter_, bytes);
    }

    void send(std::string bytes) {
        writes_.push_back(std::move(bytes));
        if (!writing_) write_next();
    }

    void write_next() {
        if (writes_.empty()) {
            writing_ = false;
            return;
        }
        writing_ = true;
        asio::async_write(socket_, asio::buffer(writes_.front()), guarded([this](const boost::system::error_code& ec, std::size_t) {
            if (ec) return retry("login to " + where_ + " failed: cannot send: " + ec.message());
            writes_.pop_front();
            write_next();
        }));
    }

    // One line per failed attempt or drop, then the backoff. Once up, the end of the connection
    // is a drop, unless the PBX turned the login down after all.
    enum class Ended { AsItWas, Failure };
    void retry(const std::string& what, Ended how = Ended::AsItWas) {
        bool was_up = up_ && how == Ended::AsItWas;
        core_.finish(splitter_, LineEnd::LinkDropped);
        close();
        core_.set_open_connections(0);
        if (delivered_) backoff_.reset();
        auto delay = backoff_.next();
        std::string line = "link " + core_.name() + ": " + what + "; retrying in " + format_delay(delay);
        log::warn("link", line);
        if (was_up) core_.count_drop(std::move(line));
        else core_.count_failure(std::move(line));
        core_.set_state(LinkState::Waiting);
        timer_.expires_after(delay);
        timer_.async_wait(guarded([this](const boost::system::error_code& ec) {
            if (!ec) attempt();
        }));
    }

    LinkCore core_;
    TcpClientSettings settings_;
    std::string where_;  // host:port, for log lines
    tcp::resolver resolver_;
    tcp::socket socket_;
    asio::steady_timer timer_;       // connect timeout, login timeout, backoff: one at a time
    asio::steady_timer idle_timer_;
    Backoff backoff_;
    LineSplitter splitter_;
    std::optional<LanLogin> login_;
    std::deque<std::string> writes_;  // the user and password replies, in order
    bool writing_ = false;
    bool connecting_ = false; // the connect timeout applies
    bool up_ = false;         // logged in (or no login): a failure now is a drop
    bool delivered_ = false;  // this connection handed on data: the backoff starts over
    std::uint64_t generation_ = 0;
    std::array<char, kReadBytes> buffer_{};
};

} // namespace

std::unique_ptr<Link> make_tcp_client_link(asio::io_context& io, const LinkConfig& config, LineHandler handler,
                                           const Clock& clock) {
    return std::make_unique<LinkHandle<TcpClientLink>>(
        std::make_shared<TcpClientLink>(io, config, std::move(handler), clock));
}

} // namespace kxcti::server
