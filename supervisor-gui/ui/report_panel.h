#pragma once
// One report on screen: the filters it takes (date range, group, operator, channel,
// interval), Run, progress while it streams, then the sortable table, its chart, and the
// definitions and thresholds the engine used. The reports screen and the staffing screen each
// hold one.
#include "supervisor-gui/core/report_table_model.h"

#include <QDate>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTextBrowser;
QT_END_NAMESPACE

namespace kxcti::supervisor {

class Session;

struct ReportFilters {
    QDate from, to;
    QString group, operator_ext, channel;
    QString interval;  // "" none, "15", "30", "60", "day", "weekday"
};

class ReportPanel : public QWidget {
    Q_OBJECT
public:
    ReportPanel(Session& session, QWidget* parent = nullptr);

    // Which report the panel runs and the parameter keys it takes (the server's catalog).
    void set_report(const QString& name, const QString& server_title, const QStringList& params);
    const QString& report_name() const { return name_; }
    QString report_title() const;
    void set_filters(const ReportFilters& f);
    ReportFilters filters() const;
    void set_groups(const QStringList& groups);  // the session's groups for the combo box

    void run();
    bool running() const { return running_id_ != 0; }
    void show_tab(int index);  // 0 table, 1 chart, 2 definitions

    ReportTableModel& model() { return model_; }
    QTableView* table() const { return table_; }
    QChartView* chart_view() const { return chart_view_; }
    // A fresh chart of the current report for export (the caller owns it); nullptr: none.
    QChart* make_chart() const;
    // The notes as HTML: interval, parameters and thresholds, totals, definitions.
    QString notes_html() const;

signals:
    void finished();
    void failed(const QString& text);

private:
    void on_finished();
    void on_progress(quint32 id, quint64 done, quint64 total);
    void on_failed(quint32 id, const QString& text);
    void cancel();
    void set_running(bool running);

    Session& session_;
    QString name_, server_title_;
    QStringList params_;
    quint32 running_id_ = 0;
    ReportTableModel model_;
    QSortFilterProxyModel* proxy_;
    QLabel* title_;
    QDateEdit* from_;
    QDateEdit* to_;
    QComboBox* group_;
    QLineEdit* operator_;
    QLineEdit* channel_;
    QComboBox* interval_;
    QPushButton* run_;
    QPushButton* cancel_;
    QProgressBar* progress_;
    QLabel* status_;
    QTabWidget* tabs_;
    QTableView* table_;
    QChartView* chart_view_;
    QTextBrowser* notes_;
};

} // namespace kxcti::supervisor
