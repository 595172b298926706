#pragma once
// A report as text: an aligned table for people (with its parameters, totals and definitions),
// CSV for spreadsheets (the rows; the totals when a report has no rows), JSON for programs.
// Unknown values: "?" in tables, an empty cell in CSV, null in JSON.
#include "common/reports/report.h"

#include <string>

namespace kxcti::reports {

std::string render_table(const Report& r);
std::string render_csv(const Report& r);
// {"report":..,"title":..,"from":..,"to":..,"parameters":{..},"definitions":{..},"totals":{..},"rows":[{..}]}
std::string render_json(const Report& r);

// One value as plain text for a column kind (tables and CSV share it; `for_table` adds units).
std::string format_value(const Value& v, Kind kind, bool for_table);

} // namespace kxcti::reports
