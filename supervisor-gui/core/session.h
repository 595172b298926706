#pragma once
// The Supervisor's session with kxcti-server: the shared Qt worker (common/qtclient,
// ClientConnection on its own QThread: connect, login, reconnect with backoff) plus what this
// application needs on top: report streams routed into table models by request id, so the
// reports screen, the live board's "today" figures and the admin screen can each run theirs.
#include "common/qtclient/client_connection.h"
#include "supervisor-gui/core/app_settings.h"
#include "supervisor-gui/core/report_table_model.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

namespace kxcti::supervisor {

class Session : public QObject {
    Q_OBJECT
public:
    explicit Session(QObject* parent = nullptr);
    ~Session() override;

    // Drops any current session and connects with these (reconnecting until stop()).
    void open(const LoginSettings& login, const QString& password);
    void stop();
    void reconnect_now();

    bool connected() const;
    const qtclient::ConnectionState& state() const;
    QString state_text() const;
    const std::optional<protocol::LoginOk>& login() const;
    bool is_admin() const;
    const std::vector<protocol::ReportInfo>& catalog() const { return catalog_; }
    qtclient::ClientConnection* connection() const { return connection_.get(); }

    // Streams report `name` into `target` (start(), rows, finish()); returns its request id.
    // 0 when not connected. A later run into the same model supersedes an earlier one.
    quint32 run_report(const QString& name, const KeyValues& params, ReportTableModel* target);
    // Forget a run: its remaining answer is dropped (the protocol's ReportCancel is not offered
    // by the shared worker, whose requests are blocking calls: the server finishes the run).
    void abandon(quint32 id);
    quint32 lookup_phonebook(const QString& number);

signals:
    void stateChanged(const kxcti::qtclient::ConnectionState& state);
    void loggedIn(const kxcti::protocol::LoginOk& ok);
    void catalogChanged();
    void queueState(const kxcti::protocol::QueueState& event);
    void operatorState(const kxcti::protocol::OperatorState& event);
    void callEnded(const kxcti::protocol::CallEnded& event);
    void reportProgress(quint32 id, quint64 done, quint64 total);
    void reportFinished(quint32 id);
    void reportFailed(quint32 id, const QString& text);
    void phonebookReady(quint32 id, const std::vector<kxcti::protocol::PhonebookEntry>& entries);
    void requestFailed(quint32 id, const QString& text);

private:
    struct Run {
        QPointer<ReportTableModel> target;
        QString name;
        KeyValues params;
    };
    void wire();

    std::unique_ptr<qtclient::ClientConnection> connection_;
    qtclient::ConnectionState stopped_;
    std::optional<protocol::LoginOk> no_login_;
    std::vector<protocol::ReportInfo> catalog_;
    QHash<quint32, Run> runs_;
};

} // namespace kxcti::supervisor
