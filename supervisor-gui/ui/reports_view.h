#pragma once
// The reports screen: every report of the server's catalog on the left, the chosen one in a
// ReportPanel on the right.
#include <QWidget>

QT_BEGIN_NAMESPACE
class QListWidget;
QT_END_NAMESPACE

namespace kxcti::supervisor {

class ReportPanel;
class Session;

class ReportsView : public QWidget {
    Q_OBJECT
public:
    ReportsView(Session& session, QWidget* parent = nullptr);

    ReportPanel* panel() const { return panel_; }
    // Selects a report of the catalog by name; false when the server does not offer it.
    bool select(const QString& name);
    QStringList report_names() const;

private:
    void fill_catalog();

    Session& session_;
    QListWidget* list_;
    ReportPanel* panel_;
};

} // namespace kxcti::supervisor
