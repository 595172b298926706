// groups and operators: the figures per ICD group (per group stage of each call) and per
// extension (what rang them, what they answered, missed, picked up, took over and handed on).
#include "common/reports/report_util.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace kxcti::reports {

using namespace detail;

Report groups_report(const ReportInput& in) {
    Report r = start_report(in, "groups", "ICD groups: offered, answered, lost, overflowed, waits and talk");
    const auto& t = in.site.thresholds;
    state_figure_definitions(r, t);
    r.definitions.emplace_back("group rows", "each group a call reached counts it once: answered or lost there when "
                                             "it was the call's last group, overflowed when the call moved on; "
                                             "waits are the caller's whole wait");
    r.definitions.emplace_back("operators_rang", "rings of operators in this group's stage (operator legs printed "
                                                 "before the group's record, or after it for the last group); "
                                                 "ring_no_answer: those not answered");
    std::vector<Column> cols{{"group", Kind::Text}, {"name", Kind::Text}};
    for (const auto& c : figure_columns()) cols.push_back(c);
    cols.push_back({"operators_rang", Kind::Integer});
    cols.push_back({"ring_no_answer", Kind::Integer});
    r.columns = with_bucket(in.query, cols);

    struct Acc {
        Figures fig;
        std::int64_t rang = 0, no_answer = 0;
    };
    std::map<std::pair<Key, std::string>, Acc> rows;
    Figures all;
    for_each_call(in, [&](const calls::Call& c) {
        if (!is_incoming(c) || !selected(c, in.query, in.site)) return;
        all.add(c, fate(c, t), t);
        const auto stages = calls::group_stages(c);
        const Key key = key_of(c, in.query.grouping);
        for (std::size_t k = 0; k < stages.size(); ++k) {
            if (in.query.group && stages[k].group != *in.query.group) continue;
            Acc& a = rows[{key, stages[k].group}];
            const Fate f = stage_fate(c, k, stages.size(), t);
            a.fig.add(c, f, f == Fate::Answered ? c.talk_s : std::nullopt, t, true);
            for (auto i : stages[k].operator_legs) {
                if (!rang(c, c.legs[i])) continue;
                ++a.rang;
                if (!c.legs[i].answered) ++a.no_answer;
            }
        }
    });
    if (!grouped(in.query))
        for (const auto& g : in.site.groups)
            if (!in.query.group || g.number == *in.query.group) rows[{Key{}, g.number}];
    for (const auto& [key, a] : rows) {
        RowBuilder row(r.columns, key.second);
        if (grouped(in.query)) row.set("bucket", key.first.label);
        row.set("group", key.second).set("name", group_name(in.site, key.second));
        put_figures(row, a.fig, t);
        row.set("operators_rang", integer(a.rang)).set("ring_no_answer", integer(a.no_answer));
        r.rows.push_back(row.done());
    }
    r.totals = figure_totals(all, t);
    return r;
}

namespace {

struct OperatorAcc {
    std::int64_t offered = 0, answered = 0, missed = 0, answered_elsewhere = 0;
    std::int64_t lost = 0, lost_in_queue = 0, lost_at_operator = 0, short_abandons = 0;
    std::int64_t picked_up = 0, transferred_to = 0, transferred_away = 0;
    std::int64_t wait_known = 0, wait_sum = 0, wait_unknown = 0;
    std::optional<int> max_wait;
    std::int64_t ring_known = 0, ring_sum = 0, ring_unknown = 0, slow = 0;
    std::optional<int> max_ring;
    std::int64_t talk_legs = 0, talk_sum = 0, talk_unknown = 0;
    std::optional<int> max_talk;
    std::int64_t outgoing = 0, outgoing_talk = 0;
};

void max_into(std::optional<int>& m, int v) { m = m ? std::max(*m, v) : v; }

// One incoming call seen from each extension that took part in it.
void credit_incoming(const calls::Call& c, Fate f, const Thresholds& t,
                     const std::function<OperatorAcc&(const std::string&)>& acc) {
    std::set<std::string> rang_exts, transfer_exts, away_exts;
    bool someone_missed_before_answer = false;
    for (std::size_t i = 0; i < c.legs.size(); ++i) {
        const auto& l = c.legs[i];
        if (l.kind == calls::LegKind::Operator && rang(c, l)) {
            rang_exts.insert(l.ext);
            if (!l.answered) {
                if (!c.answered_by || l.ext != *c.answered_by) someone_missed_before_answer = true;
            }
        }
        if (l.kind == calls::LegKind::Transfer) {
            transfer_exts.insert(l.ext);
            // Whoever held the call before this leg handed it on.
            for (std::size_t j = i; j-- > 0;) {
                const auto& p = c.legs[j];
                if (p.answered && (p.kind == calls::LegKind::Operator || p.kind == calls::LegKind::Transfer) &&
                    p.ext != l.ext) {
                    away_exts.insert(p.ext);
                    break;
                }
            }
        }
        if (l.answered && (l.kind == calls::LegKind::Operator || l.kind == calls::LegKind::Transfer)) {
            OperatorAcc& a = acc(l.ext);
            ++a.talk_legs;
            if (l.talk_s) {
                a.talk_sum += *l.talk_s;
                max_into(a.max_talk, *l.talk_s);
            } else {
                ++a.talk_unknown;
            }
        }
    }
    for (const auto& e : rang_exts) {
        OperatorAcc& a = acc(e);
        ++a.offered;
        const bool answered_here = c.answered_by && *c.answered_by == e && f == Fate::Answered;
        if (answered_here) {
            ++a.answered;
            if (c.wait_s) {
                ++a.wait_known;
                a.wait_sum += *c.wait_s;
                max_into(a.max_wait, *c.wait_s);
            } else {
                ++a.wait_unknown;
            }
            if (someone_missed_before_answer) ++a.picked_up;
            for (const auto& l : c.legs) {
                if (l.kind != calls::LegKind::Operator || !l.answered || l.ext != e) continue;
                if (l.ring_s) {
                    ++a.ring_known;
                    a.ring_sum += *l.ring_s;
                    max_into(a.max_ring, *l.ring_s);
                    if (*l.ring_s > static_cast<int>(t.slow_answer_ring_s)) ++a.slow;
                } else {
                    ++a.ring_unknown;
                }
                break;
            }
        } else {
            ++a.missed;
            if (f == Fate::Answered) ++a.answered_elsewhere;
        }
        if (is_lost(f)) {
            ++a.lost;
            if (f == Fate::LostInQueue) ++a.lost_in_queue;
            if (f == Fate::LostAtOperator) ++a.lost_at_operator;
            if (f == Fate::ShortAbandon) ++a.short_abandons;
        }
    }
    for (const auto& e : transfer_exts) ++acc(e).transferred_to;
    for (const auto& e : away_exts) ++acc(e).transferred_away;
}

std::string scope_of(const SiteModel& site, const std::string& ext) {
    for (const auto& g : site.groups)
        if (std::find(g.members.begin(), g.members.end(), ext) != g.members.end()) return g.number;
    return {};
}

} // namespace

Report operators_report(const ReportInput& in) {
    Report r = start_report(in, "operators", "Operators: rung, answered, missed, picked up, transfers, ring and talk");
    const auto& t = in.site.thresholds;
    auto& d = r.definitions;
    d.emplace_back("offered", "incoming calls that rang this extension (answered or not); transfers to it are "
                              "transferred_to_them, not offered");
    d.emplace_back("answered", "calls it answered first; missed: calls that rang it and it did not answer "
                               "(ring-no-answer), answered_elsewhere among them answered by a colleague");
    d.emplace_back("lost", "calls that rang it and were lost in the end (lost_in_queue, lost_at_operator, "
                           "short_abandons as in the summary)");
    d.emplace_back("picked_up_from_others", "calls it answered after another extension's ring went unanswered "
                                            "(SMDR does not mark call pickup itself)");
    d.emplace_back("transferred_away", "calls it held (answered) and handed to another extension");
    d.emplace_back("asa_s", "mean known wait of the calls it answered; avg_ring_s: mean Ring of its answering legs; "
                            "slow_answers: Ring > " + std::to_string(t.slow_answer_ring_s) + " s");
    d.emplace_back("talk_s", "its own answered legs (first answer and transfers taken over)");
    d.emplace_back("occupancy", "unknown (null): needs log-in times (LOG IN/OUT or CSTA agent events)");
    r.columns = with_bucket(in.query, {{"ext", Kind::Text},
                                       {"name", Kind::Text},
                                       {"offered", Kind::Integer},
                                       {"answered", Kind::Integer},
                                       {"answer_rate", Kind::Ratio},
                                       {"missed", Kind::Integer},
                                       {"answered_elsewhere", Kind::Integer},
                                       {"lost", Kind::Integer},
                                       {"lost_in_queue", Kind::Integer},
                                       {"lost_at_operator", Kind::Integer},
                                       {"short_abandons", Kind::Integer},
                                       {"picked_up_from_others", Kind::Integer},
                                       {"transferred_to_them", Kind::Integer},
                                       {"transferred_away", Kind::Integer},
                                       {"asa_s", Kind::Seconds},
                                       {"max_wait_s", Kind::Seconds},
                                       {"wait_unknown", Kind::Integer},
                                       {"avg_ring_s", Kind::Seconds},
                                       {"max_ring_s", Kind::Seconds},
                                       {"ring_unknown", Kind::Integer},
                                       {"slow_answers", Kind::Integer},
                                       {"talk_s", Kind::Seconds},
                                       {"avg_talk_s", Kind::Seconds},
                                       {"max_talk_s", Kind::Seconds},
                                       {"talk_unknown", Kind::Integer},
                                       {"outgoing", Kind::Integer},
                                       {"outgoing_talk_s", Kind::Seconds},
                                       {"occupancy", Kind::Ratio}});
    std::map<std::pair<Key, std::string>, OperatorAcc> rows;
    Figures all;
    std::int64_t all_outgoing = 0;
    for_each_call(in, [&](const calls::Call& c) {
        if (!selected(c, in.query, in.site)) return;
        const Key key = key_of(c, in.query.grouping);
        auto acc = [&](const std::string& ext) -> OperatorAcc& { return rows[{key, ext}]; };
        if (is_incoming(c)) {
            const Fate f = fate(c, t);
            all.add(c, f, t);
            credit_incoming(c, f, t, acc);
        } else if (c.direction == calls::CallDirection::Out) {
            ++all_outgoing;
            if (!c.legs.empty()) ++acc(c.legs.front().ext).outgoing;
            for (const auto& l : c.legs)
                if (l.kind == calls::LegKind::Outgoing || l.kind == calls::LegKind::Transfer)
                    acc(l.ext).outgoing_talk += l.talk_s.value_or(0);
        }
    });
    if (!grouped(in.query))
        for (const auto& o : in.site.operators) rows[{Key{}, o.ext}];
    for (const auto& [key, a] : rows) {
        if (in.query.operator_ext && key.second != *in.query.operator_ext) continue;
        RowBuilder row(r.columns, scope_of(in.site, key.second));
        if (grouped(in.query)) row.set("bucket", key.first.label);
        row.set("ext", key.second).set("name", operator_name(in.site, key.second));
        row.set("offered", integer(a.offered)).set("answered", integer(a.answered));
        row.set("answer_rate", ratio(a.answered, a.offered));
        row.set("missed", integer(a.missed)).set("answered_elsewhere", integer(a.answered_elsewhere));
        row.set("lost", integer(a.lost)).set("lost_in_queue", integer(a.lost_in_queue));
        row.set("lost_at_operator", integer(a.lost_at_operator)).set("short_abandons", integer(a.short_abandons));
        row.set("picked_up_from_others", integer(a.picked_up));
        row.set("transferred_to_them", integer(a.transferred_to)).set("transferred_away", integer(a.transferred_away));
        row.set("asa_s", mean(a.wait_sum, a.wait_known)).set("max_wait_s", integer(a.max_wait));
        row.set("wait_unknown", integer(a.wait_unknown));
        row.set("avg_ring_s", mean(a.ring_sum, a.ring_known)).set("max_ring_s", integer(a.max_ring));
        row.set("ring_unknown", integer(a.ring_unknown)).set("slow_answers", integer(a.slow));
        row.set("talk_s", a.talk_legs > a.talk_unknown || a.talk_legs == 0 ? integer(a.talk_sum) : null());
        row.set("avg_talk_s", mean(a.talk_sum, a.talk_legs - a.talk_unknown));
        row.set("max_talk_s", integer(a.max_talk)).set("talk_unknown", integer(a.talk_unknown));
        row.set("outgoing", integer(a.outgoing)).set("outgoing_talk_s", integer(a.outgoing_talk));
        row.set("occupancy", null());
        r.rows.push_back(row.done());
    }
    r.totals = figure_totals(all, t);
    r.totals.push_back({"outgoing", Kind::Integer, integer(all_outgoing)});
    return r;
}

} // namespace kxcti::reports
