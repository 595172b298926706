#pragma once
// Hand-made SMDR records for call-assembly tests: the fields a parsed line would carry, written
// the way the PBX prints them ("2024-03-04", "09:01", "<I>0301234567", ring and duration in
// seconds, condition code), so a scenario reads like the printout it stands for.
#include "common/calls/assembler.h"
#include "common/smdr/parser.h"

#include <cstdio>
#include <fstream>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace kxcti::test {

struct Rec {
    std::string date_ = "2024-03-04";     // YYYY-MM-DD
    std::string time_;                    // HH:MM (end of the leg; RC/AN: the event)
    std::string ext_;
    std::string co_;                      // "" for intercom
    std::string dial_;                    // "<I>caller", "<D>did<I>caller", "EXT401", "0212345678-"
    std::optional<int> ring_;             // nullopt: layout without Ring (pattern B)
    std::optional<int> dur_;
    std::string cd_;

    Rec(std::string time, std::string ext, std::string co, std::string dial)
        : time_(std::move(time)), ext_(std::move(ext)), co_(std::move(co)), dial_(std::move(dial)) {}
    Rec& on(std::string date) { date_ = std::move(date); return *this; }
    Rec& ring(int s) { ring_ = s; return *this; }
    Rec& dur(int s) { dur_ = s; return *this; }
    Rec& cd(std::string code) { cd_ = std::move(code); return *this; }
};

inline smdr::Record make_record(const Rec& r) {
    smdr::Record rec;
    rec.layout = r.ring_ ? smdr::Layout::A : smdr::Layout::B;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0;
    if (std::sscanf(r.date_.c_str(), "%d-%d-%d", &y, &mo, &d) != 3 || std::sscanf(r.time_.c_str(), "%d:%d", &h, &mi) != 2)
        throw std::invalid_argument("bad date/time in test record: " + r.date_ + " " + r.time_);
    rec.date = smdr::CivilDate{y, mo, d};
    rec.time = smdr::TimeOfDay{h, mi, std::nullopt};
    rec.ext = r.ext_;
    if (!r.co_.empty()) rec.co = r.co_;
    std::string dial = r.dial_;
    if (dial.rfind("EXT", 0) == 0) {
        rec.direction = smdr::Direction::Intercom;
        rec.dialed = dial.substr(3);
    } else if (dial.rfind("<D>", 0) == 0 || dial.rfind("<I>", 0) == 0) {
        rec.direction = smdr::Direction::In;
        auto i = dial.find("<I>");
        if (dial.rfind("<D>", 0) == 0) rec.did = dial.substr(3, i - 3);
        std::string caller = dial.substr(i + 3);
        if (!caller.empty()) rec.caller = caller;
    } else {
        rec.direction = smdr::Direction::Out;
        if (!dial.empty() && dial.back() == '-') {
            rec.transferred = true;
            dial.pop_back();
        }
        rec.dialed = dial;
    }
    rec.ring_s = r.ring_;
    rec.duration_s = r.dur_;
    if (!r.cd_.empty()) rec.cd = r.cd_;
    return rec;
}

// Journal ids 1, 2, 3... in the order given.
inline std::vector<calls::JournalRecord> journal(const std::vector<Rec>& recs) {
    std::vector<calls::JournalRecord> out;
    std::int64_t id = 0;
    for (const auto& r : recs) out.push_back({++id, make_record(r)});
    return out;
}

// A file of SMDR lines parsed as the journal would be: journal id = line number (1-based, the
// "# source:" header line counted), so ids match the line numbers quoted in comments.
inline std::vector<calls::JournalRecord> journal_from_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    smdr::Parser parser;
    std::vector<calls::JournalRecord> out;
    std::string line;
    std::int64_t number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (line.rfind("# source:", 0) == 0) continue;
        auto parsed = parser.feed(line);
        if (parsed.kind == smdr::LineKind::Record) out.push_back({number, parsed.record});
    }
    return out;
}

} // namespace kxcti::test
