// kxcti-server report NAME --from --to [filters] [--interval] [--format]: the supervisor's
// figures from the local database, through the same engine the server answers clients with
// (common/reports). `report list` prints the reports and their parameters.
#include "server/cli/commands.h"

#include "common/reports/loader.h"
#include "common/reports/render.h"
#include "common/reports/reports.h"
#include "common/site/site.h"
#include "common/storage/schema.h"
#include "server/cli/args.h"
#include "server/cli/common_options.h"

#include <filesystem>
#include <iostream>
#include <set>
#include <stdexcept>
#include <string>

namespace kxcti::server {
namespace {

constexpr const char* kUsage =
    "usage: kxcti-server report NAME --from DAY|TIME --to DAY|TIME [--group N] [--operator EXT]\n"
    "                           [--channel NAME|DID] [--interval MIN|day|weekday]\n"
    "                           [--format table|csv|json] [common options]\n"
    "       kxcti-server report list\n"
    "Times are PBX local time: YYYY-MM-DD or 'YYYY-MM-DD HH:MM'; --to as a day alone includes that\n"
    "whole day. --interval groups the rows by time-of-day slots of MIN minutes (15, 30, 60...), by\n"
    "day or by weekday. Every report prints the thresholds and definitions it used.\n";

const std::set<std::string> kReportOptions = {"from", "to", "group", "operator", "channel", "interval", "format"};

enum class Format { Table, Csv, Json };

Format format_of(const Args& args) {
    const auto f = args.get("format").value_or("table");
    if (f == "table") return Format::Table;
    if (f == "csv") return Format::Csv;
    if (f == "json") return Format::Json;
    throw UsageError("--format '" + f + "' is not table, csv or json");
}

int list_reports() {
    for (const auto& info : reports::catalog()) {
        std::string params;
        for (const auto& p : info.params) params += (params.empty() ? "" : " ") + std::string("--") + p;
        std::cout << info.name << std::string(info.name.size() < 22 ? 22 - info.name.size() : 1, ' ') << info.title
                  << "  (" << params << ")\n";
    }
    return kExitOk;
}

} // namespace

int cmd_report(const Words& words) {
    Args args(words, {"help"});
    if (args.has("help")) {
        std::cout << kUsage;
        return kExitOk;
    }
    std::set<std::string> known = kCommonOptions;
    known.insert(kReportOptions.begin(), kReportOptions.end());
    args.allow_only(known);
    if (args.positional().size() != 1) throw UsageError("give one report NAME (kxcti-server report list shows them)");
    const std::string name = args.positional().front();
    if (name == "list") return list_reports();
    if (!reports::find_report(name)) {
        std::string names;
        for (const auto& info : reports::catalog()) names += (names.empty() ? "" : ", ") + info.name;
        throw UsageError("unknown report '" + name + "': the reports are " + names);
    }
    const Format format = format_of(args);
    reports::Params params;
    for (const auto& key : {"from", "to", "group", "operator", "channel", "interval"})
        if (auto v = args.get(key)) params.emplace_back(key, *v);
    reports::ReportQuery query;
    try {
        query = reports::parse_query(name, params);
    } catch (const reports::QueryError& e) {
        throw UsageError(std::string("--") + e.what());
    }

    const ServerConfig config = resolve_config(args);
    if (!std::filesystem::exists(config.db_path))
        throw std::runtime_error("database " + config.db_path.string() +
                                 " does not exist: give --db PATH, or import SMDR logs first (kxcti-server import FILE)");
    auto db = storage::open_database(config.db_path);
    // Operator names, groups, channels, trunks and thresholds as configured (kpi.md's defaults
    // where nothing is).
    const reports::SiteModel site = site::load(db);
    reports::Report report;
    try {
        report = reports::report_from_database(db, query, site);
    } catch (const reports::QueryError& e) {
        throw UsageError(e.what());
    }
    switch (format) {
    case Format::Table: std::cout << reports::render_table(report); break;
    case Format::Csv: std::cout << reports::render_csv(report); break;
    case Format::Json: std::cout << reports::render_json(report); break;
    }
    return kExitOk;
}

} // namespace kxcti::server
