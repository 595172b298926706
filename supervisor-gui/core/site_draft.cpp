#include "supervisor-gui/core/site_draft.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

#include <stdexcept>

namespace kxcti::supervisor {

using namespace Qt::StringLiterals;

namespace {

QString tr_site(const char* text) {
    return QCoreApplication::translate("SiteDraft", text);
}

[[noreturn]] void refuse(const QString& what) {
    throw std::invalid_argument(what.toStdString());
}

bool is_number(const QString& s) {
    static const QRegularExpression re(u"^[0-9*#]{1,32}$"_s);
    return re.match(s).hasMatch();
}

bool is_date(const QString& s) {
    static const QRegularExpression re(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    return s.isEmpty() || re.match(s).hasMatch();
}

// An INI value runs to the end of the line: a line break would start a new key.
QString one_line(const QString& s) {
    QString t = s;
    t.replace(u'\n', u' ').replace(u'\r', u' ');
    return t.trimmed();
}

// Windows-1251, the Cyrillic letters and signs a phonebook holds (the code page's table).
QString decode_cp1251(const QByteArray& bytes) {
    QString out;
    out.reserve(bytes.size());
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b < 0x80) out += QChar(char16_t(b));
        else if (b >= 0xC0) out += QChar(char16_t(0x0410 + (b - 0xC0)));
        else {
            switch (b) {
            case 0xA8: out += QChar(char16_t(0x0401)); break;  // Ё
            case 0xB8: out += QChar(char16_t(0x0451)); break;  // ё
            case 0xAA: out += QChar(char16_t(0x0404)); break;  // Є
            case 0xBA: out += QChar(char16_t(0x0454)); break;  // є
            case 0xAF: out += QChar(char16_t(0x0407)); break;  // Ї
            case 0xBF: out += QChar(char16_t(0x0457)); break;  // ї
            case 0xB2: out += QChar(char16_t(0x0406)); break;  // І
            case 0xB3: out += QChar(char16_t(0x0456)); break;  // і
            case 0xA5: out += QChar(char16_t(0x0490)); break;  // Ґ
            case 0xB4: out += QChar(char16_t(0x0491)); break;  // ґ
            case 0xA0: out += QChar(char16_t(0x00A0)); break;
            case 0xB9: out += QChar(char16_t(0x2116)); break;  // №
            default: out += QChar(char16_t(0xFFFD));
            }
        }
    }
    return out;
}

QString decode_text(const QByteArray& bytes) {
    QByteArray b = bytes;
    if (b.startsWith("\xEF\xBB\xBF")) b.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(b);
    if (!utf8.hasError()) return text;
    return decode_cp1251(b);
}

QStringList split_csv_line(const QString& line, QChar sep) {
    QStringList out;
    QString cur;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                cur += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cur += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == sep) {
            out << cur.trimmed();
            cur.clear();
        } else {
            cur += c;
        }
    }
    out << cur.trimmed();
    return out;
}

// Digits with an optional leading '+', after dropping the spaces, dashes and brackets people type.
QString phone_number(const QString& cell) {
    QString n;
    for (const QChar c : cell) {
        if (c.isDigit()) n += c;
        else if (c == u'+' && n.isEmpty()) n += c;
        else if (c == u' ' || c == u'-' || c == u'(' || c == u')' || c == u'.') continue;
        else return {};
    }
    return n.size() >= 2 ? n : QString();
}

} // namespace

QStringList threshold_keys() {
    return {u"service_level_s"_s,   u"service_level_target"_s, u"short_abandon_s"_s,    u"abandon_policy"_s,
            u"callback_window_s"_s, u"talk_short_below_s"_s,   u"talk_long_above_s"_s,  u"slow_answer_ring_s"_s,
            u"trunk_blocking_target"_s, u"shrinkage"_s};
}

KeyValues thresholds_from_report(const KeyValues& parameters) {
    KeyValues out;
    for (const auto& [k, v] : parameters) {
        if (k == u"service_level_T_s"_s) out.push_back({u"service_level_s"_s, v});
        else if (k == u"service_level_target"_s) out.push_back({k, v});
        else if (k == u"short_abandon_S_s"_s) out.push_back({u"short_abandon_s"_s, v});
        else if (k == u"callback_window_W_s"_s) out.push_back({u"callback_window_s"_s, v});
        else if (k == u"slow_answer_ring_s"_s || k == u"trunk_blocking_target"_s || k == u"shrinkage"_s)
            out.push_back({k, v});
        else if (k == u"abandon_policy"_s)
            out.push_back({k, v.contains(u"ignored"_s) ? u"ignored"_s : v.endsWith(u" for"_s) ? u"for"_s : u"against"_s});
        else if (k == u"talk_buckets_s"_s) {
            const auto parts = v.split(u", "_s);
            if (parts.size() == 3) {
                out.push_back({u"talk_short_below_s"_s, parts[0].mid(1)});
                out.push_back({u"talk_long_above_s"_s, parts[2].mid(1)});
            }
        }
    }
    return out;
}

QString site_config_ini(const SiteDraft& d) {
    QString out = u"# kxcti site configuration written by kxcti Supervisor.\n"
                  u"# Apply on the server: kxcti-server config import THIS_FILE\n"_s;
    if (!d.trunks.trimmed().isEmpty()) {
        bool ok = false;
        const int n = d.trunks.trimmed().toInt(&ok);
        if (!ok || n < 1) refuse(tr_site(QT_TRANSLATE_NOOP("SiteDraft", "installed trunks '%1' is not a whole number of at least 1")).arg(d.trunks));
        out += u"trunks = %1\n"_s.arg(n);
    }
    if (!d.thresholds.isEmpty()) {
        out += u"\n[threshold]\n"_s;
        for (const auto& [k, v] : d.thresholds)
            if (!v.trimmed().isEmpty()) out += k + u" = "_s + one_line(v) + u'\n';
    }
    for (const auto& o : d.operators) {
        if (!is_number(o.ext)) refuse(tr_site(QT_TRANSLATE_NOOP("SiteDraft", "operator extension '%1' is not a number")).arg(o.ext));
        out += u"\n[operator.%1]\nname = %2\n"_s.arg(o.ext, one_line(o.name));
    }
    for (const auto& g : d.groups) {
        if (!is_number(g.number)) refuse(tr_site(QT_TRANSLATE_NOOP("SiteDraft", "group '%1' is not a number")).arg(g.number));
        out += u"\n[group.%1]\n"_s.arg(g.number);
        if (!g.name.trimmed().isEmpty()) out += u"name = "_s + one_line(g.name) + u'\n';
        if (!g.members.trimmed().isEmpty()) {
            QStringList members;
            for (const auto& m : g.members.split(u',', Qt::SkipEmptyParts)) {
                if (!is_number(m.trimmed()))
                    refuse(tr_site(QT_TRANSLATE_NOOP("SiteDraft", "group %1: member '%2' is not an extension number")).arg(g.number, m.trimmed()));
                members << m.trimmed();
            }
            out += u"members = "_s + members.join(u", "_s) + u'\n';
        }
    }
    for (const auto& c : d.channels) {
        if (!is_number(c.did)) refuse(tr_site(QT_TRANSLATE_NOOP("SiteDraft", "channel DID '%1' is not a number")).arg(c.did));
        if (!is_date(c.from) || !is_date(c.to))
            refuse(tr_site(QT_TRANSLATE_NOOP("SiteDraft", "channel %1: dates are YYYY-MM-DD (or empty for open-ended)")).arg(c.did));
        out += u"\n[channel.%1]\nname = %2\n"_s.arg(c.did, one_line(c.name));
        if (!c.from.isEmpty()) out += u"from = "_s + c.from + u'\n';
        if (!c.to.isEmpty()) out += u"to = "_s + c.to + u'\n';
        if (!c.spend.trimmed().isEmpty()) {
            bool ok = false;
            QString spend = c.spend.trimmed();
            spend.replace(u',', u'.');
            const double v = spend.toDouble(&ok);
            if (!ok || v < 0) refuse(tr_site(QT_TRANSLATE_NOOP("SiteDraft", "channel %1: spend '%2' is not an amount")).arg(c.did, c.spend));
            out += u"spend = "_s + spend + u'\n';
        }
    }
    return out;
}

QString user_commands(const SiteDraft& d) {
    static const QRegularExpression name_re(u"^[A-Za-z0-9._@-]{1,64}$"_s);
    QString out = u"# Run on the server; each command asks for the user's password.\n"_s;
    for (const auto& u : d.users) {
        if (!name_re.match(u.name).hasMatch())
            refuse(tr_site(QT_TRANSLATE_NOOP("SiteDraft", "user name '%1': letters, digits and . _ @ - only")).arg(u.name));
        if (u.role != u"admin"_s && u.role != u"supervisor"_s && u.role != u"operator"_s)
            refuse(tr_site(QT_TRANSLATE_NOOP("SiteDraft", "user %1: role '%2' is not admin, supervisor or operator")).arg(u.name, u.role));
        out += u"kxcti-server user add "_s + u.name + u" --role "_s + u.role;
        const auto groups = u.groups.split(u',', Qt::SkipEmptyParts);
        for (const auto& g : groups) {
            if (!is_number(g.trimmed())) refuse(tr_site(QT_TRANSLATE_NOOP("SiteDraft", "user %1: group '%2' is not a number")).arg(u.name, g.trimmed()));
            out += u" --group "_s + g.trimmed();
        }
        for (const auto& e : u.extensions.split(u',', Qt::SkipEmptyParts)) {
            if (!is_number(e.trimmed())) refuse(tr_site(QT_TRANSLATE_NOOP("SiteDraft", "user %1: extension '%2' is not a number")).arg(u.name, e.trimmed()));
            out += u" --ext "_s + e.trimmed();
        }
        out += u'\n';
    }
    return out;
}

PhonebookImport parse_phonebook_csv(const QByteArray& bytes) {
    PhonebookImport out;
    const QString text = decode_text(bytes);
    const auto lines = text.split(QRegularExpression(u"\r\n|\r|\n"_s));
    // The separator is the one the first non-empty line uses most.
    QChar sep = u',';
    for (const auto& l : lines)
        if (!l.trimmed().isEmpty()) {
            int best = -1;
            for (const QChar c : {u';', u',', u'\t'})
                if (l.count(c) > best) {
                    best = static_cast<int>(l.count(c));
                    sep = c;
                }
            break;
        }
    int number_col = -1;
    for (int i = 0; i < lines.size(); ++i) {
        const auto& l = lines[i];
        if (l.trimmed().isEmpty()) continue;
        const auto cells = split_csv_line(l, sep);
        if (number_col < 0) {
            for (int c = 0; c < cells.size(); ++c)
                if (!phone_number(cells[c]).isEmpty()) {
                    number_col = c;
                    break;
                }
            if (number_col < 0) {
                if (out.rows.isEmpty() && out.problems.isEmpty()) continue;  // a header line
                out.problems << tr_site(QT_TRANSLATE_NOOP("SiteDraft", "line %1: no phone number")).arg(i + 1);
                continue;
            }
        }
        const auto number = phone_number(cells.value(number_col));
        if (number.isEmpty()) {
            out.problems << tr_site(QT_TRANSLATE_NOOP("SiteDraft", "line %1: '%2' is not a phone number")).arg(i + 1).arg(cells.value(number_col));
            continue;
        }
        QStringList rest;
        for (int c = 0; c < cells.size(); ++c)
            if (c != number_col && !cells[c].isEmpty()) rest << cells[c];
        out.rows.push_back({number, rest.join(u' ')});
    }
    return out;
}

} // namespace kxcti::supervisor
