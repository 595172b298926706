#pragma once
// ClientConnection: a Qt desktop client's connection to kxcti-server (docs/protocol.md).
//
// Create it on the GUI thread; it runs the blocking protocol::client::Client on a QThread of
// its own, so no call here ever blocks the GUI except stop(). It connects and logs in, keeps
// the session alive (pings), reconnects with a capped backoff when the connection is lost
// (kDefaultBackoffInitial doubling up to kDefaultBackoffMax), and says what it is doing in
// state(). Every signal is queued to the thread ClientConnection lives on, in the order things
// happened.
//
//   qtclient::ConnectionSettings s;
//   s.client.host = "pbx-server"; s.client.kind = protocol::ClientKind::CallerId;
//   s.client.live = true; s.user = "anna"; s.password = ...; s.extension = "101";
//   auto* c = new qtclient::ClientConnection(s, this);
//   connect(c, &ClientConnection::callRinging, this, &Popups::ring);
//   connect(c, &ClientConnection::stateChanged, this, &Tray::show_state);
//   c->start();
//   auto id = c->lookupHistory("0123456", 5);      // answer: historyReady(id, ...) or requestFailed(id, ...)
//
// Signals
//   stateChanged(ConnectionState)        Connecting, Connected (detail: LoginOk's text),
//                                        Reconnecting in N s (reason), Refused (reason, refusal
//                                        code; retry_in_s -1 when it will not retry by itself:
//                                        bad credentials, extension not allowed), Stopped
//   loggedIn(LoginOk)                    after every successful login (also after a reconnect)
//   callRinging / callAnswered / callEnded / queueState / operatorState   live events
//                                        (settings.client.live must be true)
//   serverError(QString)                 an Error message outside any request
//   phonebookReady(id, entries)          answer to lookupPhonebook
//   historyReady(id, HistoryResult)      answer to lookupHistory
//   catalogReady(id, reports)            answer to requestCatalog
//   reportColumns(id, columns), reportRows(id, rows) (per chunk), reportProgress(id, done, total),
//   reportDone(id, ReportDone)           the stream of runReport
//   requestFailed(id, QString)           instead of any answer: the server's words, "not
//                                        connected", or the connection lost meanwhile
// Requests (slots; each returns the id its answer will carry)
//   lookupPhonebook(number), lookupHistory(number, limit), requestCatalog(), runReport(name, params)
// Control
//   start(), stop() (final; blocks until the worker ended, at most settings.client.timeout),
//   setSettings(s) (drops the session and connects with the new settings at once),
//   reconnectNow() (skips the countdown)
//
// Requests run one at a time on the worker, in order; live events that arrive meanwhile are
// delivered after the answer. A request waits at most kPollSlice before the worker takes it.
#include "common/qtclient/connection.h"
#include "common/qtclient/metatypes.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace kxcti::qtclient {

class ClientWorker;

class ClientConnection : public QObject {
    Q_OBJECT
public:
    explicit ClientConnection(ConnectionSettings settings, QObject* parent = nullptr);
    ~ClientConnection() override;  // stop()

    const ConnectionState& state() const { return state_; }
    // The last LoginOk (what this session may see); nullopt before the first login.
    const std::optional<protocol::LoginOk>& session() const { return session_; }
    const ConnectionSettings& settings() const { return settings_; }

    void setSettings(ConnectionSettings settings);

public slots:
    void start();
    void stop();
    void reconnectNow();
    quint32 lookupPhonebook(const QString& number);
    quint32 lookupHistory(const QString& number, quint32 limit);
    quint32 requestCatalog();
    quint32 runReport(const QString& name, const std::vector<kxcti::protocol::ReportParam>& params);

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
    // Queues `f(worker)` on the worker thread; false when the worker is not running.
    template <class F>
    bool post(F&& f);
    quint32 next_id();
    void fail_later(quint32 id);

    ConnectionSettings settings_;
    ConnectionState state_;
    std::optional<protocol::LoginOk> session_;
    std::shared_ptr<std::atomic<bool>> stopping_ = std::make_shared<std::atomic<bool>>(false);
    QThread thread_;
    ClientWorker* worker_ = nullptr;  // lives on thread_; deleted there when it finishes
    bool started_ = false;
    quint32 last_id_ = 0;
};

} // namespace kxcti::qtclient
