#include "server/live/smdr_live.h"

namespace kxcti::server::live {
namespace {

std::string text(const std::optional<std::string>& s) { return s.value_or(std::string()); }

template <class E>
void fill(E& e, const smdr::Record& r, std::int64_t at_us, const Directory& directory) {
    e.call_key = text(r.co) + "|" + text(r.caller);
    e.at_us = at_us;
    e.ext = text(r.ext);
    e.group = directory.group_of(e.ext);
    e.trunk = text(r.co);
    e.caller = text(r.caller);
}

} // namespace

std::optional<LiveEvent> event_from_record(const smdr::Record& r, std::int64_t at_us, const Directory& directory) {
    // Only incoming calls ring anyone; RC/AN/NA are printed for them only.
    if (r.direction != smdr::Direction::In || !r.ext) return std::nullopt;
    const std::string cd = text(r.cd);
    if (cd == "RC" || cd == "VR") {
        protocol::CallRinging e;
        fill(e, r, at_us, directory);
        e.did = text(r.did);
        if (r.did && r.date) e.channel = directory.channel_of(*r.did, {r.date->year, r.date->month, r.date->day});
        return e;
    }
    if (cd == "AN" || cd == "VA") {
        protocol::CallAnswered e;
        fill(e, r, at_us, directory);
        e.ring_s = r.ring_s.value_or(-1);
        return e;
    }
    protocol::CallEnded e;
    fill(e, r, at_us, directory);
    e.ring_s = r.ring_s.value_or(-1);
    if (cd == "NA") {
        e.outcome = protocol::CallOutcome::Abandoned;
        e.duration_s = 0;
    } else {
        e.duration_s = r.duration_s.value_or(-1);
        e.outcome = e.duration_s > 0 ? protocol::CallOutcome::Answered : protocol::CallOutcome::Unknown;
    }
    return e;
}

} // namespace kxcti::server::live
