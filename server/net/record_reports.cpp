#include "server/net/record_reports.h"

#include <map>
#include <optional>

namespace kxcti::server::net {
namespace {

using protocol::ColumnKind;
using protocol::ErrorCode;

constexpr const char* kFinal = "(cd IS NULL OR cd NOT IN ('RC', 'AN', 'VR', 'VA'))";

ReportOutcome bad(std::string text) { return ReportOutcome{false, ErrorCode::BadRequest, std::move(text)}; }

bool is_date(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

std::string cell(const std::optional<std::string>& s) { return s.value_or(""); }
std::string cell(const std::optional<int>& n) { return n ? std::to_string(*n) : std::string(); }

const char* direction_name(int d) {
    switch (d) {
    case 1: return "in";
    case 2: return "out";
    case 3: return "intercom";
    default: return "";
    }
}

} // namespace

RecordReports::RecordReports(const std::filesystem::path& db_path) : db_(db_path, /*read_only=*/true) {
    db_.set_busy_timeout(storage::kBusyTimeout);
}

void RecordReports::set_site(const reports::SiteModel& site) {
    live::Directory d(site);
    std::lock_guard lock(site_mutex_);
    directory_ = std::move(d);
}

live::Directory RecordReports::directory() {
    std::lock_guard lock(site_mutex_);
    return directory_;
}

std::vector<protocol::ReportInfo> RecordReports::catalog() {
    return {{"calls", "Calls: every SMDR record", {"from", "to", "group"}},
            {"groups", "Calls per group: answered, abandoned, ring time", {"from", "to"}}};
}

ReportOutcome RecordReports::run(const std::string& name, const std::vector<protocol::ReportParam>& params,
                                 const accounts::Scope& scope, ReportSink& sink) {
    std::map<std::string, std::string> p;
    for (const auto& kv : params) p[kv.key] = kv.value;
    const std::string from = p.count("from") ? p["from"] : "0000-01-01";
    const std::string to = p.count("to") ? p["to"] : "9999-12-31";
    if (!is_date(from) || !is_date(to)) return bad("from and to are dates: YYYY-MM-DD");
    if (name == "calls") {
        const std::string group = p.count("group") ? p["group"] : "";
        if (!group.empty() && !scope.sees_group(group))
            return ReportOutcome{false, ErrorCode::NotAllowed, "group " + group + " is not one of your groups"};
        return calls(from, to, group, scope, sink);
    }
    if (name == "groups") return groups(from, to, scope, sink);
    return bad("no report named '" + name + "' (the catalog lists: calls, groups)");
}

ReportOutcome RecordReports::calls(const std::string& from, const std::string& to, const std::string& group,
                                   const accounts::Scope& scope, ReportSink& sink) {
    const auto dir = directory();
    if (!sink.columns({{"date", ColumnKind::Date},
                       {"time", ColumnKind::Time},
                       {"ext", ColumnKind::Text},
                       {"group", ColumnKind::Text},
                       {"trunk", ColumnKind::Text},
                       {"direction", ColumnKind::Text},
                       {"caller", ColumnKind::Text},
                       {"did", ColumnKind::Text},
                       {"dialed", ColumnKind::Text},
                       {"ring", ColumnKind::Seconds},
                       {"duration", ColumnKind::Seconds},
                       {"cd", ColumnKind::Text}}))
        return {};
    storage::Statement total(db_, std::string("SELECT COUNT(*) FROM smdr_record WHERE call_date BETWEEN ?1 AND ?2 AND ") + kFinal,
                             "counting records for a report");
    total.bind_text(1, from).bind_text(2, to);
    total.step();
    const auto all = static_cast<std::uint64_t>(total.column_int64(0));
    storage::Statement s(db_,
                         std::string("SELECT call_date, call_time, ext, co, direction, caller, did, dialed, ring_s, "
                                     "duration_s, cd FROM smdr_record WHERE call_date BETWEEN ?1 AND ?2 AND ") +
                             kFinal + " ORDER BY call_date, call_time, journal_id",
                         "reading records for a report");
    s.bind_text(1, from).bind_text(2, to);
    std::vector<protocol::ReportRow> chunk;
    std::uint64_t done = 0;
    while (s.step()) {
        ++done;
        const std::string ext = cell(s.column_optional_text(2));
        const std::string g = dir.group_of(ext);
        if (!scope.sees_group(g) || (!group.empty() && g != group)) continue;
        chunk.push_back({g,
                         {cell(s.column_optional_text(0)), cell(s.column_optional_text(1)), ext, g,
                          cell(s.column_optional_text(3)), direction_name(s.column_int(4)),
                          cell(s.column_optional_text(5)), cell(s.column_optional_text(6)),
                          cell(s.column_optional_text(7)), cell(s.column_optional_int(8)),
                          cell(s.column_optional_int(9)), cell(s.column_optional_text(10))}});
        if (chunk.size() == kReportChunkRows) {
            if (!sink.rows(std::move(chunk)) || !sink.progress(done, all)) return {};
            chunk.clear();
        }
    }
    if (!chunk.empty() && !sink.rows(std::move(chunk))) return {};
    return ReportOutcome{true, ErrorCode::BadRequest, std::to_string(all) + " records from " + from + " to " + to};
}

ReportOutcome RecordReports::groups(const std::string& from, const std::string& to, const accounts::Scope& scope,
                                    ReportSink& sink) {
    const auto dir = directory();
    if (!sink.columns({{"group", ColumnKind::Text},
                       {"calls", ColumnKind::Integer},
                       {"answered", ColumnKind::Integer},
                       {"abandoned", ColumnKind::Integer},
                       {"ring total", ColumnKind::Seconds}}))
        return {};
    struct Figures {
        std::uint64_t calls = 0, answered = 0, abandoned = 0, ring = 0;
    };
    std::map<std::string, Figures> by_group;
    storage::Statement s(db_,
                         std::string("SELECT ext, duration_s, ring_s, cd FROM smdr_record WHERE direction = 1 AND "
                                     "call_date BETWEEN ?1 AND ?2 AND ") +
                             kFinal,
                         "reading incoming calls for a report");
    s.bind_text(1, from).bind_text(2, to);
    while (s.step()) {
        const std::string g = dir.group_of(cell(s.column_optional_text(0)));
        if (g.empty() || !scope.sees_group(g)) continue;
        auto& f = by_group[g];
        ++f.calls;
        if (cell(s.column_optional_text(3)) == "NA")
            ++f.abandoned;
        else if (s.column_optional_int(1).value_or(0) > 0)
            ++f.answered;
        f.ring += static_cast<std::uint64_t>(s.column_optional_int(2).value_or(0));
    }
    std::vector<protocol::ReportRow> rows;
    for (const auto& [g, f] : by_group)
        rows.push_back({g, {g, std::to_string(f.calls), std::to_string(f.answered), std::to_string(f.abandoned),
                            std::to_string(f.ring)}});
    if (!rows.empty() && !sink.rows(std::move(rows))) return {};
    return ReportOutcome{true, ErrorCode::BadRequest, "records from " + from + " to " + to};
}

} // namespace kxcti::server::net
