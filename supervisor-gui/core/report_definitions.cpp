// The engine's headers first: common/calls names a method emit(), which Qt's `emit` macro
// (pulled in by any Qt header) would rewrite.
#include "common/reports/reports.h"

#include "supervisor-gui/core/report_definitions.h"

#include <span>

namespace kxcti::supervisor {

using namespace Qt::StringLiterals;

namespace {

// The engine prints its thresholds as in `kxcti-server report`: "service_level_T_s=20",
// "service_level_target=80%", "talk_buckets_s=<40, 40..180, >180"...
reports::Thresholds thresholds_from(const KeyValues& params) {
    reports::Thresholds t;
    auto uint_of = [](const QString& v, std::uint32_t fallback) {
        bool ok = false;
        const auto n = v.toUInt(&ok);
        return ok ? n : fallback;
    };
    auto fraction_of = [](QString v, double fallback) {
        const bool percent = v.endsWith(u'%');
        if (percent) v.chop(1);
        bool ok = false;
        const double d = v.toDouble(&ok);
        return ok ? (percent ? d / 100.0 : d) : fallback;
    };
    for (const auto& [k, v] : params) {
        if (k == u"service_level_T_s"_s) t.service_level_s = uint_of(v, t.service_level_s);
        else if (k == u"service_level_target"_s) t.service_level_target = fraction_of(v, t.service_level_target);
        else if (k == u"short_abandon_S_s"_s) t.short_abandon_s = uint_of(v, t.short_abandon_s);
        else if (k == u"callback_window_W_s"_s) t.callback_window_s = uint_of(v, t.callback_window_s);
        else if (k == u"slow_answer_ring_s"_s) t.slow_answer_ring_s = uint_of(v, t.slow_answer_ring_s);
        else if (k == u"trunk_blocking_target"_s) t.trunk_blocking_target = fraction_of(v, t.trunk_blocking_target);
        else if (k == u"shrinkage"_s) t.shrinkage = fraction_of(v, t.shrinkage);
        else if (k == u"abandon_policy"_s) {
            if (v.contains(u"ignored"_s)) t.abandon_policy = reports::AbandonPolicy::Ignored;
            else if (v.contains(u" for"_s)) t.abandon_policy = reports::AbandonPolicy::For;
        } else if (k == u"talk_buckets_s"_s) {
            // "<40, 40..180, >180"
            const auto parts = v.split(u", "_s);
            if (parts.size() == 3) {
                t.talk_short_below_s = uint_of(parts[0].mid(1), t.talk_short_below_s);
                t.talk_long_above_s = uint_of(parts[2].mid(1), t.talk_long_above_s);
            }
        }
    }
    return t;
}

} // namespace

KeyValues report_definitions(const QString& name, const KeyValues& server_parameters) {
    const auto utf8 = name.toStdString();
    if (!reports::find_report(utf8)) return {};
    KeyValues out;
    try {
        reports::SiteModel site;
        site.thresholds = thresholds_from(server_parameters);
        const auto query = reports::parse_query(utf8, {{"from", "2000-01-03"}, {"to", "2000-01-03"}});
        const auto r = reports::run_report({std::span<const calls::Call>{}, site, query, nullptr});
        for (const auto& [k, v] : r.definitions) out.push_back({QString::fromStdString(k), QString::fromStdString(v)});
    } catch (const std::exception&) {
        // A report that cannot describe itself over no calls: the thresholds still show.
        return {};
    }
    return out;
}

} // namespace kxcti::supervisor
