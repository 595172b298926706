#pragma once
// The LookupService over the SMDR records in the database: caller history from smdr_record
// (final records only: RC / AN / VR / VA are moments of a call, not calls), and a phonebook
// held in memory (the daemon loads it; empty until then). Thread-safe: one read-only
// connection behind a mutex.
#include "common/reports/settings.h"
#include "common/storage/sqlite.h"
#include "server/live/directory.h"
#include "server/net/services.h"

#include <filesystem>
#include <map>
#include <mutex>

namespace kxcti::server::net {

class RecordLookups final : public LookupService {
public:
    // The database must exist at the current schema (the daemon opens it first).
    explicit RecordLookups(const std::filesystem::path& db_path);

    void set_site(const reports::SiteModel& site);  // which group each extension belongs to
    void set_phonebook(std::vector<protocol::PhonebookEntry> entries);

    std::vector<protocol::PhonebookEntry> phonebook(const std::string& number) override;
    std::vector<protocol::HistoryCall> history(const std::string& number, std::uint32_t limit,
                                               const accounts::Scope& scope, std::uint32_t& total) override;
    void earlier_calls(const std::string& number, std::int64_t before_us, std::uint32_t& count,
                       std::int64_t& last_us) override;

private:
    std::mutex mutex_;
    storage::Connection db_;
    live::Directory directory_;
    std::multimap<std::string, std::string> phonebook_;  // number -> name
};

} // namespace kxcti::server::net
