#pragma once
// What the journal makes of one received line: the parser's reading for a complete line, and an
// error for a line that did not end properly. A line cut by a link drop is half a record; the
// PBX prints that record again in full after the reconnect (it keeps undelivered records), so
// reading the half as a record would count the call twice, or wrongly. A runaway line (its first
// kMaxLineBytes bytes; the splitter drops the rest up to the next line end) is no record either.
// Both stay in the journal, byte for byte as received, with the reason.
// The live writer, import and reprocess all go through here, so they always agree.
#include "common/ingest/received_line.h"
#include "common/smdr/parser.h"

#include <string_view>

namespace kxcti::storage {

// Parses and, for complete lines only, lets the context observe the result.
smdr::ParsedLine interpret_line(std::string_view bytes, LineEnd end, smdr::ParserContext& ctx);

} // namespace kxcti::storage
