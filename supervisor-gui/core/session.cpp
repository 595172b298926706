#include "supervisor-gui/core/session.h"

namespace kxcti::supervisor {

using namespace Qt::StringLiterals;
using qtclient::ClientConnection;

Session::Session(QObject* parent) : QObject(parent) {
}

Session::~Session() {
    stop();
}

void Session::open(const LoginSettings& login, const QString& password) {
    stop();
    qtclient::ConnectionSettings s;
    s.client.host = login.host.toStdString();
    s.client.port = static_cast<std::uint16_t>(login.port);
    s.client.kind = protocol::ClientKind::Supervisor;
    s.client.client_version = "kxcti-supervisor " KXCTI_SUPERVISOR_VERSION;
    s.client.live = true;
    s.client.tls = login.tls;
    s.client.ca_file = login.ca_file.toStdString();
    s.user = login.user.toStdString();
    s.password = password.toStdString();
    connection_ = std::make_unique<ClientConnection>(s);
    wire();
    connection_->start();
}

void Session::stop() {
    if (!connection_) return;
    connection_->disconnect(this);
    connection_->stop();
    connection_.reset();
    for (auto it = runs_.begin(); it != runs_.end(); ++it) emit reportFailed(it.key(), tr("disconnected"));
    runs_.clear();
    emit stateChanged(stopped_);
}

void Session::reconnect_now() {
    if (connection_) connection_->reconnectNow();
}

bool Session::connected() const {
    return connection_ && connection_->state().phase == qtclient::ConnectionState::Phase::Connected;
}

const qtclient::ConnectionState& Session::state() const {
    return connection_ ? connection_->state() : stopped_;
}

QString Session::state_text() const {
    return qtclient::state_text(state());
}

const std::optional<protocol::LoginOk>& Session::login() const {
    return connection_ ? connection_->session() : no_login_;
}

bool Session::is_admin() const {
    return login() && login()->role == protocol::Role::Admin;
}

void Session::wire() {
    auto* c = connection_.get();
    connect(c, &ClientConnection::stateChanged, this, [this](const qtclient::ConnectionState& s) {
        // Runs in flight die with the connection: their requestFailed says so.
        emit stateChanged(s);
    });
    connect(c, &ClientConnection::loggedIn, this, [this](const protocol::LoginOk& ok) {
        emit loggedIn(ok);
        connection_->requestCatalog();
    });
    connect(c, &ClientConnection::catalogReady, this, [this](quint32, const std::vector<protocol::ReportInfo>& r) {
        catalog_ = r;
        emit catalogChanged();
    });
    connect(c, &ClientConnection::queueState, this, &Session::queueState);
    connect(c, &ClientConnection::operatorState, this, &Session::operatorState);
    connect(c, &ClientConnection::callEnded, this, &Session::callEnded);
    connect(c, &ClientConnection::phonebookReady, this, &Session::phonebookReady);
    connect(c, &ClientConnection::reportColumns, this,
            [this](quint32 id, const std::vector<protocol::ReportColumn>& cols) {
                auto it = runs_.find(id);
                if (it == runs_.end() || !it->target) return;
                QVector<ReportColumnInfo> columns;
                for (const auto& col : cols) columns.push_back({QString::fromStdString(col.name), col.kind});
                it->target->start(it->name, columns, it->params);
            });
    connect(c, &ClientConnection::reportRows, this, [this](quint32 id, const std::vector<protocol::ReportRow>& rows) {
        auto it = runs_.find(id);
        if (it == runs_.end() || !it->target) return;
        QVector<ReportRowData> out;
        out.reserve(static_cast<qsizetype>(rows.size()));
        for (const auto& r : rows) {
            ReportRowData row{QString::fromStdString(r.group), {}};
            for (const auto& cell : r.cells) row.cells.push_back(QString::fromStdString(cell));
            out.push_back(std::move(row));
        }
        it->target->append_rows(out);
    });
    connect(c, &ClientConnection::reportProgress, this, [this](quint32 id, quint64 done, quint64 total) {
        if (runs_.contains(id)) emit reportProgress(id, done, total);
    });
    connect(c, &ClientConnection::reportDone, this, [this](quint32 id, const protocol::ReportDone& done) {
        auto it = runs_.find(id);
        if (it == runs_.end()) return;
        auto target = it->target;
        runs_.erase(it);
        if (target) target->finish(QString::fromStdString(done.text));
        emit reportFinished(id);
    });
    connect(c, &ClientConnection::requestFailed, this, [this](quint32 id, const QString& text) {
        if (runs_.remove(id)) emit reportFailed(id, text);
        else emit requestFailed(id, text);
    });
}

quint32 Session::run_report(const QString& name, const KeyValues& params, ReportTableModel* target) {
    if (!connected()) return 0;
    // One model shows one run: an earlier run into it is forgotten.
    for (auto it = runs_.begin(); it != runs_.end();) {
        if (it->target == target) it = runs_.erase(it);
        else ++it;
    }
    std::vector<protocol::ReportParam> p;
    for (const auto& [k, v] : params)
        if (!v.isEmpty()) p.push_back({k.toStdString(), v.toStdString()});
    const auto id = connection_->runReport(name, p);
    runs_.insert(id, Run{target, name, params});
    return id;
}

void Session::abandon(quint32 id) {
    runs_.remove(id);
}

quint32 Session::lookup_phonebook(const QString& number) {
    return connection_ ? connection_->lookupPhonebook(number) : 0;
}

} // namespace kxcti::supervisor
