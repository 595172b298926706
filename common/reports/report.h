#pragma once
// The result every report returns: typed columns and rows (what the CLI prints as a table, CSV or
// JSON, and what the server sends as ReportColumns / ReportRows), totals over the whole
// selection, and the parameters and definitions the figures were computed with. A value the data
// cannot give is null ("unknown"), never 0.
#include "common/calls/local_time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace kxcti::reports {

enum class Kind : std::uint8_t {
    Text,
    Integer,
    Seconds,   // a duration; whole for single calls, fractional for averages
    Ratio,     // 0..1; null when there is nothing to divide by
    Decimal,   // Erlangs, money
    DateTime,  // "YYYY-MM-DD HH:MM[:SS]" (PBX local time), as text
    Flag,      // 0 / 1 (JSON true / false)
    Legs,      // a call's legs: a list of objects (JSON), a compact text elsewhere
};
std::string_view to_string(Kind) noexcept;

// One leg of a call in the `calls` report.
using Scalar = std::variant<std::monostate, std::int64_t, double, std::string>;
struct Object {
    std::vector<std::pair<std::string, Scalar>> fields;
    friend bool operator==(const Object&, const Object&) = default;
};

using Value = std::variant<std::monostate, std::int64_t, double, std::string, std::vector<Object>>;

inline Value null() { return std::monostate{}; }
inline Value integer(std::int64_t v) { return v; }
inline Value integer(const std::optional<int>& v) { return v ? Value(static_cast<std::int64_t>(*v)) : null(); }
inline Value integer(const std::optional<std::int64_t>& v) { return v ? Value(*v) : null(); }
inline Value decimal(double v) { return v; }
inline Value decimal(const std::optional<double>& v) { return v ? Value(*v) : null(); }
inline Value text(std::string v) { return v; }
inline Value text(const std::optional<std::string>& v) { return v ? Value(*v) : null(); }
// numerator ÷ denominator, null when the denominator is 0.
Value ratio(std::int64_t numerator, std::int64_t denominator);
Value mean(std::int64_t sum, std::int64_t count);

struct Column {
    std::string key;  // JSON key and CSV header: snake_case
    Kind kind = Kind::Text;
    friend bool operator==(const Column&, const Column&) = default;
};

struct Row {
    std::string scope;          // the ICD group the row is about ("" = site-wide): rights filter
    std::vector<Value> cells;   // one per column
    friend bool operator==(const Row&, const Row&) = default;
};

struct Figure {
    std::string key;
    Kind kind = Kind::Integer;
    Value value;
    friend bool operator==(const Figure&, const Figure&) = default;
};

struct Report {
    std::string name;   // "summary", "groups", ...
    std::string title;
    calls::LocalSeconds from = 0, to = 0;  // [from, to), PBX local time
    std::vector<std::pair<std::string, std::string>> parameters;   // filters and thresholds used
    std::vector<std::pair<std::string, std::string>> definitions;  // figure -> how it was computed
    std::vector<Figure> totals;  // over the whole selection
    std::vector<Column> columns;
    std::vector<Row> rows;

    // Index of a column; nullopt when the report has none of that name.
    std::optional<std::size_t> column(std::string_view key) const;
    // The cell of `row` under `key` (throws std::out_of_range naming the key when absent).
    const Value& cell(std::size_t row, std::string_view key) const;
    const Value& total(std::string_view key) const;  // throws std::out_of_range when absent
    friend bool operator==(const Report&, const Report&) = default;
};

// Builds a row cell by cell in column order, so a report cannot put a value under the wrong key.
class RowBuilder {
public:
    RowBuilder(const std::vector<Column>& columns, std::string scope);
    RowBuilder& set(std::string_view key, Value v);
    Row done();  // throws std::logic_error naming a column that was not set

private:
    const std::vector<Column>& columns_;
    Row row_;
    std::vector<bool> set_;
};

std::optional<std::int64_t> as_int(const Value& v);
std::optional<double> as_double(const Value& v);  // integers too
std::optional<std::string> as_text(const Value& v);
bool is_null(const Value& v);

} // namespace kxcti::reports
