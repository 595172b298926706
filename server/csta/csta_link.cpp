#include "server/csta/csta_link.h"

#include "common/csta/framing.h"
#include "common/util/log.h"
#include "server/links/backoff.h"
#include "server/links/link_types.h"

#include <utility>  // Boost 1.74 Asio under C++20 needs it first
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>

#include <array>
#include <deque>
#include <mutex>

namespace kxcti::server {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

namespace {

constexpr std::string_view kLog = "csta";
// One read: larger than any PDU a PBX sends in normal operation, small enough for the stack.
constexpr std::size_t kReadBytes = 4096;
// What may wait to be written: our PDUs are small (answers, monitor requests paced by the
// session's window), so 1 MiB queued means the PBX stopped reading; the link is dropped then.
constexpr std::size_t kMaxQueuedBytes = 1024 * 1024;

} // namespace

class CstaLink::Impl : public std::enable_shared_from_this<CstaLink::Impl> {
public:
    Impl(asio::io_context& io, CstaConfig config, CstaHandlers handlers, const Clock& clock)
        : config_(std::move(config)), handlers_(std::move(handlers)), io_(io),
          where_(config_.host + ":" + std::to_string(config_.port)), resolver_(io), socket_(io), connect_timer_(io),
          retry_timer_(io), tick_timer_(io), session_(config_.session, clock),
          backoff_(config_.backoff_initial, config_.backoff_max) {}

    void start() {
        asio::post(io_, [self = shared_from_this()] {
            if (!self->stopped_) return;
            self->stopped_ = false;
            self->attempt();
        });
    }

    void stop() {
        asio::post(io_, [self = shared_from_this()] {
            if (self->stopped_) return;
            self->stopped_ = true;
            self->close_connection();
            self->retry_timer_.cancel();
            self->set_state("stopped");
        });
    }

    CstaLinkStatus status() const {
        std::lock_guard lock(status_mutex_);
        return status_;
    }

private:
    template <typename F>
    auto guarded(F&& f) {
        return [self = shared_from_this(), gen = generation_, f = std::forward<F>(f)](auto&&... args) mutable {
            if (self->stopped_ || gen != self->generation_) return;
            f(std::forward<decltype(args)>(args)...);
        };
    }

    void set_state(std::string state, std::string error = {}) {
        std::lock_guard lock(status_mutex_);
        status_.state = std::move(state);
        if (!error.empty()) status_.last_error = std::move(error);
    }

    void update_counts() {
        const auto& st = session_.stats();
        std::size_t monitored = 0;
        for (const auto& d : session_.devices()) monitored += d.monitored ? 1 : 0;
        std::lock_guard lock(status_mutex_);
        status_.events = st.events;
        status_.bad_events = st.bad_events;
        status_.skipped_elements = st.skipped_elements;
        status_.devices_monitored = monitored;
        status_.state = std::string(csta::session_state_name(session_.state()));
    }

    void attempt() {
        set_state("connecting");
        resolver_.async_resolve(config_.host, std::to_string(config_.port),
                                guarded([this](const boost::system::error_code& ec, tcp::resolver::results_type results) {
                                    if (ec) return fail("cannot resolve " + config_.host + ": " + ec.message());
                                    connect(results);
                                }));
    }

    void connect(const tcp::resolver::results_type& results) {
        connect_timer_.expires_after(config_.connect_timeout);
        connect_timer_.async_wait(guarded([this](const boost::system::error_code& ec) {
            if (!ec) fail("connect to " + where_ + " failed: no answer within the connect timeout");
        }));
        asio::async_connect(socket_, results, guarded([this](const boost::system::error_code& ec, const tcp::endpoint&) {
            if (ec) return fail("connect to " + where_ + " failed: " + ec.message() +
                                " (is the PBX's CTI port enabled, and is this its address?)");
            connect_timer_.cancel();
            on_connected();
        }));
    }

    void on_connected() {
        {
            std::lock_guard lock(status_mutex_);
            ++status_.connects;
        }
        enable_keepalive(socket_.native_handle());
        boost::system::error_code ignored;
        socket_.set_option(tcp::no_delay(true), ignored);
        log::info(kLog, "connected to ", where_, ", associating");
        connected_ = true;
        frames_.reset();
        apply(session_.start());
        read();
        arm_tick();
    }

    void read() {
        socket_.async_read_some(asio::buffer(read_buf_),
                                guarded([this](const boost::system::error_code& ec, std::size_t n) {
                                    if (ec) return fail("the PBX closed the connection (" + ec.message() + ")");
                                    const auto err = frames_.feed(csta::ByteView(read_buf_.data(), n), [this](csta::ByteView pdu) {
                                        if (!connected_) return;
                                        if (handlers_.on_pdu) handlers_.on_pdu(true, pdu);
                                        apply(session_.on_pdu(pdu));
                                    });
                                    if (!connected_) return;  // a PDU closed it
                                    if (err) return fail(*err);
                                    read();
                                }));
    }

    void arm_tick() {
        tick_timer_.expires_after(config_.tick_interval);
        tick_timer_.async_wait(guarded([this](const boost::system::error_code& ec) {
            if (ec || !connected_) return;
            apply(session_.tick());
            if (connected_) arm_tick();
        }));
    }

    void apply(csta::SessionOutput out) {
        for (auto& pdu : out.send) {
            if (handlers_.on_pdu) handlers_.on_pdu(false, pdu);
            auto framed = csta::encode_frame(pdu);
            if (!framed) {
                log::error(kLog, "a PDU of ours is longer than a frame can carry (", pdu.size(), " bytes): not sent");
                continue;
            }
            queued_bytes_ += framed->size();
            writes_.push_back(std::move(*framed));
        }
        if (queued_bytes_ > kMaxQueuedBytes) return fail("the PBX stopped reading: over 1 MiB waits to be sent to it");
        if (!writing_ && !writes_.empty()) write();
        update_counts();  // before the handlers, so that a handler sees the status it is told about
        for (const auto& e : out.events)
            if (handlers_.on_event) handlers_.on_event(e);
        for (const auto& s : out.snapshots)
            if (handlers_.on_snapshot) handlers_.on_snapshot(s);
        if (out.became_up) {
            // The link reached the point where events flow: the next drop retries quickly.
            backoff_.reset();
            {
                std::lock_guard lock(status_mutex_);
                ++status_.ups;
            }
            if (handlers_.on_up) handlers_.on_up(session_.devices());
        }
        if (out.close) fail(*out.close);
    }

    void write() {
        writing_ = true;
        asio::async_write(socket_, asio::buffer(writes_.front()),
                          guarded([this](const boost::system::error_code& ec, std::size_t) {
                              writing_ = false;
                              if (ec) return fail("writing to " + where_ + " failed: " + ec.message());
                              queued_bytes_ -= writes_.front().size();
                              writes_.pop_front();
                              if (!writes_.empty()) write();
                          }));
    }

    // Ends the connection (if any); its handlers see a new generation and do nothing.
    void close_connection() {
        ++generation_;
        boost::system::error_code ignored;
        resolver_.cancel();
        socket_.close(ignored);
        connect_timer_.cancel();
        tick_timer_.cancel();
        connected_ = false;
        session_.stop();
        // The frame buffer is reset when the next connection opens, not here: this may run
        // inside FrameAssembler::feed, whose buffer must stay put until it returns.
        writes_.clear();
        queued_bytes_ = 0;
        writing_ = false;
    }

    void fail(const std::string& why) {
        if (stopped_) return;
        const bool was_connected = connected_;
        close_connection();
        const auto delay = backoff_.next();
        log::warn(kLog, "CTI link to ", where_, ": ", why,
                  config_.reconnect ? "; retrying in " + format_delay(delay) : "");
        set_state(config_.reconnect ? "waiting" : "stopped", why);
        if (was_connected || !config_.reconnect)
            if (handlers_.on_down) handlers_.on_down(why);
        if (!config_.reconnect) {
            stopped_ = true;
            return;
        }
        retry_timer_.expires_after(delay);
        retry_timer_.async_wait(guarded([this](const boost::system::error_code& ec) {
            if (!ec) attempt();
        }));
    }

    CstaConfig config_;
    CstaHandlers handlers_;
    asio::io_context& io_;
    std::string where_;
    tcp::resolver resolver_;
    tcp::socket socket_;
    asio::steady_timer connect_timer_;
    asio::steady_timer retry_timer_;
    asio::steady_timer tick_timer_;
    csta::Session session_;
    Backoff backoff_;
    csta::FrameAssembler frames_;
    std::array<std::uint8_t, kReadBytes> read_buf_{};
    std::deque<csta::Bytes> writes_;
    std::size_t queued_bytes_ = 0;
    bool writing_ = false;
    bool connected_ = false;
    bool stopped_ = true;
    std::uint64_t generation_ = 0;
    mutable std::mutex status_mutex_;
    CstaLinkStatus status_;
};

CstaLink::CstaLink(asio::io_context& io, CstaConfig config, CstaHandlers handlers, const Clock& clock)
    : impl_(std::make_shared<Impl>(io, std::move(config), std::move(handlers), clock)) {}

CstaLink::~CstaLink() { impl_->stop(); }

void CstaLink::start() { impl_->start(); }
void CstaLink::stop() { impl_->stop(); }
CstaLinkStatus CstaLink::status() const { return impl_->status(); }

} // namespace kxcti::server
