#pragma once
// The live side's own reading of the lines a link receives: SMDR records parsed the moment a
// line arrives, for the live events (server/net), while the ingest writer journals and parses
// the same line for storage. Parsing twice costs a microsecond a line; waiting for the writer's
// commit would put its batching delay into every caller-ID pop-up.
//
// Each link has its own parser context, seeded as the journal writer seeds its own (the layout
// the database remembers for the link, the date order from the options or the database), so
// both read a line alike. Used from the links' thread only.
#include "common/ingest/received_line.h"
#include "common/smdr/parser.h"
#include "common/storage/sqlite.h"

#include <map>
#include <optional>
#include <string>

namespace kxcti::server {

class LiveParser {
public:
    // Reads the links' layouts and the detected date order from `db` (at the current schema).
    LiveParser(storage::Connection& db, smdr::ParseOptions options);

    // The record a complete line carries, if it is one (a line cut by a link drop or by the
    // length cap is not read: its rest, or its whole resend, follows).
    std::optional<smdr::Record> record(const ReceivedLine& line);

private:
    smdr::ParserContext& context(const std::string& link);

    smdr::ParseOptions options_;
    smdr::DateOrder date_order_ = smdr::DateOrder::Auto;
    std::map<std::string, smdr::ParserContext, std::less<>> links_;
};

} // namespace kxcti::server
