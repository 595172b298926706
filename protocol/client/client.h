#pragma once
// A blocking client of the kxcti protocol (docs/protocol.md), for kxcti-cli and for the Qt
// clients, which run it on a worker thread (no Qt here). Every call has a deadline; nothing
// blocks forever. Not thread-safe: one thread uses one Client.
//
//   Client c({.host = "pbx-server", .kind = ClientKind::CallerId, .live = true});
//   c.connect();                        // TCP (+ TLS), Hello -> Welcome
//   c.login("anna", password, "101");   // LoginOk, or ClientError with the server's reason
//   while (auto m = c.next(1s)) ...     // live events; pings are sent for you
//
// Live events that arrive while a request waits for its answer are kept (kMaxBufferedEvents
// at most) and returned by next() afterwards, in order.
#include "protocol/frame_reader.h"
#include "protocol/handshake.h"
#include "protocol/messages.h"

#include <utility>  // Boost 1.74 Asio under C++20 needs it first
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/stream.hpp>

#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace kxcti::protocol::client {

using namespace std::chrono_literals;

// The server drops a client silent for [clients] idle_timeout_s (300 s by default): a ping
// every minute keeps a quiet session alive with room to spare.
inline constexpr std::chrono::seconds kPingEvery{60};
// Events kept while a request waits: a report of some minutes during a busy hour.
inline constexpr std::size_t kMaxBufferedEvents = 10'000;
inline constexpr std::uint16_t kDefaultPort = 7430;

struct ClientOptions {
    std::string host = "127.0.0.1";
    std::uint16_t port = kDefaultPort;
    ClientKind kind = ClientKind::Cli;
    std::string client_version = "kxcti-cli";
    bool live = false;                          // ask for live events
    std::chrono::milliseconds timeout = 10s;    // connect, handshake, each answer
    bool tls = false;
    std::string ca_file;                        // TLS: trust this CA (PEM); empty: the system's
    bool verify = true;                         // TLS: check the certificate and host name
};

// What went wrong, for the user: the server's own words when it refused or said goodbye.
struct ClientError : std::runtime_error {
    enum class Kind { Network, Refused, LoginRefused, Goodbye, RequestFailed, Protocol, Timeout };
    ClientError(Kind k, std::string text) : std::runtime_error(std::move(text)), kind(k) {}
    Kind kind;
    std::optional<LoginRefusal> login_refusal;  // when LoginRefused
};

// Report output as it streams.
struct ReportHandlers {
    std::function<void(const std::vector<ReportColumn>&)> columns;
    std::function<void(const std::vector<ReportRow>&)> rows;
    std::function<void(std::uint64_t done, std::uint64_t total)> progress;
};

class Client {
public:
    explicit Client(ClientOptions options);
    ~Client();
    Client(const Client&) = delete;
    Client& operator=(const Client&) = delete;

    Welcome connect();
    LoginOk login(const std::string& user, const std::string& password, const std::string& extension = {});

    // The next message that is not the answer to a request of this client (live events,
    // Goodbye, Error); nullopt when `timeout` passes first. Throws ClientError when the
    // connection ends (Goodbye's text, or the network error).
    std::optional<Message> next(std::chrono::milliseconds timeout);

    std::vector<ReportInfo> catalog();
    ReportDone report(const std::string& name, const std::vector<ReportParam>& params, const ReportHandlers& out);
    std::vector<PhonebookEntry> phonebook(const std::string& number);
    HistoryResult history(const std::string& number, std::uint32_t limit);

    void send(const Message& m);
    void close();
    bool connected() const;

private:
    struct Stream;
    // Reads until a message arrives or `deadline` passes (nullopt).
    std::optional<Message> read_message(std::chrono::steady_clock::time_point deadline);
    // Reads until the answer to `request_id` (a message of the types the predicate accepts).
    Message await(std::uint32_t request_id, const std::function<bool(const Message&)>& is_answer);
    [[noreturn]] void ended(const Message& m);
    void keep_alive();
    void run_until(const bool& done, std::chrono::steady_clock::time_point deadline);

    ClientOptions options_;
    boost::asio::io_context io_;
    std::unique_ptr<boost::asio::ssl::context> tls_;
    std::unique_ptr<Stream> stream_;
    FrameReader reader_{kAnyVersion};
    std::uint16_t version_ = kSupportedVersions.min;
    std::uint16_t last_flags_ = 0;
    std::uint32_t next_request_ = 1;
    std::deque<Message> buffered_;
    std::chrono::steady_clock::time_point last_sent_;
};

} // namespace kxcti::protocol::client
