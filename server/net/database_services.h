#pragma once
// The services a NetServer needs, over the server's database, in one object the daemon owns:
// logins (its own connection, used by the login thread only), look-ups and reports (each with
// its own read-only connection). The database must exist at the current schema: open it with
// storage::open_database first (the ingest pipeline does).
//
//   DatabaseServices services(config.db_path, clock);
//   NetServer net(io, config.net, services.services(), clock);
//   net.set_site(services.load_site());   // and again after the site configuration changes
#include "common/reports/settings.h"
#include "common/storage/sqlite.h"
#include "common/util/clock.h"
#include "server/accounts/account_store.h"
#include "server/net/engine_reports.h"
#include "server/net/record_lookups.h"
#include "server/net/services.h"

#include <filesystem>
#include <mutex>

namespace kxcti::server::net {

class DatabaseServices {
public:
    DatabaseServices(const std::filesystem::path& db_path, const Clock& clock);

    NetServices services() { return NetServices{accounts_, lookups_, reports_}; }
    // Reads the site configuration (common/site), gives the look-ups its groups, and returns
    // it for NetServer::set_site. Any thread; not concurrently with itself.
    reports::SiteModel load_site();
    RecordLookups& lookups() { return lookups_; }
    // The login thread's store: use it only before NetServer::start (the daemon's demo
    // accounts) or after the NetServer is gone.
    accounts::AccountStore& accounts() { return accounts_; }

private:
    storage::Connection accounts_db_;
    storage::Connection site_db_;
    accounts::AccountStore accounts_;
    RecordLookups lookups_;
    EngineReports reports_;
};

} // namespace kxcti::server::net
