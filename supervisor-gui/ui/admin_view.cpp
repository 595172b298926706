#include "supervisor-gui/ui/admin_view.h"

#include "supervisor-gui/core/session.h"

#include <QDate>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <stdexcept>

namespace kxcti::supervisor {

using namespace Qt::StringLiterals;

namespace {

// What "load from the server" looks at: a month of reports names every operator, group and
// channel that took calls.
constexpr int kLoadDays = 31;

QTableWidget* make_table(QWidget* parent, const QStringList& headers, const QString& name) {
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    return t;
}

QString cell(const QTableWidget* t, int r, int c) {
    const auto* item = t->item(r, c);
    return item ? item->text().trimmed() : QString();
}

void add_row(QTableWidget* t, const QStringList& cells) {
    const int r = t->rowCount();
    t->insertRow(r);
    for (int c = 0; c < cells.size() && c < t->columnCount(); ++c) t->setItem(r, c, new QTableWidgetItem(cells[c]));
}

QString report_cell(const ReportData& r, const ReportRowData& row, const QString& key) {
    const auto c = r.column(key);
    return c ? row.cells.value(*c) : QString();
}

bool write_file(const QString& path, const QString& text, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error) *error = f.errorString();
        return false;
    }
    f.write(text.toUtf8());
    return true;
}

} // namespace

AdminView::AdminView(Session& session, QWidget* parent) : QWidget(parent), session_(session) {
    auto* note = new QLabel(
        tr("The server does not take configuration over the network yet. Edit here, then save the file and "
           "apply it on the server with <b>kxcti-server config import FILE</b>; user accounts with the "
           "<b>kxcti-server user add</b> commands saved from the Users tab."),
        this);
    note->setWordWrap(true);
    status_ = new QLabel(this);
    status_->setObjectName(u"adminStatus"_s);
    status_->setWordWrap(true);

    users_ = make_table(this, {tr("User"), tr("Role"), tr("Groups"), tr("Extensions")}, u"adminUsers"_s);
    operators_ = make_table(this, {tr("Extension"), tr("Name")}, u"adminOperators"_s);
    groups_ = make_table(this, {tr("Group"), tr("Name"), tr("Members in ring order")}, u"adminGroups"_s);
    channels_ = make_table(this, {tr("DID"), tr("Channel"), tr("From"), tr("To"), tr("Monthly spend")},
                           u"adminChannels"_s);
    thresholds_ = make_table(this, {tr("Threshold"), tr("Value")}, u"adminThresholds"_s);
    for (const auto& k : threshold_keys()) add_row(thresholds_, {k, QString()});
    for (int r = 0; r < thresholds_->rowCount(); ++r) thresholds_->item(r, 0)->setFlags(Qt::ItemIsEnabled);
    trunks_ = new QLineEdit(this);
    trunks_->setPlaceholderText(tr("unknown"));

    tabs_ = new QTabWidget(this);
    tabs_->addTab(table_page(users_, tr("user")), tr("Users and rights"));
    tabs_->addTab(table_page(operators_, tr("operator")), tr("Operators"));
    tabs_->addTab(table_page(groups_, tr("group")), tr("Groups"));
    tabs_->addTab(table_page(channels_, tr("channel")), tr("DID channels and spend"));
    auto* th = new QWidget(this);
    auto* thl = new QVBoxLayout(th);
    auto* trunk_form = new QFormLayout;
    trunk_form->addRow(tr("Installed trunks (CO lines)"), trunks_);
    thl->addLayout(trunk_form);
    thl->addWidget(thresholds_);
    tabs_->addTab(th, tr("Thresholds"));

    // Phonebook: check a CSV, look a number up.
    auto* pb = new QWidget(this);
    phonebook_ = make_table(pb, {tr("Number"), tr("Name")}, u"adminPhonebook"_s);
    phonebook_status_ = new QLabel(pb);
    phonebook_status_->setWordWrap(true);
    auto* import = new QPushButton(tr("Import CSV…"), pb);
    connect(import, &QPushButton::clicked, this, [this] {
        const auto path = QFileDialog::getOpenFileName(this, tr("Phonebook CSV"), {}, tr("CSV files (*.csv *.txt)"));
        if (!path.isEmpty()) import_phonebook(path);
    });
    lookup_ = new QLineEdit(pb);
    lookup_->setPlaceholderText(tr("a number to look up in the server's phonebook"));
    lookup_result_ = new QLabel(pb);
    connect(lookup_, &QLineEdit::returnPressed, this, [this] {
        lookup_id_ = session_.lookup_phonebook(lookup_->text().trimmed());
        lookup_result_->setText(lookup_id_ ? tr("Looking up…") : tr("Not connected."));
    });
    connect(&session_, &Session::phonebookReady, this,
            [this](quint32 id, const std::vector<protocol::PhonebookEntry>& entries) {
                if (id != lookup_id_) return;
                QStringList names;
                for (const auto& e : entries) names << QString::fromStdString(e.name);
                lookup_result_->setText(names.isEmpty() ? tr("Not in the phonebook.") : names.join(u", "_s));
            });
    connect(&session_, &Session::requestFailed, this, [this](quint32 id, const QString& text) {
        if (id == lookup_id_) lookup_result_->setText(tr("Look-up failed: %1").arg(text));
    });
    auto* pbl = new QVBoxLayout(pb);
    auto* pbtop = new QHBoxLayout;
    pbtop->addWidget(import);
    pbtop->addWidget(lookup_, 1);
    pbtop->addWidget(lookup_result_, 1);
    pbl->addLayout(pbtop);
    pbl->addWidget(phonebook_status_);
    pbl->addWidget(phonebook_);
    tabs_->addTab(pb, tr("Phonebook"));

    auto* load = new QPushButton(tr("Load from the server"), this);
    load->setObjectName(u"adminLoad"_s);
    connect(load, &QPushButton::clicked, this, &AdminView::load_from_server);
    auto* save = new QPushButton(tr("Save configuration file…"), this);
    connect(save, &QPushButton::clicked, this, [this] {
        const auto path = QFileDialog::getSaveFileName(this, tr("Configuration file"), u"kxcti-site.conf"_s,
                                                       tr("Configuration (*.conf *.ini)"));
        QString error;
        if (!path.isEmpty() && !save_config(path, &error)) status_->setText(tr("Not saved: %1").arg(error));
    });
    auto* save_users = new QPushButton(tr("Save user commands…"), this);
    connect(save_users, &QPushButton::clicked, this, [this] {
        const auto path = QFileDialog::getSaveFileName(this, tr("User commands"), u"kxcti-users.sh"_s,
                                                       tr("Shell script (*.sh)"));
        QString error;
        if (!path.isEmpty() && !save_user_commands(path, &error)) status_->setText(tr("Not saved: %1").arg(error));
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(load);
    buttons->addStretch(1);
    buttons->addWidget(save);
    buttons->addWidget(save_users);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(tabs_, 1);
    layout->addWidget(status_);
    layout->addLayout(buttons);

    for (auto* m : {&operators_report_, &groups_report_, &channels_report_})
        connect(m, &ReportTableModel::finished, this, &AdminView::part_loaded);
}

QWidget* AdminView::table_page(QTableWidget* table, const QString& what) {
    auto* page = new QWidget(this);
    auto* add = new QPushButton(tr("Add %1").arg(what), page);
    auto* remove = new QPushButton(tr("Remove"), page);
    connect(add, &QPushButton::clicked, table, [table] {
        table->insertRow(table->rowCount());
        table->setCurrentCell(table->rowCount() - 1, 0);
    });
    connect(remove, &QPushButton::clicked, table, [table] {
        if (table->currentRow() >= 0) table->removeRow(table->currentRow());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* l = new QVBoxLayout(page);
    l->addLayout(buttons);
    l->addWidget(table);
    return page;
}

void AdminView::load_from_server() {
    const auto to = QDate::currentDate();
    const KeyValues params{{u"from"_s, to.addDays(-(kLoadDays - 1)).toString(Qt::ISODate)},
                           {u"to"_s, to.toString(Qt::ISODate)}};
    pending_ = 0;
    if (session_.run_report(u"operators"_s, params, &operators_report_)) ++pending_;
    if (session_.run_report(u"groups"_s, params, &groups_report_)) ++pending_;
    if (session_.run_report(u"channels"_s, params, &channels_report_)) ++pending_;
    status_->setText(pending_ ? tr("Loading…") : tr("Not connected."));
}

void AdminView::part_loaded() {
    if (pending_ > 0 && --pending_ > 0) return;
    SiteDraft d = draft();
    d.operators.clear();
    d.groups.clear();
    d.channels.clear();
    const auto& o = operators_report_.report();
    for (const auto& row : o.rows) d.operators.push_back({report_cell(o, row, u"ext"_s), report_cell(o, row, u"name"_s)});
    const auto& g = groups_report_.report();
    for (const auto& row : g.rows) d.groups.push_back({report_cell(g, row, u"group"_s), report_cell(g, row, u"name"_s), {}});
    const auto& c = channels_report_.report();
    for (const auto& row : c.rows) {
        const auto did = report_cell(c, row, u"did"_s);
        if (did.isEmpty()) continue;
        d.channels.push_back({did, report_cell(c, row, u"channel"_s), {}, {}, report_cell(c, row, u"spend"_s)});
    }
    d.thresholds = thresholds_from_report(g.notes.parameters);
    for (const auto& [k, v] : g.notes.parameters)
        if (k == u"trunk_count"_s) {
            bool ok = false;
            v.toInt(&ok);
            d.trunks = ok ? v : QString();
        }
    set_draft(d);
    status_->setText(tr("Loaded %1 operators, %2 groups and %3 channels from the last %4 days.")
                         .arg(d.operators.size())
                         .arg(d.groups.size())
                         .arg(d.channels.size())
                         .arg(kLoadDays));
    emit loaded();
}

SiteDraft AdminView::draft() const {
    SiteDraft d;
    for (int r = 0; r < users_->rowCount(); ++r)
        if (!cell(users_, r, 0).isEmpty())
            d.users.push_back({cell(users_, r, 0), cell(users_, r, 1), cell(users_, r, 2), cell(users_, r, 3)});
    for (int r = 0; r < operators_->rowCount(); ++r)
        if (!cell(operators_, r, 0).isEmpty()) d.operators.push_back({cell(operators_, r, 0), cell(operators_, r, 1)});
    for (int r = 0; r < groups_->rowCount(); ++r)
        if (!cell(groups_, r, 0).isEmpty())
            d.groups.push_back({cell(groups_, r, 0), cell(groups_, r, 1), cell(groups_, r, 2)});
    for (int r = 0; r < channels_->rowCount(); ++r)
        if (!cell(channels_, r, 0).isEmpty())
            d.channels.push_back({cell(channels_, r, 0), cell(channels_, r, 1), cell(channels_, r, 2),
                                  cell(channels_, r, 3), cell(channels_, r, 4)});
    for (int r = 0; r < thresholds_->rowCount(); ++r)
        if (!cell(thresholds_, r, 1).isEmpty()) d.thresholds.push_back({cell(thresholds_, r, 0), cell(thresholds_, r, 1)});
    d.trunks = trunks_->text().trimmed();
    return d;
}

void AdminView::set_draft(const SiteDraft& d) {
    users_->setRowCount(0);
    for (const auto& u : d.users) add_row(users_, {u.name, u.role, u.groups, u.extensions});
    operators_->setRowCount(0);
    for (const auto& o : d.operators) add_row(operators_, {o.ext, o.name});
    groups_->setRowCount(0);
    for (const auto& g : d.groups) add_row(groups_, {g.number, g.name, g.members});
    channels_->setRowCount(0);
    for (const auto& c : d.channels) add_row(channels_, {c.did, c.name, c.from, c.to, c.spend});
    for (int r = 0; r < thresholds_->rowCount(); ++r) {
        QString value;
        for (const auto& [k, v] : d.thresholds)
            if (k == cell(thresholds_, r, 0)) value = v;
        thresholds_->setItem(r, 1, new QTableWidgetItem(value));
    }
    trunks_->setText(d.trunks);
    for (auto* t : {users_, operators_, groups_, channels_, thresholds_}) t->resizeColumnsToContents();
}

PhonebookImport AdminView::import_phonebook(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        phonebook_status_->setText(tr("Cannot read %1: %2").arg(path, f.errorString()));
        return {};
    }
    const auto result = parse_phonebook_csv(f.readAll());
    phonebook_->setRowCount(0);
    for (const auto& r : result.rows) add_row(phonebook_, {r.number, r.name});
    phonebook_->resizeColumnsToContents();
    QString text = tr("%n entries read.", nullptr, static_cast<int>(result.rows.size()));
    if (!result.problems.isEmpty())
        text += u' ' + tr("Skipped: %1").arg(result.problems.join(u"; "_s));
    phonebook_status_->setText(text);
    return result;
}

bool AdminView::save_config(const QString& path, QString* error) {
    try {
        if (!write_file(path, site_config_ini(draft()), error)) return false;
    } catch (const std::invalid_argument& e) {
        if (error) *error = QString::fromUtf8(e.what());
        return false;
    }
    status_->setText(tr("Saved %1: apply it with kxcti-server config import %1").arg(path));
    return true;
}

bool AdminView::save_user_commands(const QString& path, QString* error) {
    try {
        if (!write_file(path, user_commands(draft()), error)) return false;
    } catch (const std::invalid_argument& e) {
        if (error) *error = QString::fromUtf8(e.what());
        return false;
    }
    status_->setText(tr("Saved %1: run it on the server.").arg(path));
    return true;
}

} // namespace kxcti::supervisor
