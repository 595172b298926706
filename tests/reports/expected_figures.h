#pragma once
// What the reports must say about simulated calls, computed from the simulator's ground truth
// alone (kpi.md's definitions, written out again here rather than taken from the engine), and
// the checks that compare a report row or its totals with it: counts exactly, waits and talk
// (printed to the second) exactly, so means agree to rounding.
#include "tests/reports/sim_truth.h"

#include "common/reports/report.h"

#include <catch2/catch.hpp>

#include <functional>
#include <map>
#include <set>

namespace kxcti::test {

// kxcti's defaults (settings.h), which the simulated sites do not change: T and S.
inline constexpr std::int64_t kT = 20;

struct ExpectedFigures {
    std::int64_t offered = 0, answered = 0, lost_in_queue = 0, lost_at_operator = 0, short_abandons = 0;
    std::int64_t forwarded_out = 0, overflowed = 0, transferred = 0;
    std::int64_t answered_waits = 0, answered_wait_sum = 0, lost_waits = 0, lost_wait_sum = 0;
    std::optional<std::int64_t> max_wait, max_wait_lost, max_talk;
    std::int64_t answered_within_t = 0, abandoned_after_t = 0;
    std::int64_t talk_sum = 0;

    // `fate`: the call's outcome, or "overflow" for a group stage the call left; `stage`: a
    // group row, where overflowed counts stages left rather than calls that reached two groups.
    void add(const Truth& t, const std::string& fate, bool stage) {
        auto max_into = [](std::optional<std::int64_t>& m, std::int64_t v) { m = m ? std::max(*m, v) : v; };
        ++offered;
        if (stage ? fate == "overflow" : t.groups.size() > 1) ++overflowed;
        if (fate == "answered") {
            ++answered;
            if (t.transferred_to) ++transferred;
            ++answered_waits;
            answered_wait_sum += *t.wait_s;
            max_into(max_wait, *t.wait_s);
            if (*t.wait_s <= kT) ++answered_within_t;
            talk_sum += *t.talk_s;
            max_into(max_talk, *t.talk_s);
        } else if (fate == "lost_in_queue" || fate == "lost_at_operator") {
            ++(fate == "lost_in_queue" ? lost_in_queue : lost_at_operator);
            ++lost_waits;
            lost_wait_sum += *t.wait_s;
            max_into(max_wait_lost, *t.wait_s);
            if (*t.wait_s > kT) ++abandoned_after_t;
        } else if (fate == "short_abandon") {
            ++short_abandons;
        } else if (fate == "forwarded_out") {
            ++forwarded_out;
        }
    }
};

using Cell = std::function<const reports::Value&(std::string_view)>;

inline void check_mean(const reports::Value& v, std::int64_t sum, std::int64_t n) {
    if (n == 0) {
        CHECK(reports::is_null(v));
        return;
    }
    REQUIRE(reports::as_double(v));
    CHECK(*reports::as_double(v) == Approx(static_cast<double>(sum) / static_cast<double>(n)).margin(1e-9));
}

inline void check_opt(const reports::Value& v, const std::optional<std::int64_t>& e) {
    if (!e) CHECK(reports::is_null(v));
    else CHECK(reports::as_int(v) == *e);
}

inline void check_figures(const Cell& cell, const ExpectedFigures& e) {
    CHECK(reports::as_int(cell("offered")) == e.offered);
    CHECK(reports::as_int(cell("answered")) == e.answered);
    CHECK(reports::as_int(cell("lost")) == e.lost_in_queue + e.lost_at_operator + e.short_abandons);
    CHECK(reports::as_int(cell("lost_in_queue")) == e.lost_in_queue);
    CHECK(reports::as_int(cell("lost_at_operator")) == e.lost_at_operator);
    CHECK(reports::as_int(cell("short_abandons")) == e.short_abandons);
    CHECK(reports::as_int(cell("forwarded_out")) == e.forwarded_out);
    CHECK(reports::as_int(cell("overflowed")) == e.overflowed);
    CHECK(reports::as_int(cell("transferred")) == e.transferred);
    CHECK(reports::as_int(cell("unknown_outcome")) == 0);
    CHECK(reports::as_int(cell("wait_unknown")) == 0);
    check_mean(cell("asa_s"), e.answered_wait_sum, e.answered_waits);
    check_opt(cell("max_wait_s"), e.max_wait);
    check_mean(cell("avg_abandon_wait_s"), e.lost_wait_sum, e.lost_waits);
    check_opt(cell("max_wait_lost_s"), e.max_wait_lost);
    check_mean(cell("service_level"), e.answered_within_t, e.answered + e.abandoned_after_t);
    CHECK(reports::as_int(cell("talk_s")) == e.talk_sum);
    check_opt(cell("max_talk_s"), e.max_talk);
}

// Per extension, from the operators the truth says rang (NA legs and the answering leg) and the
// transfers it names.
struct ExpectedOperator {
    std::int64_t offered = 0, answered = 0, missed = 0, answered_elsewhere = 0;
    std::int64_t lost = 0, lost_in_queue = 0, lost_at_operator = 0, short_abandons = 0;
    std::int64_t picked_up = 0, transferred_to = 0, transferred_away = 0;
    std::int64_t wait_sum = 0, ring_sum = 0, slow = 0, talk_legs = 0, talk_sum = 0;
    std::optional<std::int64_t> max_wait, max_ring;
    std::int64_t outgoing = 0, outgoing_talk = 0;
    bool in_transfers = false;  // its own share of a transferred call's talk is not in the truth
};

inline std::map<std::string, ExpectedOperator> expected_operators(const std::vector<Truth>& calls,
                                                                  std::int64_t slow_ring_s) {
    std::map<std::string, ExpectedOperator> ops;
    auto max_into = [](std::optional<std::int64_t>& m, std::int64_t v) { m = m ? std::max(*m, v) : v; };
    for (const auto& t : calls) {
        if (!t.incoming) {
            auto& o = ops[*t.ext];
            ++o.outgoing;
            o.outgoing_talk += *t.talk_s;
            continue;
        }
        if (!t.offered()) continue;
        std::set<std::string> rang;
        bool someone_missed = false;
        for (const auto& r : t.rang) {
            rang.insert(r.ext);
            if (!r.answered && r.ext != t.answered_by.value_or("")) someone_missed = true;
        }
        const bool answered = t.outcome == "answered";
        for (const auto& e : rang) {
            auto& o = ops[e];
            ++o.offered;
            if (answered && t.answered_by == e) {
                ++o.answered;
                o.wait_sum += *t.wait_s;
                max_into(o.max_wait, *t.wait_s);
                o.ring_sum += *t.answer_ring_s;
                max_into(o.max_ring, *t.answer_ring_s);
                if (*t.answer_ring_s > slow_ring_s) ++o.slow;
                if (someone_missed) ++o.picked_up;
            } else {
                ++o.missed;
                if (answered) ++o.answered_elsewhere;
            }
            if (t.lost()) {
                ++o.lost;
                if (t.outcome == "lost_in_queue") ++o.lost_in_queue;
                if (t.outcome == "lost_at_operator") ++o.lost_at_operator;
                if (t.outcome == "short_abandon") ++o.short_abandons;
            }
        }
        if (answered) {
            auto& a = ops[*t.answered_by];
            ++a.talk_legs;
            if (t.transferred_to) {
                auto& y = ops[*t.transferred_to];
                ++y.talk_legs;
                ++y.transferred_to;
                ++a.transferred_away;
                a.in_transfers = y.in_transfers = true;
            } else {
                a.talk_sum += *t.talk_s;
            }
        }
    }
    return ops;
}

inline void check_operator(const Cell& cell, const ExpectedOperator& e) {
    CHECK(reports::as_int(cell("offered")) == e.offered);
    CHECK(reports::as_int(cell("answered")) == e.answered);
    CHECK(reports::as_int(cell("missed")) == e.missed);
    CHECK(reports::as_int(cell("answered_elsewhere")) == e.answered_elsewhere);
    CHECK(reports::as_int(cell("lost")) == e.lost);
    CHECK(reports::as_int(cell("lost_in_queue")) == e.lost_in_queue);
    CHECK(reports::as_int(cell("lost_at_operator")) == e.lost_at_operator);
    CHECK(reports::as_int(cell("short_abandons")) == e.short_abandons);
    CHECK(reports::as_int(cell("picked_up_from_others")) == e.picked_up);
    CHECK(reports::as_int(cell("transferred_to_them")) == e.transferred_to);
    CHECK(reports::as_int(cell("transferred_away")) == e.transferred_away);
    check_mean(cell("asa_s"), e.wait_sum, e.answered);
    check_opt(cell("max_wait_s"), e.max_wait);
    check_mean(cell("avg_ring_s"), e.ring_sum, e.answered);
    check_opt(cell("max_ring_s"), e.max_ring);
    CHECK(reports::as_int(cell("slow_answers")) == e.slow);
    CHECK(reports::as_int(cell("wait_unknown")) == 0);
    CHECK(reports::as_int(cell("ring_unknown")) == 0);
    CHECK(reports::as_int(cell("talk_unknown")) == 0);
    if (!e.in_transfers) CHECK(reports::as_int(cell("talk_s")) == e.talk_sum);
    CHECK(reports::as_int(cell("outgoing")) == e.outgoing);
    CHECK(reports::as_int(cell("outgoing_talk_s")) == e.outgoing_talk);
}

} // namespace kxcti::test
