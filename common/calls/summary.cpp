#include "common/calls/summary.h"

#include <algorithm>

namespace kxcti::calls {

namespace {

// Sum of optional figures: unknown as soon as one is unknown.
void add(std::optional<int>& sum, const std::optional<int>& v) {
    if (sum && v) *sum += *v;
    else sum.reset();
}

bool starts_call(const Leg& l) {
    return l.kind == LegKind::Group || l.kind == LegKind::Operator || l.kind == LegKind::Disa ||
           l.kind == LegKind::Outgoing || l.kind == LegKind::Intercom;
}

// Wait = queue + ring until answer or abandon (kpi.md). Stages follow one another: DISA, then
// each ICD group in turn (overflow), and without groups each extension rung in turn (no-answer
// forwarding, hunting). Inside a group stage the members ring while the call sits in the group,
// so their Ring is part of the group's and is not added again. Unknown as soon as one stage's
// Ring was not printed.
std::optional<int> wait_of(const Call& c, const std::vector<GroupStage>& stages, const Leg* answering) {
    std::optional<int> wait = 0;
    bool any = false;
    for (const auto& l : c.legs) {
        if (l.kind == LegKind::Disa) {
            add(wait, l.ring_s);
            any = true;
        }
    }
    if (!stages.empty()) {
        for (const auto& s : stages) add(wait, s.wait_s);
        return wait;
    }
    for (const auto& l : c.legs) {
        if (l.kind != LegKind::Operator) continue;
        add(wait, l.ring_s);
        any = true;
        if (&l == answering) break;
    }
    return any ? wait : std::nullopt;
}

} // namespace

void summarize(Call& c, const AssemblyOptions& options, bool may_grow) {
    c.groups.clear();
    c.answered_by.reset();
    c.answer.reset();
    c.start.reset();
    c.end.reset();
    c.wait_s.reset();
    c.talk_s.reset();
    c.transferred = false;
    c.overflowed = false;

    const Leg* answering = nullptr;
    bool forwarded = false, all_begins_known = true;
    for (const auto& l : c.legs) {
        if (l.kind == LegKind::Group && std::find(c.groups.begin(), c.groups.end(), l.ext) == c.groups.end())
            c.groups.push_back(l.ext);
        if (l.kind == LegKind::Transfer) c.transferred = true;
        if (l.kind == LegKind::Forward) forwarded = true;
        if (!answering && l.answered && (l.kind == LegKind::Operator || l.kind == LegKind::Outgoing))
            answering = &l;
        if (l.end && (!c.end || l.end->latest > c.end->latest)) c.end = l.end;
        if (starts_call(l)) {
            if (!l.began) all_begins_known = false;
            else if (!c.start || l.began->earliest < c.start->earliest) c.start = l.began;
        }
    }
    if (!all_begins_known) c.start.reset();
    c.overflowed = c.groups.size() > 1;

    if (c.direction == CallDirection::Intercom) {
        c.outcome = Outcome::Intercom;
        if (!c.legs.empty()) c.talk_s = c.legs.front().talk_s;
        return;
    }
    if (c.direction == CallDirection::Out) {
        c.outcome = Outcome::Outgoing;
        c.talk_s = 0;
        for (const auto& l : c.legs)
            if (l.kind == LegKind::Outgoing || l.kind == LegKind::Transfer) add(c.talk_s, l.talk_s);
        if (answering) c.answer = answering->connected;
        return;
    }

    const auto stages = group_stages(c);  // membership only: the outcome is decided below
    c.wait_s = wait_of(c, stages, answering);

    if (answering) {
        c.answered_by = answering->ext;
        c.answer = answering->connected;
        c.talk_s = 0;
        for (const auto& l : c.legs)
            if (l.answered && (l.kind == LegKind::Operator || l.kind == LegKind::Transfer)) add(c.talk_s, l.talk_s);
    }

    // Where the caller hung up: in the last group stage, or (without groups) wherever they rang.
    bool operator_rang = false, had_stage = false;
    if (!stages.empty()) {
        operator_rang = !stages.back().operator_legs.empty();
        had_stage = true;
    } else {
        for (const auto& l : c.legs) {
            if (l.kind == LegKind::Operator) operator_rang = true;
            if (l.kind == LegKind::Disa) had_stage = true;
        }
    }

    if (forwarded) {
        c.outcome = Outcome::ForwardedOut;
        c.talk_s.reset();
        for (const auto& l : c.legs)
            if (l.kind == LegKind::Forward) c.talk_s = l.talk_s;
    } else if (answering) {
        c.outcome = Outcome::Answered;
    } else if (may_grow) {
        c.outcome = Outcome::Unknown;  // the answering leg may still be printed
    } else if (c.wait_s && *c.wait_s < options.short_abandon_s) {
        c.outcome = Outcome::ShortAbandon;
    } else if (operator_rang) {
        c.outcome = Outcome::LostAtOperator;
    } else if (had_stage) {
        c.outcome = Outcome::LostInQueue;  // no operator rang: lost in the group (or the DISA menu)
    } else {
        c.outcome = Outcome::Unknown;  // e.g. only an RC event
    }
}

} // namespace kxcti::calls
