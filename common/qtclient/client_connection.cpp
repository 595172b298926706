#include "common/qtclient/client_connection.h"

#include "common/qtclient/client_worker.h"

#include <QCoreApplication>

namespace kxcti::qtclient {
namespace {

// Queued signals need their argument types registered once per process.
void register_metatypes() {
    static const bool done = [] {
        qRegisterMetaType<ConnectionState>();
        qRegisterMetaType<protocol::LoginOk>();
        qRegisterMetaType<protocol::CallRinging>();
        qRegisterMetaType<protocol::CallAnswered>();
        qRegisterMetaType<protocol::CallEnded>();
        qRegisterMetaType<protocol::QueueState>();
        qRegisterMetaType<protocol::OperatorState>();
        qRegisterMetaType<protocol::HistoryResult>();
        qRegisterMetaType<protocol::ReportDone>();
        qRegisterMetaType<std::vector<protocol::PhonebookEntry>>();
        qRegisterMetaType<std::vector<protocol::ReportInfo>>();
        qRegisterMetaType<std::vector<protocol::ReportColumn>>();
        qRegisterMetaType<std::vector<protocol::ReportRow>>();
        return true;
    }();
    (void)done;
}

} // namespace

ClientConnection::ClientConnection(ConnectionSettings settings, QObject* parent)
    : QObject(parent), settings_(std::move(settings)) {
    register_metatypes();
    thread_.setObjectName(QStringLiteral("kxcti-client"));
    worker_ = new ClientWorker(settings_, stopping_);
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);

    connect(worker_, &ClientWorker::stateChanged, this, [this](const ConnectionState& s) {
        state_ = s;
        emit stateChanged(s);
    });
    connect(worker_, &ClientWorker::loggedIn, this, [this](const protocol::LoginOk& ok) {
        session_ = ok;
        emit loggedIn(ok);
    });
    connect(worker_, &ClientWorker::callRinging, this, &ClientConnection::callRinging);
    connect(worker_, &ClientWorker::callAnswered, this, &ClientConnection::callAnswered);
    connect(worker_, &ClientWorker::callEnded, this, &ClientConnection::callEnded);
    connect(worker_, &ClientWorker::queueState, this, &ClientConnection::queueState);
    connect(worker_, &ClientWorker::operatorState, this, &ClientConnection::operatorState);
    connect(worker_, &ClientWorker::serverError, this, &ClientConnection::serverError);
    connect(worker_, &ClientWorker::phonebookReady, this, &ClientConnection::phonebookReady);
    connect(worker_, &ClientWorker::historyReady, this, &ClientConnection::historyReady);
    connect(worker_, &ClientWorker::catalogReady, this, &ClientConnection::catalogReady);
    connect(worker_, &ClientWorker::reportColumns, this, &ClientConnection::reportColumns);
    connect(worker_, &ClientWorker::reportRows, this, &ClientConnection::reportRows);
    connect(worker_, &ClientWorker::reportProgress, this, &ClientConnection::reportProgress);
    connect(worker_, &ClientWorker::reportDone, this, &ClientConnection::reportDone);
    connect(worker_, &ClientWorker::requestFailed, this, &ClientConnection::requestFailed);
}

ClientConnection::~ClientConnection() {
    stop();
    if (!started_) delete worker_;  // never ran: nothing on the worker thread to delete it
}

template <class F>
bool ClientConnection::post(F&& f) {
    if (!started_ || !thread_.isRunning() || *stopping_) return false;
    QMetaObject::invokeMethod(worker_, [w = worker_, f = std::forward<F>(f)]() mutable { f(*w); },
                              Qt::QueuedConnection);
    return true;
}

void ClientConnection::start() {
    if (started_) return;
    started_ = true;
    thread_.start();
    post([](ClientWorker& w) { w.start(); });
}

void ClientConnection::stop() {
    if (!started_ || !thread_.isRunning()) return;
    // The flag stops a pump or a countdown at once; shutdown() then ends the thread's loop.
    post([](ClientWorker& w) { w.shutdown(); });
    *stopping_ = true;
    thread_.wait();
    worker_ = nullptr;
    if (state_.phase != ConnectionState::Phase::Stopped) {
        state_ = {};
        emit stateChanged(state_);
    }
}

void ClientConnection::setSettings(ConnectionSettings settings) {
    settings_ = std::move(settings);
    post([s = settings_](ClientWorker& w) mutable { w.reconfigure(std::move(s)); });
}

void ClientConnection::reconnectNow() {
    post([](ClientWorker& w) { w.reconnect_now(); });
}

quint32 ClientConnection::next_id() { return ++last_id_; }

void ClientConnection::fail_later(quint32 id) {
    // Queued, so that the caller has the id before its answer arrives, as when connected.
    QMetaObject::invokeMethod(
        this,
        [this, id] { emit requestFailed(id, QCoreApplication::translate("kxcti::qtclient", "not connected to the server")); },
        Qt::QueuedConnection);
}

quint32 ClientConnection::lookupPhonebook(const QString& number) {
    const auto id = next_id();
    if (!post([id, n = number.toStdString()](ClientWorker& w) { w.phonebook(id, n); }))
        fail_later(id);
    return id;
}

quint32 ClientConnection::lookupHistory(const QString& number, quint32 limit) {
    const auto id = next_id();
    if (!post([id, n = number.toStdString(), limit](ClientWorker& w) { w.history(id, n, limit); }))
        fail_later(id);
    return id;
}

quint32 ClientConnection::requestCatalog() {
    const auto id = next_id();
    if (!post([id](ClientWorker& w) { w.catalog(id); }))
        fail_later(id);
    return id;
}

quint32 ClientConnection::runReport(const QString& name, const std::vector<protocol::ReportParam>& params) {
    const auto id = next_id();
    if (!post([id, n = name.toStdString(), params](ClientWorker& w) { w.report(id, n, params); }))
        fail_later(id);
    return id;
}

} // namespace kxcti::qtclient
