#pragma once
// A ReportService over the SMDR records alone, until the reports engine (common/reports)
// provides the supervisor's figures through the same interface:
//   calls   every record in a date range, one row per record (params: from, to, group)
//   groups  per group in a date range: incoming calls, answered, abandoned, ring time
// Rows are tagged with the group of their extension (site model); records of extensions in no
// group are site-wide ("" : admins only). Called from the report thread only.
#include "common/reports/settings.h"
#include "common/storage/sqlite.h"
#include "server/live/directory.h"
#include "server/net/services.h"

#include <filesystem>
#include <mutex>

namespace kxcti::server::net {

class RecordReports final : public ReportService {
public:
    explicit RecordReports(const std::filesystem::path& db_path);
    void set_site(const reports::SiteModel& site);  // any thread

    std::vector<protocol::ReportInfo> catalog() override;
    ReportOutcome run(const std::string& name, const std::vector<protocol::ReportParam>& params,
                      const accounts::Scope& scope, ReportSink& sink) override;

private:
    ReportOutcome calls(const std::string& from, const std::string& to, const std::string& group,
                        const accounts::Scope& scope, ReportSink& sink);
    ReportOutcome groups(const std::string& from, const std::string& to, const accounts::Scope& scope,
                         ReportSink& sink);
    live::Directory directory();

    storage::Connection db_;
    std::mutex site_mutex_;
    live::Directory directory_;
};

} // namespace kxcti::server::net
