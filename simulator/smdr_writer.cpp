#include "simulator/smdr_writer.h"

#include <cstdio>

namespace kxcti::sim {
namespace {

// The reference's column table (smdr-panasonic.md, "Record layouts").
const LayoutColumns kA{80, {0, 8}, {9, 7}, {17, 5}, {23, 2}, {26, 25}, Column{52, 4}, {57, 8}, std::nullopt, {66, 10}, {77, 3}};
const LayoutColumns kB{80, {0, 8}, {9, 7}, {16, 5}, {22, 2}, {25, 20}, std::nullopt, {46, 8}, Column{55, 10}, {66, 10}, {77, 3}};
const LayoutColumns kC{120, {0, 8}, {9, 7}, {17, 5}, {23, 4}, {28, 50}, Column{79, 4}, {84, 8}, Column{93, 11}, {105, 10}, {116, 3}};

void put(std::string& line, Column c, const std::string& text, bool right = false) {
    std::string v = text.substr(0, c.width);
    std::size_t at = right ? c.at + c.width - v.size() : c.at;
    line.replace(at, v.size(), v);
}

std::string two(int v) {
    char b[8];
    std::snprintf(b, sizeof b, "%02d", v % 100);
    return b;
}

std::string date_text(const SimRecord& r, DateOrder order) {
    std::string y = two(r.year), m = two(r.month), d = two(r.day);
    switch (order) {
    case DateOrder::DMY: return d + "/" + m + "/" + y;
    case DateOrder::MDY: return m + "/" + d + "/" + y;
    case DateOrder::YMD: return y + "/" + m + "/" + d;
    }
    return d + "/" + m + "/" + y;
}

std::string time_text(const SimRecord& r, ClockFormat clock) {
    if (clock == ClockFormat::H24) return two(r.hour) + ":" + two(r.minute);
    int h = r.hour % 12 == 0 ? 12 : r.hour % 12;  // 00:xx is 12:xxAM, 12:xx is 12:xxPM
    return two(h) + ":" + two(r.minute) + (r.hour < 12 ? "AM" : "PM");
}

std::string ring_text(int s) {
    constexpr int kMaxRingS = 9 * 60 + 59;  // M'SS has one digit of minutes
    if (s > kMaxRingS) s = kMaxRingS;
    return std::to_string(s / 60) + "'" + two(s % 60);
}

std::string duration_text(int s) {
    constexpr int kMaxDurationS = 99 * 3600 + 59 * 60 + 59;
    if (s > kMaxDurationS) s = kMaxDurationS;
    return two(s / 3600) + ":" + two(s / 60 % 60) + "'" + two(s % 60);
}

std::string cost_text(long cents, const std::string& currency, std::size_t width) {
    // "EU00000.00": the currency, then the amount zero-padded to the rest of the column.
    std::size_t digits = width > currency.size() ? width - currency.size() : 4;
    char b[32];
    std::snprintf(b, sizeof b, "%0*ld.%02ld", static_cast<int>(digits - 3), cents / 100, cents % 100);
    return currency + b;
}

} // namespace

const LayoutColumns& columns(Layout layout) {
    switch (layout) {
    case Layout::A: return kA;
    case Layout::B: return kB;
    case Layout::C: return kC;
    }
    return kB;
}

std::string format_record(const SimRecord& r, const WriterFormat& f) {
    const LayoutColumns& c = columns(f.layout);
    std::string line(c.length, ' ');
    put(line, c.date, date_text(r, f.date_order));
    put(line, c.time, time_text(r, f.clock));
    put(line, c.ext, r.ext, true);
    // Right-aligned like Ext: it only shows in C, whose CO column is 4 wide (an assumption: no C
    // printout is on record; the SMDR parser reads it the same way).
    put(line, c.co, r.co, true);
    put(line, c.dial, r.dial);
    if (c.ring && r.ring_s) put(line, *c.ring, ring_text(*r.ring_s));
    if (r.duration_s) put(line, c.duration, duration_text(*r.duration_s));
    if (c.cost && r.cost_cents) put(line, *c.cost, cost_text(*r.cost_cents, f.currency, c.cost->width));
    put(line, c.account, r.account);
    put(line, c.cd, r.cd);
    return line;
}

std::string header_line(Layout layout) {
    switch (layout) {
    // A and B: verbatim from the reference (B also from the real capture, trailing space kept).
    case Layout::A: return "  Date     Time    Ext CO        Dial Number        Ring Duration  Acc code  CD";
    case Layout::B: return "  Date     Time   Ext CO Dial Number          Duration Cost       Acc code   CD ";
    case Layout::C: {
        // No printed C header is on record: ours puts each title at its column.
        const LayoutColumns& c = kC;
        std::string line(c.length, ' ');
        put(line, {c.date.at + 2, 4}, "Date");
        put(line, {c.time.at + 2, 4}, "Time");
        put(line, {c.ext.at + 2, 3}, "Ext");
        put(line, c.co, "CO");
        put(line, c.dial, "Dial Number");
        put(line, *c.ring, "Ring");
        put(line, c.duration, "Duration");
        put(line, *c.cost, "Cost");
        put(line, c.account, "Acc code");
        put(line, c.cd, "CD");
        return line;
    }
    }
    return {};
}

std::string rule_line() { return std::string(80, '-'); }

} // namespace kxcti::sim
