#include "protocol/ncid.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace kxcti::protocol::ncid {
namespace {

std::string clean(std::string_view value, std::string_view when_empty) {
    if (value.empty()) return std::string(when_empty);
    std::string out;
    out.reserve(std::min(value.size(), kMaxFieldBytes));
    for (char c : value.substr(0, kMaxFieldBytes)) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '*' || u < 0x20 || u == 0x7F)
            out.push_back(' ');
        else if (u >= 0x80)
            out.push_back('?');  // NCID clients expect ASCII
        else
            out.push_back(c);
    }
    return out;
}

std::string fields(const Call& c) {
    char stamp[64];
    std::snprintf(stamp, sizeof stamp, "*DATE*%02d%02d%04d*TIME*%02d%02d*", c.month, c.day,
                  c.year, c.hour, c.minute);
    return stamp + std::string("LINE*") + clean(c.line, "-") + "*NMBR*" +
           clean(c.number, "OUT-OF-AREA") + "*MESG*NONE*NAME*" + clean(c.name, "NO NAME") + "*";
}

// The value after `key` up to the next "..." or "+++" separator; nullopt without the key.
std::optional<std::string_view> field(std::string_view body, std::string_view key) {
    std::size_t at = 0;
    while (true) {
        const auto k = body.find(key, at);
        if (k == std::string_view::npos) return std::nullopt;
        // A key starts the body or follows a "..." / "###" separator.
        const bool starts = k == 0 || (k >= 3 && (body.substr(k - 3, 3) == "..." ||
                                                  body.substr(k - 3, 3) == "###"));
        if (!starts) {
            at = k + 1;
            continue;
        }
        const auto from = k + key.size();
        auto end = body.find("...", from);
        const auto plus = body.find("+++", from);
        if (plus < end) end = plus;
        return body.substr(from, end == std::string_view::npos ? std::string_view::npos : end - from);
    }
}

bool two_digits(std::string_view s, std::size_t at, int lo, int hi, int& out) {
    int v = 0;
    auto [p, ec] = std::from_chars(s.data() + at, s.data() + at + 2, v);
    if (ec != std::errc{} || p != s.data() + at + 2 || v < lo || v > hi) return false;
    out = v;
    return true;
}

GatewayResult malformed(std::string text) {
    GatewayResult r;
    r.status = GatewayStatus::Malformed;
    r.error = std::move(text);
    return r;
}

} // namespace

std::string banner(std::string_view server_version) {
    return "200 Server: " + clean(server_version, "kxcti") + "\r\n210 API: 1.0 Feature Set 1\r\n";
}

std::string cid_line(const Call& call) { return "CID: " + fields(call) + "\r\n"; }

std::string cid_log_line(const Call& call) { return "CIDLOG: " + fields(call) + "\r\n"; }

std::string startup_end(const std::vector<Call>& call_log) {
    std::string out;
    if (call_log.empty()) {
        out = "252 Call log empty\r\n";
    } else {
        for (const auto& c : call_log) out += cid_log_line(c);
        out += "250 End of call log\r\n";
    }
    out += "300 End of connection startup\r\n";
    return out;
}

GatewayResult parse_gateway_line(std::string_view line) {
    constexpr std::string_view kPrefix = "CALL: ";
    if (line.substr(0, kPrefix.size()) != kPrefix) return {};
    if (line.size() > kMaxLineBytes)
        return malformed("gateway line of " + std::to_string(line.size()) + " bytes (at most " +
                         std::to_string(kMaxLineBytes) + ")");
    const std::string_view body = line.substr(kPrefix.size());
    if (body.size() < 6 || body.substr(body.size() - 3) != "+++")
        return malformed("gateway line does not end with +++");
    const auto kind = field(body, "CALL");
    if (!kind) return malformed("gateway line has no CALL field");
    if (*kind != "IN") return {};  // CALL<OUT>, CALL<HUP>...: not a ring
    const auto date = field(body, "DATE");
    if (!date) return malformed("gateway line has no DATE field");
    GatewayResult r;
    if (date->size() != 8 || !two_digits(*date, 0, 1, 12, r.call.month) ||
        !two_digits(*date, 2, 1, 31, r.call.day) || !two_digits(*date, 4, 0, 23, r.call.hour) ||
        !two_digits(*date, 6, 0, 59, r.call.minute))
        return malformed("gateway DATE '" + clean(*date, "") + "' is not mmddhhmm");
    const auto number = field(body, "NMBR");
    if (!number) return malformed("gateway line has no NMBR field");
    r.call.number = clean(*number, "");
    r.call.line = clean(field(body, "LINE").value_or(""), "");
    r.call.name = clean(field(body, "NAME").value_or(""), "");
    r.status = GatewayStatus::Call;
    return r;
}

} // namespace kxcti::protocol::ncid
