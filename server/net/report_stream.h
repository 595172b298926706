#pragma once
// A report's way to its client (docs/protocol.md, "Reports"): ReportColumns, the rows in
// chunks (every ReportRows but the last with kFlagMore), ReportProgress, then ReportDone or
// RequestFailed. Runs on the report thread and waits whenever the client's write queue is
// half full, so a long report streams at the client's pace instead of filling memory; a
// client that reads nothing for kReportStallTimeout ends the report.
//
// It applies the session's scope to every row: a row of a group the session may not see is
// dropped and logged as the service's bug.
#include "server/net/peer_session.h"
#include "server/net/services.h"

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <string>

namespace kxcti::server::net {

inline constexpr std::chrono::seconds kReportStallTimeout{60};
// A chunk is sent once it holds this many bytes of cells, whatever its row count: far below
// the frame cap, so a chunk of long rows still fits one frame.
inline constexpr std::size_t kReportChunkBytes = 256 * 1024;

class ReportStream final : public ReportSink {
public:
    ReportStream(std::shared_ptr<PeerSession> session, std::uint32_t request_id, std::string name,
                 std::shared_ptr<const accounts::Scope> scope, std::uint16_t version);

    bool columns(std::vector<protocol::ReportColumn> columns) override;
    bool rows(std::vector<protocol::ReportRow> rows) override;
    bool progress(std::uint64_t done, std::uint64_t total) override;

    // After the service returned: the last chunk and ReportDone, or RequestFailed.
    void finish(const ReportOutcome& outcome);
    // Any thread: the client cancelled or went away.
    void cancel() { cancelled_ = true; }
    bool cancelled() const { return cancelled_.load(); }
    // Set before the stream's last message goes out: a client that has it may start another.
    bool finished() const { return finished_.load(); }
    std::uint32_t request_id() const { return request_id_; }

private:
    bool send(const protocol::Message& m, std::uint16_t flags = 0, bool even_if_cancelled = false);
    bool flush_chunk(bool last);

    std::shared_ptr<PeerSession> session_;
    const std::uint32_t request_id_;
    const std::string name_;
    std::shared_ptr<const accounts::Scope> scope_;
    const std::uint16_t version_;
    std::atomic<bool> cancelled_{false};
    std::atomic<bool> finished_{false};
    bool columns_sent_ = false;
    std::size_t column_count_ = 0;
    std::vector<protocol::ReportRow> building_;
    std::size_t building_bytes_ = 0;
    std::optional<protocol::ReportRows> held_;  // a full chunk, sent when the next one exists
    std::uint64_t rows_sent_ = 0;
    bool out_of_scope_logged_ = false;
};

} // namespace kxcti::server::net
