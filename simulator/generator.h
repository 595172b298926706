#pragma once
// Plausible call records for a small office with an ICD group, deterministic for a seed:
// incoming calls to group 601 then the answering agent's leg (sometimes after an intercom
// EXT line), abandoned calls (NA), outgoing calls (with cost), transfers (TR, trailing '-'),
// forwarding to a trunk (FW), direct incoming calls and intercom calls. Records come in
// end-time order during office hours on weekdays, with a page header every `page` records.
#include "simulator/smdr_writer.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace kxcti::sim {

struct GeneratorOptions {
    std::uint64_t seed = 1;
    WriterFormat format;
    int page = 60;                     // records per page; 0 = no page headers
    int start_year = 2024, start_month = 1, start_day = 8;
};

class CallGenerator {
public:
    explicit CallGenerator(GeneratorOptions options);

    // Appends the lines of the next call (its records, and a page header and rule before a
    // record that starts a page); returns how many of them are records.
    int next_call(std::vector<std::string>& out);

private:
    std::uint64_t uniform(std::uint64_t lo, std::uint64_t hi);  // portable: same numbers everywhere
    bool chance(int percent) { return uniform(1, 100) <= static_cast<std::uint64_t>(percent); }
    std::string caller();
    std::string agent();
    std::string trunk();
    // Time between calls: past closing time it moves to the next working day's morning.
    void advance(int seconds);
    // Time within a call: a call that started before closing ends when it ends.
    void pass(int seconds);
    SimRecord at_now();
    void emit(std::vector<std::string>& out, const SimRecord& r, int& records);

    GeneratorOptions options_;
    std::mt19937_64 rng_;
    long long minute_of_day_s_ = 0;  // seconds since midnight of the current day
    int year_, month_, day_;
    std::uint64_t records_ = 0;
};

} // namespace kxcti::sim
