#include "common/qtclient/client_worker.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <type_traits>
#include <variant>

namespace kxcti::qtclient {

using protocol::client::Client;
using protocol::client::ClientError;
using Phase = ConnectionState::Phase;
using SteadyClock = std::chrono::steady_clock;

ClientWorker::ClientWorker(ConnectionSettings settings, std::shared_ptr<std::atomic<bool>> stopping)
    : settings_(std::move(settings)), stopping_(std::move(stopping)), pump_timer_(this), retry_timer_(this) {
    pump_timer_.setSingleShot(true);
    pump_timer_.setInterval(0);
    retry_timer_.setSingleShot(true);
    connect(&pump_timer_, &QTimer::timeout, this, &ClientWorker::pump);
    connect(&retry_timer_, &QTimer::timeout, this, &ClientWorker::tick);
}

ClientWorker::~ClientWorker() = default;

void ClientWorker::start() { attempt(); }

void ClientWorker::reconfigure(ConnectionSettings settings) {
    settings_ = std::move(settings);
    failures_ = 0;
    client_.reset();
    pump_timer_.stop();
    attempt();
}

void ClientWorker::reconnect_now() {
    if (!client_) attempt();
}

void ClientWorker::shutdown() {
    pump_timer_.stop();
    retry_timer_.stop();
    client_.reset();
    set_state({});
    thread()->quit();
}

void ClientWorker::set_state(ConnectionState s) {
    if (s == state_) return;
    state_ = std::move(s);
    emit stateChanged(state_);
}

void ClientWorker::attempt() {
    if (*stopping_) return;
    retry_timer_.stop();
    pump_timer_.stop();
    client_.reset();
    ConnectionState connecting;
    connecting.phase = Phase::Connecting;
    set_state(connecting);
    try {
        auto c = std::make_unique<Client>(settings_.client);
        c->connect();
        const auto ok = c->login(settings_.user, settings_.password, settings_.extension);
        client_ = std::move(c);
        failures_ = 0;
        ConnectionState connected;
        connected.phase = Phase::Connected;
        connected.detail = QString::fromStdString(ok.text);
        set_state(connected);
        emit loggedIn(ok);
        pump_timer_.start();
    } catch (const ClientError& e) {
        lost(e);
    } catch (const std::exception& e) {
        // A TLS CA file that cannot be read, a resolver failure outside the client's own checks.
        lost(ClientError(ClientError::Kind::Network, e.what()));
    }
}

void ClientWorker::pump() {
    if (*stopping_ || !client_) return;
    try {
        if (auto m = client_->next(kPollSlice)) dispatch(*m);
    } catch (const ClientError& e) {
        lost(e);
        return;
    }
    pump_timer_.start();
}

void ClientWorker::dispatch(const protocol::Message& m) {
    std::visit(
        [this](const auto& msg) {
            using T = std::decay_t<decltype(msg)>;
            if constexpr (std::is_same_v<T, protocol::CallRinging>) emit callRinging(msg);
            else if constexpr (std::is_same_v<T, protocol::CallAnswered>) emit callAnswered(msg);
            else if constexpr (std::is_same_v<T, protocol::CallEnded>) emit callEnded(msg);
            else if constexpr (std::is_same_v<T, protocol::QueueState>) emit queueState(msg);
            else if constexpr (std::is_same_v<T, protocol::OperatorState>) emit operatorState(msg);
            else if constexpr (std::is_same_v<T, protocol::Error>) emit serverError(QString::fromStdString(msg.text));
            // Anything else is the late answer to a request that already timed out: dropped.
        },
        m);
}

void ClientWorker::lost(const ClientError& e) {
    client_.reset();
    pump_timer_.stop();
    const auto reason = QString::fromStdString(e.what());
    switch (e.kind) {
    case ClientError::Kind::LoginRefused: {
        // Wrong credentials or an extension that is not the user's: only new settings can help,
        // and retrying would lock the user out. Full seats, rate limits, a database outage pass.
        const auto code = e.login_refusal;
        const bool retry = code != protocol::LoginRefusal::BadCredentials && code != protocol::LoginRefusal::NotAllowed;
        retry_later(Phase::Refused, reason, code, retry);
        break;
    }
    case ClientError::Kind::Refused:
        // ServerBusy passes; UpdateRequired does not, but a retry every half minute costs nothing
        // and notices the server's upgrade.
        retry_later(Phase::Refused, reason, std::nullopt, true);
        break;
    default:
        retry_later(Phase::Reconnecting, reason, std::nullopt, true);
        break;
    }
}

void ClientWorker::retry_later(Phase phase, const QString& reason, std::optional<protocol::LoginRefusal> refusal,
                               bool retry) {
    if (*stopping_) return;
    ConnectionState s;
    s.phase = phase;
    s.reason = reason;
    s.refusal = refusal;
    if (!retry) {
        retry_timer_.stop();
        set_state(s);
        return;
    }
    ++failures_;
    retry_at_ = SteadyClock::now() + backoff_delay(failures_, settings_.backoff_initial, settings_.backoff_max);
    s.retry_in_s = static_cast<int>((left_ms() + 999) / 1000);
    set_state(s);
    arm_countdown();
}

long long ClientWorker::left_ms() const {
    return std::chrono::duration_cast<std::chrono::milliseconds>(retry_at_ - SteadyClock::now()).count();
}

void ClientWorker::arm_countdown() {
    // The countdown shows whole seconds rounded up; the timer wakes when that number changes.
    const auto left = std::max(left_ms(), 0LL);
    retry_timer_.start(static_cast<int>(left % 1000 == 0 ? std::min(left, 1000LL) : left % 1000));
}

void ClientWorker::tick() {
    if (*stopping_) return;
    const auto left = left_ms();
    if (left <= 0) {
        attempt();
        return;
    }
    auto s = state_;
    s.retry_in_s = static_cast<int>((left + 999) / 1000);
    set_state(s);
    arm_countdown();
}

template <class F>
void ClientWorker::request(quint32 id, F&& f) {
    if (!client_) {
        emit requestFailed(id, QCoreApplication::translate("kxcti::qtclient", "not connected to the server"));
        return;
    }
    try {
        f(*client_);
    } catch (const ClientError& e) {
        emit requestFailed(id, QString::fromStdString(e.what()));
        if (e.kind != ClientError::Kind::RequestFailed) lost(e);  // the session itself is gone
    }
}

void ClientWorker::phonebook(quint32 id, const std::string& number) {
    request(id, [&](Client& c) { emit phonebookReady(id, c.phonebook(number)); });
}

void ClientWorker::history(quint32 id, const std::string& number, quint32 limit) {
    request(id, [&](Client& c) { emit historyReady(id, c.history(number, limit)); });
}

void ClientWorker::catalog(quint32 id) {
    request(id, [&](Client& c) { emit catalogReady(id, c.catalog()); });
}

void ClientWorker::report(quint32 id, const std::string& name, const std::vector<protocol::ReportParam>& params) {
    request(id, [&](Client& c) {
        protocol::client::ReportHandlers h;
        h.columns = [&](const std::vector<protocol::ReportColumn>& cols) { emit reportColumns(id, cols); };
        h.rows = [&](const std::vector<protocol::ReportRow>& rows) { emit reportRows(id, rows); };
        h.progress = [&](std::uint64_t done, std::uint64_t total) { emit reportProgress(id, done, total); };
        emit reportDone(id, c.report(name, params, h));
    });
}

} // namespace kxcti::qtclient
