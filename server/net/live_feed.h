#pragma once
// The live path inside NetServer, on its own thread (the "live" lane): SMDR records and ready
// events in; call events enriched for pop-ups (phonebook name, earlier calls, advertising
// channel), queue and operator states derived, and everything handed to the Hub in order.
#include "common/reports/settings.h"
#include "common/smdr/record.h"
#include "common/util/clock.h"
#include "protocol/ncid.h"
#include "server/live/directory.h"
#include "server/live/live_tracker.h"
#include "server/net/hub.h"
#include "server/net/services.h"

namespace kxcti::server::net {

class LiveFeed {
public:
    LiveFeed(Hub& hub, LookupService& lookups, const Clock& clock) : hub_(hub), lookups_(lookups), clock_(clock) {}

    // All on the live thread only.
    void set_site(const reports::SiteModel& site) { directory_ = live::Directory(site); }
    void record(const smdr::Record& record, SystemTime received);
    void event(LiveEvent event);
    // A ring injected by an NCID gateway line (accept_gateway): stamped with the clock now.
    void gateway_ring(const protocol::ncid::Call& call);

private:
    void enrich(protocol::CallRinging& ring);

    Hub& hub_;
    LookupService& lookups_;
    const Clock& clock_;
    live::Directory directory_;
    live::LiveTracker tracker_;
};

} // namespace kxcti::server::net
