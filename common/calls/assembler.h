#pragma once
// Incremental call assembly: journal records in, call updates out.
//
// Pure and deterministic: no clock is read. The assembler's time is the latest printed record
// time, or the `now` given to flush(); so live ingestion (feed + periodic flush) and `reprocess`
// (feeding the whole journal in order) produce the same calls, provided flush() is never given a
// time later than the records still to come: call it only while the PBX link is up and after the
// PBX's buffered records (older units keep ~100 while nobody reads) were fed. flush() rounds
// `now` down to the minute, because a record printed later in the same minute carries that
// minute. The grouping rules, with the real lines that show them, are in assembler.cpp.
#include "common/calls/call.h"
#include "common/calls/options.h"
#include "common/calls/record_leg.h"
#include "common/smdr/record.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <queue>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace kxcti::calls {

enum class UpdateKind : std::uint8_t {
    Opened = 1,   // first time this call id is reported
    Changed = 2,  // a record joined it (legs, figures or outcome changed)
    Closed = 3,   // final: no record can join it any more
    // Final, like Closed, but the call is gone: its legs turned out to be part of another call
    // (merged_into), which a Changed update reports. A long queue prints the operators that rang
    // minutes apart before the group's record that proves they rang for one call (R2b).
    Merged = 4,
};

struct CallUpdate {
    UpdateKind kind = UpdateKind::Opened;
    Call call;                     // snapshot after the change (Merged: as it was last reported)
    std::int64_t merged_into = 0;  // Merged: the id of the call that took its legs
};

struct JournalRecord {
    std::int64_t journal_id = 0;
    smdr::Record record;
};

// Which updates feed / flush / finish return. A batch (reprocess, a report's loader) needs only
// the final calls; skipping the Opened / Changed snapshots saves copying every call per record.
enum class Updates : std::uint8_t { All, ClosedOnly };

class CallAssembler {
public:
    explicit CallAssembler(AssemblyOptions options = {}, Updates updates = Updates::All);

    // One parsed record (LineKind::Record) with its journal id, in journal order. Records that
    // are not calls (texts, unknown direction) return no update.
    std::vector<CallUpdate> feed(std::int64_t journal_id, const smdr::Record& record);

    // Close what can no longer grow by `now` (PBX local time).
    std::vector<CallUpdate> flush(LocalSeconds now);

    // End of input (batch): close everything still open.
    std::vector<CallUpdate> finish();

    // Snapshots of the calls still open, oldest first.
    std::vector<Call> open_calls() const;

    const AssemblyOptions& options() const noexcept { return options_; }

private:
    using Seq = std::uint64_t;  // creation order of open calls: joins prefer the newest call
    struct OpenCall {
        Call call;
        std::string key;                          // join key (direction, trunk, party)
        TimeWindow last_end{};                    // latest activity of any leg or event
        bool answered = false;                    // some leg answered (final or AN event)
        std::optional<TimeWindow> last_answered_end;
        std::string last_answered_ext;
        std::vector<std::string> answered_exts;   // every extension that answered in it
        bool caller_gone = false;                 // nothing can join: the caller hung up
        bool emitted = false;
        LocalSeconds close_at = 0;                // its live entry in closing_ (once scheduled)
        bool scheduled = false;
        bool closing = false;                     // picked by advance(): closed this round
    };
    // Why a leg did not join an open call it shares a key with.
    enum class Refusal : std::uint8_t { None, Certain, Doubtful };

    void advance(LocalSeconds now, std::vector<CallUpdate>& out);
    void close(OpenCall& oc, std::vector<CallUpdate>& out);
    void emit(OpenCall& oc, std::vector<CallUpdate>& out);
    void on_leg(RecordLeg rl, std::vector<CallUpdate>& out);
    void on_event(RecordLeg rl, std::vector<CallUpdate>& out);
    bool complete_provisional(RecordLeg& rl, const std::string& key, std::vector<CallUpdate>& out);
    void on_forward(RecordLeg rl, std::vector<CallUpdate>& out);
    void standalone_intercom(RecordLeg rl, std::vector<CallUpdate>& out);
    Seq start_call(std::int64_t id, CallDirection direction, std::string key);
    void attach(Seq seq, Leg leg, const RecordLeg& rl);
    void touched(Seq seq, const TimeWindow& activity, bool caller_gone);
    void rekey(Seq seq, std::string key);
    Refusal refusal(const OpenCall& oc, const RecordLeg& rl) const;
    bool rang_in_stage(const OpenCall& oc, const RecordLeg& group_leg) const;  // R2b
    std::optional<Seq> gather_stage(std::optional<Seq> target, const std::string& key, const RecordLeg& rl,
                                    std::vector<CallUpdate>& out);
    void merge(Seq into, Seq from, std::vector<CallUpdate>& out);
    std::vector<Seq> candidates(const std::string& key) const;  // newest first

    AssemblyOptions options_;
    Updates updates_;
    // Hash maps and a heap rather than ordered trees: a busy site keeps thousands of calls open
    // (every call for an hour after its last record), and tree lookups there are cache misses.
    std::unordered_map<Seq, OpenCall> open_;
    Seq next_seq_ = 0;
    std::unordered_map<std::string, std::vector<Seq>> by_key_;  // ascending
    std::size_t forward_keyed_ = 0;  // open calls keyed by a forward alone (R6): usually none
    // Calls with a leg of that extension (for forwards, R6): a group number has a leg in every
    // open call of a busy site.
    std::unordered_map<std::string, std::unordered_set<Seq>> by_ext_;
    // (close_at, call), earliest first; an entry whose close_at is no longer the call's is stale
    // and skipped when it comes up (touched() pushes a new one instead of finding the old).
    std::priority_queue<std::pair<LocalSeconds, Seq>, std::vector<std::pair<LocalSeconds, Seq>>,
                        std::greater<>> closing_;
    std::vector<RecordLeg> intercoms_;    // EXT lines waiting to be told consult or standalone
    std::optional<LocalSeconds> clock_;   // latest printed record time (earliest second of it)
    TimeWindow last_printed_{};           // placement for records printed without date/time
};

// Batch: feed every record in order, then finish(). Calls sorted by id.
std::vector<Call> assemble(std::span<const JournalRecord> records, const AssemblyOptions& options = {});

} // namespace kxcti::calls
