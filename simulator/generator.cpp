#include "simulator/generator.h"

#include <chrono>

namespace kxcti::sim {
namespace {
constexpr int kOpenS = 8 * 3600;    // office opens 08:00
constexpr int kCloseS = 18 * 3600;  // and closes 18:00; no calls at night or at weekends
constexpr int kCostCentsPerMinute = 10;
} // namespace

CallGenerator::CallGenerator(GeneratorOptions options)
    : options_(std::move(options)), rng_(options_.seed), minute_of_day_s_(kOpenS),
      year_(options_.start_year), month_(options_.start_month), day_(options_.start_day) {}

std::uint64_t CallGenerator::uniform(std::uint64_t lo, std::uint64_t hi) {
    // Modulo bias is irrelevant here; std::uniform_int_distribution differs between libraries.
    return lo + rng_() % (hi - lo + 1);
}

std::string CallGenerator::caller() {
    std::string n = chance(40) ? "3" : "0";  // mobiles start with 3, landlines with 0 (Italy)
    while (n.size() < 10) n += static_cast<char>('0' + uniform(0, 9));
    return n;
}

std::string CallGenerator::agent() { return std::to_string(401 + uniform(0, 5)); }

std::string CallGenerator::trunk() {
    static const char* const kTrunks[] = {"01", "05", "06", "21"};
    return kTrunks[uniform(0, 3)];
}

void CallGenerator::pass(int seconds) { minute_of_day_s_ += seconds; }

void CallGenerator::advance(int seconds) {
    minute_of_day_s_ += seconds;
    if (minute_of_day_s_ < kCloseS) return;
    using namespace std::chrono;
    sys_days d = year_month_day{year{year_}, month{static_cast<unsigned>(month_)}, day{static_cast<unsigned>(day_)}};
    do d += days{1};
    while (weekday{d} == Saturday || weekday{d} == Sunday);
    year_month_day ymd{d};
    year_ = static_cast<int>(ymd.year());
    month_ = static_cast<int>(static_cast<unsigned>(ymd.month()));
    day_ = static_cast<int>(static_cast<unsigned>(ymd.day()));
    minute_of_day_s_ = kOpenS + static_cast<long long>(uniform(0, 1800));
}

SimRecord CallGenerator::at_now() {
    SimRecord r;
    r.year = year_;
    r.month = month_;
    r.day = day_;
    r.hour = static_cast<int>(minute_of_day_s_ / 3600);
    r.minute = static_cast<int>(minute_of_day_s_ / 60 % 60);
    return r;
}

void CallGenerator::emit(std::vector<std::string>& out, const SimRecord& r, int& records) {
    if (options_.page > 0 && records_ % static_cast<std::uint64_t>(options_.page) == 0) {
        out.push_back("\f" + header_line(options_.format.layout));
        out.push_back(rule_line());
    }
    out.push_back(format_record(r, options_.format));
    ++records_;
    ++records;
}

int CallGenerator::next_call(std::vector<std::string>& out) {
    int records = 0;
    advance(static_cast<int>(uniform(20, 420)));  // the gap before a call: may close the day
    std::string co = trunk();
    auto kind = uniform(1, 100);
    if (kind <= 35) {
        // Incoming to the ICD group: the group's leg (duration 0) at answer, then the agent's.
        std::string from = "<I>" + caller();
        int ring = static_cast<int>(uniform(3, 30));
        pass(ring);
        SimRecord group = at_now();
        group.ext = "601"; group.co = co; group.dial = from; group.ring_s = ring; group.duration_s = 0; group.cost_cents = 0;
        emit(out, group, records);
        std::string who = agent();
        if (chance(30)) {
            SimRecord ic = at_now();
            ic.ext = who; ic.dial = "EXT" + agent();
            emit(out, ic, records);
        }
        int talk = static_cast<int>(uniform(10, 600));
        pass(talk);
        SimRecord leg = at_now();
        leg.ext = who; leg.co = co; leg.dial = from; leg.ring_s = ring; leg.duration_s = talk; leg.cost_cents = 0;
        emit(out, leg, records);
    } else if (kind <= 45) {
        // Abandoned: the caller gave up while it rang.
        std::string from = "<I>" + caller();
        int ring = static_cast<int>(uniform(5, 60));
        pass(ring);
        SimRecord na = at_now();
        na.ext = agent(); na.co = co; na.dial = from; na.ring_s = ring; na.duration_s = 0; na.cost_cents = 0; na.cd = "NA";
        emit(out, na, records);
        SimRecord group = na;
        group.ext = "601"; group.cd.clear();
        emit(out, group, records);
    } else if (kind <= 83) {
        // Outgoing; some are transferred to a colleague (trailing '-', TR).
        bool transferred = kind > 75;
        int talk = static_cast<int>(uniform(5, 900));
        pass(talk);
        SimRecord out_call = at_now();
        out_call.ext = agent(); out_call.co = co; out_call.dial = caller() + (transferred ? "-" : "");
        out_call.duration_s = talk;
        out_call.cost_cents = static_cast<long>((talk + 59) / 60) * kCostCentsPerMinute;
        if (transferred) out_call.cd = "TR";
        emit(out, out_call, records);
    } else if (kind <= 90) {
        SimRecord ic = at_now();
        ic.ext = agent(); ic.dial = "EXT" + agent();
        emit(out, ic, records);
    } else if (kind <= 95) {
        // Forwarded to a mobile: the incoming leg and the outgoing leg on another trunk.
        std::string from = "<I>" + caller();
        int talk = static_cast<int>(uniform(10, 300));
        pass(talk);
        SimRecord in = at_now();
        in.ext = "604"; in.co = "21"; in.dial = from; in.ring_s = 0; in.duration_s = talk; in.cost_cents = 0;
        emit(out, in, records);
        SimRecord fw = in;
        fw.co = "01"; fw.dial = "3" + caller().substr(1); fw.ring_s.reset(); fw.cd = "FW";
        fw.cost_cents = static_cast<long>((talk + 59) / 60) * kCostCentsPerMinute;
        emit(out, fw, records);
    } else {
        // Direct incoming call to an extension.
        int ring = static_cast<int>(uniform(2, 20));
        int talk = static_cast<int>(uniform(10, 400));
        pass(ring + talk);
        SimRecord in = at_now();
        in.ext = agent(); in.co = co; in.dial = "<I>" + caller(); in.ring_s = ring; in.duration_s = talk; in.cost_cents = 0;
        emit(out, in, records);
    }
    return records;
}

} // namespace kxcti::sim
