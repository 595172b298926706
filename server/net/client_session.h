#pragma once
// One Supervisor / Caller ID / kxcti-cli connection (docs/protocol.md, "Session"):
//   Handshake      Hello -> Welcome | Refused          deadline: [clients] handshake_timeout_s
//   Login          Login -> LoginOk | LoginRefused     deadline: login_timeout_s
//   Authenticating (the password is checked on the login thread; only Ping is answered)
//   Ready          look-ups, reports, Ping; live events if "live" was negotiated
//                                                      deadline: idle_timeout_s since the last frame
// Anything else the client sends (a bad frame, an undecodable payload, a message out of
// place) ends the session with a Refused (before Welcome) or Goodbye saying what was wrong.
#include "protocol/frame_reader.h"
#include "server/accounts/scope.h"
#include "server/accounts/seats.h"
#include "server/net/net_core.h"
#include "server/net/peer_session.h"

#include <memory>
#include <optional>
#include <string>

namespace kxcti::server::net {

class ReportStream;

// Look-ups and reports one session may have running at once; more get RequestFailed Busy.
inline constexpr unsigned kMaxPendingRequests = 8;
// A number in a look-up: longer than any phone number with prefixes.
inline constexpr std::size_t kMaxNumberBytes = 64;
// History rows per answer, whatever the client asks.
inline constexpr std::uint32_t kMaxHistoryRows = 200;
// Report name and parameters: identifiers and dates, not documents.
inline constexpr std::size_t kMaxReportParams = 32;
inline constexpr std::size_t kMaxReportTextBytes = 256;

class ClientSession final : public PeerSession {
public:
    ClientSession(std::shared_ptr<NetCore> core, std::unique_ptr<Transport> transport, Strand strand, Where where);

private:
    enum class State { Handshake, Login, Authenticating, Ready };

    void on_started() override;
    std::span<std::byte> read_space() override { return reader_.prepare(); }
    void on_received(std::size_t n) override;
    void on_deadline() override;
    SharedBytes goodbye_bytes(Farewell why, const std::string& reason) override;
    void on_closed() override;
    std::string describe() const override;

    std::shared_ptr<ClientSession> self();
    SharedBytes encode(const protocol::Message& m, std::uint16_t flags = 0) const;
    void reply(const protocol::Message& m) { send(encode(m)); }
    void violation(const std::string& what);

    void on_message(protocol::Message m);
    void on_hello(const protocol::Hello& hello);
    void on_login(const protocol::Login& login);
    void on_login_decided(accounts::LoginOutcome outcome);
    void on_request(protocol::Message m);  // client_requests.cpp

    // client_requests.cpp
    bool admit_request(std::uint32_t request_id, std::uint16_t type);
    void request_done() { --pending_; }
    void fail(std::uint32_t request_id, protocol::ErrorCode code, std::string text);
    void phonebook(const protocol::PhonebookLookup& q);
    void history(const protocol::HistoryLookup& q);
    void catalog(const protocol::ReportCatalogRequest& q);
    void report(protocol::ReportRequest q);

    std::shared_ptr<NetCore> core_;
    protocol::FrameReader reader_{protocol::kAnyVersion};
    State state_ = State::Handshake;
    std::uint16_t version_ = protocol::kSupportedVersions.min;
    protocol::ClientKind kind_ = protocol::ClientKind::Cli;
    std::string client_version_;
    bool live_ = false;
    std::string user_;
    std::shared_ptr<const accounts::Scope> scope_;
    std::optional<accounts::Seats::Ticket> seat_;
    unsigned pending_ = 0;
    std::shared_ptr<ReportStream> report_;
};

} // namespace kxcti::server::net
