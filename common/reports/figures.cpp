#include "common/reports/figures.h"

#include <algorithm>
#include <cstdio>

namespace kxcti::reports {

namespace {

void max_into(std::optional<int>& m, int v) { m = m ? std::max(*m, v) : v; }

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

std::string policy_text(AbandonPolicy p) {
    switch (p) {
    case AbandonPolicy::Against: return "abandons after T count against";
    case AbandonPolicy::Ignored: return "abandons ignored";
    case AbandonPolicy::For: return "abandons within T count for";
    }
    return "?";
}

} // namespace

void Figures::add(const calls::Call& c, Fate f, const std::optional<int>& talk, const Thresholds& t, bool stage) {
    ++offered;
    if (!stage && c.overflowed) ++overflowed;
    if (c.transferred && f == Fate::Answered) ++transferred;
    const auto T = static_cast<int>(t.service_level_s);
    switch (f) {
    case Fate::Answered:
        ++answered;
        if (c.wait_s) {
            ++answered_wait_known;
            answered_wait_sum += *c.wait_s;
            max_into(max_wait_answered, *c.wait_s);
            ++(*c.wait_s <= T ? answered_within_t : answered_after_t);
        } else {
            ++wait_unknown;
        }
        if (talk) {
            ++talk_known;
            talk_sum += *talk;
            max_into(max_talk, *talk);
            if (*talk < static_cast<int>(t.talk_short_below_s)) ++talk_short;
            else if (*talk > static_cast<int>(t.talk_long_above_s)) ++talk_long;
            else ++talk_medium;
        } else {
            ++talk_unknown;
        }
        break;
    case Fate::ShortAbandon:
        ++lost;
        ++short_abandons;
        break;
    case Fate::LostInQueue:
    case Fate::LostAtOperator:
        ++lost;
        ++(f == Fate::LostInQueue ? lost_in_queue : lost_at_operator);
        if (c.wait_s) {
            ++lost_wait_known;
            lost_wait_sum += *c.wait_s;
            max_into(max_wait_lost, *c.wait_s);
            ++(*c.wait_s <= T ? abandoned_within_t : abandoned_after_t);
        } else {
            ++wait_unknown;
        }
        break;
    case Fate::ForwardedOut: ++forwarded_out; break;
    case Fate::Overflow: ++overflowed; break;
    case Fate::Unknown: ++unknown; break;
    }
}

Figures& Figures::operator+=(const Figures& o) {
    offered += o.offered;
    answered += o.answered;
    lost += o.lost;
    lost_in_queue += o.lost_in_queue;
    lost_at_operator += o.lost_at_operator;
    short_abandons += o.short_abandons;
    forwarded_out += o.forwarded_out;
    overflowed += o.overflowed;
    unknown += o.unknown;
    transferred += o.transferred;
    answered_wait_known += o.answered_wait_known;
    answered_wait_sum += o.answered_wait_sum;
    if (o.max_wait_answered) max_into(max_wait_answered, *o.max_wait_answered);
    lost_wait_known += o.lost_wait_known;
    lost_wait_sum += o.lost_wait_sum;
    if (o.max_wait_lost) max_into(max_wait_lost, *o.max_wait_lost);
    wait_unknown += o.wait_unknown;
    answered_within_t += o.answered_within_t;
    answered_after_t += o.answered_after_t;
    abandoned_within_t += o.abandoned_within_t;
    abandoned_after_t += o.abandoned_after_t;
    talk_known += o.talk_known;
    talk_sum += o.talk_sum;
    talk_unknown += o.talk_unknown;
    if (o.max_talk) max_into(max_talk, *o.max_talk);
    talk_short += o.talk_short;
    talk_medium += o.talk_medium;
    talk_long += o.talk_long;
    return *this;
}

Value Figures::service_level(AbandonPolicy policy) const {
    const std::int64_t answered_known = answered_within_t + answered_after_t;
    switch (policy) {
    case AbandonPolicy::Against: return ratio(answered_within_t, answered_known + abandoned_after_t);
    case AbandonPolicy::Ignored: return ratio(answered_within_t, answered_known);
    case AbandonPolicy::For:
        return ratio(answered_within_t + abandoned_within_t, answered_known + abandoned_within_t + abandoned_after_t);
    }
    return null();
}

const std::vector<Column>& figure_columns() {
    static const std::vector<Column> columns{
        {"offered", Kind::Integer},          {"answered", Kind::Integer},
        {"answer_rate", Kind::Ratio},        {"lost", Kind::Integer},
        {"lost_in_queue", Kind::Integer},    {"lost_at_operator", Kind::Integer},
        {"short_abandons", Kind::Integer},   {"abandon_rate", Kind::Ratio},
        {"abandon_rate_incl_short", Kind::Ratio}, {"forwarded_out", Kind::Integer},
        {"overflowed", Kind::Integer},       {"unknown_outcome", Kind::Integer},
        {"queued", Kind::Integer},           {"transferred", Kind::Integer},
        {"asa_s", Kind::Seconds},            {"max_wait_s", Kind::Seconds},
        {"avg_abandon_wait_s", Kind::Seconds}, {"max_wait_lost_s", Kind::Seconds},
        {"wait_unknown", Kind::Integer},     {"service_level", Kind::Ratio},
        {"talk_s", Kind::Seconds},           {"avg_talk_s", Kind::Seconds},
        {"max_talk_s", Kind::Seconds},       {"aht_s", Kind::Seconds},
        {"talk_unknown", Kind::Integer},
    };
    return columns;
}

namespace {

template <class Sink>
void write_figures(Sink&& put, const Figures& f, const Thresholds& t) {
    put("offered", integer(f.offered));
    put("answered", integer(f.answered));
    put("answer_rate", ratio(f.answered, f.offered));
    put("lost", integer(f.lost));
    put("lost_in_queue", integer(f.lost_in_queue));
    put("lost_at_operator", integer(f.lost_at_operator));
    put("short_abandons", integer(f.short_abandons));
    put("abandon_rate", ratio(f.lost - f.short_abandons, f.offered - f.short_abandons));
    put("abandon_rate_incl_short", ratio(f.lost, f.offered));
    put("forwarded_out", integer(f.forwarded_out));
    put("overflowed", integer(f.overflowed));
    put("unknown_outcome", integer(f.unknown));
    put("queued", null());  // SMDR does not say whether an operator was free
    put("transferred", integer(f.transferred));
    put("asa_s", mean(f.answered_wait_sum, f.answered_wait_known));
    put("max_wait_s", integer(f.max_wait_answered));
    put("avg_abandon_wait_s", mean(f.lost_wait_sum, f.lost_wait_known));
    put("max_wait_lost_s", integer(f.max_wait_lost));
    put("wait_unknown", integer(f.wait_unknown));
    put("service_level", f.service_level(t.abandon_policy));
    put("talk_s", f.talk_known || !f.talk_unknown ? integer(f.talk_sum) : null());
    put("avg_talk_s", mean(f.talk_sum, f.talk_known));
    put("max_talk_s", integer(f.max_talk));
    put("aht_s", mean(f.talk_sum, f.talk_known));
    put("talk_unknown", integer(f.talk_unknown));
}

} // namespace

void put_figures(RowBuilder& row, const Figures& f, const Thresholds& t) {
    write_figures([&](const char* k, Value v) { row.set(k, std::move(v)); }, f, t);
}

std::vector<Figure> figure_totals(const Figures& f, const Thresholds& t) {
    std::vector<Figure> out;
    const auto& cols = figure_columns();
    write_figures(
        [&](const char* k, Value v) {
            auto it = std::find_if(cols.begin(), cols.end(), [&](const Column& c) { return c.key == k; });
            out.push_back({k, it->kind, std::move(v)});
        },
        f, t);
    return out;
}

void state_figure_definitions(Report& r, const Thresholds& t) {
    const auto T = std::to_string(t.service_level_s), S = std::to_string(t.short_abandon_s);
    auto& d = r.definitions;
    d.emplace_back("offered", "incoming calls that arrived in the interval and reached the row's group, operator, "
                              "DID or bucket (placed by arrival: start when Ring is printed, else the earliest "
                              "instant the records prove)");
    d.emplace_back("answered", "an operator answered (a transfer afterwards still counts once)");
    d.emplace_back("lost", "lost_in_queue + lost_at_operator + short_abandons (all lost)");
    d.emplace_back("lost_in_queue", "the caller hung up where no operator rang (group queue, DISA menu)");
    d.emplace_back("lost_at_operator", "the caller hung up where an operator rang without answering");
    d.emplace_back("short_abandons", "lost with a known wait < S = " + S + " s (not in lost_in_queue / lost_at_operator)");
    d.emplace_back("abandon_rate", "(lost - short_abandons) / (offered - short_abandons); abandon_rate_incl_short = "
                                   "lost / offered");
    d.emplace_back("forwarded_out", "forwarded to a trunk (FW); overflowed: left this group for another group "
                                    "(group rows; elsewhere calls that reached more than one group)");
    d.emplace_back("queued", "unknown (null): SMDR does not say whether an operator was free");
    d.emplace_back("wait", "queue + ring until answer or abandon: DISA ring + each group stage's Ring, or the "
                           "Ring of each extension rung in turn; unknown when the layout prints no Ring "
                           "(counted in wait_unknown, left out of asa_s, max_wait_s and service_level)");
    d.emplace_back("asa_s", "sum of known waits of answered calls / answered calls with a known wait; "
                            "max_wait_s over answered calls, max_wait_lost_s over lost ones (short abandons excluded)");
    d.emplace_back("service_level", "T = " + T + " s, " + policy_text(t.abandon_policy) +
                                        ": answered within T / (answered + abandoned after T) by default; "
                                        "calls with an unknown wait and short abandons are left out");
    d.emplace_back("talk_s", "sum of answered calls' talk (operator and transfer legs); avg_talk_s, max_talk_s over "
                             "answered calls whose talk was printed");
    d.emplace_back("aht_s", "talk only: the PBX reports neither hold nor wrap-up");
}

void state_query(Report& r, const ReportQuery& q, const SiteModel& site) {
    const auto& t = site.thresholds;
    auto& p = r.parameters;
    p.emplace_back("from", minute_text(q.from));
    p.emplace_back("to", minute_text(q.to));
    p.emplace_back("interval", grouping_text(q.grouping));
    if (q.group) p.emplace_back("group", *q.group);
    if (q.operator_ext) p.emplace_back("operator", *q.operator_ext);
    if (q.channel) p.emplace_back("channel", *q.channel);
    p.emplace_back("service_level_T_s", std::to_string(t.service_level_s));
    p.emplace_back("service_level_target", std::to_string(static_cast<int>(t.service_level_target * 100 + 0.5)) + "%");
    p.emplace_back("abandon_policy", policy_text(t.abandon_policy));
    p.emplace_back("short_abandon_S_s", std::to_string(t.short_abandon_s));
    p.emplace_back("callback_window_W_s", std::to_string(t.callback_window_s));
    p.emplace_back("talk_buckets_s", "<" + std::to_string(t.talk_short_below_s) + ", " +
                                         std::to_string(t.talk_short_below_s) + ".." +
                                         std::to_string(t.talk_long_above_s) + ", >" +
                                         std::to_string(t.talk_long_above_s));
    p.emplace_back("slow_answer_ring_s", std::to_string(t.slow_answer_ring_s));
    p.emplace_back("trunk_count", site.trunk_count ? std::to_string(*site.trunk_count) : "unknown");
    p.emplace_back("trunk_blocking_target", num(t.trunk_blocking_target));
    p.emplace_back("shrinkage", num(t.shrinkage));
}

} // namespace kxcti::reports
