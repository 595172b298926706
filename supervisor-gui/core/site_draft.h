#pragma once
// The administration screen's data: operators' names, ICD groups, DID channels with spend,
// thresholds, users, and a phonebook. The protocol has no configuration messages yet
// (docs/supervisor.md lists the ones needed), so the screen reads what the reports show
// (names, groups, channels, thresholds) and writes what the server's own commands take:
// an INI file for `kxcti-server config import FILE` and `kxcti-server user add` lines.
#include "supervisor-gui/core/report_data.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace kxcti::supervisor {

struct DraftOperator {
    QString ext, name;
};
struct DraftGroup {
    QString number, name, members;  // members: "101, 102" in ring order
};
struct DraftChannel {
    QString did, name, from, to, spend;  // dates YYYY-MM-DD or empty; spend a number or empty
};
struct DraftUser {
    QString name, role;  // admin | supervisor | operator
    QString groups, extensions;  // comma-separated
};

struct SiteDraft {
    QVector<DraftOperator> operators;
    QVector<DraftGroup> groups;
    QVector<DraftChannel> channels;
    KeyValues thresholds;  // threshold key (config's) -> value
    QString trunks;
    QVector<DraftUser> users;
};

// The config keys of the thresholds (kxcti-server config): service_level_s...
QStringList threshold_keys();
// The engine's report parameters (ReportDone) -> config threshold values.
KeyValues thresholds_from_report(const KeyValues& parameters);

// `kxcti-server config import FILE` input. Throws std::invalid_argument naming the entry
// (and what to fix) for an entry the server would refuse: a number with spaces, a bad date.
QString site_config_ini(const SiteDraft& draft);
// One `kxcti-server user add NAME --role ROLE [--group ...] [--ext ...]` per user; passwords
// are asked by the command, never written here.
QString user_commands(const SiteDraft& draft);

struct PhonebookRow {
    QString number, name;
};
struct PhonebookImport {
    QVector<PhonebookRow> rows;
    QStringList problems;  // "line 7: no number": what was skipped and why
};
// A phonebook CSV as offices keep it: "number;name" or "name,number" (the column whose cells
// are phone numbers is the number), with or without a header, UTF-8 (BOM or not) or
// Windows-1251 (Excel's default "CSV" in ru/uk). Numbers keep digits and a leading '+'.
PhonebookImport parse_phonebook_csv(const QByteArray& bytes);

} // namespace kxcti::supervisor
