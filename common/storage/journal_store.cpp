#include "common/storage/journal_store.h"

#include "common/storage/interpret.h"
#include "common/storage/schema.h"

#include <string>

namespace kxcti::storage {

std::string_view date_order_name(smdr::DateOrder order) noexcept {
    switch (order) {
    case smdr::DateOrder::DMY: return "dmy";
    case smdr::DateOrder::MDY: return "mdy";
    case smdr::DateOrder::YMD: return "ymd";
    case smdr::DateOrder::Auto: break;
    }
    return "auto";
}

std::optional<smdr::DateOrder> date_order_from_name(std::string_view name) noexcept {
    if (name == "dmy") return smdr::DateOrder::DMY;
    if (name == "mdy") return smdr::DateOrder::MDY;
    if (name == "ymd") return smdr::DateOrder::YMD;
    if (name == "auto") return smdr::DateOrder::Auto;
    return std::nullopt;
}

JournalWriter::JournalWriter(Connection& db, smdr::ParseOptions options)
    : db_(db),
      options_(options),
      date_order_(options.date_order),
      insert_journal_(db,
                      "INSERT INTO journal(link_id, received_us, raw, line_end, kind, error, parser_version, source_id) "
                      "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                      "journaling a received line"),
      insert_record_(db, record_insert_sql(), "storing a parsed SMDR record"),
      find_link_(db, "SELECT id, layout FROM links WHERE name = ?1", "looking up a link"),
      insert_link_(db, "INSERT INTO links(name) VALUES(?1)", "adding a link"),
      update_layout_(db, "UPDATE links SET layout = ?2 WHERE id = ?1", "remembering a link's layout") {
    if (date_order_ == smdr::DateOrder::Auto) {
        if (auto stored = get_setting(db_, kSettingDateOrder))
            date_order_ = date_order_from_name(*stored).value_or(smdr::DateOrder::Auto);
    }
    Statement all(db_, "SELECT id, name, layout FROM links", "listing links");
    while (all.step()) {
        LinkState s;
        s.id = all.column_int64(0);
        s.ctx.options = options_;
        s.ctx.date_order = date_order_;
        s.stored_layout = static_cast<smdr::Layout>(all.column_int(2));
        s.ctx.layout = options_.layout != smdr::Layout::Unknown ? options_.layout : s.stored_layout;
        links_.emplace(std::string(all.column_text(1)), std::move(s));
    }
}

JournalWriter::LinkState& JournalWriter::link(std::string_view name) {
    auto it = links_.find(name);
    if (it != links_.end()) return it->second;
    // A new link: created inside the caller's transaction (restore() forgets it on rollback).
    LinkState s;
    find_link_.bind_text(1, name);
    if (find_link_.step()) {
        s.id = find_link_.column_int64(0);
        s.stored_layout = static_cast<smdr::Layout>(find_link_.column_int(1));
    } else {
        insert_link_.bind_text(1, name).run();
        s.id = db_.last_insert_rowid();
    }
    find_link_.reset();
    s.ctx.options = options_;
    s.ctx.date_order = date_order_;
    s.ctx.layout = options_.layout != smdr::Layout::Unknown ? options_.layout : s.stored_layout;
    return links_.emplace(std::string(name), std::move(s)).first->second;
}

void JournalWriter::set_date_order(std::string_view name, smdr::DateOrder order) {
    link(name).ctx.date_order = order;
}

void JournalWriter::replay(std::string_view name, std::string_view bytes) {
    LinkState& s = link(name);
    smdr::observe(s.ctx, smdr::parse_line(bytes, s.ctx));
}

const smdr::ParserContext& JournalWriter::context(std::string_view name) { return link(name).ctx; }

AppendCounts JournalWriter::append(std::span<const ReceivedLine> lines) {
    State saved = links_;
    try {
        Transaction t(db_);
        AppendCounts counts = append_in_transaction(lines);
        t.commit();
        return counts;
    } catch (...) {
        links_ = std::move(saved);
        throw;
    }
}

AppendCounts JournalWriter::append_in_transaction(std::span<const ReceivedLine> lines,
                                                  std::optional<std::int64_t> source_id) {
    AppendCounts counts;
    LinkState* current = nullptr;
    std::string_view current_name;
    for (const ReceivedLine& line : lines) {
        if (!current || line.link != current_name) {
            current = &link(line.link);
            current_name = line.link;
        }
        journal_line(*current, line.received_at, line.bytes, line.end, source_id, counts);
    }
    store_layouts();
    return counts;
}

void JournalWriter::journal_line(LinkState& s, SystemTime received_at, std::string_view bytes, LineEnd end,
                                 std::optional<std::int64_t> source_id, AppendCounts& counts) {
    const smdr::ParsedLine parsed = interpret_line(bytes, end, s.ctx);

    insert_journal_.bind(1, s.id)
        .bind(2, to_unix_us(received_at))
        .bind_blob(3, bytes)
        .bind(4, static_cast<int>(end))
        .bind(5, static_cast<int>(parsed.kind));
    if (parsed.kind == smdr::LineKind::Error) insert_journal_.bind_text(6, parsed.error);
    else insert_journal_.bind_null(6);
    insert_journal_.bind(7, smdr::kParserVersion);
    if (source_id) insert_journal_.bind(8, *source_id);
    else insert_journal_.bind_null(8);
    insert_journal_.run();

    if (has_record_row(parsed.kind)) {
        insert_record_.bind(1, db_.last_insert_rowid());
        bind_record(insert_record_, 2, parsed.record, text_);
        insert_record_.run();
    }
    ++counts.lines;
    if (parsed.kind == smdr::LineKind::Record) ++counts.records;
    if (parsed.kind == smdr::LineKind::Error) ++counts.errors;
}

void JournalWriter::store_layouts() {
    for (auto& [name, s] : links_) {
        if (s.ctx.layout == s.stored_layout) continue;
        update_layout_.bind(1, s.id).bind(2, static_cast<int>(s.ctx.layout)).run();
        s.stored_layout = s.ctx.layout;
    }
}

} // namespace kxcti::storage
