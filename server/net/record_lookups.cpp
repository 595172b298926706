#include "server/net/record_lookups.h"

namespace kxcti::server::net {
namespace {

// Records that are a whole call (or a leg of one): not the moments RC / AN / VR / VA.
constexpr const char* kFinal = "(r.cd IS NULL OR r.cd NOT IN ('RC', 'AN', 'VR', 'VA'))";

protocol::CallDirection direction(int stored) {
    return stored >= 0 && stored <= static_cast<int>(protocol::CallDirection::Intercom)
               ? static_cast<protocol::CallDirection>(stored)
               : protocol::CallDirection::Unknown;
}

} // namespace

RecordLookups::RecordLookups(const std::filesystem::path& db_path) : db_(db_path, /*read_only=*/true) {
}

void RecordLookups::set_site(const reports::SiteModel& site) {
    live::Directory d(site);
    std::lock_guard lock(mutex_);
    directory_ = std::move(d);
}

void RecordLookups::set_phonebook(std::vector<protocol::PhonebookEntry> entries) {
    std::multimap<std::string, std::string> book;
    for (auto& e : entries) book.emplace(std::move(e.number), std::move(e.name));
    std::lock_guard lock(mutex_);
    phonebook_ = std::move(book);
}

std::vector<protocol::PhonebookEntry> RecordLookups::phonebook(const std::string& number) {
    std::lock_guard lock(mutex_);
    std::vector<protocol::PhonebookEntry> out;
    auto [from, to] = phonebook_.equal_range(number);
    for (auto it = from; it != to; ++it) out.push_back({it->first, it->second});
    return out;
}

std::vector<protocol::HistoryCall> RecordLookups::history(const std::string& number, std::uint32_t limit,
                                                          const accounts::Scope& scope, std::uint32_t& total) {
    std::lock_guard lock(mutex_);
    storage::Statement s(db_,
                         std::string("SELECT r.call_date, r.call_time, r.ext, r.co, r.direction, r.ring_s, "
                                     "r.duration_s, r.cd FROM smdr_record r WHERE r.caller = ?1 AND ") +
                             kFinal + " ORDER BY r.journal_id DESC",
                         "reading a caller's history");
    s.bind_text(1, number);
    std::vector<protocol::HistoryCall> out;
    total = 0;
    while (s.step()) {
        protocol::HistoryCall c;
        c.ext = s.column_optional_text(2).value_or("");
        c.group = directory_.group_of(c.ext);
        // The scope is applied here, per call, so `total` counts only what the asker may see.
        if (!scope.sees(c.ext, c.group)) continue;
        ++total;
        if (out.size() >= limit) continue;
        c.date = s.column_optional_text(0).value_or("");
        c.time = s.column_optional_text(1).value_or("");
        c.trunk = s.column_optional_text(3).value_or("");
        c.direction = direction(s.column_int(4));
        c.ring_s = s.column_optional_int(5).value_or(-1);
        c.duration_s = s.column_optional_int(6).value_or(-1);
        c.condition = s.column_optional_text(7).value_or("");
        out.push_back(std::move(c));
    }
    return out;
}

void RecordLookups::earlier_calls(const std::string& number, std::int64_t before_us, std::uint32_t& count,
                                  std::int64_t& last_us) {
    std::lock_guard lock(mutex_);
    storage::Statement s(db_,
                         std::string("SELECT COUNT(*), MAX(j.received_us) FROM smdr_record r JOIN journal j ON "
                                     "j.id = r.journal_id WHERE r.caller = ?1 AND j.received_us < ?2 AND ") +
                             kFinal,
                         "counting a caller's earlier calls");
    s.bind_text(1, number).bind(2, before_us);
    s.step();
    count = static_cast<std::uint32_t>(s.column_int64(0));
    last_us = s.is_null(1) ? 0 : s.column_int64(1);
}

} // namespace kxcti::server::net
