// KX-HTS call records (Master.csv). The reference only says: caller, callee, start/answer/end
// time, total/talk seconds, status ANSWERED / NO ANSWERED / BUSY / FAILED. The KX-HTS is built on
// Asterisk, whose cdr_csv writes Master.csv as
//   accountcode, src, dst, dcontext, clid, channel, dstchannel, lastapp, lastdata,
//   start, answer, end, duration, billsec, disposition, amaflags[, uniqueid, userfield]
// so the reading is tolerant of both shapes (assumptions, until a real capture says otherwise):
//  - the first "YYYY-MM-DD HH:MM:SS" field is the start; answer (may be empty), end, total
//    seconds, talk seconds and status follow it in that order;
//  - with two fields before the start they are caller, callee; with three or more the first
//    three are account code, caller, callee (Asterisk);
//  - fields may be double-quoted; a doubled quote inside stays as printed.
// Mapping to a Record: date/time = end of call (as in SMDR), with seconds; duration = talk
// seconds; ring = total - talk (waiting before answer); an extension is 1..5 digits, so caller
// ext + callee external = out, the reverse = in, both extensions = intercom, neither = unknown;
// status NO ANSWER(ED) -> cd "NA", ANSWERED -> no cd, BUSY / FAILED kept as cd text.
#include "common/smdr/fields.h"
#include "common/smdr/readers.h"

#include <array>
#include <string>

namespace kxcti::smdr::detail {
namespace {

// Asterisk writes 16 to 18 fields; room for a few more from other versions.
constexpr std::size_t kMaxCsvFields = 24;
// Fewer commas than the reference's eight-field shape cannot be a CDR line.
constexpr std::size_t kMinCsvCommas = 5;

struct Csv {
    std::array<std::string_view, kMaxCsvFields> f{};
    std::size_t n = 0;
    bool ok = true;
};

Csv split_csv(std::string_view line) noexcept {
    Csv c;
    std::size_t i = 0;
    for (;;) {
        if (c.n == kMaxCsvFields) {
            c.ok = false;
            return c;
        }
        std::string_view field;
        if (i < line.size() && line[i] == '"') {
            std::size_t b = ++i;
            while (i < line.size() && !(line[i] == '"' && (i + 1 >= line.size() || line[i + 1] != '"'))) i += line[i] == '"' ? 2 : 1;
            if (i >= line.size()) {
                c.ok = false;  // unterminated quote: cut short
                return c;
            }
            field = line.substr(b, i - b);
            ++i;
        } else {
            std::size_t b = i;
            while (i < line.size() && line[i] != ',') ++i;
            field = trim(line.substr(b, i - b));
        }
        c.f[c.n++] = field;
        if (i >= line.size()) return c;
        if (line[i] != ',') {
            c.ok = false;
            return c;
        }
        ++i;
    }
}

// "2020-12-07 11:01:05"
bool timestamp(std::string_view t, CivilDate& d, TimeOfDay& tod) noexcept {
    if (t.size() != 19 || t[4] != '-' || t[7] != '-' || t[10] != ' ' || t[13] != ':' || t[16] != ':') return false;
    auto num = [&](std::size_t at, std::size_t len, int& v) {
        v = 0;
        for (std::size_t i = at; i < at + len; ++i) {
            if (!is_digit(t[i])) return false;
            v = v * 10 + (t[i] - '0');
        }
        return true;
    };
    int y, mo, da, h, mi, s;
    if (!num(0, 4, y) || !num(5, 2, mo) || !num(8, 2, da) || !num(11, 2, h) || !num(14, 2, mi) || !num(17, 2, s))
        return false;
    RawDate raw;
    raw.f[0] = y, raw.f[1] = mo, raw.f[2] = da;
    raw.digits[0] = 4, raw.digits[1] = 2, raw.digits[2] = 2;
    if (!resolve_date(raw, DateOrder::YMD, d) || h > 23 || mi > 59 || s > 59) return false;
    tod = TimeOfDay{h, mi, s};
    return true;
}

bool seconds(std::string_view t, int& v) noexcept {
    // A day is the longest call a CDR line can sensibly carry; also keeps the int from overflowing.
    constexpr int kMaxSeconds = 10 * 24 * 3600;
    if (!all_digits(t) || t.size() > 7) return false;
    v = 0;
    for (char c : t) v = v * 10 + (c - '0');
    return v <= kMaxSeconds;
}

} // namespace

bool hts_shaped(std::string_view line) noexcept {
    // Asked of every line: most have no comma at all, which memchr tells fastest.
    std::size_t commas = 0;
    for (auto p = line.find(','); p != std::string_view::npos && commas < kMinCsvCommas; p = line.find(',', p + 1))
        ++commas;
    return commas >= kMinCsvCommas;
}

bool hts_header(std::string_view line) noexcept {
    auto c = split_csv(line);
    for (std::size_t i = 0; i < c.n; ++i) {
        auto f = c.f[i];
        if (f == "src" || f == "disposition" || f == "caller" || f == "Caller" || f == "status" || f == "Status")
            return true;
    }
    return false;
}

void read_hts(std::string_view line, const LineRules&, ParsedLine& out) {
    auto error = [&](std::string why) {
        out.kind = LineKind::Error;
        out.record = Record{};
        out.error = std::move(why);
    };
    auto c = split_csv(line);
    if (!c.ok) return error("CSV line is cut short or has more than 24 fields");
    std::size_t s = 0;
    CivilDate d;
    TimeOfDay t;
    while (s < c.n && !timestamp(c.f[s], d, t)) ++s;
    if (s == c.n) return error("CSV line has no start time (YYYY-MM-DD HH:MM:SS)");
    if (s < 2) return error("CSV line has no caller and callee before the start time");
    if (s + 5 >= c.n) return error("CSV line cut short after the start time (needs answer, end, total, talk, status)");
    if (!timestamp(c.f[s + 2], d, t)) return error("CSV end time " + quote(c.f[s + 2]) + " is not YYYY-MM-DD HH:MM:SS");
    int total = 0, talk = 0;
    if (!seconds(c.f[s + 3], total)) return error("CSV total seconds " + quote(c.f[s + 3]) + " is not a number of seconds");
    if (!seconds(c.f[s + 4], talk)) return error("CSV talk seconds " + quote(c.f[s + 4]) + " is not a number of seconds");
    auto status = c.f[s + 5];

    Record& r = out.record;
    r = Record{};
    r.layout = Layout::HtsCsv;
    r.date = d;
    r.time = t;
    r.duration_s = talk;
    if (total >= talk) r.ring_s = total - talk;
    if (status == "NO ANSWER" || status == "NO ANSWERED") r.cd = "NA";
    else if (status == "BUSY" || status == "FAILED") r.cd.emplace(status);
    else if (status != "ANSWERED") return error("CSV status " + quote(status) + " is not ANSWERED, NO ANSWER(ED), BUSY or FAILED");

    std::size_t base = s >= 3 ? 1 : 0;
    if (s >= 3 && !c.f[0].empty()) {
        if (!account_valid(c.f[0])) return error("CSV account code " + quote(c.f[0]) + " is not up to 10 visible characters");
        r.account.emplace(c.f[0]);
    }
    auto src = c.f[base], dst = c.f[base + 1];
    bool src_ext = ext_valid(src), dst_ext = ext_valid(dst);
    if (src_ext && dst_ext) {
        r.direction = Direction::Intercom;
        r.ext.emplace(src);
        r.dialed.emplace(dst);
    } else if (src_ext) {
        r.direction = Direction::Out;
        r.ext.emplace(src);
        if (!dst.empty()) r.dialed.emplace(dst);
    } else if (dst_ext) {
        r.direction = Direction::In;
        r.ext.emplace(dst);
        if (!src.empty()) r.caller.emplace(src);
    } else {
        if (!src.empty()) r.caller.emplace(src);
        if (!dst.empty()) r.dialed.emplace(dst);
    }
    out.kind = LineKind::Record;
    out.date_order = DateOrder::YMD;  // ISO dates: no order to assume
}

} // namespace kxcti::smdr::detail
