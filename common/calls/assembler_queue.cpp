// The assembler's rule for long queues (R2b, assembler.cpp): a group record with Ring gathers the
// operator legs that rang inside its stage, however far apart they were printed.
#include "common/calls/assembler.h"
#include "common/calls/assembler_detail.h"

#include <algorithm>
#include <iterator>

namespace kxcti::calls {

using namespace detail;

// Whether `oc` is a part of the stage that `g` (a group record with Ring) ends: unanswered, the
// caller still there, its legs since its previous group record all operators that rang without
// answering inside g's span, and that previous group record (if any) ending where g began.
bool CallAssembler::rang_in_stage(const OpenCall& oc, const RecordLeg& g) const {
    if (oc.answered || oc.caller_gone || !g.leg.began || !g.leg.end) return false;
    const auto& legs = oc.call.legs;
    std::size_t first = 0;
    for (std::size_t i = legs.size(); i-- > 0;)
        if (legs[i].kind == LegKind::Group) {
            first = i + 1;
            break;
        }
    if (first == legs.size()) return false;  // no leg in this stage yet: the chain rule decides
    const TimeWindow began = *g.leg.began, ended = *g.leg.end;
    if (first > 0) {
        const auto& previous = legs[first - 1].end;
        const LocalSeconds gap = options_.chain_gap_s;
        if (!previous || !intersects(began.earliest, began.latest, previous->earliest - gap, previous->latest + gap))
            return false;
    }
    return std::all_of(legs.begin() + static_cast<std::ptrdiff_t>(first), legs.end(), [&](const Leg& l) {
        if (l.kind != LegKind::Operator || l.answered) return false;
        const auto last = activity(l);
        if (!last) return false;
        const TimeWindow start = l.began.value_or(*last);
        // Rang inside the stage: began no earlier than the group's start, ended no later than its end.
        return start.latest >= began.earliest && last->earliest <= ended.latest;
    });
}

// The call a group record joins under R2b: `target` (found by the chain rule) or the oldest part
// of its stage, with every other part merged into it. Returns the call to join (or none).
std::optional<CallAssembler::Seq> CallAssembler::gather_stage(std::optional<Seq> target, const std::string& key,
                                                             const RecordLeg& rl, std::vector<CallUpdate>& out) {
    if (rl.time_estimated || !rl.leg.began || rl.direction != CallDirection::In) return target;
    std::vector<Seq> parts;
    for (Seq s : candidates(key))
        if (s == target || rang_in_stage(open_.at(s), rl)) parts.push_back(s);
    if (parts.size() <= (target ? 1u : 0u)) return target;
    // The call keeps the id of its first record: the part with the smallest id takes the others.
    const Seq keep = *std::min_element(parts.begin(), parts.end(),
                                       [&](Seq a, Seq b) { return open_.at(a).call.id < open_.at(b).call.id; });
    for (Seq s : parts)
        if (s != keep) merge(keep, s, out);
    return keep;
}

void CallAssembler::merge(Seq into, Seq from, std::vector<CallUpdate>& out) {
    OpenCall f = std::move(open_.at(from));
    open_.erase(from);  // its entries in closing_ are stale now and skipped
    if (auto k = by_key_.find(f.key); k != by_key_.end()) {
        std::erase(k->second, from);
        if (k->second.empty()) by_key_.erase(k);
    }
    for (const auto& l : f.call.legs) {
        if (auto x = by_ext_.find(l.ext); x != by_ext_.end()) {
            x->second.erase(from);
            x->second.insert(into);
        }
    }
    OpenCall& a = open_.at(into);
    Call& c = a.call;
    std::vector<Leg> legs;
    legs.reserve(c.legs.size() + f.call.legs.size());
    std::merge(std::make_move_iterator(c.legs.begin()), std::make_move_iterator(c.legs.end()),
               f.call.legs.begin(), f.call.legs.end(), std::back_inserter(legs),
               [](const Leg& x, const Leg& y) { return x.journal_id < y.journal_id; });
    c.legs = std::move(legs);
    if (!c.co) c.co = f.call.co;
    if (!c.caller) c.caller = f.call.caller;
    if (!c.did) c.did = f.call.did;
    c.flags.grouping_uncertain |= f.call.flags.grouping_uncertain;
    c.flags.time_estimated |= f.call.flags.time_estimated;
    c.flags.duration_suspect |= f.call.flags.duration_suspect;
    touched(into, f.last_end, false);
    if (f.emitted && updates_ == Updates::All) out.push_back({UpdateKind::Merged, std::move(f.call), c.id});
}

} // namespace kxcti::calls
