#pragma once
// One ParsedLine as one JSON object (the `smdr-parse` output; also handy in logs and tests).
// Keys, in order: line, kind, then for record/login/logout: layout, date (YYYY-MM-DD), time
// (HH:MM, 24 h), ext, co, direction (in/out/intercom, null if unknown), caller, did, dialed,
// ring_s, duration_s, cost, account, cd, transferred, transfer_digits, name (caller's or
// directory name printed beside the number), did_name; for errors: error; for headers: layout;
// always raw. Absent values are null. Output is valid UTF-8 whatever the raw bytes (see
// common/util/json_writer.h).
#include "common/smdr/record.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace kxcti::smdr {

// Appends the object (no newline) to `out`. line_no is 1-based; raw is the line as received.
void append_json(std::string& out, std::size_t line_no, std::string_view raw, const ParsedLine& parsed);
std::string to_json(std::size_t line_no, std::string_view raw, const ParsedLine& parsed);

} // namespace kxcti::smdr
