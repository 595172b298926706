#include "common/reports/render.h"

#include "common/util/json_writer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace kxcti::reports {

namespace {

// Wider than this, a table is printed turned (figures down, rows across) in blocks.
constexpr std::size_t kMaxTableWidth = 160;
constexpr std::size_t kRowsPerTurnedBlock = 6;

std::string fmt(const char* f, double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, f, v);
    return buf;
}

std::string scalar_text(const Scalar& s) {
    if (auto p = std::get_if<std::int64_t>(&s)) return std::to_string(*p);
    if (auto p = std::get_if<double>(&s)) return fmt("%g", *p);
    if (auto p = std::get_if<std::string>(&s)) return *p;
    return "?";
}

std::string legs_text(const std::vector<Object>& legs) {
    std::string out;
    for (const auto& o : legs) {
        auto get = [&](const char* k) -> const Scalar* {
            for (const auto& [key, v] : o.fields)
                if (key == k) return &v;
            return nullptr;
        };
        std::string s;
        if (auto k = get("kind")) s += scalar_text(*k);
        if (auto e = get("ext")) s += ":" + scalar_text(*e);
        const auto* ans = get("answered");
        const auto* talk = get("talk_s");
        if (ans && std::get_if<std::int64_t>(ans) && *std::get_if<std::int64_t>(ans) && talk &&
            !std::holds_alternative<std::monostate>(*talk))
            s += "(" + scalar_text(*talk) + "s)";
        else if (auto kind = get("kind"); kind && scalar_text(*kind) == "operator")
            s += "(no answer)";
        out += (out.empty() ? "" : " ") + s;
    }
    return out;
}

void append_double(std::string& out, double v) {
    if (!std::isfinite(v)) {
        out += "null";
        return;
    }
    out += fmt("%.10g", v);
}

void append_scalar(std::string& out, const Scalar& s) {
    if (auto p = std::get_if<std::int64_t>(&s)) json::append_int(out, *p);
    else if (auto p = std::get_if<double>(&s)) append_double(out, *p);
    else if (auto p = std::get_if<std::string>(&s)) json::append_string(out, *p);
    else out += "null";
}

void append_value(std::string& out, const Value& v, Kind kind) {
    if (auto p = std::get_if<std::int64_t>(&v)) {
        if (kind == Kind::Flag) out += *p ? "true" : "false";
        else json::append_int(out, *p);
    } else if (auto p = std::get_if<double>(&v)) {
        append_double(out, *p);
    } else if (auto p = std::get_if<std::string>(&v)) {
        json::append_string(out, *p);
    } else if (auto p = std::get_if<std::vector<Object>>(&v)) {
        out += '[';
        for (std::size_t i = 0; i < p->size(); ++i) {
            if (i) out += ',';
            out += '{';
            const auto& fields = (*p)[i].fields;
            for (std::size_t j = 0; j < fields.size(); ++j) {
                if (j) out += ',';
                json::append_string(out, fields[j].first);
                out += ':';
                append_scalar(out, fields[j].second);
            }
            out += '}';
        }
        out += ']';
    } else {
        out += "null";
    }
}

void append_pairs(std::string& out, const std::vector<std::pair<std::string, std::string>>& pairs) {
    out += '{';
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        if (i) out += ',';
        json::append_string(out, pairs[i].first);
        out += ':';
        json::append_string(out, pairs[i].second);
    }
    out += '}';
}

std::string csv_cell(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string q = "\"";
    for (char ch : s) {
        if (ch == '"') q += '"';
        q += ch;
    }
    return q + "\"";
}

std::string pad(const std::string& s, std::size_t w, bool right) {
    if (s.size() >= w) return s;
    return right ? std::string(w - s.size(), ' ') + s : s + std::string(w - s.size(), ' ');
}

bool numeric(Kind k) { return k != Kind::Text && k != Kind::DateTime && k != Kind::Legs; }

} // namespace

std::string format_value(const Value& v, Kind kind, bool for_table) {
    if (std::holds_alternative<std::monostate>(v)) return for_table ? "?" : "";
    if (auto p = std::get_if<std::vector<Object>>(&v)) return legs_text(*p);
    if (auto p = std::get_if<std::string>(&v)) return *p;
    if (auto p = std::get_if<std::int64_t>(&v)) {
        if (kind == Kind::Flag) return *p ? "yes" : "no";
        return std::to_string(*p);
    }
    const double d = std::get<double>(v);
    if (!std::isfinite(d)) return for_table ? "?" : "";
    switch (kind) {
    case Kind::Ratio: return for_table ? fmt("%.1f %%", d * 100) : fmt("%.6g", d);
    case Kind::Seconds: return fmt(for_table ? "%.1f" : "%.3f", d);
    case Kind::Decimal: return fmt(for_table ? "%.3f" : "%.6g", d);
    default: return fmt("%g", d);
    }
}

std::string render_json(const Report& r) {
    std::string out = "{\"report\":";
    json::append_string(out, r.name);
    out += ",\"title\":";
    json::append_string(out, r.title);
    out += ",\"from\":";
    json::append_string(out, calls::format_local(r.from));
    out += ",\"to\":";
    json::append_string(out, calls::format_local(r.to));
    out += ",\"parameters\":";
    append_pairs(out, r.parameters);
    out += ",\"definitions\":";
    append_pairs(out, r.definitions);
    out += ",\"totals\":{";
    for (std::size_t i = 0; i < r.totals.size(); ++i) {
        if (i) out += ',';
        json::append_string(out, r.totals[i].key);
        out += ':';
        append_value(out, r.totals[i].value, r.totals[i].kind);
    }
    out += "},\"rows\":[";
    for (std::size_t i = 0; i < r.rows.size(); ++i) {
        if (i) out += ',';
        out += '{';
        for (std::size_t c = 0; c < r.columns.size(); ++c) {
            if (c) out += ',';
            json::append_string(out, r.columns[c].key);
            out += ':';
            append_value(out, r.rows[i].cells[c], r.columns[c].kind);
        }
        out += '}';
    }
    out += "]}\n";
    return out;
}

std::string render_csv(const Report& r) {
    std::string out;
    if (r.rows.empty() && !r.totals.empty()) {
        for (std::size_t i = 0; i < r.totals.size(); ++i) out += (i ? "," : "") + csv_cell(r.totals[i].key);
        out += '\n';
        for (std::size_t i = 0; i < r.totals.size(); ++i)
            out += (i ? "," : "") + csv_cell(format_value(r.totals[i].value, r.totals[i].kind, false));
        out += '\n';
        return out;
    }
    for (std::size_t c = 0; c < r.columns.size(); ++c) out += (c ? "," : "") + csv_cell(r.columns[c].key);
    out += '\n';
    for (const auto& row : r.rows) {
        for (std::size_t c = 0; c < r.columns.size(); ++c)
            out += (c ? "," : "") + csv_cell(format_value(row.cells[c], r.columns[c].kind, false));
        out += '\n';
    }
    return out;
}

std::string render_table(const Report& r) {
    std::string out = r.title + "\n" + r.name + " " + calls::format_local(r.from).substr(0, 16) + " .. " + calls::format_local(r.to).substr(0, 16) + "\n";
    for (const auto& [k, v] : r.parameters) out += "  " + k + ": " + v + "\n";
    // Cells as text.
    std::vector<std::vector<std::string>> cells;
    for (const auto& row : r.rows) {
        std::vector<std::string> line;
        for (std::size_t c = 0; c < r.columns.size(); ++c) line.push_back(format_value(row.cells[c], r.columns[c].kind, true));
        cells.push_back(std::move(line));
    }
    std::vector<std::size_t> width(r.columns.size());
    std::size_t total_width = 0;
    for (std::size_t c = 0; c < r.columns.size(); ++c) {
        width[c] = r.columns[c].key.size();
        for (const auto& line : cells) width[c] = std::max(width[c], line[c].size());
        total_width += width[c] + 2;
    }
    // An ungrouped figure report has one row equal to its totals: print the totals only.
    bool row_is_totals = r.rows.size() == 1 && !r.totals.empty() && !r.column("bucket");
    for (const auto& f : r.totals) {
        const auto c = r.column(f.key);
        if (!row_is_totals || !c || r.rows[0].cells[*c] != f.value) row_is_totals = false;
    }
    out += "\n";
    if (row_is_totals) {
        // nothing: the totals below are the row
    } else if (r.rows.empty()) {
        out += "  (no rows)\n";
    } else if (total_width <= kMaxTableWidth) {
        for (std::size_t c = 0; c < r.columns.size(); ++c)
            out += pad(r.columns[c].key, width[c], numeric(r.columns[c].kind)) + "  ";
        out += "\n";
        for (const auto& line : cells) {
            for (std::size_t c = 0; c < r.columns.size(); ++c)
                out += pad(line[c], width[c], numeric(r.columns[c].kind)) + "  ";
            out += "\n";
        }
    } else {
        std::size_t key_width = 0;
        for (const auto& col : r.columns) key_width = std::max(key_width, col.key.size());
        for (std::size_t first = 0; first < cells.size(); first += kRowsPerTurnedBlock) {
            const std::size_t last = std::min(cells.size(), first + kRowsPerTurnedBlock);
            std::vector<std::size_t> w(last - first, 0);
            for (std::size_t i = first; i < last; ++i)
                for (const auto& s : cells[i]) w[i - first] = std::max(w[i - first], s.size());
            for (std::size_t c = 0; c < r.columns.size(); ++c) {
                out += "  " + pad(r.columns[c].key, key_width, false);
                for (std::size_t i = first; i < last; ++i) out += "  " + pad(cells[i][c], w[i - first], true);
                out += "\n";
            }
            out += "\n";
        }
    }
    if (!r.totals.empty()) {
        out += row_is_totals ? "totals\n" : "\ntotals\n";
        std::size_t kw = 0;
        for (const auto& f : r.totals) kw = std::max(kw, f.key.size());
        for (const auto& f : r.totals) out += "  " + pad(f.key, kw, false) + "  " + format_value(f.value, f.kind, true) + "\n";
    }
    if (!r.definitions.empty()) {
        out += "\ndefinitions\n";
        for (const auto& [k, v] : r.definitions) out += "  " + k + ": " + v + "\n";
    }
    return out;
}

} // namespace kxcti::reports
