#pragma once
// Administration (admins only): users and rights, operator names, ICD groups, DID channels and
// their spend, thresholds, the phonebook. kxcti-server offers no configuration messages yet, so
// this screen loads what the server's reports show (names, groups, channels, thresholds of the
// last 31 days), lets the admin edit it, and saves what the server's own commands apply:
// `kxcti-server config import FILE` and `kxcti-server user add` lines. The phonebook tab checks
// a CSV before it goes to the server, and looks numbers up in the server's phonebook.
#include "supervisor-gui/core/report_table_model.h"
#include "supervisor-gui/core/site_draft.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QTableWidget;
class QTabWidget;
QT_END_NAMESPACE

namespace kxcti::supervisor {

class Session;

class AdminView : public QWidget {
    Q_OBJECT
public:
    AdminView(Session& session, QWidget* parent = nullptr);

    // Fills the tables from the server's operators, groups and channels reports.
    void load_from_server();
    SiteDraft draft() const;
    void set_draft(const SiteDraft& d);
    // Reads a phonebook CSV into the preview; returns what parse_phonebook_csv found.
    PhonebookImport import_phonebook(const QString& path);
    bool save_config(const QString& path, QString* error);
    bool save_user_commands(const QString& path, QString* error);
    QTabWidget* tabs() const { return tabs_; }

signals:
    void loaded();

private:
    void part_loaded();
    QWidget* table_page(QTableWidget* table, const QString& what);

    Session& session_;
    ReportTableModel operators_report_, groups_report_, channels_report_;
    int pending_ = 0;
    QTabWidget* tabs_;
    QTableWidget* users_;
    QTableWidget* operators_;
    QTableWidget* groups_;
    QTableWidget* channels_;
    QTableWidget* thresholds_;
    QLineEdit* trunks_;
    QTableWidget* phonebook_;
    QLabel* phonebook_status_;
    QLineEdit* lookup_;
    QLabel* lookup_result_;
    QLabel* status_;
    quint32 lookup_id_ = 0;
};

} // namespace kxcti::supervisor
