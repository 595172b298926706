#include "common/storage/reprocess.h"

#include "common/storage/interpret.h"
#include "common/storage/journal_store.h"
#include "common/storage/record_row.h"
#include "common/storage/schema.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kxcti::storage {
namespace {

struct Row {
    std::int64_t id = 0;
    std::int64_t link_id = 0;
    std::optional<std::int64_t> source_id;
    std::string raw;
    int kind = 0;
    std::optional<std::string> error;
    int version = 0;
    LineEnd end = LineEnd::Terminator;
};

} // namespace

ReprocessResult reprocess_journal(Connection& db, const smdr::ParseOptions& options, bool all,
                                  const std::function<void(const ReprocessProgress&)>& progress) {
    ReprocessResult result;
    ReprocessProgress prog;
    {
        Statement s(db, "SELECT COALESCE(MAX(id), 0) FROM journal", "sizing the journal");
        s.step();
        prog.max_id = s.column_int64(0);
    }
    // Rows up to `through` were stored before smdr_record had every column the parser fills
    // (schema.h, kSettingReprocessThrough): due whatever parser version read them.
    const std::optional<std::string> through_setting = get_setting(db, kSettingReprocessThrough);
    std::int64_t through = 0;
    if (through_setting) {
        try {
            through = std::stoll(*through_setting);
        } catch (const std::exception&) {
            through = prog.max_id;  // a damaged mark: redo everything rather than miss a row
        }
    }
    if (!all && through == 0) {
        Statement s(db, "SELECT EXISTS(SELECT 1 FROM journal WHERE parser_version < ?1)", "looking for old rows");
        s.bind(1, smdr::kParserVersion);
        s.step();
        if (s.column_int(0) == 0) return result;
    }

    smdr::DateOrder default_order = options.date_order;
    if (default_order == smdr::DateOrder::Auto)
        if (auto stored = get_setting(db, kSettingDateOrder))
            default_order = date_order_from_name(*stored).value_or(smdr::DateOrder::Auto);
    std::map<std::int64_t, smdr::DateOrder> source_order;
    {
        Statement s(db, "SELECT id, date_order FROM import_sources", "reading import date orders");
        while (s.step()) source_order[s.column_int64(0)] = static_cast<smdr::DateOrder>(s.column_int(1));
    }
    std::map<std::int64_t, smdr::ParserContext> contexts;

    Statement select(db,
                     "SELECT id, link_id, source_id, raw, kind, error, parser_version, line_end FROM journal "
                     "WHERE id > ?1 ORDER BY id LIMIT ?2",
                     "reading journal rows to reprocess");
    Statement stored_record(db, std::string("SELECT ") + kRecordColumns + " FROM smdr_record WHERE journal_id = ?1",
                            "reading a stored record");
    Statement update_row(db, "UPDATE journal SET kind = ?2, error = ?3, parser_version = ?4 WHERE id = ?1",
                         "updating a reprocessed row");
    Statement update_version(db, "UPDATE journal SET parser_version = ?2 WHERE id = ?1",
                             "marking a row as reprocessed");
    Statement delete_record(db, "DELETE FROM smdr_record WHERE journal_id = ?1", "removing a stale record");
    Statement insert_record(db, record_insert_sql(), "storing a reprocessed record");
    Statement update_layout(db, "UPDATE links SET layout = ?2 WHERE id = ?1", "remembering a link's layout");

    std::vector<Row> rows;
    RecordText text;
    for (;;) {
        Transaction t(db);
        rows.clear();
        select.bind(1, prog.last_id).bind(2, static_cast<std::int64_t>(kReprocessBatchRows));
        while (select.step()) {
            Row r;
            r.id = select.column_int64(0);
            r.link_id = select.column_int64(1);
            if (!select.is_null(2)) r.source_id = select.column_int64(2);
            r.raw = select.column_blob(3);
            r.kind = select.column_int(4);
            r.error = select.column_optional_text(5);
            r.version = select.column_int(6);
            r.end = static_cast<LineEnd>(select.column_int(7));
            rows.push_back(std::move(r));
        }
        select.reset();
        if (rows.empty()) break;

        for (const Row& r : rows) {
            auto [it, fresh] = contexts.try_emplace(r.link_id);
            smdr::ParserContext& ctx = it->second;
            if (fresh) {
                ctx.options = options;
                ctx.layout = options.layout;
            }
            ctx.date_order = default_order;
            if (r.source_id && options.date_order == smdr::DateOrder::Auto) {
                auto so = source_order.find(*r.source_id);
                if (so != source_order.end() && so->second != smdr::DateOrder::Auto) ctx.date_order = so->second;
            }
            smdr::ParsedLine parsed = interpret_line(r.raw, r.end, ctx);
            if (!all && r.version >= smdr::kParserVersion && r.id > through) continue;

            ++result.examined;
            if (parsed.kind == smdr::LineKind::Record) ++result.records;
            if (parsed.kind == smdr::LineKind::Error) ++result.errors;
            auto new_kind = static_cast<int>(parsed.kind);
            std::optional<std::string> new_error;
            if (parsed.kind == smdr::LineKind::Error) new_error = parsed.error;
            bool old_has = has_record_row(static_cast<smdr::LineKind>(r.kind));
            bool new_has = has_record_row(parsed.kind);
            bool same = new_kind == r.kind && new_error == r.error && old_has == new_has;
            if (same && new_has) {
                stored_record.bind(1, r.id);
                same = stored_record.step() && read_row(stored_record, 0) == to_row(parsed.record);
                stored_record.reset();
            }
            if (same) {
                if (r.version != smdr::kParserVersion) update_version.bind(1, r.id).bind(2, smdr::kParserVersion).run();
                continue;
            }
            ++result.changed;
            update_row.bind(1, r.id).bind(2, new_kind).bind(3, new_error).bind(4, smdr::kParserVersion).run();
            if (old_has) delete_record.bind(1, r.id).run();
            if (new_has) {
                insert_record.bind(1, r.id);
                bind_record(insert_record, 2, parsed.record, text);
                insert_record.run();
            }
        }
        prog.last_id = rows.back().id;
        t.commit();
        if (progress) progress(prog);
    }
    {
        Transaction t(db);
        for (const auto& [link_id, ctx] : contexts) update_layout.bind(1, link_id).bind(2, static_cast<int>(ctx.layout)).run();
        if (through_setting) {
            // Every row up to the mark has been re-read; a mark raised meanwhile stays.
            Statement clear(db, "DELETE FROM settings WHERE key = ?1 AND value = ?2", "clearing the reprocess mark");
            clear.bind_text(1, kSettingReprocessThrough).bind_text(2, *through_setting).run();
        }
        t.commit();
    }
    return result;
}

} // namespace kxcti::storage
