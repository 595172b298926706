#include "common/site/keys.h"

#include "common/site/site.h"
#include "common/site/thresholds.h"
#include "common/site/values.h"

#include <algorithm>
#include <charconv>

namespace kxcti::site {
namespace {

using namespace detail;
using reports::Channel;
using reports::SiteModel;

// Advertising periods per DID: one a month for a decade is far below this; the bound keeps a
// typo like #1000000 from being taken as "add a period".
constexpr int kMaxPeriods = 1000;

constexpr std::string_view kKeyList =
    "keys are trunks, threshold.NAME, operator.EXT.name, group.NUMBER.name|members, "
    "channel.DID[#K].name|from|to|spend (kxcti-server config --help lists them)";

enum class Kind { Trunks, Thresholds, Threshold, Operator, Group, Channel };

struct Key {
    Kind kind;
    std::string id;         // extension, group number or DID
    int period = 0;         // channel: 1-based; 0 = every period (channel.DID with no #K)
    std::string field;      // "" = the whole entity
    const ThresholdSpec* threshold = nullptr;
};

[[noreturn]] void unknown(std::string_view key, const std::string& why) {
    throw SiteError("unknown key '" + std::string(key) + "': " + why);
}

Key parse_key(std::string_view text) {
    std::vector<std::string_view> parts;
    for (std::size_t start = 0;;) {
        auto dot = text.find('.', start);
        parts.push_back(text.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start));
        if (dot == std::string_view::npos) break;
        start = dot + 1;
    }
    const std::string_view head = parts[0];
    const std::string_view field = parts.size() == 3 ? parts[2] : std::string_view{};
    if (head == "trunks" && parts.size() == 1) return {Kind::Trunks, {}, 0, {}, nullptr};
    if (head == "threshold" && parts.size() <= 2) {
        if (parts.size() == 1) return {Kind::Thresholds, {}, 0, {}, nullptr};
        const auto* spec = find_threshold(parts[1]);
        if (!spec) {
            std::string names;
            for (const auto& s : threshold_specs()) names += (names.empty() ? "" : ", ") + std::string(s.name);
            unknown(text, "thresholds are " + names);
        }
        return {Kind::Threshold, {}, 0, std::string(parts[1]), spec};
    }
    if (parts.size() < 2 || parts.size() > 3) unknown(text, std::string(kKeyList));
    try {
        if (head == "operator") {
            if (!field.empty() && field != "name") unknown(text, "an operator has only .name");
            return {Kind::Operator, parse_ext(parts[1], "extension"), 0, std::string(field), nullptr};
        }
        if (head == "group") {
            if (!field.empty() && field != "name" && field != "members")
                unknown(text, "a group has .name and .members");
            return {Kind::Group, parse_ext(parts[1], "group number"), 0, std::string(field), nullptr};
        }
        if (head == "channel") {
            if (!field.empty() && field != "name" && field != "from" && field != "to" && field != "spend")
                unknown(text, "a channel has .name, .from, .to and .spend");
            std::string_view did = parts[1];
            int period = field.empty() ? 0 : 1;
            if (auto hash = did.find('#'); hash != std::string_view::npos) {
                std::string_view k = did.substr(hash + 1);
                auto [end, ec] = std::from_chars(k.data(), k.data() + k.size(), period);
                if (ec != std::errc() || end != k.data() + k.size() || period < 1 || period > kMaxPeriods)
                    unknown(text, "#K after the DID is a period number from 1 to " + std::to_string(kMaxPeriods));
                did = did.substr(0, hash);
            }
            return {Kind::Channel, parse_did(did), period, std::string(field), nullptr};
        }
    } catch (const SiteError& e) {
        if (std::string_view(e.what()).starts_with("unknown key")) throw;
        unknown(text, e.what());
    }
    unknown(text, std::string(kKeyList));
}

// Positions in model.channels of the DID's periods, in model order.
std::vector<std::size_t> periods_of(const SiteModel& m, std::string_view did) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < m.channels.size(); ++i)
        if (m.channels[i].did == did) out.push_back(i);
    return out;
}

std::string channel_prefix(std::string_view did, std::size_t period) {
    return "channel." + std::string(did) + (period == 1 ? "" : "#" + std::to_string(period));
}

void add_channel_entries(std::vector<Entry>& out, const Channel& c, std::size_t period) {
    const std::string p = channel_prefix(c.did, period);
    out.push_back({p + ".name", c.name, ValueKind::Text, false});
    out.push_back({p + ".from", c.valid_from ? format_day(*c.valid_from) : "", ValueKind::Date, false});
    out.push_back({p + ".to", c.valid_to ? format_day(*c.valid_to) : "", ValueKind::Date, false});
    out.push_back({p + ".spend", c.monthly_spend ? format_number(*c.monthly_spend) : "", ValueKind::Number, false});
}

void add_threshold_entry(std::vector<Entry>& out, const reports::Thresholds& t, const ThresholdSpec& s) {
    static const reports::Thresholds kDefaults;
    std::string value = threshold_value(t, s);
    bool text = s.name == "abandon_policy";
    out.push_back({"threshold." + std::string(s.name), value,
                   text ? ValueKind::Text : s.integer ? ValueKind::Integer : ValueKind::Number,
                   value == threshold_value(kDefaults, s)});
}

reports::Operator* operator_for(SiteModel& m, const std::string& ext, bool create) {
    for (auto& o : m.operators)
        if (o.ext == ext) return &o;
    if (!create) return nullptr;
    m.operators.push_back({ext, {}});
    return &m.operators.back();
}

reports::Group* group_for(SiteModel& m, const std::string& number, bool create) {
    for (auto& g : m.groups)
        if (g.number == number) return &g;
    if (!create) return nullptr;
    m.groups.push_back({number, {}, {}});
    return &m.groups.back();
}

Channel* channel_for(SiteModel& m, const Key& k, bool create) {
    auto periods = periods_of(m, k.id);
    auto index = static_cast<std::size_t>(k.period);
    if (index <= periods.size()) return &m.channels[periods[index - 1]];
    if (!create) return nullptr;
    if (index > periods.size() + 1)
        throw SiteError("DID " + k.id + " has " + std::to_string(periods.size()) + " period(s): " +
                        channel_prefix(k.id, periods.size() + 1) + " adds the next one");
    Channel c;
    c.did = k.id;
    m.channels.push_back(std::move(c));
    return &m.channels.back();
}

void apply_key(SiteModel& m, const Key& k, std::string_view value) {
    switch (k.kind) {
    case Kind::Trunks:
        if (trim(value).empty()) m.trunk_count.reset();
        else m.trunk_count = parse_count(value, 1, kMaxTrunks, "trunks");
        return;
    case Kind::Thresholds: throw SiteError("name one threshold: threshold.NAME");
    case Kind::Threshold:
        if (trim(value).empty())
            throw SiteError("give a value (" + std::string(k.threshold->accepts) +
                            "), or unset the key for the default");
        set_threshold(m.thresholds, *k.threshold, value);
        return;
    case Kind::Operator: {
        if (k.field.empty()) throw SiteError("set operator.EXT.name");
        std::string name = parse_name(value);
        if (name.empty()) {
            std::erase_if(m.operators, [&](const auto& o) { return o.ext == k.id; });
            return;
        }
        operator_for(m, k.id, true)->name = std::move(name);
        return;
    }
    case Kind::Group: {
        if (k.field.empty()) throw SiteError("set group.NUMBER.name or group.NUMBER.members");
        if (k.field == "name") {
            auto name = parse_name(value);
            group_for(m, k.id, true)->name = std::move(name);
        } else {
            auto members = parse_members(value);
            group_for(m, k.id, true)->members = std::move(members);
        }
        return;
    }
    case Kind::Channel: {
        if (k.field.empty()) throw SiteError("set channel.DID.name, .from, .to or .spend");
        // Parse before creating the period, so a bad value adds nothing.
        std::string name;
        std::optional<reports::CivilDay> day;
        std::optional<double> spend;
        bool empty = trim(value).empty();
        if (k.field == "name") name = parse_name(value);
        else if (k.field == "spend" && !empty) spend = parse_spend(value);
        else if (!empty) day = parse_day(value);
        Channel* c = channel_for(m, k, true);
        if (k.field == "name") c->name = std::move(name);
        else if (k.field == "from") c->valid_from = day;
        else if (k.field == "to") c->valid_to = day;
        else c->monthly_spend = spend;
        return;
    }
    }
}

} // namespace

std::vector<Entry> entries(const SiteModel& m) {
    std::vector<Entry> out;
    out.push_back({"trunks", m.trunk_count ? std::to_string(*m.trunk_count) : "", ValueKind::Integer,
                   !m.trunk_count.has_value()});
    for (const auto& s : threshold_specs()) add_threshold_entry(out, m.thresholds, s);
    for (const auto& o : m.operators) out.push_back({"operator." + o.ext + ".name", o.name, ValueKind::Text, false});
    for (const auto& g : m.groups) {
        out.push_back({"group." + g.number + ".name", g.name, ValueKind::Text, false});
        out.push_back({"group." + g.number + ".members", format_members(g.members), ValueKind::List, false});
    }
    std::vector<std::string> seen;
    for (const auto& c : m.channels) {
        if (std::find(seen.begin(), seen.end(), c.did) != seen.end()) continue;
        seen.push_back(c.did);
        auto periods = periods_of(m, c.did);
        for (std::size_t k = 0; k < periods.size(); ++k) add_channel_entries(out, m.channels[periods[k]], k + 1);
    }
    return out;
}

std::vector<Entry> entries(const SiteModel& m, std::string_view key) {
    Key k = parse_key(key);
    std::string prefix;
    switch (k.kind) {
    case Kind::Trunks: prefix = "trunks"; break;
    case Kind::Thresholds: prefix = "threshold."; break;
    case Kind::Threshold: prefix = "threshold." + k.field; break;
    case Kind::Operator: prefix = "operator." + k.id + "."; break;
    case Kind::Group: prefix = "group." + k.id + "."; break;
    case Kind::Channel: {
        std::vector<Entry> out;
        auto periods = periods_of(m, k.id);
        for (std::size_t i = 0; i < periods.size(); ++i) {
            if (k.period != 0 && static_cast<std::size_t>(k.period) != i + 1) continue;
            std::vector<Entry> one;
            add_channel_entries(one, m.channels[periods[i]], i + 1);
            for (auto& e : one)
                if (k.field.empty() || e.key.ends_with("." + k.field)) out.push_back(std::move(e));
        }
        return out;
    }
    }
    bool exact = k.kind == Kind::Trunks || k.kind == Kind::Threshold;
    if (!k.field.empty() && (k.kind == Kind::Operator || k.kind == Kind::Group)) {
        prefix += k.field;
        exact = true;
    }
    std::vector<Entry> out;
    for (auto& e : entries(m))
        if (exact ? e.key == prefix : e.key.starts_with(prefix)) out.push_back(std::move(e));
    return out;
}

void apply(SiteModel& m, std::string_view key, std::string_view value) {
    Key k = parse_key(key);
    try {
        apply_key(m, k, value);
    } catch (const SiteError& e) {
        throw SiteError(std::string(key) + ": " + e.what());
    }
}

bool remove(SiteModel& m, std::string_view key) {
    Key k = parse_key(key);
    switch (k.kind) {
    case Kind::Trunks: {
        bool had = m.trunk_count.has_value();
        m.trunk_count.reset();
        return had;
    }
    case Kind::Thresholds:
    case Kind::Threshold: {
        reports::Thresholds defaults;
        auto before = entries(m, key);
        if (k.kind == Kind::Thresholds) m.thresholds = defaults;
        else set_threshold(m.thresholds, *k.threshold, threshold_value(defaults, *k.threshold));
        return std::any_of(before.begin(), before.end(), [](const Entry& e) { return !e.is_default; });
    }
    case Kind::Operator: return std::erase_if(m.operators, [&](const auto& o) { return o.ext == k.id; }) > 0;
    case Kind::Group: {
        auto* g = group_for(m, k.id, false);
        if (!g) return false;
        if (k.field.empty()) std::erase_if(m.groups, [&](const auto& x) { return x.number == k.id; });
        else if (k.field == "name") g->name.clear();
        else g->members.clear();
        return true;
    }
    case Kind::Channel: {
        if (k.period == 0) return std::erase_if(m.channels, [&](const auto& c) { return c.did == k.id; }) > 0;
        auto periods = periods_of(m, k.id);
        auto index = static_cast<std::size_t>(k.period);
        if (index > periods.size()) return false;
        auto at = m.channels.begin() + static_cast<std::ptrdiff_t>(periods[index - 1]);
        if (k.field.empty()) m.channels.erase(at);
        else if (k.field == "name") at->name.clear();
        else if (k.field == "from") at->valid_from.reset();
        else if (k.field == "to") at->valid_to.reset();
        else at->monthly_spend.reset();
        return true;
    }
    }
    return false;
}

std::string threshold_help() {
    static const reports::Thresholds kDefaults;
    std::string out;
    for (const auto& s : threshold_specs()) {
        out += "  threshold." + std::string(s.name) + " = " + threshold_value(kDefaults, s) + "\n      " +
               std::string(s.meaning) + "; " + std::string(s.accepts) + "\n";
    }
    return out;
}

} // namespace kxcti::site
