#pragma once
// The ReportService of the reports engine (common/reports): every report of the catalog, over
// calls assembled from the database, with the site's configuration read afresh for each run.
// Rights: an admin's report runs once over everything; a supervisor's runs once per group it
// may see (or only for the group it asks for), with the engine's group filter, and rows about
// the whole selection (scope "") are that group's. Called from the report thread only.
#include "common/storage/sqlite.h"
#include "server/net/services.h"

#include <filesystem>

namespace kxcti::server::net {

class EngineReports final : public ReportService {
public:
    // The database must exist at the current schema (the daemon opens it first).
    explicit EngineReports(const std::filesystem::path& db_path);

    std::vector<protocol::ReportInfo> catalog() override;
    ReportOutcome run(const std::string& name, const std::vector<protocol::ReportParam>& params,
                      const accounts::Scope& scope, ReportSink& sink) override;

private:
    storage::Connection db_;
};

} // namespace kxcti::server::net
