#pragma once
// Helpers shared by the report implementations (internal to kxcti_reports).
#include "common/reports/call_view.h"
#include "common/reports/figures.h"
#include "common/reports/reports.h"

#include <compare>
#include <string>
#include <vector>

namespace kxcti::reports::detail {

// A row's time bucket: ordered by `order`, shown as `label` ("" when not grouped).
struct Key {
    std::int64_t order = 0;
    std::string label;
    friend auto operator<=>(const Key&, const Key&) = default;
};

inline Key key_of(const calls::Call& c, const Grouping& g) {
    if (auto b = bucket_of(arrival(c), g)) return {b->order, b->label};
    return {0, ""};
}

inline bool grouped(const ReportQuery& q) { return q.grouping.by != GroupBy::None; }

// Puts a "bucket" column first when the query groups by time.
inline std::vector<Column> with_bucket(const ReportQuery& q, std::vector<Column> cols) {
    if (grouped(q)) cols.insert(cols.begin(), Column{"bucket", Kind::Text});
    return cols;
}

// A report with its name, title, interval and the query's parameters stated.
inline Report start_report(const ReportInput& in, std::string name, std::string title) {
    Report r;
    r.name = std::move(name);
    r.title = std::move(title);
    r.from = in.query.from;
    r.to = in.query.to;
    state_query(r, in.query, in.site);
    return r;
}

// Appends a total under a column's kind.
inline void add_total(Report& r, const char* key, Value v) {
    r.totals.push_back({key, r.columns.at(*r.column(key)).kind, std::move(v)});
}

} // namespace kxcti::reports::detail
