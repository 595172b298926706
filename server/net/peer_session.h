#pragma once
// What every client connection shares, binary or NCID: a transport on its own strand, a
// bounded write queue, a deadline the server's sweep enforces, and an orderly close (say why,
// let the peer read it, FIN, then close). Subclasses decide what the bytes mean.
//
// Threads: everything below runs on the session's strand except the methods marked "any
// thread", which post to it. A session is owned by shared_ptr: the Hub, pending I/O and
// worker-thread tasks each hold one; it is destroyed after close() when the last lets go.
#include "server/net/transport.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <vector>

namespace kxcti::server::net {

class Hub;
class ConnectionLimits;

using Bytes = std::vector<std::byte>;
using SharedBytes = std::shared_ptr<const Bytes>;
using SteadyTime = std::chrono::steady_clock::time_point;

// After a goodbye, how long the peer has to read it before the socket is closed regardless.
inline constexpr std::chrono::milliseconds kGoodbyeLinger{2000};
// Frames handed to one write call: fewer system calls when events come in bursts.
inline constexpr std::size_t kMaxGatherFrames = 64;

class PeerSession : public std::enable_shared_from_this<PeerSession> {
public:
    struct Where {
        std::string peer;     // "192.0.2.1:50312", for logs
        std::string address;  // "192.0.2.1", for caps and rate limits
        bool loopback = false;
    };

    PeerSession(std::unique_ptr<Transport> transport, Strand strand, Where where, std::size_t write_limit,
                std::shared_ptr<Hub> hub, std::shared_ptr<ConnectionLimits> limits);
    virtual ~PeerSession();
    PeerSession(const PeerSession&) = delete;
    PeerSession& operator=(const PeerSession&) = delete;

    // Any thread: joins the hub and starts the transport (TLS handshake) and reading.
    void start();
    // Any thread: queue a frame or line for this peer (live events, shutdown).
    void deliver(SharedBytes bytes);
    // The same from the network thread (the hub's fan-out): written at once when the session
    // is idle, instead of after a round through the io_context's queue.
    void deliver_now(SharedBytes bytes);
    // Any thread: the server is stopping; say so and close within kGoodbyeLinger.
    void stop_with(std::string reason);
    // Any thread: close now, without a goodbye (the shutdown deadline passed).
    void force_close();
    // Any thread: the sweep found the deadline passed.
    void expire();

    SteadyTime deadline() const { return SteadyTime(SteadyTime::duration(deadline_.load())); }
    std::uint64_t id() const { return id_; }
    const Where& where() const { return where_; }
    // Bytes waiting to be written, including those delivered from other threads and not yet
    // queued (any thread; report streams wait on it).
    std::size_t queued_bytes() const { return queued_bytes_.load() + posted_bytes_.load(); }
    std::size_t write_limit() const { return write_limit_; }
    // Any thread: blocks until fewer than `below` bytes are queued, the session closed, or
    // `timeout` passed; false unless the queue went below.
    bool wait_queue_below(std::size_t below, std::chrono::milliseconds timeout);
    bool closed() const { return closed_.load(); }

protected:
    // Hooks for subclasses, on the strand.
    virtual void on_started() = 0;                    // transport ready: send greetings
    virtual std::span<std::byte> read_space() = 0;    // where to read next; empty: stop reading
    virtual void on_received(std::size_t n) = 0;      // n bytes arrived in read_space()
    virtual void on_deadline() = 0;                   // the deadline passed while not closing
    // The last message before the server closes: the server is stopping (`reason` says why),
    // or the peer fell too far behind.
    enum class Farewell { Shutdown, TooSlow };
    virtual SharedBytes goodbye_bytes(Farewell why, const std::string& reason) = 0;
    virtual void on_closed() {}
    virtual std::string describe() const { return where_.peer; }

    // On the strand.
    void send(SharedBytes bytes);
    // Sends `last` (if any), stops reading, and closes once it is written (or kGoodbyeLinger).
    void finish(SharedBytes last, const std::string& why);
    void close(const std::string& why);
    void set_deadline(SteadyTime at) { deadline_.store(at.time_since_epoch().count()); }
    bool reading_paused() const { return paused_; }  // the peer is behind on reading
    bool closing() const { return closing_; }
    Strand& strand() { return strand_; }
    Hub& hub() { return *hub_; }

private:
    void read();
    void on_read(const boost::system::error_code& ec, std::size_t n);
    void write_more();
    void on_written(const boost::system::error_code& ec, std::size_t frames, std::size_t bytes);
    void too_slow(std::size_t adding);
    void linger();

    std::unique_ptr<Transport> transport_;
    Strand strand_;
    const Where where_;
    const std::size_t write_limit_;
    std::shared_ptr<Hub> hub_;
    std::shared_ptr<ConnectionLimits> limits_;
    const std::uint64_t id_;

    std::deque<SharedBytes> queue_;
    std::atomic<std::size_t> queued_bytes_{0};
    std::atomic<std::size_t> posted_bytes_{0};  // deliver()ed, not yet on the strand
    std::size_t in_flight_ = 0;    // frames at the front of queue_ being written
    std::size_t front_offset_ = 0; // bytes of queue_.front() already written (by try_write)
    bool started_ = false;
    bool reading_ = false;
    bool paused_ = false;
    bool closing_ = false;
    bool lingering_ = false;
    std::atomic<bool> closed_{false};
    std::atomic<SteadyTime::rep> deadline_{SteadyTime::max().time_since_epoch().count()};
    std::mutex flow_mutex_;
    std::condition_variable flow_;
    std::byte discard_[512];
};

} // namespace kxcti::server::net
