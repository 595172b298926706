#include "simulator/options.h"

#include "simulator/traffic_builtin.h"

#include <charconv>
#include <cstdio>

namespace kxcti::sim {
namespace {

std::uint64_t number(const std::string& option, const std::string& value, std::uint64_t min, std::uint64_t max) {
    std::uint64_t v = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
    if (ec != std::errc() || end != value.data() + value.size() || v < min || v > max)
        throw UsageError(option + " wants a whole number from " + std::to_string(min) + " to " +
                         std::to_string(max) + ", not '" + value + "'");
    return v;
}

void host_port(const std::string& value, SimOptions& o) {
    auto colon = value.rfind(':');
    if (colon == std::string::npos || colon == 0)
        throw UsageError("--listen wants HOST:PORT (e.g. 127.0.0.1:0; port 0 picks a free one), not '" + value + "'");
    o.listen_host = value.substr(0, colon);
    if (o.listen_host.size() > 2 && o.listen_host.front() == '[' && o.listen_host.back() == ']')
        o.listen_host = o.listen_host.substr(1, o.listen_host.size() - 2);
    o.listen_port = static_cast<std::uint16_t>(number("--listen port", value.substr(colon + 1), 0, 65535));
}

void start_date(const std::string& value, GeneratorOptions& g) {
    int y = 0, m = 0, d = 0;
    char tail = 0;
    if (value.size() != 10 || std::sscanf(value.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || y < 2000 ||
        y > 2099 || m < 1 || m > 12 || d < 1 || d > 31)
        throw UsageError("--start wants YYYY-MM-DD between 2000 and 2099, not '" + value + "'");
    g.start_year = y;
    g.start_month = m;
    g.start_day = d;
}

// "HH:MM[:SS]" of the first simulated day, in seconds.
std::int64_t day_time(const std::string& option, const std::string& text) {
    int h = 0, m = 0, s = 0;
    char tail = 0;
    const int n = std::sscanf(text.c_str(), "%2d:%2d:%2d%c", &h, &m, &s, &tail);
    if ((n != 2 && n != 3) || h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 59)
        throw UsageError(option + " wants times as HH:MM or HH:MM:SS, not '" + text + "'");
    return h * 3600 + m * 60 + s;
}

void outage(const std::string& value, SimOptions& o) {
    const auto dash = value.find('-');
    if (dash == std::string::npos)
        throw UsageError("--csta-outage wants FROM-TO in model time (e.g. 08:05-08:07:30), not '" + value + "'");
    const auto from = day_time("--csta-outage", value.substr(0, dash));
    const auto to = day_time("--csta-outage", value.substr(dash + 1));
    if (to <= from) throw UsageError("--csta-outage: the link must come back after it went (FROM before TO), not '" + value + "'");
    o.csta_outage.emplace(from, to);
}

} // namespace

SimOptions parse_options(const std::vector<std::string>& args) {
    SimOptions o;
    int outputs = 0, sources = 0;
    bool rate_given = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&]() -> const std::string& {
            if (i + 1 >= args.size()) throw UsageError(a + " needs a value; see --help");
            return args[++i];
        };
        if (a == "--help" || a == "-h") o.help = true;
        else if (a == "--listen") { host_port(value(), o); o.output = Output::Listen; ++outputs; }
        else if (a == "--serial") { o.serial_device = value(); o.output = Output::Serial; ++outputs; }
        else if (a == "--out") { o.out_file = value(); o.output = Output::File; ++outputs; }
        else if (a == "--replay") { o.replay = value(); ++sources; }
        else if (a == "--traffic") { o.traffic = value(); ++sources; }
        else if (a == "--truth") o.truth = value();
        else if (a == "--print-scenario") {
            o.print_scenario = value();
            if (!builtin_scenario_text(*o.print_scenario)) {
                std::string names;
                for (const auto& n : builtin_scenarios()) names += (names.empty() ? "" : ", ") + n;
                throw UsageError("--print-scenario wants one of " + names + ", not '" + *o.print_scenario + "'");
            }
        }
        else if (a == "--generate") { o.generate = number(a, value(), 1, UINT64_MAX); ++sources; }
        else if (a == "--seed") o.generator.seed = number(a, value(), 0, UINT64_MAX);
        else if (a == "--layout") {
            const std::string& v = value();
            if (v == "A") o.generator.format.layout = Layout::A;
            else if (v == "B") o.generator.format.layout = Layout::B;
            else if (v == "C") o.generator.format.layout = Layout::C;
            else throw UsageError("--layout wants A, B or C, not '" + v + "'");
        } else if (a == "--date-order") {
            const std::string& v = value();
            if (v == "dmy") o.generator.format.date_order = DateOrder::DMY;
            else if (v == "mdy") o.generator.format.date_order = DateOrder::MDY;
            else if (v == "ymd") o.generator.format.date_order = DateOrder::YMD;
            else throw UsageError("--date-order wants dmy, mdy or ymd, not '" + v + "'");
        } else if (a == "--clock") {
            const std::string& v = value();
            if (v == "24") o.generator.format.clock = ClockFormat::H24;
            else if (v == "12") o.generator.format.clock = ClockFormat::H12;
            else throw UsageError("--clock wants 12 or 24, not '" + v + "'");
        } else if (a == "--start") start_date(value(), o.generator);
        else if (a == "--page") o.generator.page = static_cast<int>(number(a, value(), 0, 100000));
        else if (a == "--rate") {
            const std::string& v = value();
            try {
                std::size_t used = 0;
                o.rate = std::stod(v, &used);
                if (used != v.size() || !(o.rate >= 0) || o.rate > 1e9) throw UsageError("");
            } catch (const std::exception&) {
                throw UsageError("--rate wants lines per second (0 = as fast as possible), not '" + v + "'");
            }
            rate_given = true;
        } else if (a == "--speed") {
            const std::string& v = value();
            try {
                std::size_t used = 0;
                o.speed = std::stod(v, &used);
                if (used != v.size() || !(o.speed > 0) || o.speed > 1e9) throw UsageError("");
            } catch (const std::exception&) {
                throw UsageError("--speed wants model seconds per real second (e.g. 60: an hour a minute), not '" + v + "'");
            }
        } else if (a == "--loop") o.loop = true;
        else if (a == "--user") o.user = value();
        else if (a == "--password") o.password = value();
        else if (a == "--newline") {
            const std::string& v = value();
            if (v == "cr") o.newline = "\r";
            else if (v == "crlf") o.newline = "\r\n";
            else throw UsageError("--newline wants cr or crlf, not '" + v + "'");
        } else if (a == "--refuse-logins") o.refuse_logins = number(a, value(), 0, UINT64_MAX);
        else if (a == "--silent") o.silent = true;
        else if (a == "--drop-mid-line-after") o.drop_mid_line_after = number(a, value(), 1, UINT64_MAX);
        else if (a == "--garbage-every") o.garbage_every = number(a, value(), 1, UINT64_MAX);
        else if (a == "--exit-after-lines") o.exit_after_lines = number(a, value(), 1, UINT64_MAX);
        else if (a == "--csta-port") o.csta_port = static_cast<std::uint16_t>(number(a, value(), 0, 65535));
        else if (a == "--csta-wait") o.csta_wait = true;
        else if (a == "--csta-outage") outage(value(), o);
        else if (a == "--csta-heartbeat") o.csta_heartbeat_s = static_cast<int>(number(a, value(), 1, 3600));
        else throw UsageError("unknown option '" + a + "'; see --help");
    }
    if (o.help || o.print_scenario) return o;
    if (outputs != 1) throw UsageError("give exactly one of --listen HOST:PORT, --serial DEVICE, --out FILE; see --help");
    if (sources > 1) throw UsageError("give one of --replay FILE, --generate N, --traffic SCENARIO");
    if (o.truth && !o.traffic) throw UsageError("--truth needs --traffic: only the traffic model knows the truth");
    if (o.speed > 0 && !o.traffic) throw UsageError("--speed needs --traffic: only the traffic model has a clock");
    if (o.speed > 0 && rate_given) throw UsageError("give --rate or --speed, not both");
    if (o.output != Output::Listen && (o.refuse_logins || o.silent || o.drop_mid_line_after))
        throw UsageError("--refuse-logins, --silent and --drop-mid-line-after need --listen (they are LAN faults)");
    if (o.csta_port && !o.traffic) throw UsageError("--csta-port needs --traffic: the CTI link reports the traffic model's calls");
    if ((o.csta_wait || o.csta_outage) && !o.csta_port) throw UsageError("--csta-wait and --csta-outage need --csta-port");
    if (o.output == Output::File && !rate_given) o.rate = 0;
    if (o.output == Output::File && !o.replay && !o.traffic && o.generate == 0 && !o.exit_after_lines)
        throw UsageError("--out with generated calls needs --generate N (or --exit-after-lines N): a file cannot be endless");
    if (o.output == Output::File && o.loop && !o.exit_after_lines)
        throw UsageError("--out with --loop needs --exit-after-lines N: a file cannot be endless");
    return o;
}

std::string usage_text() {
    return R"(kxcti-pbxsim: a loopback Panasonic KX PBX that prints SMDR call records.

Output (exactly one):
  --listen HOST:PORT      serve the LAN SMDR dialogue on HOST:PORT (port 0 picks a free one);
                          the first stdout line is exactly "listening on HOST:PORT". One client
                          at a time, like the PBX: a second one is answered "Rejected" and closed.
                          The PBX keeps undelivered records: a new client gets the next unsent one.
                          At the end of a replay or of --generate N it stays connected and silent.
  --serial DEVICE         write records to a tty (e.g. one end of a socat pty pair); exits at the end
  --out FILE              write records to FILE (fast; for benchmark input); exits at the end

Lines (default: generated calls forever):
  --replay FILE           the lines of FILE, skipping lines that start with '#' ("# source:" headers)
  --generate N            exactly N plausible call records (the last call may be cut short): ICD
                          group 601 then agent legs, NA abandons,
                          outgoing (with cost), intercom EXT lines, TR transfers, FW forwarding
  --seed S                generator or traffic seed (default 1): the same seed gives the same lines
  --layout A|B|C          record layout of the reference's column table (default B)
  --date-order dmy|mdy|ymd  (default dmy)      --clock 12|24  (default 24)
  --start YYYY-MM-DD      the first day of generated calls or of the traffic model (default 2024-01-08)
  --page N                form feed + page header + rule before every N-th record (default 60; 0 = none)
  --traffic SCENARIO      a call centre in virtual time (a built-in scenario or a scenario file):
                          arrivals per DID with a daily profile, ICD groups ringing in order or
                          all at once, overflow, operators' shifts, ring and talk times, callers
                          who give up, redial, are called back, transferred, forwarded; a trunk
                          limit. Prints what the PBX would, in the chosen layout; ends after the
                          scenario's days (faster than real time with --rate 0, the default for --out).
                          Built-in: quiet-day, busy-hour, trunks-busy, transfers, mmn
  --truth FILE            with --traffic: one JSON line per call (outcome, wait, talk, groups,
                          operators, DID, ...) as each call ends
  --speed X               with --traffic: pace by the model's clock, X times faster than real time
                          (60: an hour a minute) instead of --rate
  --print-scenario NAME   print a built-in scenario (every key explained in quiet-day) and exit
  --loop                  replay, generate or run the traffic model forever
  --rate LINES_PER_S      pace the output (default 2; 0 = as fast as possible, the default for --out)
  --newline cr|crlf       line end the PBX prints (default crlf)

LAN login (--listen):
  --user NAME             the answer expected to the "-" prompt (default SMDR)
  --password PASSWORD     expected after "Enter Password:" (default PCCSMDR); a wrong one is
                          prompted again, the third wrong one is answered "Rejected"

Faults:
  --refuse-logins K       answer "Rejected" to the first K correct logins
  --silent                accept connections but never prompt
  --drop-mid-line-after N after N complete lines on a connection, send half of the next line and
                          close; the next connection gets that line in full first
  --garbage-every K       a line of random bytes (never CR or LF) after every K lines
  --exit-after-lines N    exit after N complete lines (garbage lines included)

CTI link (CSTA Phase III, as a Panasonic KX-TDA/NS; with --traffic):
  --csta-port PORT        serve the CTI link on 127.0.0.1:PORT (0 picks a free one) and print
                          "CSTA listening on 127.0.0.1:PORT" (after the --listen line, if any):
                          the real Panasonic AARE and systemStatus, device discovery (204 or the
                          Panasonic escape list), monitorStart, snapshotDevice, and the traffic
                          model's calls as events in step with the SMDR output. After the traffic
                          ends (--out, --serial) it prints "CSTA traffic done: N event reports
                          sent" and keeps serving until SIGTERM.
  --csta-wait             the traffic's events wait for a client that monitors every device (at
                          the start and after an outage), so that none is lost
  --csta-outage FROM-TO   the link is down between these model times of the first day (HH:MM[:SS]):
                          the client is cut off at FROM, refused until TO, and the events between
                          are lost, like a PBX's
  --csta-heartbeat S      systemStatus every S seconds (default 20)

At exit (end of input, SIGTERM or SIGINT) a summary goes to stderr: lines and records sent, cut
lines, garbage lines, logins refused, clients turned away; with --traffic a second line counts the
calls by outcome. Exit status: 0 done, 1 failed (I/O), 2 wrong options or scenario.
  --help                  this text
)";
}

} // namespace kxcti::sim
