// Which operator legs rang in which ICD group stage (rules in call.h, GroupStage).
#include "common/calls/call.h"

namespace kxcti::calls {

std::vector<GroupStage> group_stages(const Call& call) {
    std::vector<GroupStage> stages;
    std::vector<std::size_t> pending;  // operator legs printed before the next group's record
    for (std::size_t i = 0; i < call.legs.size(); ++i) {
        const Leg& l = call.legs[i];
        if (l.kind == LegKind::Group) {
            GroupStage& s = stages.emplace_back();
            s.group = l.ext;
            s.group_leg = i;
            s.operator_legs = std::move(pending);
            pending.clear();
            s.wait_s = l.ring_s;
        } else if (l.kind == LegKind::Operator) {
            pending.push_back(i);
        }
    }
    if (stages.empty()) return stages;
    auto& last = stages.back().operator_legs;
    last.insert(last.end(), pending.begin(), pending.end());

    for (std::size_t k = 0; k < stages.size(); ++k) {
        GroupStage& s = stages[k];
        if (k + 1 < stages.size()) {
            s.outcome = Outcome::Overflow;
            continue;
        }
        s.outcome = call.outcome;
        if (call.outcome == Outcome::Answered) s.answered_by = call.answered_by;
    }
    return stages;
}

} // namespace kxcti::calls
