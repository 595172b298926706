#pragma once
// Site configuration in the database (schema v3 tables site_*): who the operators are, the ICD
// groups and their members, which DID is which advertising channel and when, the trunk count,
// and the thresholds of every report. Empty tables mean kpi.md's defaults (reports::Thresholds),
// so reports work before anyone configures anything.
//
// Two ways in:
//  - the whole model: load() / save() (the Supervisor's admin screens, the reports engine);
//  - keys, as `kxcti-server config` prints and takes them (see keys.h for the key list):
//    set() / unset() on the database, or apply() / remove() on a model in memory.
// Every write validates the whole resulting model first and is one transaction: a rejected
// change leaves the database as it was.
#include "common/reports/settings.h"
#include "common/storage/sqlite.h"

#include <stdexcept>
#include <string>
#include <string_view>

namespace kxcti::site {

// A value, key or model the site configuration cannot hold. The message names the key and the
// value, says what is accepted, and (for conflicts) how to resolve them.
struct SiteError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The configuration stored in `db` (a database at schema ≥ 3, e.g. from storage::open_database).
// Throws SiteError when a stored row is invalid (only possible after hand edits in SQL).
reports::SiteModel load(storage::Connection& db);

// Replaces the stored configuration with `model` after validate(model); one transaction.
// Thresholds equal to their defaults are not stored, so they follow future defaults.
void save(storage::Connection& db, const reports::SiteModel& model);

// load, apply / remove, validate, save in one transaction (see keys.h for keys and values).
void set(storage::Connection& db, std::string_view key, std::string_view value);
// Returns false when the key was not set (nothing changed).
bool unset(storage::Connection& db, std::string_view key);

// Throws SiteError listing every problem of the model (one per line): invalid numbers or names,
// thresholds out of range, talk buckets in the wrong order, a number that is both an operator
// and an ICD group, channel periods that end before they start or overlap for one DID.
void validate(const reports::SiteModel& model);

// Lookups for the reports engine.
// The operator's name, or nullptr when the extension is not named.
const reports::Operator* find_operator(const reports::SiteModel& model, std::string_view ext);
const reports::Group* find_group(const reports::SiteModel& model, std::string_view number);
// The channel that `did` belonged to on `day` (validity dates inclusive), or nullptr.
const reports::Channel* channel_on(const reports::SiteModel& model, std::string_view did, reports::CivilDay day);

} // namespace kxcti::site
