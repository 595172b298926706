#pragma once
// The half of ClientConnection that lives on its worker thread: it owns the blocking
// protocol::client::Client and is driven only through queued calls from ClientConnection
// (client_connection.h, the interface applications use). Everything it says goes out as
// signals, which Qt queues to the receivers' (GUI) thread.
//
// Its loop: while connected, pump() waits up to kPollSlice for a live event, then yields to the
// thread's event queue, where requests wait; while not, a timer counts down to the next attempt.
#include "common/qtclient/connection.h"
#include "common/qtclient/metatypes.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <memory>

namespace kxcti::qtclient {

class ClientWorker : public QObject {
    Q_OBJECT
public:
    ClientWorker(ConnectionSettings settings, std::shared_ptr<std::atomic<bool>> stopping);
    ~ClientWorker() override;

    // Called on the worker thread (ClientConnection queues them).
    void start();
    void reconfigure(ConnectionSettings settings);
    void reconnect_now();
    void shutdown();  // closes the connection and ends the thread's event loop
    void phonebook(quint32 id, const std::string& number);
    void history(quint32 id, const std::string& number, quint32 limit);
    void catalog(quint32 id);
    void report(quint32 id, const std::string& name, const std::vector<protocol::ReportParam>& params);

signals:
    void stateChanged(const kxcti::qtclient::ConnectionState& state);
    void loggedIn(const kxcti::protocol::LoginOk& ok);
    void callRinging(const kxcti::protocol::CallRinging& event);
    void callAnswered(const kxcti::protocol::CallAnswered& event);
    void callEnded(const kxcti::protocol::CallEnded& event);
    void queueState(const kxcti::protocol::QueueState& event);
    void operatorState(const kxcti::protocol::OperatorState& event);
    void serverError(const QString& text);
    void phonebookReady(quint32 id, const std::vector<kxcti::protocol::PhonebookEntry>& entries);
    void historyReady(quint32 id, const kxcti::protocol::HistoryResult& result);
    void catalogReady(quint32 id, const std::vector<kxcti::protocol::ReportInfo>& reports);
    void reportColumns(quint32 id, const std::vector<kxcti::protocol::ReportColumn>& columns);
    void reportRows(quint32 id, const std::vector<kxcti::protocol::ReportRow>& rows);
    void reportProgress(quint32 id, quint64 done, quint64 total);
    void reportDone(quint32 id, const kxcti::protocol::ReportDone& done);
    void requestFailed(quint32 id, const QString& text);

private:
    void attempt();
    void pump();
    void tick();
    long long left_ms() const;  // until the next attempt
    void arm_countdown();
    void dispatch(const protocol::Message& m);
    // The connection ended or could not be made: say why and schedule the next attempt.
    void lost(const protocol::client::ClientError& e);
    void retry_later(ConnectionState::Phase phase, const QString& reason,
                     std::optional<protocol::LoginRefusal> refusal, bool retry);
    void set_state(ConnectionState s);
    // Runs one request; a failure of the request alone fails it, a lost connection also
    // reconnects.
    template <class F>
    void request(quint32 id, F&& f);

    ConnectionSettings settings_;
    std::shared_ptr<std::atomic<bool>> stopping_;
    std::unique_ptr<protocol::client::Client> client_;
    ConnectionState state_;
    unsigned failures_ = 0;
    std::chrono::steady_clock::time_point retry_at_;
    QTimer pump_timer_;
    QTimer retry_timer_;
};

} // namespace kxcti::qtclient
