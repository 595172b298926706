#include "server/net/net_core.h"

#include <boost/asio/strand.hpp>

namespace kxcti::server::net {
namespace {

protocol::ServerOffer make_offer() {
    protocol::ServerOffer offer;
    offer.server_version = std::string("kxcti-server ") + KXCTI_VERSION;
    offer.features = {std::string(protocol::kFeatureLive)};
    return offer;
}

} // namespace

NetCore::NetCore(boost::asio::io_context& io, const NetConfig& config, NetServices s, const Clock& c)
    : clients(config.clients), ncid(config.ncid), offer(make_offer()), clock(c), services(s),
      hub(std::make_shared<Hub>(config.ncid.call_log_lines, boost::asio::make_strand(io))),
      client_limits(std::make_shared<ConnectionLimits>(config.clients.max_connections, config.clients.max_per_address)),
      ncid_limits(std::make_shared<ConnectionLimits>(config.ncid.max_connections, config.ncid.max_per_address)),
      limiter({config.clients.login_attempts_per_minute, config.clients.login_failures_per_user}, c),
      seats(config.clients.supervisor_seats, config.clients.callerid_seats),
      login(s.accounts, limiter, seats), feed(*hub, s.lookups, c) {}

void NetCore::stop_lanes() {
    auth_lane.stop();
    lookup_lane.stop();
    report_lane.stop();
    live_lane.stop();
}

} // namespace kxcti::server::net
