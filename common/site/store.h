#pragma once
// Internal to kxcti_site: writing a whole model inside the caller's transaction.
#include "common/reports/settings.h"
#include "common/storage/sqlite.h"

namespace kxcti::site::detail {

// Replaces every site_* row with `model` (not validated here). Call inside a Transaction.
void write_model(storage::Connection& db, const reports::SiteModel& model);

} // namespace kxcti::site::detail
