#include "common/storage/record_row.h"

#include <string_view>

namespace kxcti::storage {
namespace {

// Writes `value` as `width` decimal digits (zero padded) at out; returns the end.
char* digits(char* out, int value, int width) {
    if (value < 0) value = 0;
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    return out + width;
}

std::optional<std::string_view> format_date(const std::optional<smdr::CivilDate>& d, char* buf) {
    if (!d) return std::nullopt;
    char* p = digits(buf, d->year, 4);
    *p++ = '-';
    p = digits(p, d->month, 2);
    *p++ = '-';
    p = digits(p, d->day, 2);
    return std::string_view(buf, static_cast<std::size_t>(p - buf));
}

std::optional<std::string_view> format_time(const std::optional<smdr::TimeOfDay>& t, char* buf) {
    if (!t) return std::nullopt;
    char* p = digits(buf, t->hour, 2);
    *p++ = ':';
    p = digits(p, t->minute, 2);
    if (t->second) {
        *p++ = ':';
        p = digits(p, *t->second, 2);
    }
    return std::string_view(buf, static_cast<std::size_t>(p - buf));
}

void bind_view(Statement& s, int i, const std::optional<std::string_view>& v) {
    if (v) s.bind_text(i, *v); else s.bind_null(i);
}

std::optional<std::string> owned(const std::optional<std::string_view>& v) {
    return v ? std::optional<std::string>(std::string(*v)) : std::nullopt;
}

} // namespace

void bind_record(Statement& s, int first, const smdr::Record& r, RecordText& text) {
    s.bind(first + 0, static_cast<int>(r.layout));
    bind_view(s, first + 1, format_date(r.date, text.date));
    bind_view(s, first + 2, format_time(r.time, text.time));
    s.bind(first + 3, r.time_is_start ? 1 : 0);
    s.bind(first + 4, r.ext);
    s.bind(first + 5, r.co);
    s.bind(first + 6, static_cast<int>(r.direction));
    s.bind(first + 7, r.caller);
    s.bind(first + 8, r.did);
    s.bind(first + 9, r.dialed);
    s.bind(first + 10, r.transferred ? 1 : 0);
    s.bind(first + 11, r.ring_s);
    s.bind(first + 12, r.duration_s);
    s.bind(first + 13, r.cost);
    s.bind(first + 14, r.account);
    s.bind(first + 15, r.cd);
    s.bind(first + 16, r.name);
    s.bind(first + 17, r.did_name);
    s.bind(first + 18, r.transfer_digits);
}

std::string record_insert_sql() {
    std::string sql = std::string("INSERT INTO smdr_record(journal_id, ") + kRecordColumns + ") VALUES(?1";
    for (int i = 2; i <= kRecordColumnCount + 1; ++i) sql += ", ?" + std::to_string(i);
    return sql + ")";
}

RecordRow to_row(const smdr::Record& r) {
    RecordText text;
    RecordRow row;
    row.layout = static_cast<int>(r.layout);
    row.call_date = owned(format_date(r.date, text.date));
    row.call_time = owned(format_time(r.time, text.time));
    row.time_is_start = r.time_is_start ? 1 : 0;
    row.ext = r.ext;
    row.co = r.co;
    row.direction = static_cast<int>(r.direction);
    row.caller = r.caller;
    row.did = r.did;
    row.dialed = r.dialed;
    row.transferred = r.transferred ? 1 : 0;
    row.ring_s = r.ring_s;
    row.duration_s = r.duration_s;
    row.cost = r.cost;
    row.account = r.account;
    row.cd = r.cd;
    row.name = r.name;
    row.did_name = r.did_name;
    row.transfer_digits = r.transfer_digits;
    return row;
}

RecordRow read_row(const Statement& s, int f) {
    RecordRow row;
    row.layout = s.column_int(f + 0);
    row.call_date = s.column_optional_text(f + 1);
    row.call_time = s.column_optional_text(f + 2);
    row.time_is_start = s.column_int(f + 3);
    row.ext = s.column_optional_text(f + 4);
    row.co = s.column_optional_text(f + 5);
    row.direction = s.column_int(f + 6);
    row.caller = s.column_optional_text(f + 7);
    row.did = s.column_optional_text(f + 8);
    row.dialed = s.column_optional_text(f + 9);
    row.transferred = s.column_int(f + 10);
    row.ring_s = s.column_optional_int(f + 11);
    row.duration_s = s.column_optional_int(f + 12);
    row.cost = s.column_optional_text(f + 13);
    row.account = s.column_optional_text(f + 14);
    row.cd = s.column_optional_text(f + 15);
    row.name = s.column_optional_text(f + 16);
    row.did_name = s.column_optional_text(f + 17);
    row.transfer_digits = s.column_optional_text(f + 18);
    return row;
}

} // namespace kxcti::storage
