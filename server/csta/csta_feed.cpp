#include "server/csta/csta_feed.h"

#include "common/util/log.h"

namespace kxcti::server {

namespace {
constexpr std::string_view kLog = "csta";
// How often the reconciler settles what is due: flags come out within this of their grace.
constexpr auto kSettleEvery = std::chrono::seconds(10);
} // namespace

CstaFeed::CstaFeed(boost::asio::io_context& io, CstaConfig config, Publish publish, const Clock& clock,
                   ReconcilerOptions reconcile)
    : publish_(std::move(publish)), clock_(clock), reconciler_(reconcile), settle_timer_(io) {
    CstaHandlers h;
    h.on_event = [this](const csta::Event& e) {
        std::lock_guard lock(mutex_);
        this->publish(translator_.on_event(e, to_unix_us(clock_.now())));
    };
    h.on_snapshot = [this](const csta::DeviceSnapshot& s) {
        std::lock_guard lock(mutex_);
        translator_.on_snapshot(s, to_unix_us(clock_.now()));
    };
    h.on_up = [this](const std::vector<csta::MonitoredDevice>& devices) {
        std::lock_guard lock(mutex_);
        const auto now = to_unix_us(clock_.now());
        reconciler_.link(true, now);
        up_ = true;
        this->publish(translator_.on_up(devices, now));
        log::info(kLog, "live events come from the CTI link now (", devices.size(), " devices; ",
                  translator_.open_calls(), " calls in progress)");
    };
    h.on_down = [this](const std::string&) {
        std::lock_guard lock(mutex_);
        const auto now = to_unix_us(clock_.now());
        if (up_) log::warn(kLog, "live events come from SMDR until the CTI link is back");
        up_ = false;
        translator_.on_down(now);
        reconciler_.link(false, now);
    };
    link_ = std::make_unique<CstaLink>(io, std::move(config), std::move(h), clock);
}

CstaFeed::~CstaFeed() { stop(); }

void CstaFeed::start() {
    link_->start();
    settle();
}

void CstaFeed::stop() {
    if (stopped_) return;
    stopped_ = true;
    link_->stop();
    settle_timer_.cancel();
    up_ = false;
    const auto s = stats();
    const auto& r = s.reconcile;
    log::info(kLog, "stopped: link up ", s.link.ups, " times, ", s.link.events, " events read, ", s.live_events,
              " live events published, ", s.smdr_suppressed, " SMDR records spoken for; reconcile: ", r.live_calls,
              " live calls (", r.live_only, " not in SMDR), ", r.smdr_records, " SMDR records (", r.smdr_only_records,
              " not seen live, ", r.smdr_while_down, " while the link was down)");
}

void CstaFeed::publish(TranslatorOutput out) {
    for (const auto& c : out.calls) reconciler_.call(c);
    live_events_ += out.events.size();
    for (auto& e : out.events) publish_(std::move(e));
}

void CstaFeed::record(const smdr::Record& record, SystemTime received) {
    const auto seen = smdr_seen(record, to_unix_us(received));
    if (!seen) return;
    std::lock_guard lock(mutex_);
    if (up_) ++suppressed_;
    reconciler_.record(*seen);
}

void CstaFeed::set_site(const reports::SiteModel& site) {
    std::lock_guard lock(mutex_);
    translator_.set_directory(live::Directory(site));
}

void CstaFeed::settle() {
    {
        std::lock_guard lock(mutex_);
        const auto flags = reconciler_.advance(to_unix_us(clock_.now()));
        for (const auto& f : flags) log::warn(kLog, "reconcile: ", f);
        if (!flags.empty()) {
            const auto& s = reconciler_.stats();
            log::info(kLog, "reconcile: ", s.live_calls, " live calls (", s.matched_calls, " in SMDR, ", s.live_only,
                      " not), ", s.smdr_records, " SMDR records (", s.matched_records, " seen live, ", s.smdr_only_records,
                      " not, in ", s.smdr_only_calls, " calls; ", s.smdr_while_down, " while the link was down)");
        }
    }
    if (stopped_) return;
    settle_timer_.expires_after(kSettleEvery);
    settle_timer_.async_wait([this](const boost::system::error_code& ec) {
        if (!ec) settle();
    });
}

CstaFeedStats CstaFeed::stats() const {
    CstaFeedStats s;
    s.link = link_->status();
    std::lock_guard lock(mutex_);
    s.translator = translator_.stats();
    s.reconcile = reconciler_.stats();
    s.live_events = live_events_;
    s.smdr_suppressed = suppressed_;
    return s;
}

} // namespace kxcti::server
