#pragma once
// What the sessions of one NetServer share, owned jointly by the NetServer and every session
// (shared_ptr), so that a session finishing after the NetServer is gone touches nothing freed.
// The worker lanes are stopped and joined by ~NetServer; a session then finds them refusing
// work. External services (accounts, look-ups, reports) must outlive the NetServer only.
#include "common/util/clock.h"
#include "protocol/handshake.h"
#include "server/accounts/login_limiter.h"
#include "server/accounts/login_service.h"
#include "server/accounts/seats.h"
#include "server/config/config.h"
#include "server/net/connection_limits.h"
#include "server/net/hub.h"
#include "server/net/lane.h"
#include "server/net/live_feed.h"
#include "server/net/services.h"

#include <memory>

namespace kxcti::server::net {

// Work waiting per lane before new requests are refused as busy: logins and look-ups are
// milliseconds each, so this is seconds of backlog; live events are never refused below it.
inline constexpr std::size_t kMaxQueuedLogins = 256;
inline constexpr std::size_t kMaxQueuedLookups = 1024;
inline constexpr std::size_t kMaxQueuedReports = 64;
inline constexpr std::size_t kMaxQueuedEvents = 65536;

struct NetCore {
    NetCore(boost::asio::io_context& io, const NetConfig& config, NetServices services, const Clock& clock);

    const ClientSettings clients;
    const NcidSettings ncid;
    const protocol::ServerOffer offer;
    const Clock& clock;
    NetServices services;

    std::shared_ptr<Hub> hub;
    std::shared_ptr<ConnectionLimits> client_limits;
    std::shared_ptr<ConnectionLimits> ncid_limits;
    accounts::LoginLimiter limiter;
    accounts::Seats seats;
    accounts::LoginService login;
    LiveFeed feed;

    // Declared last: their threads start once everything they use exists.
    Lane auth_lane{"login", kMaxQueuedLogins};
    Lane lookup_lane{"look-up", kMaxQueuedLookups};
    Lane report_lane{"report", kMaxQueuedReports};
    Lane live_lane{"live", kMaxQueuedEvents};

    void stop_lanes();
};

} // namespace kxcti::server::net
