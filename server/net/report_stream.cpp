#include "server/net/report_stream.h"

#include "common/util/log.h"

namespace kxcti::server::net {

using namespace protocol;

ReportStream::ReportStream(std::shared_ptr<PeerSession> session, std::uint32_t request_id, std::string name,
                           std::shared_ptr<const accounts::Scope> scope, std::uint16_t version)
    : session_(std::move(session)), request_id_(request_id), name_(std::move(name)), scope_(std::move(scope)),
      version_(version) {}

bool ReportStream::send(const Message& m, std::uint16_t flags, bool even_if_cancelled) {
    if ((cancelled_ && !even_if_cancelled) || session_->closed()) return false;
    auto e = encode_message(m, version_, flags);
    if (!e) {
        log::error("net", "report ", name_, ": cannot encode ", message_name(static_cast<std::uint16_t>(message_type(m))),
                   ": ", e.text);
        cancelled_ = true;
        return false;
    }
    session_->deliver(std::make_shared<const Bytes>(std::move(*e.value)));
    if (!session_->wait_queue_below(session_->write_limit() / 2, kReportStallTimeout)) {
        if (!session_->closed())
            log::warn("net", "report ", name_, " stopped: ", session_->where().peer, " read nothing for ",
                      kReportStallTimeout.count(), " s");
        cancelled_ = true;
        return false;
    }
    return true;
}

bool ReportStream::columns(std::vector<ReportColumn> columns) {
    if (columns_sent_) return !cancelled_;
    columns_sent_ = true;
    column_count_ = columns.size();
    return send(ReportColumns{request_id_, std::move(columns)});
}

bool ReportStream::rows(std::vector<ReportRow> rows) {
    if (cancelled_) return false;
    if (!columns_sent_ && !columns({})) return false;
    for (auto& row : rows) {
        if (!scope_->sees_group(row.group)) {
            if (!out_of_scope_logged_)
                log::error("net", "report ", name_, " produced a row of group '", row.group,
                           "' outside the session's groups; such rows are dropped (a bug in the report)");
            out_of_scope_logged_ = true;
            continue;
        }
        for (const auto& c : row.cells) building_bytes_ += c.size() + 4;
        building_bytes_ += row.group.size() + 8;
        building_.push_back(std::move(row));
        if (building_.size() >= kReportChunkRows || building_bytes_ >= kReportChunkBytes)
            if (!flush_chunk(false)) return false;
    }
    return !cancelled_;
}

bool ReportStream::flush_chunk(bool last) {
    if (last && building_.empty() && !held_) held_ = ReportRows{request_id_, {}};  // a report of no rows
    // The held chunk goes out with kFlagMore when another follows, without it when it is last.
    if (held_ && !(building_.empty() && last)) {
        if (!send(*held_, kFlagMore)) return false;
        held_.reset();
    }
    if (!building_.empty()) {
        rows_sent_ += building_.size();
        held_ = ReportRows{request_id_, std::move(building_)};
        building_.clear();
        building_bytes_ = 0;
    }
    if (!last) return true;
    const bool ok = send(*held_, 0);
    held_.reset();
    return ok;
}

bool ReportStream::progress(std::uint64_t done, std::uint64_t total) {
    return send(ReportProgress{request_id_, done, total});
}

void ReportStream::finish(const ReportOutcome& outcome) {
    finished_ = true;
    if (cancelled_ || session_->closed()) {
        send(RequestFailed{request_id_, ErrorCode::BadRequest, "report cancelled"}, 0, true);
        return;
    }
    if (!outcome.ok) {
        send(RequestFailed{request_id_, outcome.code, outcome.text});
        return;
    }
    if ((!columns_sent_ && !columns({})) || !flush_chunk(true) || !send(ReportDone{request_id_, rows_sent_, outcome.text}))
        if (cancelled_ && !session_->closed())
            send(RequestFailed{request_id_, ErrorCode::BadRequest, "report cancelled"}, 0, true);
}

} // namespace kxcti::server::net
