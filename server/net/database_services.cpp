#include "server/net/database_services.h"

#include "common/site/site.h"
#include "common/storage/schema.h"

namespace kxcti::server::net {

DatabaseServices::DatabaseServices(const std::filesystem::path& db_path, const Clock& clock)
    : accounts_db_(storage::open_database(db_path)), site_db_(db_path, /*read_only=*/true), accounts_(accounts_db_, clock),
      lookups_(db_path), reports_(db_path) {
}

reports::SiteModel DatabaseServices::load_site() {
    auto site = site::load(site_db_);
    lookups_.set_site(site);
    return site;
}

} // namespace kxcti::server::net
