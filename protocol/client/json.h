#pragma once
// Messages as one-line JSON objects, for kxcti-cli's output (`watch`, `login`, `report`) and
// for scripts that read it. Times are given twice: "at_us" (Unix microseconds, exact) and "at"
// (UTC, ISO 8601, for people).
#include "protocol/messages.h"

#include <string>
#include <vector>

namespace kxcti::protocol::client {

// {"event":"ringing",...} for live events; {"message":"<Name>",...} for anything else.
std::string to_json(const Message& m);
// One report row: {"<column>":<cell>,...}; numeric columns as JSON numbers, unknown as null.
std::string row_json(const std::vector<ReportColumn>& columns, const ReportRow& row);
std::string iso_utc(std::int64_t unix_us);

} // namespace kxcti::protocol::client
