// site::load / save / set / unset over the schema v3 tables (common/storage/schema.cpp).
#include "common/site/keys.h"
#include "common/site/site.h"
#include "common/site/store.h"
#include "common/site/values.h"
#include "common/util/log.h"

namespace kxcti::site {
namespace {

using namespace detail;
using storage::Connection;
using storage::Statement;

// What a stored row that only a hand edit could have broken looks like in an error.
[[noreturn]] void bad_row(Connection& db, const std::string& table, const std::string& what, const std::exception& e) {
    throw SiteError("database " + db.path().string() + ": " + table + " " + what + " is invalid (" + e.what() +
                    "); it was edited by hand: correct or delete that row with sqlite3");
}

std::optional<reports::CivilDay> day_column(Connection& db, Statement& s, int column, const std::string& what) {
    if (s.is_null(column)) return std::nullopt;
    try {
        return parse_day(s.column_text(column));
    } catch (const SiteError& e) {
        bad_row(db, "site_channel", what, e);
    }
}

void load_settings(Connection& db, reports::SiteModel& m) {
    Statement s(db, "SELECT key, value FROM site_setting ORDER BY key", "reading site settings");
    while (s.step()) {
        std::string key(s.column_text(0));
        std::string value(s.column_text(1));
        if (key != "trunks" && !key.starts_with("threshold.")) {
            // Written by a newer kxcti that knows more keys: keep the row, use what we know.
            log::warn("site", "database ", db.path().string(), ": ignoring unknown site setting '", key, "'");
            continue;
        }
        try {
            apply(m, key, value);
        } catch (const SiteError& e) {
            if (std::string_view(e.what()).starts_with("unknown key")) {
                log::warn("site", "database ", db.path().string(), ": ignoring unknown site setting '", key, "'");
                continue;
            }
            bad_row(db, "site_setting", "'" + key + "' = '" + value + "'", e);
        }
    }
}

} // namespace

void detail::write_model(Connection& db, const reports::SiteModel& m) {
    db.exec("DELETE FROM site_group_member; DELETE FROM site_group; DELETE FROM site_operator; "
            "DELETE FROM site_channel; DELETE FROM site_setting WHERE key = 'trunks' OR key GLOB 'threshold.*';",
            "clearing the site configuration");
    Statement op(db, "INSERT INTO site_operator(ext, name) VALUES(?1, ?2)", "storing an operator");
    for (const auto& o : m.operators) op.bind_text(1, o.ext).bind_text(2, o.name).run();
    Statement group(db, "INSERT INTO site_group(number, name) VALUES(?1, ?2)", "storing a group");
    Statement member(db, "INSERT INTO site_group_member(group_number, position, ext) VALUES(?1, ?2, ?3)",
                     "storing a group member");
    for (const auto& g : m.groups) {
        group.bind_text(1, g.number).bind_text(2, g.name).run();
        for (std::size_t i = 0; i < g.members.size(); ++i)
            member.bind_text(1, g.number).bind(2, static_cast<std::int64_t>(i)).bind_text(3, g.members[i]).run();
    }
    Statement channel(db,
                      "INSERT INTO site_channel(did, name, valid_from, valid_to, monthly_spend) "
                      "VALUES(?1, ?2, ?3, ?4, ?5)",
                      "storing a channel");
    for (const auto& c : m.channels) {
        channel.bind_text(1, c.did).bind_text(2, c.name);
        std::optional<std::string> from, to, spend;
        if (c.valid_from) from = format_day(*c.valid_from);
        if (c.valid_to) to = format_day(*c.valid_to);
        channel.bind(3, from).bind(4, to);
        if (c.monthly_spend) spend = format_number(*c.monthly_spend);
        channel.bind(5, spend).run();
    }
    Statement setting(db, "INSERT INTO site_setting(key, value) VALUES(?1, ?2)", "storing a site setting");
    for (const auto& e : entries(m)) {
        bool stored = (e.key == "trunks" && !e.value.empty()) || (e.key.starts_with("threshold.") && !e.is_default);
        if (stored) setting.bind_text(1, e.key).bind_text(2, e.value).run();
    }
}

reports::SiteModel load(Connection& db) {
    reports::SiteModel m;
    // Numbers sort as the PBX counts them (99 before 101): by length, then by text.
    Statement ops(db, "SELECT ext, name FROM site_operator ORDER BY length(ext), ext", "reading operators");
    while (ops.step()) m.operators.push_back({std::string(ops.column_text(0)), std::string(ops.column_text(1))});
    Statement groups(db, "SELECT number, name FROM site_group ORDER BY length(number), number", "reading groups");
    Statement members(db, "SELECT ext FROM site_group_member WHERE group_number = ?1 ORDER BY position",
                      "reading group members");
    while (groups.step()) {
        reports::Group g{std::string(groups.column_text(0)), std::string(groups.column_text(1)), {}};
        members.bind_text(1, g.number);
        while (members.step()) g.members.emplace_back(members.column_text(0));
        members.reset();
        m.groups.push_back(std::move(g));
    }
    // Periods of one DID in date order (an open start first): #1 is the earliest.
    Statement channels(db,
                       "SELECT did, name, valid_from, valid_to, monthly_spend, id FROM site_channel "
                       "ORDER BY length(did), did, valid_from, id",
                       "reading channels");
    while (channels.step()) {
        reports::Channel c;
        c.did = channels.column_text(0);
        c.name = channels.column_text(1);
        const std::string row = "row " + std::to_string(channels.column_int64(5));
        c.valid_from = day_column(db, channels, 2, row);
        c.valid_to = day_column(db, channels, 3, row);
        if (!channels.is_null(4)) {
            try {
                c.monthly_spend = parse_spend(channels.column_text(4));
            } catch (const SiteError& e) {
                bad_row(db, "site_channel", row, e);
            }
        }
        m.channels.push_back(std::move(c));
    }
    load_settings(db, m);
    return m;
}

void save(Connection& db, const reports::SiteModel& model) {
    validate(model);
    storage::Transaction t(db);
    write_model(db, model);
    t.commit();
}

void set(Connection& db, std::string_view key, std::string_view value) {
    storage::Transaction t(db);
    auto m = load(db);
    apply(m, key, value);
    validate(m);
    write_model(db, m);
    t.commit();
}

bool unset(Connection& db, std::string_view key) {
    storage::Transaction t(db);
    auto m = load(db);
    if (!remove(m, key)) return false;
    validate(m);
    write_model(db, m);
    t.commit();
    return true;
}

} // namespace kxcti::site
