// kxcti-server erlang b|c|a: the traffic-engineering calculator over common/reports/erlang.h.
// Prints a table that states the model and definitions used, or one JSON object per run.
#include "server/cli/commands.h"

#include "common/reports/erlang.h"
#include "server/cli/args.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kxcti::server {
namespace {

namespace rep = kxcti::reports;

constexpr const char* kUsage =
    "usage:\n"
    "  kxcti-server erlang b --traffic A --lines N [--target 0.01] [--format table|json]\n"
    "      Erlang B (trunks, blocked calls cleared): blocking at N lines and the lines needed\n"
    "      for the blocking target.\n"
    "  kxcti-server erlang c --calls C --period-s P --aht-s H --agents N --target-s T\n"
    "                        [--target-sl 0.8] [--shrinkage 0.3] [--format table|json]\n"
    "      Erlang C (operators, infinite patience, FCFS); traffic A = C x H / P Erlangs.\n"
    "  kxcti-server erlang a  (as c, plus --patience-s MEAN_PATIENCE)\n"
    "      Erlang A (operators, callers hang up after an exponential patience, FCFS).\n"
    "JSON prints asa_s as null when the queue never empties (agents <= traffic in Erlang C).\n";

enum class Format { Table, Json };

// Numbers are printed with 10 significant digits: more than any table shows, and stable
// across platforms (the tests compare the JSON text exactly).
std::string num(double v) {
    if (!std::isfinite(v)) return "null";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

struct Field {
    std::string key;
    std::string value;  // already JSON text
};

void print_json(const std::vector<Field>& fields) {
    std::string out = "{";
    for (std::size_t i = 0; i < fields.size(); ++i)
        out += (i ? ",\"" : "\"") + fields[i].key + "\":" + fields[i].value;
    std::cout << out << "}\n";
}

void print_table(const std::string& title, const std::vector<std::pair<std::string, std::string>>& rows) {
    // Wide enough for the longest label below; keeps the values in one column.
    constexpr std::size_t kLabelWidth = 58;
    std::cout << title << '\n';
    for (const auto& [label, value] : rows)
        std::cout << "  " << label << std::string(label.size() < kLabelWidth ? kLabelWidth - label.size() : 1, ' ')
                  << value << '\n';
}

double number(const Args& args, const std::string& name, std::optional<double> fallback = std::nullopt) {
    auto text = args.get(name);
    if (!text) {
        if (fallback) return *fallback;
        throw UsageError("missing --" + name);
    }
    errno = 0;
    char* end = nullptr;
    double v = std::strtod(text->c_str(), &end);
    if (text->empty() || end != text->c_str() + text->size() || errno == ERANGE || !std::isfinite(v))
        throw UsageError("--" + name + " '" + *text + "' is not a finite number");
    return v;
}

int count(const Args& args, const std::string& name) {
    auto text = args.get(name);
    if (!text) throw UsageError("missing --" + name);
    errno = 0;
    char* end = nullptr;
    long v = std::strtol(text->c_str(), &end, 10);
    if (text->empty() || end != text->c_str() + text->size() || errno == ERANGE || v < 0 ||
        v > rep::kMaxServers)
        throw UsageError("--" + name + " '" + *text + "' is not a whole number from 0 to 10000000");
    return static_cast<int>(v);
}

Format format(const Args& args) {
    auto f = args.get("format").value_or("table");
    if (f == "table") return Format::Table;
    if (f == "json") return Format::Json;
    throw UsageError("--format '" + f + "' is not table or json");
}

// Tables are for reading: six significant digits, percentages to 0.01.
std::string shown(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}
std::string percent(double fraction) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f %%", fraction * 100);
    return buf;
}

int run_b(const Args& args) {
    args.allow_only({"traffic", "lines", "target", "format"});
    Format fmt = format(args);
    double traffic = number(args, "traffic");
    int lines = count(args, "lines");
    double target = number(args, "target", rep::kDefaultBlockingTarget);
    double blocking = rep::erlang_b(traffic, lines);
    int needed = rep::lines_needed(traffic, target);
    if (fmt == Format::Json) {
        print_json({{"traffic", num(traffic)}, {"lines", std::to_string(lines)}, {"blocking", num(blocking)},
                    {"target", num(target)}, {"lines_needed", std::to_string(needed)}});
        return kExitOk;
    }
    print_table("Erlang B (M/M/N/N: blocked calls cleared, Poisson arrivals)",
                {{"traffic A", shown(traffic) + " E"},
                 {"lines N", std::to_string(lines)},
                 {"blocking B(A, N)", shown(blocking) + " (" + percent(blocking) + ")"},
                 {"target blocking", percent(target)},
                 {"lines needed (smallest N with B <= target)", std::to_string(needed)}});
    return kExitOk;
}

// Options shared by c and a.
struct QueueInputs {
    double traffic, aht_s, target_s, target_sl, shrinkage;
    int agents;
};

QueueInputs queue_inputs(const Args& args) {
    QueueInputs q{};
    double calls = number(args, "calls");
    double period_s = number(args, "period-s");
    q.aht_s = number(args, "aht-s");
    q.agents = count(args, "agents");
    q.target_s = number(args, "target-s");
    q.target_sl = number(args, "target-sl", rep::kDefaultServiceLevelTarget);
    q.shrinkage = number(args, "shrinkage", rep::kDefaultShrinkage);
    q.traffic = rep::offered_traffic(calls, period_s, q.aht_s);
    return q;
}

std::string sl_label(const QueueInputs& q) { return "service level (" + shown(q.target_s) + " s)"; }
std::string needed_label(const QueueInputs& q) {
    return "agents needed for " + percent(q.target_sl) + " in " + shown(q.target_s) + " s";
}
std::string seconds(double v) { return std::isfinite(v) ? shown(v) + " s" : "infinite (queue never empties)"; }

int run_c(const Args& args) {
    args.allow_only({"calls", "period-s", "aht-s", "agents", "target-s", "target-sl", "shrinkage", "format"});
    Format fmt = format(args);
    QueueInputs q = queue_inputs(args);
    auto r = rep::erlang_c(q.traffic, q.agents, q.aht_s, q.target_s);
    int needed = rep::agents_needed(q.traffic, q.aht_s, q.target_s, q.target_sl);
    int scheduled = rep::scheduled_agents(needed, q.shrinkage);
    if (fmt == Format::Json) {
        print_json({{"traffic", num(r.traffic)}, {"agents", std::to_string(r.agents)},
                    {"wait_probability", num(r.wait_probability)}, {"service_level", num(r.service_level)},
                    {"asa_s", num(r.asa_s)}, {"occupancy", num(r.occupancy)}, {"target_s", num(q.target_s)},
                    {"target_sl", num(q.target_sl)}, {"agents_needed", std::to_string(needed)},
                    {"scheduled", std::to_string(scheduled)}});
        return kExitOk;
    }
    print_table("Erlang C (M/M/N, infinite patience, FCFS)",
                {{"traffic A = calls x AHT / period", shown(r.traffic) + " E"},
                 {"agents N", std::to_string(r.agents)},
                 {"wait probability C", shown(r.wait_probability)},
                 {sl_label(q) + " = 1 - C e^(-(N-A)T/AHT)", percent(r.service_level)},
                 {"ASA = C x AHT / (N - A)", seconds(r.asa_s)},
                 {"occupancy A / N", percent(r.occupancy)},
                 {needed_label(q), std::to_string(needed)},
                 {"scheduled at " + percent(q.shrinkage) + " shrinkage", std::to_string(scheduled)}});
    return kExitOk;
}

int run_a(const Args& args) {
    args.allow_only(
        {"calls", "period-s", "aht-s", "agents", "target-s", "target-sl", "shrinkage", "patience-s", "format"});
    Format fmt = format(args);
    QueueInputs q = queue_inputs(args);
    double patience_s = number(args, "patience-s");
    auto r = rep::erlang_a(q.traffic, q.agents, q.aht_s, patience_s, q.target_s);
    int needed = rep::agents_needed_a(q.traffic, q.aht_s, patience_s, q.target_s, q.target_sl);
    int scheduled = rep::scheduled_agents(needed, q.shrinkage);
    if (fmt == Format::Json) {
        print_json({{"traffic", num(r.traffic)}, {"agents", std::to_string(r.agents)}, {"patience_s", num(patience_s)},
                    {"wait_probability", num(r.wait_probability)},
                    {"abandon_probability", num(r.abandon_probability)}, {"service_level", num(r.service_level)},
                    {"answered_within_t", num(r.answered_within_t)}, {"asa_s", num(r.asa_s)},
                    {"mean_wait_s", num(r.mean_wait_s)}, {"occupancy", num(r.occupancy)},
                    {"target_s", num(q.target_s)}, {"target_sl", num(q.target_sl)},
                    {"agents_needed", std::to_string(needed)}, {"scheduled", std::to_string(scheduled)}});
        return kExitOk;
    }
    print_table("Erlang A (M/M/N+M: exponential patience, FCFS)",
                {{"traffic A = calls x AHT / period", shown(r.traffic) + " E"},
                 {"agents N", std::to_string(r.agents)},
                 {"mean patience", shown(patience_s) + " s"},
                 {"wait probability", shown(r.wait_probability)},
                 {"abandon probability", percent(r.abandon_probability)},
                 {sl_label(q) + ": in T / (answered + abandoned after T)", percent(r.service_level)},
                 {"answered within T / offered", percent(r.answered_within_t)},
                 {"ASA (answered calls)", seconds(r.asa_s)},
                 {"mean wait (all calls, abandoned included)", seconds(r.mean_wait_s)},
                 {"occupancy (answered traffic / N)", percent(r.occupancy)},
                 {needed_label(q), std::to_string(needed)},
                 {"scheduled at " + percent(q.shrinkage) + " shrinkage", std::to_string(scheduled)}});
    return kExitOk;
}

} // namespace

int cmd_erlang(const Words& words) {
    if (!words.empty() && (words[0] == "--help" || words[0] == "-h")) {
        std::cout << kUsage;
        return kExitOk;
    }
    if (words.empty()) throw UsageError("which model? give b, c or a");
    const std::string model = words[0];
    Args args(Words(words.begin() + 1, words.end()), {"help"});
    if (args.has("help")) {
        std::cout << kUsage;
        return kExitOk;
    }
    if (!args.positional().empty()) throw UsageError("unexpected argument '" + args.positional()[0] + "'");
    try {
        if (model == "b") return run_b(args);
        if (model == "c") return run_c(args);
        if (model == "a") return run_a(args);
    } catch (const rep::ErlangInputError& e) {
        // Out-of-range values are the user's to fix, like a malformed option.
        throw UsageError(e.what());
    }
    throw UsageError("unknown model '" + model + "': give b, c or a");
}

} // namespace kxcti::server
