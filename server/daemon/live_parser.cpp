#include "server/daemon/live_parser.h"

#include "common/storage/journal_store.h"
#include "common/storage/schema.h"

namespace kxcti::server {

LiveParser::LiveParser(storage::Connection& db, smdr::ParseOptions options)
    : options_(options), date_order_(options.date_order) {
    if (date_order_ == smdr::DateOrder::Auto) {
        if (auto stored = storage::get_setting(db, storage::kSettingDateOrder))
            date_order_ = storage::date_order_from_name(*stored).value_or(smdr::DateOrder::Auto);
    }
    storage::Statement all(db, "SELECT name, layout FROM links", "reading the links' layouts");
    while (all.step()) {
        smdr::ParserContext ctx;
        ctx.options = options_;
        ctx.date_order = date_order_;
        const auto stored = static_cast<smdr::Layout>(all.column_int(1));
        ctx.layout = options_.layout != smdr::Layout::Unknown ? options_.layout : stored;
        links_.emplace(std::string(all.column_text(0)), ctx);
    }
}

smdr::ParserContext& LiveParser::context(const std::string& link) {
    auto it = links_.find(link);
    if (it != links_.end()) return it->second;
    smdr::ParserContext ctx;
    ctx.options = options_;
    ctx.date_order = date_order_;
    ctx.layout = options_.layout;
    return links_.emplace(link, ctx).first->second;
}

std::optional<smdr::Record> LiveParser::record(const ReceivedLine& line) {
    if (line.end != LineEnd::Terminator) return std::nullopt;
    auto& ctx = context(line.link);
    auto parsed = smdr::parse_line(line.bytes, ctx);
    smdr::observe(ctx, parsed);
    if (parsed.kind != smdr::LineKind::Record) return std::nullopt;
    return std::move(parsed.record);
}

} // namespace kxcti::server
