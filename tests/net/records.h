#pragma once
// SMDR records for the net suite: parsed records as the ingest writer hands them over, and the
// same rows written straight into the database for look-ups and reports.
#include "common/reports/settings.h"
#include "common/smdr/record.h"
#include "common/storage/sqlite.h"

#include <optional>
#include <string>

namespace kxcti::test {

// An incoming record: CD "RC", "AN", "NA" or "" (a final record), at 2026-11-23 `time`.
inline smdr::Record incoming(const std::string& ext, const std::string& co, const std::string& caller,
                             const std::string& cd, std::optional<int> ring = std::nullopt,
                             std::optional<int> duration = std::nullopt, const std::string& time = "09:00",
                             std::optional<std::string> did = std::nullopt) {
    smdr::Record r;
    r.layout = smdr::Layout::C;
    r.date = smdr::CivilDate{2026, 11, 23};
    r.time = smdr::TimeOfDay{std::stoi(time.substr(0, 2)), std::stoi(time.substr(3, 2)), std::nullopt};
    r.ext = ext;
    r.co = co;
    r.direction = smdr::Direction::In;
    r.caller = caller;
    r.did = std::move(did);
    r.ring_s = ring;
    r.duration_s = duration;
    if (!cd.empty()) r.cd = cd;
    return r;
}

// Two ICD groups: 601 (members 101, 102) and 602 (member 201); DID 5550100 is "Google Ads".
inline reports::SiteModel two_groups() {
    reports::SiteModel site;
    site.groups = {{"601", "Sales", {"101", "102"}}, {"602", "Support", {"201"}}};
    site.channels = {{"5550100", "Google Ads", std::nullopt, std::nullopt, std::nullopt}};
    return site;
}

// Writes a journal line and its parsed record (id = journal id; a link named "pbx").
void store_record(storage::Connection& db, int id, const std::string& date, const std::string& time,
                  const std::string& ext, const std::string& caller, const std::string& cd, int ring, int duration,
                  std::int64_t received_us);

} // namespace kxcti::test
