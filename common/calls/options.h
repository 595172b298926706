#pragma once
// What call assembly needs to know about a site, and its tolerances. Every figure is named and
// says why it has its default; reports print the values they were built with.
#include <string>
#include <string_view>
#include <vector>

namespace kxcti::calls {

struct AssemblyOptions {
    // ICD groups' floating numbers: those listed, and every number in [group_first, group_last]
    // (Panasonic's default floating numbers are 6xx; the real capture shows groups 601 and 611).
    // A site that renumbered its groups lists them; group_first > group_last turns the range off.
    std::vector<std::string> groups;
    int group_first = 600;
    int group_last = 699;

    // A lost call whose known wait is below this is a short abandon (kpi.md "S"): callers who
    // hang up within a few seconds mostly misdialled or changed their mind.
    int short_abandon_s = 5;

    // Slack when one leg is expected to begin where another ended (a transfer completing, a
    // no-answer moving the call on). Every genuine chain in the real capture closes within 1 s of
    // minute rounding; the nearest same-caller re-call starts 58 s after the previous call ended.
    int chain_gap_s = 30;

    // Longest a stage may have rung unprinted when the layout has no Ring column (pattern B):
    // bounds how early such a leg may have begun. A no-answer / intercept timer is well below it.
    int max_unprinted_ring_s = 60;

    // A leg is printed when it ENDS, so the answering operator's (or a transfer target's) record
    // arrives only when the talk is over. A call stays open this long after its last record for
    // such a leg; a longer talk splits the call (its late leg starts a call of its own).
    int open_horizon_s = 3600;
};

// Whether `ext` is an ICD group's floating number under `options`.
bool is_group(const AssemblyOptions& options, std::string_view ext);

} // namespace kxcti::calls
