#include "supervisor-gui/core/column_titles.h"

#include <QCoreApplication>

#include <string_view>

namespace kxcti::supervisor {
namespace {

using namespace Qt::StringLiterals;

struct Title {
    std::string_view key;
    const char* text;  // translated in the "Column" / "Report" / "Parameter" contexts
};

// Every key the engine's reports use (docs/reports.md); lupdate reads the texts from here.
constexpr Title kColumns[] = {
    {"offered", QT_TRANSLATE_NOOP("Column", "Offered")},
    {"answered", QT_TRANSLATE_NOOP("Column", "Answered")},
    {"answer_rate", QT_TRANSLATE_NOOP("Column", "Answer rate")},
    {"lost", QT_TRANSLATE_NOOP("Column", "Lost")},
    {"lost_in_queue", QT_TRANSLATE_NOOP("Column", "Lost in queue")},
    {"lost_at_operator", QT_TRANSLATE_NOOP("Column", "Lost at operator")},
    {"short_abandons", QT_TRANSLATE_NOOP("Column", "Short abandons")},
    {"abandon_rate", QT_TRANSLATE_NOOP("Column", "Abandon rate")},
    {"abandon_rate_incl_short", QT_TRANSLATE_NOOP("Column", "Abandon rate incl. short")},
    {"forwarded_out", QT_TRANSLATE_NOOP("Column", "Forwarded out")},
    {"overflowed", QT_TRANSLATE_NOOP("Column", "Overflowed")},
    {"unknown_outcome", QT_TRANSLATE_NOOP("Column", "Unknown outcome")},
    {"queued", QT_TRANSLATE_NOOP("Column", "Queued")},
    {"transferred", QT_TRANSLATE_NOOP("Column", "Transferred")},
    {"asa_s", QT_TRANSLATE_NOOP("Column", "ASA, s")},
    {"max_wait_s", QT_TRANSLATE_NOOP("Column", "Max wait, s")},
    {"avg_abandon_wait_s", QT_TRANSLATE_NOOP("Column", "Avg abandon wait, s")},
    {"max_wait_lost_s", QT_TRANSLATE_NOOP("Column", "Max wait of lost, s")},
    {"wait_unknown", QT_TRANSLATE_NOOP("Column", "Wait unknown")},
    {"service_level", QT_TRANSLATE_NOOP("Column", "Service level")},
    {"talk_s", QT_TRANSLATE_NOOP("Column", "Talk, s")},
    {"avg_talk_s", QT_TRANSLATE_NOOP("Column", "Avg talk, s")},
    {"max_talk_s", QT_TRANSLATE_NOOP("Column", "Max talk, s")},
    {"aht_s", QT_TRANSLATE_NOOP("Column", "AHT, s")},
    {"talk_unknown", QT_TRANSLATE_NOOP("Column", "Talk unknown")},
    {"outgoing", QT_TRANSLATE_NOOP("Column", "Outgoing")},
    {"outgoing_talk_s", QT_TRANSLATE_NOOP("Column", "Outgoing talk, s")},
    {"intercom", QT_TRANSLATE_NOOP("Column", "Intercom")},
    {"bucket", QT_TRANSLATE_NOOP("Column", "Interval")},
    {"group", QT_TRANSLATE_NOOP("Column", "Group")},
    {"name", QT_TRANSLATE_NOOP("Column", "Name")},
    {"operators_rang", QT_TRANSLATE_NOOP("Column", "Operators rung")},
    {"ring_no_answer", QT_TRANSLATE_NOOP("Column", "Ring, no answer")},
    {"ext", QT_TRANSLATE_NOOP("Column", "Extension")},
    {"missed", QT_TRANSLATE_NOOP("Column", "Missed")},
    {"answered_elsewhere", QT_TRANSLATE_NOOP("Column", "Answered elsewhere")},
    {"picked_up_from_others", QT_TRANSLATE_NOOP("Column", "Picked up from others")},
    {"transferred_to_them", QT_TRANSLATE_NOOP("Column", "Transferred to them")},
    {"transferred_away", QT_TRANSLATE_NOOP("Column", "Transferred away")},
    {"avg_ring_s", QT_TRANSLATE_NOOP("Column", "Avg ring, s")},
    {"max_ring_s", QT_TRANSLATE_NOOP("Column", "Max ring, s")},
    {"ring_unknown", QT_TRANSLATE_NOOP("Column", "Ring unknown")},
    {"slow_answers", QT_TRANSLATE_NOOP("Column", "Slow answers")},
    {"occupancy", QT_TRANSLATE_NOOP("Column", "Occupancy")},
    {"date", QT_TRANSLATE_NOOP("Column", "Date")},
    {"busy_hour_start", QT_TRANSLATE_NOOP("Column", "Busy hour")},
    {"busy_hour_erlangs", QT_TRANSLATE_NOOP("Column", "Busy hour, Erl")},
    {"busy_hour_calls", QT_TRANSLATE_NOOP("Column", "Busy hour calls")},
    {"day_erlang_hours", QT_TRANSLATE_NOOP("Column", "Day, Erl·h")},
    {"calls", QT_TRANSLATE_NOOP("Column", "Calls")},
    {"peak_simultaneous", QT_TRANSLATE_NOOP("Column", "Peak simultaneous")},
    {"peak_at", QT_TRANSLATE_NOOP("Column", "Peak at")},
    {"trunks_installed", QT_TRANSLATE_NOOP("Column", "Trunks installed")},
    {"blocking", QT_TRANSLATE_NOOP("Column", "Blocking")},
    {"trunks_needed", QT_TRANSLATE_NOOP("Column", "Trunks needed")},
    {"trunks_sufficient", QT_TRANSLATE_NOOP("Column", "Trunks sufficient")},
    {"interval_start", QT_TRANSLATE_NOOP("Column", "Interval start")},
    {"traffic_erlangs", QT_TRANSLATE_NOOP("Column", "Traffic, Erl")},
    {"required_agents", QT_TRANSLATE_NOOP("Column", "Required operators")},
    {"scheduled_agents", QT_TRANSLATE_NOOP("Column", "Scheduled operators")},
    {"present_agents", QT_TRANSLATE_NOOP("Column", "Present operators")},
    {"occupancy_at_present", QT_TRANSLATE_NOOP("Column", "Occupancy at present")},
    {"predicted_service_level", QT_TRANSLATE_NOOP("Column", "Predicted service level")},
    {"measured_service_level", QT_TRANSLATE_NOOP("Column", "Measured service level")},
    {"verdict", QT_TRANSLATE_NOOP("Column", "Verdict")},
    {"answered_within_t", QT_TRANSLATE_NOOP("Column", "Answered within T")},
    {"answered_after_t", QT_TRANSLATE_NOOP("Column", "Answered after T")},
    {"abandoned_within_t", QT_TRANSLATE_NOOP("Column", "Abandoned within T")},
    {"abandoned_after_t", QT_TRANSLATE_NOOP("Column", "Abandoned after T")},
    {"sl_abandons_against", QT_TRANSLATE_NOOP("Column", "SL, abandons against")},
    {"sl_abandons_ignored", QT_TRANSLATE_NOOP("Column", "SL, abandons ignored")},
    {"sl_abandons_for", QT_TRANSLATE_NOOP("Column", "SL, abandons for")},
    {"target", QT_TRANSLATE_NOOP("Column", "Target")},
    {"target_met", QT_TRANSLATE_NOOP("Column", "Target met")},
    {"short", QT_TRANSLATE_NOOP("Column", "Short")},
    {"medium", QT_TRANSLATE_NOOP("Column", "Medium")},
    {"long", QT_TRANSLATE_NOOP("Column", "Long")},
    {"short_share", QT_TRANSLATE_NOOP("Column", "Short share")},
    {"call_id", QT_TRANSLATE_NOOP("Column", "Call")},
    {"time", QT_TRANSLATE_NOOP("Column", "Time")},
    {"caller", QT_TRANSLATE_NOOP("Column", "Caller")},
    {"did", QT_TRANSLATE_NOOP("Column", "DID")},
    {"fate", QT_TRANSLATE_NOOP("Column", "Fate")},
    {"wait_s", QT_TRANSLATE_NOOP("Column", "Wait, s")},
    {"rang", QT_TRANSLATE_NOOP("Column", "Rang at")},
    {"window_ends", QT_TRANSLATE_NOOP("Column", "Window ends")},
    {"repeats", QT_TRANSLATE_NOOP("Column", "Repeats")},
    {"first_call", QT_TRANSLATE_NOOP("Column", "First call")},
    {"last_call", QT_TRANSLATE_NOOP("Column", "Last call")},
    {"channel", QT_TRANSLATE_NOOP("Column", "Channel")},
    {"unique_callers", QT_TRANSLATE_NOOP("Column", "Unique callers")},
    {"new_callers", QT_TRANSLATE_NOOP("Column", "New callers")},
    {"returning_callers", QT_TRANSLATE_NOOP("Column", "Returning callers")},
    {"no_caller_id", QT_TRANSLATE_NOOP("Column", "No caller ID")},
    {"spend", QT_TRANSLATE_NOOP("Column", "Spend")},
    {"cost_per_call", QT_TRANSLATE_NOOP("Column", "Cost per call")},
    {"cost_per_answered", QT_TRANSLATE_NOOP("Column", "Cost per answered")},
    {"id", QT_TRANSLATE_NOOP("Column", "Call")},
    {"arrival", QT_TRANSLATE_NOOP("Column", "Arrival")},
    {"direction", QT_TRANSLATE_NOOP("Column", "Direction")},
    {"dialed", QT_TRANSLATE_NOOP("Column", "Dialled")},
    {"co", QT_TRANSLATE_NOOP("Column", "CO line")},
    {"groups", QT_TRANSLATE_NOOP("Column", "Groups")},
    {"outcome", QT_TRANSLATE_NOOP("Column", "Outcome")},
    {"grouping_uncertain", QT_TRANSLATE_NOOP("Column", "Grouping uncertain")},
    {"time_estimated", QT_TRANSLATE_NOOP("Column", "Time estimated")},
    {"duration_suspect", QT_TRANSLATE_NOOP("Column", "Duration suspect")},
    {"start", QT_TRANSLATE_NOOP("Column", "Start")},
    {"answer", QT_TRANSLATE_NOOP("Column", "Answer")},
    {"end", QT_TRANSLATE_NOOP("Column", "End")},
    {"legs", QT_TRANSLATE_NOOP("Column", "Legs")},
};

constexpr Title kReports[] = {
    {"summary", QT_TRANSLATE_NOOP("Report", "Summary")},
    {"hourly", QT_TRANSLATE_NOOP("Report", "Hourly / weekday distribution")},
    {"groups", QT_TRANSLATE_NOOP("Report", "ICD groups")},
    {"operators", QT_TRANSLATE_NOOP("Report", "Operators")},
    {"busy-hour", QT_TRANSLATE_NOOP("Report", "Busy hour and trunks")},
    {"staffing", QT_TRANSLATE_NOOP("Report", "Staffing (Erlang C)")},
    {"service-level", QT_TRANSLATE_NOOP("Report", "Service level")},
    {"talk-buckets", QT_TRANSLATE_NOOP("Report", "Talk length")},
    {"lost-not-called-back", QT_TRANSLATE_NOOP("Report", "Lost, not called back")},
    {"repeat-callers", QT_TRANSLATE_NOOP("Report", "Repeat callers")},
    {"channels", QT_TRANSLATE_NOOP("Report", "Advertising channels")},
    {"calls", QT_TRANSLATE_NOOP("Report", "Calls")},
};

constexpr Title kParameters[] = {
    {"from", QT_TRANSLATE_NOOP("Parameter", "From")},
    {"to", QT_TRANSLATE_NOOP("Parameter", "To")},
    {"group", QT_TRANSLATE_NOOP("Parameter", "Group")},
    {"operator", QT_TRANSLATE_NOOP("Parameter", "Operator")},
    {"channel", QT_TRANSLATE_NOOP("Parameter", "Channel")},
    {"interval", QT_TRANSLATE_NOOP("Parameter", "Interval")},
    {"service_level_T_s", QT_TRANSLATE_NOOP("Parameter", "Service level threshold T, s")},
    {"service_level_target", QT_TRANSLATE_NOOP("Parameter", "Service level target")},
    {"abandon_policy", QT_TRANSLATE_NOOP("Parameter", "Abandons in the service level")},
    {"short_abandon_S_s", QT_TRANSLATE_NOOP("Parameter", "Short abandon threshold S, s")},
    {"callback_window_W_s", QT_TRANSLATE_NOOP("Parameter", "Call-back window W, s")},
    {"talk_buckets_s", QT_TRANSLATE_NOOP("Parameter", "Talk buckets, s")},
    {"slow_answer_ring_s", QT_TRANSLATE_NOOP("Parameter", "Slow answer above, s")},
    {"trunk_count", QT_TRANSLATE_NOOP("Parameter", "Installed trunks")},
    {"trunk_blocking_target", QT_TRANSLATE_NOOP("Parameter", "Trunk blocking target")},
    {"shrinkage", QT_TRANSLATE_NOOP("Parameter", "Shrinkage")},
};

template <std::size_t N>
const char* find(const Title (&table)[N], const QString& key) {
    const auto utf8 = key.toUtf8();
    const std::string_view k(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    for (const auto& t : table)
        if (t.key == k) return t.text;
    return nullptr;
}

} // namespace

QString column_title(const QString& key) {
    if (const char* t = find(kColumns, key)) return QCoreApplication::translate("Column", t);
    QString human = key;
    return human.replace(u'_', u' ');
}

QString report_title(const QString& name, const QString& server_title) {
    if (const char* t = find(kReports, name)) return QCoreApplication::translate("Report", t);
    return server_title.isEmpty() ? name : server_title;
}

QString parameter_title(const QString& key) {
    if (const char* t = find(kParameters, key)) return QCoreApplication::translate("Parameter", t);
    return key;
}

} // namespace kxcti::supervisor
