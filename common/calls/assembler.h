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
#include <optional>
#include <span>
#include <vector>

namespace kxcti::calls {

enum class UpdateKind : std::uint8_t {
    Opened = 1,   // first time this call id is reported
    Changed = 2,  // a record joined it (legs, figures or outcome changed)
    Closed = 3,   // final: no record can join it any more
};

struct CallUpdate {
    UpdateKind kind = UpdateKind::Opened;
    Call call;  // snapshot after the change
};

struct JournalRecord {
    std::int64_t journal_id = 0;
    smdr::Record record;
};

class CallAssembler {
public:
    explicit CallAssembler(AssemblyOptions options = {});

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
    struct OpenCall {
        Call call;
        CallDirection key_direction = CallDirection::In;
        std::string key_co, key_party;
        TimeWindow last_end{};                    // latest activity of any leg or event
        bool answered = false;                    // some leg answered (final or AN event)
        std::optional<TimeWindow> last_answered_end;
        std::string last_answered_ext;
        bool caller_gone = false;                 // nothing can join: the caller hung up
        bool emitted = false;
    };
    void advance(LocalSeconds now, std::vector<CallUpdate>& out);
    void close(OpenCall& oc, std::vector<CallUpdate>& out);
    void emit(OpenCall& oc, std::vector<CallUpdate>& out);
    void on_leg(RecordLeg rl, std::vector<CallUpdate>& out);
    void on_event(RecordLeg rl, std::vector<CallUpdate>& out);
    void standalone_intercom(RecordLeg rl, std::vector<CallUpdate>& out);
    OpenCall& start_call(const RecordLeg& rl);
    void attach(OpenCall& oc, Leg leg, const RecordLeg& rl);
    bool fits(const OpenCall& oc, const RecordLeg& rl, bool& structure_refused) const;

    AssemblyOptions options_;
    std::vector<OpenCall> open_;          // creation order
    std::vector<RecordLeg> intercoms_;    // EXT lines waiting to be told consult or standalone
    std::optional<LocalSeconds> clock_;   // latest printed record time (earliest second of it)
    TimeWindow last_printed_{};           // placement for records printed without date/time
};

// Batch: feed every record in order, then finish(). Calls sorted by id.
std::vector<Call> assemble(std::span<const JournalRecord> records, const AssemblyOptions& options = {});

} // namespace kxcti::calls
