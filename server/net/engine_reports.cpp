#include "server/net/engine_reports.h"

#include "common/reports/loader.h"
#include "common/reports/render.h"
#include "common/reports/reports.h"
#include "common/site/site.h"

namespace kxcti::server::net {
namespace {

using protocol::ColumnKind;
using protocol::ErrorCode;
namespace r = kxcti::reports;

ColumnKind kind_of(r::Kind k) {
    switch (k) {
    case r::Kind::Integer:
    case r::Kind::Flag: return ColumnKind::Integer;
    case r::Kind::Seconds: return ColumnKind::Seconds;
    case r::Kind::Ratio: return ColumnKind::Ratio;
    case r::Kind::Decimal: return ColumnKind::Decimal;
    case r::Kind::DateTime: return ColumnKind::DateTime;
    case r::Kind::Text:
    case r::Kind::Legs: break;
    }
    return ColumnKind::Text;
}

std::string cell(const r::Value& v, r::Kind k) {
    if (k == r::Kind::Flag)
        if (auto n = r::as_int(v)) return *n ? "1" : "0";
    return r::format_value(v, k, /*for_table=*/false);
}

std::string pairs(const std::vector<std::pair<std::string, std::string>>& kv) {
    std::string out;
    for (const auto& [k, v] : kv) out += (out.empty() ? "" : ", ") + k + "=" + v;
    return out;
}

std::string totals(const r::Report& rep) {
    std::string out;
    for (const auto& f : rep.totals) out += (out.empty() ? "" : ", ") + f.key + "=" + cell(f.value, f.kind);
    return out;
}

} // namespace

EngineReports::EngineReports(const std::filesystem::path& db_path) : db_(db_path, /*read_only=*/true) {
}

std::vector<protocol::ReportInfo> EngineReports::catalog() {
    std::vector<protocol::ReportInfo> out;
    for (const auto& info : r::catalog()) out.push_back({info.name, info.title, info.params});
    return out;
}

ReportOutcome EngineReports::run(const std::string& name, const std::vector<protocol::ReportParam>& params,
                                 const accounts::Scope& scope, ReportSink& sink) {
    if (!r::find_report(name)) {
        std::string names;
        for (const auto& info : r::catalog()) names += (names.empty() ? "" : ", ") + info.name;
        return {false, ErrorCode::BadRequest, "no report named '" + name + "' (the reports are " + names + ")"};
    }
    r::Params p;
    for (const auto& kv : params) p.emplace_back(kv.key, kv.value);
    r::ReportQuery query;
    try {
        query = r::parse_query(name, p);
    } catch (const r::QueryError& e) {
        return {false, ErrorCode::BadRequest, e.what()};
    }
    // The runs this scope allows: everything once, or each of its groups.
    std::vector<std::optional<std::string>> runs;
    if (query.group) {
        if (!scope.sees_group(*query.group))
            return {false, ErrorCode::NotAllowed, "group " + *query.group + " is not one of your groups"};
        runs.push_back(query.group);
    } else if (scope.all) {
        runs.push_back(std::nullopt);
    } else {
        for (const auto& g : scope.groups) runs.push_back(g);
        if (runs.empty()) return {false, ErrorCode::NotAllowed, "reports are about ICD groups, and you have none"};
    }
    const auto site = site::load(db_);
    std::string notes;
    bool columns_sent = false;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        query.group = runs[i];
        r::Report rep;
        try {
            rep = r::report_from_database(db_, query, site);
        } catch (const r::QueryError& e) {
            return {false, ErrorCode::BadRequest, e.what()};
        }
        if (!columns_sent) {
            std::vector<protocol::ReportColumn> cols;
            for (const auto& c : rep.columns) cols.push_back({c.key, kind_of(c.kind)});
            if (!sink.columns(std::move(cols))) return {};
            columns_sent = true;
            notes = rep.title + "; " + calls::format_local(rep.from) + " to " + calls::format_local(rep.to);
            if (!rep.parameters.empty()) notes += "; " + pairs(rep.parameters);
        }
        std::vector<protocol::ReportRow> rows;
        for (const auto& row : rep.rows) {
            protocol::ReportRow out;
            // A group run's rows are about that group, including its summary rows.
            out.group = row.scope.empty() && runs[i] ? *runs[i] : row.scope;
            for (std::size_t c = 0; c < row.cells.size() && c < rep.columns.size(); ++c)
                out.cells.push_back(cell(row.cells[c], rep.columns[c].kind));
            rows.push_back(std::move(out));
            if (rows.size() == kReportChunkRows) {
                if (!sink.rows(std::move(rows))) return {};
                rows.clear();
            }
        }
        if (!rows.empty() && !sink.rows(std::move(rows))) return {};
        if (!rep.totals.empty()) notes += "; " + (runs[i] ? "group " + *runs[i] + " totals: " : "totals: ") + totals(rep);
        if (!sink.progress(i + 1, runs.size())) return {};
    }
    return {true, ErrorCode::BadRequest, notes};
}

} // namespace kxcti::server::net
