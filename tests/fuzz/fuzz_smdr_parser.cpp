// libFuzzer entry point: arbitrary bytes as what a PBX link delivers. The first byte picks the
// parser's options (date order, clock, forced layout), the rest is split into lines the way the
// links split them (CR, LF, CRLF) and fed through one Parser, and each line once more through a
// fresh context. Invariants: exactly one result per line, a known kind, errors with a reason,
// records with a time of day within 00:00-23:59, a real calendar date, non-negative ring and
// duration, every text cut out of its line; the JSON line is one line of valid UTF-8 that
// starts with its line number and kind. Any exception is a finding (noexcept would terminate).
#include "common/smdr/json.h"
#include "common/smdr/parser.h"
#include "common/smdr/readers.h"
#include "common/util/line_splitter.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace kxcti::smdr;

void check(bool ok) {
    if (!ok) __builtin_trap();
}

bool valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : 9;
        if (n == 9 || i + n >= s.size()) return false;
        for (std::size_t k = 1; k <= n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) >> 6) != 2) return false;
        i += n + 1;
    }
    return true;
}

bool is_record(LineKind k) { return k == LineKind::Record || k == LineKind::Login || k == LineKind::Logout; }

int days_in(int y, int m) {
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 29 : kDays[m - 1];
}

void check_line(std::string_view line, const ParsedLine& p, std::size_t n, std::string& json) {
    check(static_cast<unsigned>(p.kind) <= static_cast<unsigned>(LineKind::Error));
    check((p.kind == LineKind::Error) == !p.error.empty());
    if (p.kind == LineKind::Header) check(!p.header_layout || *p.header_layout != Layout::Unknown);
    if (is_record(p.kind)) {
        const Record& r = p.record;
        if (r.time) check(r.time->hour >= 0 && r.time->hour <= 23 && r.time->minute >= 0 && r.time->minute <= 59);
        if (r.time && r.time->second) check(*r.time->second >= 0 && *r.time->second <= 59);
        if (r.date)
            check(r.date->year >= 1980 && r.date->year <= 2099 && r.date->month >= 1 && r.date->month <= 12 &&
                  r.date->day >= 1 && r.date->day <= days_in(r.date->year, r.date->month));
        if (r.ring_s) check(*r.ring_s >= 0);
        if (r.duration_s) check(*r.duration_s >= 0);
        if (r.layout != Layout::HtsCsv) check(r.ext.has_value());
        for (const auto* s : {&r.ext, &r.co, &r.caller, &r.did, &r.cost, &r.account, &r.name, &r.did_name,
                              &r.transfer_digits})
            if (*s) check(!(*s)->empty() && line.find(**s) != std::string_view::npos);
        // (An intercom line may show a CO when its columns say so: "01 1    EXT102" read by tokens.)
        if (r.direction == Direction::Intercom) check(r.dialed.has_value());
        if (r.caller || r.did) check(r.direction == Direction::In || r.layout == Layout::HtsCsv);
        if (r.transfer_digits) check(r.transferred);
    } else {
        // Non-records carry no record fields.
        check(!p.record.ext && !p.record.date && !p.record.time && p.record.layout == Layout::Unknown);
    }
    json.clear();
    append_json(json, n, line, p);
    std::string head = "{\"line\":" + std::to_string(n) + ",\"kind\":\"" + std::string(to_string(p.kind)) + "\"";
    check(json.compare(0, head.size(), head) == 0);
    check(json.back() == '}' && json.find('\n') == std::string::npos && valid_utf8(json));
}

// The fixed-column fast path must agree with the general reader wherever it answers.
void check_fast_path(std::string_view line, const ParseOptions& o) {
    using namespace kxcti::smdr::detail;
    LineRules rules;
    rules.fixed_order = o.date_order;
    rules.clock = o.clock;
    for (Layout layout : {Layout::A, Layout::B, Layout::C}) {
        ParsedLine fast, general;
        if (!read_plain_grid(line, layout, rules, fast)) continue;
        check(read_grid(line, layout, layout, rules, general));
        std::string a, b;
        append_json(a, 1, line, fast);
        append_json(b, 1, line, general);
        check(a == b && fast.full_width == general.full_width && fast.date_order == general.date_order &&
              fast.date_order_assumed == general.date_order_assumed &&
              fast.date_order_decisive == general.date_order_decisive);
    }
}

} // namespace

// Input: one mode byte, then the stream. Mode bits 0-1: date order (auto, dmy, mdy, ymd);
// 2-3: clock (auto, 12, 24); 4-6: forced layout (0 = detect); 7: ambiguous default mdy.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    ParseOptions o;
    const std::uint8_t mode = data[0];
    o.date_order = static_cast<DateOrder>(mode & 3);
    o.clock = static_cast<ClockMode>((mode >> 2) % 3);
    o.layout = static_cast<Layout>((mode >> 4) % 7);
    o.ambiguous_date_default = (mode & 0x80) ? DateOrder::MDY : DateOrder::DMY;
    std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);

    std::vector<std::string> lines;
    kxcti::LineSplitter splitter;
    auto add = [&](std::string&& l, kxcti::LineEnd) { lines.push_back(std::move(l)); };
    splitter.feed(bytes, add);
    splitter.finish(kxcti::LineEnd::EndOfFile, add);

    Parser parser(o);
    if (o.date_order == DateOrder::Auto) {
        DateOrderVote vote;
        for (const auto& l : lines) vote.add(l);
        const DateOrder decided = vote.decide();
        std::vector<std::string_view> views(lines.begin(), lines.end());
        check(detect_date_order(views) == decided);
        parser.set_date_order(decided);
    }
    std::string json;
    std::size_t results = 0;
    for (const auto& l : lines) {
        const ParsedLine p = parser.feed(l);
        ++results;
        check_line(l, p, results, json);
        ParserContext fresh;
        fresh.options = o;
        check_line(l, parse_line(l, fresh), results, json);
        check_fast_path(l, o);
    }
    check(results == lines.size());
    // The raw bytes as one line too: terminators inside are tolerated at the end only.
    ParserContext fresh;
    check_line(bytes, parse_line(bytes, fresh), 1, json);
    return 0;
}
