#pragma once
// What the sessions ask of the rest of the server. Sessions never write SQL: look-ups and
// reports are behind these interfaces, run on worker threads (lane.h), and always receive the
// session's Scope, which they must apply. The session applies it once more to every row it
// sends, so a service bug cannot leak another group's data (it is logged and dropped).
#include "protocol/messages.h"
#include "server/accounts/account_store.h"
#include "server/accounts/scope.h"

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

namespace kxcti::server::net {

// Phonebook and caller history. Called from two threads (look-ups, and live-event enrichment):
// implementations must be thread-safe.
class LookupService {
public:
    virtual ~LookupService() = default;
    // Entries whose number is `number` (a phonebook may hold a number once or more).
    virtual std::vector<protocol::PhonebookEntry> phonebook(const std::string& number) = 0;
    // Calls from `number` the scope may see, newest first, at most `limit`; `total` is set to
    // how many the scope may see in all.
    virtual std::vector<protocol::HistoryCall> history(const std::string& number, std::uint32_t limit,
                                                       const accounts::Scope& scope, std::uint32_t& total) = 0;
    // For a ringing pop-up: calls from `number` on record that arrived before `before_us` (the
    // ring's own arrival: the writer may already have stored the same call's later records),
    // in all groups (the count says "a known caller", not where they called), and the latest
    // one's time (0: none).
    virtual void earlier_calls(const std::string& number, std::int64_t before_us, std::uint32_t& count,
                               std::int64_t& last_us) = 0;
};

// Where a report's output goes. Each call returns false when the client has gone or cancelled:
// the report should stop then. columns() first, then rows() any number of times (a chunk at a
// time, kReportChunkRows at most), progress() whenever it likes.
class ReportSink {
public:
    virtual ~ReportSink() = default;
    virtual bool columns(std::vector<protocol::ReportColumn> columns) = 0;
    virtual bool rows(std::vector<protocol::ReportRow> rows) = 0;
    virtual bool progress(std::uint64_t done, std::uint64_t total) = 0;
};

// Rows per ReportRows chunk: a few hundred rows of some dozen cells stay far below the frame
// cap, and the client shows progress while the rest is computed.
inline constexpr std::size_t kReportChunkRows = 500;

struct ReportOutcome {
    bool ok = true;
    protocol::ErrorCode code = protocol::ErrorCode::BadRequest;  // when !ok
    std::string text;  // !ok: why, for the user; ok: notes (thresholds used, gaps in the data)
};

// The reports a client can ask for. Called from the report thread only.
class ReportService {
public:
    virtual ~ReportService() = default;
    virtual std::vector<protocol::ReportInfo> catalog() = 0;
    // Runs report `name` for `scope`: only groups the scope may see may appear in rows, and
    // aggregates must be computed over those groups only.
    virtual ReportOutcome run(const std::string& name, const std::vector<protocol::ReportParam>& params,
                              const accounts::Scope& scope, ReportSink& sink) = 0;
};

// What NetServer needs; each must outlive it.
struct NetServices {
    accounts::AccountStore& accounts;  // used from the login thread only (its own connection)
    LookupService& lookups;
    ReportService& reports;
};

} // namespace kxcti::server::net
