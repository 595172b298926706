// The real capture (tests/data/calls/costa_pattern_b.txt, a copy of
// shared/corpus/smdr/Magicianred_...costa...txt: KX-TDA class, pattern B, ICD groups 601/611,
// December 2020) assembled into the calls a careful reader sees in it. Journal ids are the file's
// line numbers. The expectations below were written from the printout, line by line, with the
// reasoning beside each call; they are not a copy of the program's output.
#include "records.h"

#include "common/calls/assembler.h"

#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

using namespace kxcti;
using calls::Call;

namespace {

const std::string kCosta = std::string(KXCTI_TEST_DATA_DIR) + "/calls/costa_pattern_b.txt";

std::string opt(const std::optional<std::string>& s) { return s ? *s : "-"; }
std::string opt(const std::optional<int>& v) { return v ? std::to_string(*v) : "?"; }

// "in 01 035967808 answered by=402 wait=? talk=114 transferred | group:601@18 ..."; an operator
// leg that rang without answering is "ring:EXT@id".
std::string compact(const Call& c) {
    std::string party = c.direction == calls::CallDirection::In ? opt(c.caller) : opt(c.dialed);
    std::string s = std::string(calls::to_string(c.direction)) + " " + opt(c.co) + " " + party + " " +
                    std::string(calls::to_string(c.outcome)) + " by=" + opt(c.answered_by) +
                    " wait=" + opt(c.wait_s) + " talk=" + opt(c.talk_s);
    if (c.transferred) s += " transferred";
    if (c.overflowed) s += " overflowed";
    if (c.flags.grouping_uncertain) s += " uncertain";
    if (c.flags.duration_suspect) s += " suspect";
    s += " |";
    for (const auto& l : c.legs) {
        const bool rang = l.kind == calls::LegKind::Operator && !l.answered;
        s += " " + std::string(rang ? "ring" : calls::to_string(l.kind)) + ":" + l.ext + "@" +
             std::to_string(l.journal_id);
    }
    return s;
}

std::map<std::int64_t, std::string> assembled(std::int64_t first, std::int64_t last) {
    auto records = test::journal_from_file(kCosta);
    std::map<std::int64_t, std::string> out;
    for (const auto& c : calls::assemble(records))
        if (c.id >= first && c.id <= last) out[c.id] = compact(c);
    return out;
}

void check_window(const std::map<std::int64_t, std::string>& expected, std::int64_t first, std::int64_t last) {
    auto actual = assembled(first, last);
    for (const auto& [id, text] : expected) {
        INFO("call " << id);
        REQUIRE(actual.count(id) == 1);
        CHECK(actual.at(id) == text);
    }
    for (const auto& [id, text] : actual) {
        INFO("unexpected call " << id << ": " << text);
        CHECK(expected.count(id) == 1);
    }
}

} // namespace

TEST_CASE("costa 07/12 14:53-08/12 09:28: transfers with consultation, interleaved calls, lost in queue") {
    // Pattern B prints no Ring: every wait is unknown ('?'), never 0.
    check_window(
        {
            // 601 leg at the answer; 402 took it (10 s), rang 401 on the intercom (line 19) and
            // handed it over: 401's 1'44 ending 14:55 began at 14:53:16..14:54:15, when 402's leg ended.
            {18, "in 01 035967808 answered by=402 wait=? talk=114 transferred | group:601@18 intercom:402@19 "
                 "operator:402@20 transfer:401@21"},
            // 401 called out (27 s), consulted 402 (line 22), 402 finished the call: '-' and TR.
            {22, "out 01 0376689064 outgoing by=- wait=? talk=220 transferred | intercom:401@22 outgoing:401@23 "
                 "transfer:402@24"},
            {25, "out 21 035972662 outgoing by=- wait=? talk=155 | outgoing:401@25"},
            // The same shape as line 18 on trunk 21.
            {26, "in 21 0364340527 answered by=402 wait=? talk=98 transferred | group:601@26 intercom:402@27 "
                 "operator:402@28 transfer:401@29"},
            // 402's outgoing call (line 31) sits between the group leg and 401's answer.
            {30, "in 21 3332218301 answered by=401 wait=? talk=105 | group:601@30 operator:401@32"},
            {31, "out 01 0359703972 outgoing by=- wait=? talk=97 | outgoing:402@31"},
            {33, "in 01 0308374501 answered by=402 wait=? talk=172 | group:601@33 operator:402@34"},
            {35, "out 01 0364538740 outgoing by=- wait=? talk=25 | outgoing:401@35"},
            {36, "in 21 3290623573 answered by=401 wait=? talk=39 | group:601@36 operator:401@37"},
            {38, "out 01 0240952585 outgoing by=- wait=? talk=260 | outgoing:402@38"},
            {39, "out 06 234 outgoing by=- wait=? talk=46 | outgoing:401@39"},
            {40, "out 01 3391080333 outgoing by=- wait=? talk=106 | outgoing:402@40"},
            // The caller of line 33 again, 73 minutes later: a call of its own.
            {41, "in 01 0308374501 answered by=402 wait=? talk=118 | group:601@41 operator:402@42"},
            // Trunk 05 straight to 402, no group.
            {43, "in 05 222 answered by=402 wait=? talk=109 | operator:402@43"},
            // Lines 44-45 are a page header and its rule.
            {46, "in 05 222 answered by=401 wait=? talk=165 | group:611@46 operator:401@47"},
            {48, "out 06 234 outgoing by=- wait=? talk=8 | outgoing:402@48"},
            {49, "in 05 234 answered by=402 wait=? talk=28 | operator:402@49"},
            {50, "out 06 234 outgoing by=- wait=? talk=19 | outgoing:402@50"},
            // 18:28, group leg only (1'39 in the group's queue message), no operator: lost in queue.
            {51, "in 01 3483238995 lost_in_queue by=- wait=? talk=? | group:601@51"},
            // Next morning the same caller: a group leg printed with 11:59'59 (a counter at its
            // limit, not believed) and 401's 5 s answer.
            {52, "in 21 3483238995 answered by=401 wait=? talk=5 suspect | group:601@52 operator:401@53"},
        },
        18, 53);
}

TEST_CASE("costa 11/12 08:08-10:07: no-answer then group, lost in the group, callers calling again") {
    check_window(
        {
            // Trunk 05: 401 rang unanswered (NA), the call went to group 611 and 401 took it there.
            {206, "in 05 234 answered by=401 wait=? talk=32 | ring:401@206 group:611@207 operator:401@208"},
            {209, "in 05 222 answered by=401 wait=? talk=19 | ring:401@209 group:611@210 operator:401@211"},
            {212, "out 06 222 outgoing by=- wait=? talk=66 | outgoing:401@212"},
            {213, "in 01 3287577844 answered by=401 wait=? talk=61 | group:601@213 operator:401@214"},
            // 401 finished the previous call at 08:36 and answered this one at 08:36:20..08:37:19.
            {215, "in 01 3401237132 answered by=401 wait=? talk=100 | group:601@215 operator:401@216"},
            // 401 rang, then the caller hung up in group 611 (NA on the group leg): lost after an
            // operator rang.
            {217, "in 05 234 lost_at_operator by=- wait=? talk=? | ring:401@217 group:611@218"},
            // 402 answered, consulted 401 (who had just finished the outgoing call of line 220)
            // and transferred; 401's 1'41 ending 09:08 began when 402's leg ended at 09:06.
            {219, "in 01 3279716709 answered by=402 wait=? talk=172 transferred | group:601@219 intercom:402@221 "
                  "operator:402@222 transfer:401@223"},
            {220, "out 21 0364434546 outgoing by=- wait=? talk=132 | outgoing:401@220"},
            {224, "in 05 236 lost_at_operator by=- wait=? talk=? | ring:401@224 group:611@225"},
            // The same caller two minutes later: NA on 401 is a new ring, not part of the lost call.
            {226, "in 05 236 answered by=401 wait=? talk=16 | ring:401@226 group:611@227 operator:401@228"},
            {229, "out 06 236 outgoing by=- wait=? talk=9 | outgoing:401@229"},
            {230, "in 01 0364530514 answered by=401 wait=? talk=3 | group:601@230 operator:401@232"},
            {231, "out 06 234 outgoing by=- wait=? talk=39 | outgoing:401@231"},
            // 401 dialled 236 again: a re-dial by the same extension is always a new call.
            {233, "out 06 236 outgoing by=- wait=? talk=8 | outgoing:401@233"},
            // The caller of line 230 again on the same trunk: most likely a new call, but a
            // transfer of line 230's call back into group 601 would print the same: flagged.
            {234, "in 01 0364530514 answered by=401 wait=? talk=19 uncertain | group:601@234 operator:401@235"},
            // ...and a third time, on trunk 02: another trunk is another call.
            {236, "in 02 0364530514 answered by=401 wait=? talk=79 | group:601@236 operator:401@237"},
            // Bare <I>: no caller ID; joined on the trunk alone.
            {238, "in 21 - answered by=401 wait=? talk=68 | group:601@238 operator:401@239"},
            {240, "out 01 035825385 outgoing by=- wait=? talk=19 | outgoing:401@240"},
            {241, "out 01 0358253853 outgoing by=- wait=? talk=174 | outgoing:401@241"},
            {244, "out 06 234 outgoing by=- wait=? talk=23 | outgoing:401@244"},
            {245, "in 01 035825385 answered by=401 wait=? talk=142 | group:601@245 operator:401@246"},
            {247, "in 05 236 lost_at_operator by=- wait=? talk=? | ring:401@247 group:611@248"},
            {249, "in 21 0364434546 answered by=401 wait=? talk=46 | group:601@249 operator:401@250"},
        },
        206, 250);
}

TEST_CASE("costa, whole file: every record in exactly one call, outcomes counted by hand") {
    auto records = test::journal_from_file(kCosta);
    auto calls = calls::assemble(records);
    // By hand from the printout: 59 outgoing records, one of them (line 24, TR) a transfer leg:
    // 58 outgoing calls. 77 records carry a 6xx number; 2 of them are the FW legs of 604: 75
    // group legs, each its own call (the same group twice is a new call), plus 8 incoming calls
    // without a group (lines 2, 5, 17, 43, 49, 172, 179, 188): 83 incoming calls. The 6 EXT lines
    // are all consultations of transfers (lines 19, 22, 27, 154, 184, 221).
    std::map<std::string, int> by_outcome;
    int transferred = 0, uncertain = 0;
    for (const auto& c : calls) {
        ++by_outcome[std::string(calls::to_string(c.outcome))];
        transferred += c.transferred;
        uncertain += c.flags.grouping_uncertain;
        CHECK(c.closed);
    }
    CHECK(calls.size() == 141);
    CHECK(by_outcome["outgoing"] == 58);
    // Lost: group leg alone (lines 51, 71 and 74: the same caller twice within a minute, on
    // trunks 02 and 01, each hanging up in the queue); NA on 402 alone (172); 401 NA then the
    // group leg with NA (217, 224, 247). Forwarded: the two 604 -> FW pairs (12-13, 106-107).
    CHECK(by_outcome["lost_in_queue"] == 3);
    CHECK(by_outcome["lost_at_operator"] == 4);
    CHECK(by_outcome["forwarded_out"] == 2);
    CHECK(by_outcome["answered"] == 83 - 3 - 4 - 2);
    CHECK(by_outcome.count("unknown") == 0);
    CHECK(by_outcome.count("intercom") == 0);
    CHECK(transferred == 6);
    CHECK(uncertain == 1);  // line 234 (see the window above)

    // Every record of the file is in exactly one call.
    std::map<std::int64_t, int> seen;
    for (const auto& c : calls)
        for (auto id : calls::record_ids(c)) ++seen[id];
    CHECK(seen.size() == records.size());
    for (const auto& [id, n] : seen) {
        INFO("record " << id);
        CHECK(n == 1);
    }
}
