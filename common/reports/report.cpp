#include "common/reports/report.h"

#include <stdexcept>

namespace kxcti::reports {

std::string_view to_string(Kind k) noexcept {
    switch (k) {
    case Kind::Text: return "text";
    case Kind::Integer: return "integer";
    case Kind::Seconds: return "seconds";
    case Kind::Ratio: return "ratio";
    case Kind::Decimal: return "decimal";
    case Kind::DateTime: return "datetime";
    case Kind::Flag: return "flag";
    case Kind::Legs: return "legs";
    }
    return "?";
}

Value ratio(std::int64_t numerator, std::int64_t denominator) {
    if (denominator == 0) return null();
    return static_cast<double>(numerator) / static_cast<double>(denominator);
}

Value mean(std::int64_t sum, std::int64_t count) {
    if (count == 0) return null();
    return static_cast<double>(sum) / static_cast<double>(count);
}

std::optional<std::size_t> Report::column(std::string_view key) const {
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i].key == key) return i;
    return std::nullopt;
}

const Value& Report::cell(std::size_t row, std::string_view key) const {
    auto c = column(key);
    if (!c) throw std::out_of_range("report " + name + " has no column '" + std::string(key) + "'");
    return rows.at(row).cells.at(*c);
}

const Value& Report::total(std::string_view key) const {
    for (const auto& f : totals)
        if (f.key == key) return f.value;
    throw std::out_of_range("report " + name + " has no total '" + std::string(key) + "'");
}

RowBuilder::RowBuilder(const std::vector<Column>& columns, std::string scope)
    : columns_(columns), set_(columns.size(), false) {
    row_.scope = std::move(scope);
    row_.cells.resize(columns.size());
}

RowBuilder& RowBuilder::set(std::string_view key, Value v) {
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        if (columns_[i].key != key) continue;
        row_.cells[i] = std::move(v);
        set_[i] = true;
        return *this;
    }
    throw std::logic_error("report row sets unknown column '" + std::string(key) + "'");
}

Row RowBuilder::done() {
    for (std::size_t i = 0; i < columns_.size(); ++i)
        if (!set_[i]) throw std::logic_error("report row leaves column '" + columns_[i].key + "' unset");
    return std::move(row_);
}

std::optional<std::int64_t> as_int(const Value& v) {
    if (auto p = std::get_if<std::int64_t>(&v)) return *p;
    return std::nullopt;
}

std::optional<double> as_double(const Value& v) {
    if (auto p = std::get_if<double>(&v)) return *p;
    if (auto p = std::get_if<std::int64_t>(&v)) return static_cast<double>(*p);
    return std::nullopt;
}

std::optional<std::string> as_text(const Value& v) {
    if (auto p = std::get_if<std::string>(&v)) return *p;
    return std::nullopt;
}

bool is_null(const Value& v) { return std::holds_alternative<std::monostate>(v); }

} // namespace kxcti::reports
