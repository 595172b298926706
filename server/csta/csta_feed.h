#pragma once
// The CSTA side of `kxcti-server run`: the CTI link to the PBX, the translator from its events to
// live events, and the reconciler against SMDR, on the daemon's io_context.
//
//   CstaFeed csta(io, config.csta, publish, clock);   // publish: the clients' live events
//   csta.start();
//   per SMDR record the live side parsed:  if (!csta.speaking()) publish the record's live event;
//                                           csta.record(record, received);
//   every few seconds:                     csta.set_site(site) (groups and DID channels), if changed
//   on SIGTERM:                            csta.stop();
//
// The rule for live events: while the CTI link is up (every device monitored), rings, answers,
// ends, queues and operators come from CSTA, and SMDR's live events are not published (SMDR
// still goes to the database and to the reconciler); while it is down, SMDR's live events are
// published as without CSTA. The switch is per link state, not per call: a call in progress
// when the link comes up gets its CSTA events from then on (the snapshots announce it), a call
// in progress when it goes down gets its SMDR records' events. One source at a time, so a client
// never sees the same ring twice.
//
// Threads: the link's handlers and record() run on the daemon's io_context (the links' thread);
// speaking(), stats() and set_site() may be called from any thread.
#include "common/smdr/record.h"
#include "common/util/clock.h"
#include "server/csta/csta_config.h"
#include "server/csta/csta_link.h"
#include "server/csta/csta_translator.h"
#include "server/csta/reconciler.h"
#include "server/live/directory.h"
#include "server/live/live_event.h"

#include <utility>  // Boost 1.74 Asio under C++20 needs it first
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace kxcti::server {

struct CstaFeedStats {
    CstaLinkStatus link;
    TranslatorStats translator;
    ReconcileStats reconcile;
    std::uint64_t live_events = 0;        // published from CSTA
    std::uint64_t smdr_suppressed = 0;    // SMDR records whose live event CSTA stood in for
};

class CstaFeed {
public:
    using Publish = std::function<void(live::LiveEvent)>;
    CstaFeed(boost::asio::io_context& io, CstaConfig config, Publish publish, const Clock& clock,
             ReconcilerOptions reconcile = {});
    ~CstaFeed();
    CstaFeed(const CstaFeed&) = delete;
    CstaFeed& operator=(const CstaFeed&) = delete;

    void start();
    void stop();

    // True while the CTI link is up: live events come from CSTA (see the rule above).
    bool speaking() const { return up_; }
    // An SMDR record the live side parsed (any kind; incoming ones are reconciled).
    void record(const smdr::Record& record, SystemTime received);
    // Groups and DID channels for later events.
    void set_site(const reports::SiteModel& site);

    CstaFeedStats stats() const;

private:
    void publish(TranslatorOutput out);
    void settle();

    Publish publish_;
    const Clock& clock_;
    mutable std::mutex mutex_;  // translator_, reconciler_, counters
    CstaTranslator translator_;
    Reconciler reconciler_;
    std::atomic<bool> up_{false};
    std::uint64_t live_events_ = 0;
    std::uint64_t suppressed_ = 0;
    boost::asio::steady_timer settle_timer_;
    bool stopped_ = false;
    std::unique_ptr<CstaLink> link_;
};

} // namespace kxcti::server
