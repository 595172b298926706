#pragma once
// The journal writer: every received line becomes one journal row (raw bytes, link, receive
// time, how it ended) and, in the same transaction, what the parser made of it (kind, error,
// and an smdr_record row for records, logins and logouts). A line the parser cannot read is
// kept with the reason; nothing is interpreted before it is journaled.
#include "common/ingest/received_line.h"
#include "common/smdr/parser.h"
#include "common/storage/record_row.h"
#include "common/storage/sqlite.h"

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kxcti::storage {

struct AppendCounts {
    std::size_t lines = 0;    // journal rows written
    std::size_t records = 0;  // of which parsed as LineKind::Record
    std::size_t errors = 0;   // of which LineKind::Error (kept with the reason)
    AppendCounts& operator+=(const AppendCounts& o) {
        lines += o.lines;
        records += o.records;
        errors += o.errors;
        return *this;
    }
};

// "dmy" / "mdy" / "ymd" (settings table, import_sources.date_order is the enum value).
std::string_view date_order_name(smdr::DateOrder order) noexcept;
std::optional<smdr::DateOrder> date_order_from_name(std::string_view name) noexcept;

class JournalWriter {
public:
    // The writer keeps one parser context per link. At construction each known link's layout
    // is restored (links.layout, kept up to date with the last header or record journaled),
    // and the date order comes from `options`, else the one the database detected before.
    JournalWriter(Connection& db, smdr::ParseOptions options);

    // Journals and parses `lines` in one transaction: all of them or, on an exception, none.
    AppendCounts append(std::span<const ReceivedLine> lines);

    // The same inside a transaction the caller holds (import puts many calls and its own
    // bookkeeping into one commit). If that transaction rolls back, the caller must restore()
    // the state() it saved before, or the parser contexts would run ahead of the database.
    AppendCounts append_in_transaction(std::span<const ReceivedLine> lines,
                                       std::optional<std::int64_t> source_id = std::nullopt);

    struct LinkState {
        std::int64_t id = 0;
        smdr::ParserContext ctx;
        smdr::Layout stored_layout = smdr::Layout::Unknown;  // what links.layout holds
    };
    using State = std::map<std::string, LinkState, std::less<>>;

    // Import's path, one line at a time without copying its bytes, inside the caller's
    // transaction: journal_line() per line, then store_layouts() before the commit. The
    // LinkState comes from link_state() and stays valid until restore().
    LinkState& link_state(std::string_view name) { return link(name); }
    void journal_line(LinkState& link, SystemTime received_at, std::string_view bytes, LineEnd end,
                      std::optional<std::int64_t> source_id, AppendCounts& counts);
    void store_layouts();  // links.layout for every link whose parser layout changed
    const State& state() const noexcept { return links_; }
    void restore(State state) { links_ = std::move(state); }

    // Parses a line into the link's context without journaling it: import replays lines that
    // an earlier import journaled, so the lines after them are read with the right layout.
    void replay(std::string_view link, std::string_view bytes);

    const smdr::ParseOptions& options() const noexcept { return options_; }
    // The order new link contexts start with: the options', else the one stored in settings.
    smdr::DateOrder default_date_order() const noexcept { return date_order_; }

    // Import decides the date order per file; the link's context uses it from now on.
    void set_date_order(std::string_view link, smdr::DateOrder order);
    const smdr::ParserContext& context(std::string_view link);

private:
    LinkState& link(std::string_view name);

    Connection& db_;
    smdr::ParseOptions options_;
    smdr::DateOrder date_order_;
    State links_;
    Statement insert_journal_;
    Statement insert_record_;
    Statement find_link_;
    Statement insert_link_;
    Statement update_layout_;
    RecordText text_;  // the bound date and time text, alive until the row's step()
};

} // namespace kxcti::storage
