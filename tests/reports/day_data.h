#pragma once
// A hand-made Monday (2024-03-04, layout A: Ring printed) whose every figure is worked out by
// hand in the tests. Calls (id = journal id of the first record; arrival = start = the earliest
// leg's end - duration - ring; wait = group Ring, or the Ring of each extension rung in turn):
//
//  C1  id 1   601 -> 401 answers          DID Google 0301111111  arrival 09:00:50 wait 10 talk 90
//  C2  id 3   401 NA, 601 -> 402 answers  DID Google 0302222222  arrival 09:09:30 wait 30 talk 30
//  C3  id 6   601 NA (lost in queue)      DID Google 0303333333  arrival 09:19:10 wait 50
//  C4  id 7   601 NA (short abandon)      DID Radio  0304444444  arrival 09:29:57 wait 3
//  C5  id 8   402 NA, 601 NA (at operator) DID Radio 0305555555  arrival 09:39:42 wait 18
//  C6  id 10  601 -> 611 -> 403 answers   DID Google 0306666666  arrival 10:04:35 wait 35 talk 200
//  C7  id 13  601 -> 402, EXT401, -> 401  DID Radio  0307777777  arrival 10:19:54 wait 6  talk 60+100
//  C8  id 17  403 directly (slow: ring 25) no DID    0308888888  arrival 10:38:50 wait 25 talk 45
//  C9  id 18  205 forwards to 3351234567  DID Google 0309999999  arrival 10:49:08 wait 12 talk 40 (FW)
//  C10 id 20  401 dials 0303333333 (calls C3 back)               arrival 10:59:00 talk 60
//  C11 id 21  601 -> 402 (C5's caller again) DID Radio           arrival 11:09:55 wait 5  talk 70
//  C12 id 23  402 EXT403 (intercom)                                                 talk 30
//  C13 id 24  601 -> 401 without Ring     DID Google 0301111111  arrival 11:30:00 wait ?  talk 50
#include "tests/calls/records.h"

#include "common/calls/assembler.h"
#include "common/reports/reports.h"

namespace kxcti::test {

inline std::vector<Rec> day_records() {
    const std::string g = "<D>5551000<I>", r = "<D>5552000<I>";
    return {
        Rec("09:01", "601", "01", g + "0301111111").ring(10).dur(0),                 // 1
        Rec("09:03", "401", "01", g + "0301111111").ring(4).dur(90),                 // 2
        Rec("09:10", "401", "02", g + "0302222222").ring(20).dur(0).cd("NA"),        // 3
        Rec("09:10", "601", "02", g + "0302222222").ring(30).dur(0),                 // 4
        Rec("09:11", "402", "02", g + "0302222222").ring(8).dur(30),                 // 5
        Rec("09:20", "601", "01", g + "0303333333").ring(50).dur(0).cd("NA"),        // 6
        Rec("09:30", "601", "01", r + "0304444444").ring(3).dur(0).cd("NA"),         // 7
        Rec("09:40", "402", "02", r + "0305555555").ring(15).dur(0).cd("NA"),        // 8
        Rec("09:40", "601", "02", r + "0305555555").ring(18).dur(0).cd("NA"),        // 9
        Rec("10:05", "601", "01", g + "0306666666").ring(25).dur(0),                 // 10
        Rec("10:05", "611", "01", g + "0306666666").ring(10).dur(0),                 // 11
        Rec("10:09", "403", "01", g + "0306666666").ring(5).dur(200),                // 12
        Rec("10:20", "601", "02", r + "0307777777").ring(6).dur(0),                  // 13
        Rec("10:21", "402", "", "EXT401").dur(15),                                   // 14
        Rec("10:21", "402", "02", r + "0307777777").ring(2).dur(60),                 // 15
        Rec("10:23", "401", "02", r + "0307777777").ring(3).dur(100),                // 16
        Rec("10:40", "403", "03", "<I>0308888888").ring(25).dur(45),                 // 17
        Rec("10:50", "205", "04", g + "0309999999").ring(12).dur(40),                // 18
        Rec("10:50", "205", "05", "3351234567").dur(40).cd("FW"),                    // 19
        Rec("11:00", "401", "01", "0303333333").dur(60),                             // 20
        Rec("11:10", "601", "02", r + "0305555555").ring(5).dur(0),                  // 21
        Rec("11:12", "402", "02", r + "0305555555").ring(2).dur(70),                 // 22
        Rec("11:20", "402", "", "EXT403").dur(30),                                   // 23
        Rec("11:30", "601", "01", g + "0301111111").dur(0),                          // 24 (no Ring)
        Rec("11:31", "401", "01", g + "0301111111").dur(50),                         // 25 (no Ring)
    };
}

inline reports::SiteModel day_site() {
    reports::SiteModel site;
    site.operators = {{"401", "Anna"}, {"402", "Bruno"}, {"403", "Carla"}};
    site.groups = {{"601", "Sales", {"401", "402"}}, {"611", "Support", {"403"}}};
    site.channels = {{"5551000", "Google", reports::CivilDay{2024, 3, 1}, std::nullopt, 3100.0},
                     {"5552000", "Radio", std::nullopt, std::nullopt, std::nullopt}};
    site.trunk_count = 4;
    return site;
}

inline std::vector<calls::Call> day_calls() {
    return calls::assemble(journal(day_records()), reports::assembly_options(day_site()));
}

inline calls::LocalSeconds at(const std::string& text) {
    auto t = reports::parse_local_time(text, false);
    if (!t) throw std::invalid_argument("bad time " + text);
    return *t;
}

inline reports::ReportQuery query(std::string name, const std::string& from, const std::string& to,
                                  reports::Grouping grouping = {}) {
    reports::ReportQuery q;
    q.name = std::move(name);
    q.from = at(from);
    q.to = at(to);
    q.grouping = grouping;
    return q;
}

} // namespace kxcti::test
