#include "server/csta/reconciler.h"

#include <algorithm>
#include <limits>

namespace kxcti::server {

namespace {
constexpr std::int64_t kForever = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kNever = std::numeric_limits<std::int64_t>::min();

std::string who(const std::string& caller, const std::string& trunk) {
    return (caller.empty() ? std::string("withheld caller") : "caller " + caller) + (trunk.empty() ? "" : " on CO " + trunk);
}
} // namespace

std::optional<SmdrSeen> smdr_seen(const smdr::Record& r, std::int64_t at_us) {
    if (r.direction != smdr::Direction::In || !r.ext) return std::nullopt;
    return SmdrSeen{at_us, *r.ext, r.co.value_or(std::string()), r.caller.value_or(std::string())};
}

Reconciler::Reconciler(ReconcilerOptions options) : o_(options) { down_.emplace_back(kNever, kForever); }

void Reconciler::link(bool up, std::int64_t at_us) {
    const bool is_down = !down_.empty() && down_.back().second == kForever;
    if (up && is_down) down_.back().second = at_us;
    if (!up && !is_down) down_.emplace_back(at_us, kForever);
}

bool Reconciler::was_down(std::int64_t at_us) const {
    for (const auto& [from, to] : down_)
        if (at_us >= (from == kNever ? kNever : from - o_.slack_us) && (to == kForever || at_us < to + o_.slack_us)) return true;
    return false;
}

bool Reconciler::matches(const LiveCall& c, const SmdrSeen& r) const {
    if (!r.caller.empty() ? r.caller != c.caller : (!c.caller.empty() || r.trunk.empty() || r.trunk != c.trunk))
        return false;
    if (!c.devices.count(r.ext)) return false;
    if (r.at_us < c.start_us - o_.slack_us) return false;
    return c.end_us == 0 || r.at_us <= c.end_us + o_.slack_us;
}

bool Reconciler::try_match(const SmdrSeen& r) {
    for (auto& p : calls_)
        if (matches(p.call, r)) {
            ++p.matched;
            ++stats_.smdr_records;
            ++stats_.matched_records;
            return true;
        }
    return false;
}

void Reconciler::call(const LiveCall& c) {
    auto it = std::find_if(calls_.begin(), calls_.end(),
                           [&](const Pending& p) { return p.call.call_key == c.call_key && p.call.start_us == c.start_us; });
    if (it == calls_.end()) {
        calls_.push_back(Pending{c, 0});
    } else {
        it->call = c;
    }
    // Records that waited for this call (it reached their extension only now).
    std::erase_if(records_, [&](const SmdrSeen& r) { return try_match(r); });
}

void Reconciler::record(const SmdrSeen& r) {
    if (!try_match(r)) records_.push_back(r);
}

std::vector<std::string> Reconciler::advance(std::int64_t now_us) {
    std::vector<std::string> flags;
    while (!records_.empty() && records_.front().at_us + o_.grace_us <= now_us) {
        const SmdrSeen r = records_.front();
        records_.pop_front();
        ++stats_.smdr_records;
        if (was_down(r.at_us)) {
            ++stats_.smdr_while_down;
            continue;
        }
        ++stats_.smdr_only_records;
        const std::string key = r.caller + "|" + r.trunk;
        auto last = std::find_if(last_flagged_.begin(), last_flagged_.end(), [&](const auto& kv) { return kv.first == key; });
        const bool same_call = last != last_flagged_.end() && r.at_us - last->second <= o_.grace_us;
        if (!same_call) ++stats_.smdr_only_calls;
        if (last == last_flagged_.end()) last_flagged_.emplace_back(key, r.at_us);
        else last->second = r.at_us;
        flags.push_back("SMDR record of " + who(r.caller, r.trunk) + " at extension " + r.ext +
                        " matches no call seen on the CTI link");
    }
    std::erase_if(last_flagged_, [&](const auto& kv) { return now_us - kv.second > o_.grace_us; });
    std::erase_if(calls_, [&](const Pending& p) {
        if (p.call.end_us == 0 || p.call.end_us + o_.grace_us > now_us) return false;
        ++stats_.live_calls;
        if (p.matched > 0) {
            ++stats_.matched_calls;
        } else if (p.call.from_snapshot || p.call.ended_unseen) {
            ++stats_.live_unseen;
        } else {
            ++stats_.live_only;
            std::string where;
            for (const auto& d : p.call.devices) where += (where.empty() ? "" : ",") + d;
            flags.push_back("call " + p.call.call_key + " of " + who(p.call.caller, p.call.trunk) + " seen on the CTI link (at " +
                            (where.empty() ? std::string("no extension") : where) + ") has no SMDR record");
        }
        return true;
    });
    // Outages older than any record still waiting are of no more use.
    std::erase_if(down_, [&](const auto& d) { return d.second != kForever && d.second + o_.slack_us + o_.grace_us < now_us; });
    return flags;
}

} // namespace kxcti::server
