#include "common/site/site_json.h"

#include "common/site/thresholds.h"
#include "common/site/values.h"

#include <cstdio>

namespace kxcti::site {
namespace {

void append_string(std::string& out, std::string_view s) {
    out.push_back('"');
    for (char c : s) {
        if (c == '"' || c == '\\') {
            out.push_back('\\');
            out.push_back(c);
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
            out += buf;
        } else {
            out.push_back(c);
        }
    }
    out.push_back('"');
}

void append_value(std::string& out, const Entry& e) {
    switch (e.kind) {
    case ValueKind::Integer:
    case ValueKind::Number: out += e.value.empty() ? "null" : e.value; return;
    case ValueKind::Date:
        if (e.value.empty()) out += "null";
        else append_string(out, e.value);
        return;
    case ValueKind::Text: append_string(out, e.value); return;
    case ValueKind::List: {
        out.push_back('[');
        bool first = true;
        for (const auto& m : detail::parse_members(e.value)) {
            if (!first) out.push_back(',');
            first = false;
            append_string(out, m);
        }
        out.push_back(']');
        return;
    }
    }
}

void append_optional_day(std::string& out, const std::optional<reports::CivilDay>& d) {
    if (d) append_string(out, detail::format_day(*d));
    else out += "null";
}

} // namespace

std::string to_json(const reports::SiteModel& m) {
    std::string out = "{\"trunks\":";
    out += m.trunk_count ? std::to_string(*m.trunk_count) : "null";
    out += ",\"thresholds\":{";
    bool first = true;
    for (const auto& spec : detail::threshold_specs()) {
        if (!first) out.push_back(',');
        first = false;
        append_string(out, spec.name);
        out.push_back(':');
        std::string value = detail::threshold_value(m.thresholds, spec);
        if (spec.name == "abandon_policy") append_string(out, value);
        else out += value;
    }
    out += "},\"operators\":[";
    for (std::size_t i = 0; i < m.operators.size(); ++i) {
        out += i ? ",{\"ext\":" : "{\"ext\":";
        append_string(out, m.operators[i].ext);
        out += ",\"name\":";
        append_string(out, m.operators[i].name);
        out.push_back('}');
    }
    out += "],\"groups\":[";
    for (std::size_t i = 0; i < m.groups.size(); ++i) {
        const auto& g = m.groups[i];
        out += i ? ",{\"number\":" : "{\"number\":";
        append_string(out, g.number);
        out += ",\"name\":";
        append_string(out, g.name);
        out += ",\"members\":[";
        for (std::size_t k = 0; k < g.members.size(); ++k) {
            if (k) out.push_back(',');
            append_string(out, g.members[k]);
        }
        out += "]}";
    }
    out += "],\"channels\":[";
    for (std::size_t i = 0; i < m.channels.size(); ++i) {
        const auto& c = m.channels[i];
        int period = 1;
        for (const auto& other : m.channels) {
            if (&other == &c) break;
            if (other.did == c.did) ++period;
        }
        out += i ? ",{\"did\":" : "{\"did\":";
        append_string(out, c.did);
        out += ",\"period\":" + std::to_string(period) + ",\"name\":";
        append_string(out, c.name);
        out += ",\"from\":";
        append_optional_day(out, c.valid_from);
        out += ",\"to\":";
        append_optional_day(out, c.valid_to);
        out += ",\"monthly_spend\":";
        out += c.monthly_spend ? detail::format_number(*c.monthly_spend) : "null";
        out.push_back('}');
    }
    out += "]}";
    return out;
}

std::string to_json(const std::vector<Entry>& entries) {
    std::string out = "{";
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (i) out.push_back(',');
        append_string(out, entries[i].key);
        out.push_back(':');
        append_value(out, entries[i]);
    }
    out.push_back('}');
    return out;
}

} // namespace kxcti::site
