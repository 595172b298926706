// ClientSession in the Ready state: look-ups and reports. Each request is checked here, run on
// a worker lane (never on the network thread), and answered on the session's strand; every
// row is filtered by the session's scope once more before it is sent.
#include "common/util/log.h"
#include "server/net/client_session.h"
#include "server/net/report_stream.h"

#include <boost/asio/post.hpp>

#include <exception>

namespace kxcti::server::net {
namespace {

namespace asio = boost::asio;
using namespace protocol;

std::string name_of(const Message& m) { return std::string(message_name(static_cast<std::uint16_t>(message_type(m)))); }

} // namespace

void ClientSession::on_request(Message m) {
    if (std::holds_alternative<Ping>(m) || std::holds_alternative<Pong>(m)) return;
    if (std::holds_alternative<Goodbye>(m)) return close("the client said goodbye");
    if (auto* q = std::get_if<PhonebookLookup>(&m)) return phonebook(*q);
    if (auto* q = std::get_if<HistoryLookup>(&m)) return history(*q);
    if (auto* q = std::get_if<ReportCatalogRequest>(&m)) return catalog(*q);
    if (auto* q = std::get_if<ReportRequest>(&m)) return report(std::move(*q));
    if (auto* q = std::get_if<ReportCancel>(&m)) {
        if (report_ && report_->request_id() == q->request_id) report_->cancel();
        return;
    }
    violation(name_of(m) + " is not a request a client may send");
}

void ClientSession::fail(std::uint32_t request_id, ErrorCode code, std::string text) {
    reply(RequestFailed{request_id, code, std::move(text)});
}

bool ClientSession::admit_request(std::uint32_t request_id, std::uint16_t type) {
    if (pending_ < kMaxPendingRequests) {
        ++pending_;
        return true;
    }
    fail(request_id, ErrorCode::Busy,
         std::string(message_name(type)) + ": " + std::to_string(kMaxPendingRequests) +
             " requests of this session are still running; wait for their answers");
    return false;
}

void ClientSession::phonebook(const PhonebookLookup& q) {
    if (q.number.empty() || q.number.size() > kMaxNumberBytes)
        return fail(q.request_id, ErrorCode::BadRequest,
                    "phonebook look-up: give a number of 1 to " + std::to_string(kMaxNumberBytes) + " characters");
    if (!admit_request(q.request_id, static_cast<std::uint16_t>(q.kType))) return;
    const bool queued = core_->lookup_lane.post([self = self(), q] {
        std::shared_ptr<Message> answer;
        try {
            answer = std::make_shared<Message>(PhonebookResult{q.request_id, self->core_->services.lookups.phonebook(q.number)});
        } catch (const std::exception& e) {
            log::error("net", "phonebook look-up failed: ", e.what());
            answer = std::make_shared<Message>(
                RequestFailed{q.request_id, ErrorCode::Internal, "the phonebook could not be read; see the server log"});
        }
        asio::post(self->strand(), [self, answer] {
            self->request_done();
            if (!self->closing()) self->reply(*answer);
        });
    });
    if (!queued) {
        request_done();
        fail(q.request_id, ErrorCode::Busy, "the server has too many look-ups waiting; try again shortly");
    }
}

void ClientSession::history(const HistoryLookup& q) {
    if (q.number.empty() || q.number.size() > kMaxNumberBytes)
        return fail(q.request_id, ErrorCode::BadRequest,
                    "history look-up: give a number of 1 to " + std::to_string(kMaxNumberBytes) + " characters");
    if (!admit_request(q.request_id, static_cast<std::uint16_t>(q.kType))) return;
    const std::uint32_t limit = std::min(q.limit, kMaxHistoryRows);
    const bool queued = core_->lookup_lane.post([self = self(), q, limit, scope = scope_] {
        std::shared_ptr<Message> answer;
        try {
            HistoryResult result{q.request_id, 0, {}};
            auto calls = self->core_->services.lookups.history(q.number, limit, *scope, result.total);
            for (auto& c : calls) {
                if (scope->sees(c.ext, c.group)) {
                    result.calls.push_back(std::move(c));
                } else {
                    log::error("net", "history look-up returned a call of ", c.ext, "/", c.group,
                               " outside the session's scope; dropped (a bug in the look-up)");
                }
            }
            answer = std::make_shared<Message>(std::move(result));
        } catch (const std::exception& e) {
            log::error("net", "history look-up failed: ", e.what());
            answer = std::make_shared<Message>(
                RequestFailed{q.request_id, ErrorCode::Internal, "the call history could not be read; see the server log"});
        }
        asio::post(self->strand(), [self, answer] {
            self->request_done();
            if (!self->closing()) self->reply(*answer);
        });
    });
    if (!queued) {
        request_done();
        fail(q.request_id, ErrorCode::Busy, "the server has too many look-ups waiting; try again shortly");
    }
}

void ClientSession::catalog(const ReportCatalogRequest& q) {
    if (!admit_request(q.request_id, static_cast<std::uint16_t>(q.kType))) return;
    const bool queued = core_->report_lane.post([self = self(), q] {
        std::shared_ptr<Message> answer;
        try {
            answer = std::make_shared<Message>(ReportCatalog{q.request_id, self->core_->services.reports.catalog()});
        } catch (const std::exception& e) {
            answer = std::make_shared<Message>(RequestFailed{q.request_id, ErrorCode::Internal, e.what()});
        }
        asio::post(self->strand(), [self, answer] {
            self->request_done();
            if (!self->closing()) self->reply(*answer);
        });
    });
    if (!queued) {
        request_done();
        fail(q.request_id, ErrorCode::Busy, "the server has too many reports waiting; try again shortly");
    }
}

void ClientSession::report(ReportRequest q) {
    if (q.name.empty() || q.name.size() > kMaxReportTextBytes || q.params.size() > kMaxReportParams)
        return fail(q.request_id, ErrorCode::BadRequest,
                    "report request: a name of 1 to " + std::to_string(kMaxReportTextBytes) + " bytes and at most " +
                        std::to_string(kMaxReportParams) + " parameters");
    for (const auto& p : q.params)
        if (p.key.size() > kMaxReportTextBytes || p.value.size() > kMaxReportTextBytes)
            return fail(q.request_id, ErrorCode::BadRequest,
                        "report parameter longer than " + std::to_string(kMaxReportTextBytes) + " bytes");
    if (report_ && !report_->cancelled() && !report_->finished())
        return fail(q.request_id, ErrorCode::Busy,
                    "report " + std::to_string(report_->request_id()) + " of this session is still running; "
                    "wait for it or cancel it first");
    if (!admit_request(q.request_id, static_cast<std::uint16_t>(q.kType))) return;
    auto stream = std::make_shared<ReportStream>(shared_from_this(), q.request_id, q.name, scope_, version_);
    report_ = stream;
    const bool queued = core_->report_lane.post([self = self(), stream, q = std::move(q), scope = scope_] {
        ReportOutcome outcome;
        try {
            outcome = self->core_->services.reports.run(q.name, q.params, *scope, *stream);
        } catch (const std::exception& e) {
            log::error("net", "report ", q.name, " failed: ", e.what());
            outcome = ReportOutcome{false, ErrorCode::Internal, "the report failed; see the server log"};
        }
        stream->finish(outcome);
        asio::post(self->strand(), [self, stream] {
            self->request_done();
            if (self->report_ == stream) self->report_.reset();
        });
    });
    if (!queued) {
        request_done();
        report_.reset();
        fail(q.request_id, ErrorCode::Busy, "the server has too many reports waiting; try again shortly");
    }
}

} // namespace kxcti::server::net
