#pragma once
// NCID's text protocol, as far as kxcti's read-only NCID feed speaks it (docs/protocol.md,
// "NCID feed"): the lines a server sends when a client connects, the CID line it sends per
// incoming ring, and the gateway line ("CALL: ...") a local program may use to inject a ring
// when the feed is configured to accept it. Pure functions over text; no sockets.
//
// Facts about the format are from NCID's public API description (NCID-API, "Server-to-Client"
// and "Gateway-to-Server"): lines end in CRLF; fields are *NAME*value* pairs; "-" is a line
// with no identifier, "NO NAME" a caller without a name, "OUT-OF-AREA" a caller without a
// number.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kxcti::protocol::ncid {

// A gateway line longer than this is not NCID (ncidd's own buffers are smaller); a client
// sending one is cut off.
inline constexpr std::size_t kMaxLineBytes = 1024;
// Fields keep to what an LCD or pop-up shows; longer values are cut (NCID clients truncate too).
inline constexpr std::size_t kMaxFieldBytes = 64;

// One incoming ring as NCID shows it. Date and time are the local wall clock of the ring.
struct Call {
    int year = 1970, month = 1, day = 1, hour = 0, minute = 0;
    std::string line;    // trunk; empty: "-"
    std::string number;  // empty: "OUT-OF-AREA"
    std::string name;    // empty: "NO NAME"
    friend bool operator==(const Call&, const Call&) = default;
};

// "200 Server: <version>\r\n210 API: 1.0 Feature Set 1\r\n".
std::string banner(std::string_view server_version);
// "CID: *DATE*mmddyyyy*TIME*hhmm*LINE*l*NMBR*n*MESG*NONE*NAME*x*\r\n". '*', control bytes and
// bytes >= 0x80 in a field become a space or '?', so a field can never break the line.
std::string cid_line(const Call& call);
// The same fields as a call-log line ("CIDLOG: ...\r\n"), for the log sent at connect.
std::string cid_log_line(const Call& call);
// The end of the connect sequence: the call log (or "252 Call log empty") and
// "300 End of connection startup".
std::string startup_end(const std::vector<Call>& call_log);

enum class GatewayStatus { NotGateway, Malformed, Call };

struct GatewayResult {
    GatewayStatus status = GatewayStatus::NotGateway;
    Call call;          // when Call (date: month, day, hour, minute from DATE; year unset)
    std::string error;  // when Malformed: what was wrong
};

// Reads one line (without its CR/LF) a peer sent. "CALL: ###DATE<mmddhhmm>...CALL<IN>...
// LINE<id>...NMBR<number>...NAME<name>+++" is a call when CALL is IN; a CALL line with CALL
// other than IN is NotGateway (outgoing calls are not rings); anything else is NotGateway.
GatewayResult parse_gateway_line(std::string_view line);

} // namespace kxcti::protocol::ncid
