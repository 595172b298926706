#pragma once
// CSTA against SMDR: every incoming call seen live should leave SMDR records, and every
// incoming SMDR record should belong to a call seen live. SMDR is the ground truth for reports
// (reference/csta-panasonic.md); this only counts and flags where the two disagree, so that a
// site visit (or a PBX that reports calls in a way we read wrongly) shows up in numbers.
//
// A record matches a live call when the caller is the same (or, both withheld, the trunk), the
// record's extension is a group or extension the call reached, and the record arrived between
// the call's start and its end, give or take `slack` (a PBX prints a leg when it ends, the
// group's leg at the answer: records arrive during the call and just after it). A live call
// with no record `grace` after its end is flagged "live only"; a record that matched no call
// `grace` after it arrived, "SMDR only" (records of one caller and trunk that close together
// count as one call). Records that arrived while the link was down cannot match and are
// counted apart, as are calls that began or ended unseen during an outage. Pure: times are the
// caller's (server time, microseconds), advance() moves the clock.
#include "common/smdr/record.h"
#include "server/csta/csta_translator.h"

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kxcti::server {

struct ReconcilerOptions {
    // A PBX prints the last leg when the call ends and an SMDR link may buffer a little: two
    // minutes covers both at every site we know, and keeps flags within a wallboard's glance.
    std::int64_t grace_us = 120'000'000;
    // SMDR times of arrival and CSTA events come over separate links: a minute either way.
    std::int64_t slack_us = 60'000'000;
};

// One incoming SMDR record, as the reconciler needs it.
struct SmdrSeen {
    std::int64_t at_us = 0;   // when it arrived (server time)
    std::string ext;
    std::string trunk;        // CO as printed
    std::string caller;       // empty: withheld
};

// An incoming record with an extension, as the reconciler takes it; nullopt for any other line.
std::optional<SmdrSeen> smdr_seen(const smdr::Record& record, std::int64_t at_us);

struct ReconcileStats {
    std::uint64_t live_calls = 0;         // incoming calls seen live that are settled (matched or flagged)
    std::uint64_t matched_calls = 0;      // ... with at least one SMDR record
    std::uint64_t live_only = 0;          // ... with none: flagged
    std::uint64_t live_unseen = 0;        // ... with none, but begun or ended during an outage
    std::uint64_t smdr_records = 0;       // incoming records settled
    std::uint64_t matched_records = 0;
    std::uint64_t smdr_only_records = 0;  // flagged
    std::uint64_t smdr_only_calls = 0;    // the same, one per caller and trunk close together
    std::uint64_t smdr_while_down = 0;    // records that arrived while the link was down
    friend bool operator==(const ReconcileStats&, const ReconcileStats&) = default;
};

class Reconciler {
public:
    explicit Reconciler(ReconcilerOptions options = {});

    // The CSTA link went up or down (it starts down).
    void link(bool up, std::int64_t at_us);
    // A call seen live: a new one, or an update of one (same call_key and start).
    void call(const LiveCall& c);
    // An incoming SMDR record.
    void record(const SmdrSeen& r);
    // Settles what is due at `now_us`; returns one line per flag, for the log.
    std::vector<std::string> advance(std::int64_t now_us);

    const ReconcileStats& stats() const { return stats_; }
    std::size_t pending_calls() const { return calls_.size(); }
    std::size_t pending_records() const { return records_.size(); }

private:
    struct Pending {
        LiveCall call;
        unsigned matched = 0;
    };
    bool matches(const LiveCall& c, const SmdrSeen& r) const;
    bool try_match(const SmdrSeen& r);
    bool was_down(std::int64_t at_us) const;

    ReconcilerOptions o_;
    std::vector<Pending> calls_;
    std::deque<SmdrSeen> records_;            // unmatched, oldest first
    std::vector<std::pair<std::int64_t, std::int64_t>> down_;  // [from, to); to = max while down
    std::vector<std::pair<std::string, std::int64_t>> last_flagged_;  // caller|trunk -> when
    ReconcileStats stats_;
};

} // namespace kxcti::server
