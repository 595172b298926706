#include "supervisor-gui/core/report_data.h"

#include <QRegularExpression>

namespace kxcti::supervisor {
namespace {

using namespace Qt::StringLiterals;

// "k=v, k=v": a piece without '=' continues the previous value ("talk_buckets_s=<40, 40..180").
KeyValues parse_pairs(const QString& text) {
    KeyValues out;
    for (const auto& piece : text.split(u", "_s)) {
        const auto eq = piece.indexOf(u'=');
        if (eq > 0) out.push_back({piece.left(eq), piece.mid(eq + 1)});
        else if (!out.isEmpty()) out.back().second += u", "_s + piece;
    }
    return out;
}

} // namespace

ReportNotes parse_report_notes(const QString& text) {
    ReportNotes notes;
    notes.raw = text;
    const auto segments = text.split(u"; "_s);
    static const QRegularExpression totals_re(u"^(?:group (\\S+) )?totals: (.*)$"_s);
    for (int i = 0; i < segments.size(); ++i) {
        const auto& s = segments[i];
        if (i == 0) {
            notes.title = s;
            continue;
        }
        if (i == 1 && !s.contains(u'=')) {
            notes.interval = s;
            continue;
        }
        if (auto m = totals_re.match(s); m.hasMatch()) {
            notes.totals.push_back({m.captured(1), parse_pairs(m.captured(2))});
            continue;
        }
        for (auto& kv : parse_pairs(s)) notes.parameters.push_back(std::move(kv));
    }
    return notes;
}

std::optional<int> ReportData::column(const QString& key) const {
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].key == key) return i;
    return std::nullopt;
}

bool needs_group_column(const ReportData& report) {
    if (report.column(QStringLiteral("group"))) return false;
    int runs = 0;
    for (const auto& t : report.notes.totals) runs += t.group.isEmpty() ? 0 : 1;
    return runs > 1;
}

bool is_numeric(ColumnKind kind) {
    switch (kind) {
    case ColumnKind::Integer:
    case ColumnKind::Seconds:
    case ColumnKind::Ratio:
    case ColumnKind::Decimal: return true;
    default: return false;
    }
}

std::optional<double> cell_number(const QString& cell, ColumnKind kind) {
    if (!is_numeric(kind) || cell.isEmpty()) return std::nullopt;
    bool ok = false;
    // The server formats numbers in the C locale whatever the client's language.
    const double v = cell.toDouble(&ok);
    if (!ok) return std::nullopt;
    return v;
}

} // namespace kxcti::supervisor
