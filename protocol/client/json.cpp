#include "protocol/client/json.h"

#include "common/util/json_writer.h"

#include <charconv>
#include <ctime>

namespace kxcti::protocol::client {
namespace {

using kxcti::json::ObjectWriter;

void time_fields(ObjectWriter& w, std::int64_t us) {
    w.num("at_us", us).str("at", iso_utc(us));
}

const char* outcome(CallOutcome o) {
    switch (o) {
    case CallOutcome::Answered: return "answered";
    case CallOutcome::Abandoned: return "abandoned";
    case CallOutcome::Unknown: break;
    }
    return "unknown";
}

const char* activity(OperatorActivity a) {
    switch (a) {
    case OperatorActivity::Idle: return "idle";
    case OperatorActivity::Ringing: return "ringing";
    case OperatorActivity::Talking: return "talking";
    case OperatorActivity::Unknown: break;
    }
    return "unknown";
}

const char* role(Role r) {
    switch (r) {
    case Role::Admin: return "admin";
    case Role::Supervisor: return "supervisor";
    case Role::Operator: return "operator";
    }
    return "unknown";
}

std::string array(const std::vector<std::string>& v) {
    std::string out = "[";
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (i) out += ',';
        kxcti::json::append_string(out, v[i]);
    }
    return out + "]";
}

// A cell that is a JSON number as it stands ("12", "-0.5", "1e-05"): no "inf", "nan", "+1".
bool json_number(const std::string& s) {
    if (s.empty() || !(s[0] == '-' || (s[0] >= '0' && s[0] <= '9'))) return false;
    double v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    return ec == std::errc{} && p == s.data() + s.size();
}

} // namespace

std::string iso_utc(std::int64_t unix_us) {
    const std::time_t t = static_cast<std::time_t>(unix_us / 1'000'000);
    std::tm utc{};
    gmtime_r(&t, &utc);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buf;
}

std::string to_json(const Message& m) {
    std::string out;
    ObjectWriter w(out);
    if (auto* e = std::get_if<CallRinging>(&m)) {
        w.str("event", "ringing").str("call", e->call_key);
        time_fields(w, e->at_us);
        w.str("ext", e->ext).str("group", e->group).str("trunk", e->trunk).str("caller", e->caller);
        w.str("did", e->did).str("channel", e->channel).str("name", e->caller_name);
        w.num("earlier_calls", e->earlier_calls).num("last_call_us", e->last_call_us);
    } else if (auto* e = std::get_if<CallAnswered>(&m)) {
        w.str("event", "answered").str("call", e->call_key);
        time_fields(w, e->at_us);
        w.str("ext", e->ext).str("group", e->group).str("trunk", e->trunk).str("caller", e->caller);
        w.num("ring_s", e->ring_s);
    } else if (auto* e = std::get_if<CallEnded>(&m)) {
        w.str("event", "ended").str("call", e->call_key);
        time_fields(w, e->at_us);
        w.str("ext", e->ext).str("group", e->group).str("trunk", e->trunk).str("caller", e->caller);
        w.str("outcome", outcome(e->outcome)).num("ring_s", e->ring_s).num("duration_s", e->duration_s);
    } else if (auto* e = std::get_if<QueueState>(&m)) {
        w.str("event", "queue");
        time_fields(w, e->at_us);
        w.str("group", e->group).num("waiting", e->waiting).num("oldest_since_us", e->oldest_since_us);
    } else if (auto* e = std::get_if<OperatorState>(&m)) {
        w.str("event", "operator");
        time_fields(w, e->at_us);
        w.str("ext", e->ext).str("group", e->group).str("activity", activity(e->activity)).str("caller", e->caller);
    } else if (auto* e = std::get_if<LoginOk>(&m)) {
        w.str("message", "LoginOk").str("user", e->user).str("role", role(e->role)).boolean("all_groups", e->all_groups);
        w.raw("groups", array(e->groups)).raw("extensions", array(e->extensions)).str("text", e->text);
    } else if (auto* e = std::get_if<Goodbye>(&m)) {
        w.str("message", "Goodbye").num("code", static_cast<int>(e->code)).str("text", e->text);
    } else if (auto* e = std::get_if<Error>(&m)) {
        w.str("message", "Error").num("code", static_cast<int>(e->code)).str("text", e->text);
    } else {
        w.str("message", message_name(static_cast<std::uint16_t>(message_type(m))));
    }
    w.close();
    return out;
}

std::string row_json(const std::vector<ReportColumn>& columns, const ReportRow& row) {
    std::string out;
    ObjectWriter w(out);
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
        const std::string key = i < columns.size() ? columns[i].name : "column " + std::to_string(i + 1);
        const auto kind = i < columns.size() ? columns[i].kind : ColumnKind::Text;
        const auto& cell = row.cells[i];
        const bool numeric = kind == ColumnKind::Integer || kind == ColumnKind::Seconds ||
                             kind == ColumnKind::Ratio || kind == ColumnKind::Decimal;
        if (cell.empty() && kind != ColumnKind::Text)
            w.null(key);
        else if (numeric && json_number(cell))
            w.raw(key, cell);
        else
            w.str(key, cell);
    }
    w.close();
    return out;
}

} // namespace kxcti::protocol::client
