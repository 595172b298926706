#include "server/net/peer_session.h"

#include "common/util/log.h"
#include "server/net/connection_limits.h"
#include "server/net/hub.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>

namespace kxcti::server::net {
namespace {

namespace asio = boost::asio;
constexpr std::string_view kLog = "net";

std::uint64_t next_id() {
    static std::atomic<std::uint64_t> id{0};
    return ++id;
}

} // namespace

PeerSession::PeerSession(std::unique_ptr<Transport> transport, Strand strand, Where where, std::size_t write_limit,
                         std::shared_ptr<Hub> hub, std::shared_ptr<ConnectionLimits> limits)
    : transport_(std::move(transport)), strand_(std::move(strand)), where_(std::move(where)),
      write_limit_(write_limit), hub_(std::move(hub)), limits_(std::move(limits)), id_(next_id()) {}

PeerSession::~PeerSession() = default;

void PeerSession::start() {
    hub_->add(shared_from_this());
    asio::post(strand_, [self = shared_from_this()] {
        self->transport_->start([self](const boost::system::error_code& ec) {
            if (self->closed_) return;
            if (ec) return self->close("TLS handshake failed: " + ec.message());
            self->started_ = true;
            self->on_started();
            self->read();
        });
    });
}

void PeerSession::deliver(SharedBytes bytes) {
    if (!bytes) return;
    posted_bytes_ += bytes->size();
    asio::post(strand_, [self = shared_from_this(), bytes = std::move(bytes)]() mutable {
        self->posted_bytes_ -= bytes->size();
        if (self->started_ && !self->closing_) self->send(std::move(bytes));
    });
}

void PeerSession::deliver_now(SharedBytes bytes) {
    if (!bytes) return;
    posted_bytes_ += bytes->size();
    asio::dispatch(strand_, [self = shared_from_this(), bytes = std::move(bytes)]() mutable {
        self->posted_bytes_ -= bytes->size();
        if (self->started_ && !self->closing_) self->send(std::move(bytes));
    });
}

void PeerSession::stop_with(std::string reason) {
    asio::post(strand_, [self = shared_from_this(), reason = std::move(reason)] {
        if (self->closing_ || self->closed_) return;
        if (!self->started_) return self->close("server stopping: " + reason);
        self->finish(self->goodbye_bytes(Farewell::Shutdown, reason), "server stopping: " + reason);
    });
}

void PeerSession::force_close() {
    asio::post(strand_, [self = shared_from_this()] { self->close("closed: the shutdown deadline passed"); });
}

void PeerSession::expire() {
    asio::post(strand_, [self = shared_from_this()] {
        if (self->closed_ || std::chrono::steady_clock::now() < self->deadline()) return;
        if (self->closing_) return self->close("did not take its last message within the linger time");
        self->on_deadline();
    });
}

void PeerSession::send(SharedBytes bytes) {
    if (closed_ || !bytes) return;
    if (queued_bytes_ + bytes->size() > write_limit_) return too_slow(bytes->size());
    // The common case, nothing waiting: hand the bytes to the socket at once. One system call
    // per client per event, no completion handler: what makes a 1,000-client fan-out fast.
    std::size_t written = 0;
    if (queue_.empty()) {
        boost::system::error_code ec;
        written = transport_->try_write(asio::buffer(*bytes), ec);
        if (ec) return close("write failed: " + ec.message());
        if (written == bytes->size()) return;
    }
    queued_bytes_ += bytes->size() - written;
    if (queue_.empty()) front_offset_ = written;
    queue_.push_back(std::move(bytes));
    // A client that sends requests faster than it reads the answers is not read from until
    // it catches up: its own requests can never fill its queue.
    if (queued_bytes_ > write_limit_ / 2) paused_ = true;
    if (in_flight_ == 0) write_more();
}

void PeerSession::too_slow(std::size_t adding) {
    hub_->count_slow_drop();
    log::warn(kLog, describe(), " dropped: it does not read fast enough (", queued_bytes_.load(), " bytes waiting, ",
              adding, " more to send, limit ", write_limit_, " bytes)");
    // Unsent frames go; the ones being written stay (a half-written frame would garble the
    // goodbye). The goodbye then gets its chance to reach a client that was merely slow.
    std::size_t dropped = 0;
    const std::size_t keep = std::max<std::size_t>(in_flight_, front_offset_ > 0 ? 1 : 0);
    while (queue_.size() > keep) {
        dropped += queue_.back()->size();
        queue_.pop_back();
    }
    queued_bytes_ -= dropped;
    finish(goodbye_bytes(Farewell::TooSlow, {}), "too slow");
}

void PeerSession::finish(SharedBytes last, const std::string& why) {
    if (closing_ || closed_) return;
    closing_ = true;
    log::info(kLog, describe(), ": closing (", why, ")");
    set_deadline(std::chrono::steady_clock::now() + kGoodbyeLinger);
    if (last) {
        queued_bytes_ += last->size();
        queue_.push_back(std::move(last));
    }
    if (in_flight_ == 0) {
        if (queue_.empty())
            linger();
        else
            write_more();
    }
}

void PeerSession::close(const std::string& why) {
    if (closed_.exchange(true)) return;
    if (!closing_) log::info(kLog, describe(), ": closed (", why, ")");
    closing_ = true;
    transport_->close();
    queue_.clear();
    queued_bytes_ = 0;
    {
        std::lock_guard lock(flow_mutex_);
    }
    flow_.notify_all();
    limits_->release(where_.address);
    on_closed();
    hub_->remove(id_);
}

void PeerSession::read() {
    if (reading_ || paused_ || closed_) return;
    auto space = lingering_ ? std::span<std::byte>(discard_, sizeof discard_) : read_space();
    if (space.empty()) return;
    reading_ = true;
    transport_->read_some(asio::buffer(space.data(), space.size()),
                          [self = shared_from_this()](const boost::system::error_code& ec, std::size_t n) {
                              self->on_read(ec, n);
                          });
}

void PeerSession::on_read(const boost::system::error_code& ec, std::size_t n) {
    reading_ = false;
    if (closed_) return;
    if (ec) {
        if (lingering_) return close("closed after goodbye");
        if (ec == asio::error::eof) return close("the client closed the connection");
        return close("read failed: " + ec.message());
    }
    if (!closing_) on_received(n);
    read();
}

void PeerSession::write_more() {
    if (closed_ || queue_.empty()) return;
    std::vector<asio::const_buffer> buffers;
    std::size_t bytes = 0;
    const std::size_t n = std::min(queue_.size(), kMaxGatherFrames);
    buffers.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t skip = i == 0 ? front_offset_ : 0;  // already written by try_write
        buffers.emplace_back(queue_[i]->data() + skip, queue_[i]->size() - skip);
        bytes += queue_[i]->size() - skip;
    }
    in_flight_ = n;
    transport_->write(std::move(buffers),
                      [self = shared_from_this(), n, bytes](const boost::system::error_code& ec, std::size_t) {
                          self->on_written(ec, n, bytes);
                      });
}

void PeerSession::on_written(const boost::system::error_code& ec, std::size_t frames, std::size_t bytes) {
    in_flight_ = 0;
    if (closed_) return;
    if (ec) return close("write failed: " + ec.message());
    for (std::size_t i = 0; i < frames && !queue_.empty(); ++i) queue_.pop_front();
    front_offset_ = 0;
    queued_bytes_ -= bytes;
    {
        std::lock_guard lock(flow_mutex_);
    }
    flow_.notify_all();
    if (paused_ && !closing_ && queued_bytes_ < write_limit_ / 4) {
        paused_ = false;
        read();
    }
    if (!queue_.empty()) return write_more();
    if (closing_) linger();
}

void PeerSession::linger() {
    // Everything is written: FIN, then read (and drop) until the peer closes or the linger
    // deadline passes, so that a client still sending does not get an RST that could destroy
    // the goodbye before it read it.
    if (lingering_ || closed_) return;
    lingering_ = true;
    transport_->shutdown_send();
    paused_ = false;
    read();
}

bool PeerSession::wait_queue_below(std::size_t below, std::chrono::milliseconds timeout) {
    std::unique_lock lock(flow_mutex_);
    flow_.wait_for(lock, timeout, [&] { return closed_ || queued_bytes() < below; });
    return !closed_ && queued_bytes() < below;
}

} // namespace kxcti::server::net
