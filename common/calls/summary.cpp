#include "common/calls/summary.h"

#include <algorithm>

namespace kxcti::calls {

namespace {

bool is_incoming_stage(const Leg& l) {
    return l.kind == LegKind::Group || l.kind == LegKind::Operator || l.kind == LegKind::Disa;
}

// Sum of optional figures: unknown as soon as one is unknown.
void add(std::optional<int>& sum, const std::optional<int>& v) {
    if (sum && v) *sum += *v;
    else sum.reset();
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

    const Leg* answering = nullptr;
    bool forwarded = false, operator_rang = false;
    for (const auto& l : c.legs) {
        if (l.kind == LegKind::Group && std::find(c.groups.begin(), c.groups.end(), l.ext) == c.groups.end())
            c.groups.push_back(l.ext);
        if (l.kind == LegKind::Transfer) c.transferred = true;
        if (l.kind == LegKind::Forward) forwarded = true;
        if (l.kind == LegKind::Operator && !l.answered) operator_rang = true;
        if (!answering && l.answered && (l.kind == LegKind::Operator || l.kind == LegKind::Outgoing))
            answering = &l;
        if (l.end && (!c.end || l.end->latest > c.end->latest)) c.end = l.end;
    }
    if (!c.legs.empty()) c.start = c.legs.front().began;

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

    // Incoming. Wait = queue + ring until answer or abandon: the Ring figures of the stages
    // before the answer (group legs carry the time in the group, operator legs their ringing),
    // plus the answering leg's own ring. Unknown as soon as one of them was not printed.
    std::optional<int> wait = 0;
    bool any_stage = false;
    for (const auto& l : c.legs) {
        if (&l == answering) {
            add(wait, l.ring_s);
            any_stage = true;
            break;
        }
        if (is_incoming_stage(l)) {
            add(wait, l.ring_s);
            any_stage = true;
        }
    }
    if (any_stage) c.wait_s = wait;

    if (answering) {
        c.answered_by = answering->ext;
        c.answer = answering->connected;
        c.talk_s = 0;
        for (const auto& l : c.legs)
            if (l.answered && (l.kind == LegKind::Operator || l.kind == LegKind::Transfer)) add(c.talk_s, l.talk_s);
    }

    if (forwarded) {
        c.outcome = Outcome::ForwardedOut;
        c.talk_s.reset();
        for (const auto& l : c.legs)
            if (l.kind == LegKind::Forward) c.talk_s = l.talk_s;
    } else if (c.groups.size() > 1) {
        c.outcome = Outcome::Overflow;
    } else if (answering) {
        c.outcome = Outcome::Answered;
    } else if (may_grow) {
        c.outcome = Outcome::Unknown;  // the answering leg may still be printed
    } else if (c.wait_s && *c.wait_s < options.short_abandon_s) {
        c.outcome = Outcome::ShortAbandon;
    } else if (operator_rang) {
        c.outcome = Outcome::LostAtOperator;
    } else if (!c.groups.empty()) {
        c.outcome = Outcome::LostInQueue;
    } else {
        c.outcome = Outcome::Unknown;  // e.g. only a DISA stage, or only an RC event
    }
}

} // namespace kxcti::calls
