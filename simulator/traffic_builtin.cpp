#include "simulator/traffic_builtin.h"

#include <utility>

namespace kxcti::sim {
namespace {

// Each text is a complete scenario file; the first one documents every key.
const std::pair<const char*, const char*> kScenarios[] = {
    {"quiet-day", R"(# A quiet day: one DID, one group of three operators who hunt in order.
# Every key of a scenario file, with its default where it is left out:
[site]
days = 1                    # simulated days; Saturdays and Sundays are skipped ...
weekends = no               # ... unless weekends = yes
trunks = 8                  # CO lines: a call that finds none free is blocked (nothing printed)
patience = lognormal:90:0.7 # callers' patience in seconds (none: they never hang up); capped at 9'59
redial_percent = 30         # lost and blocked callers who call again ...
redial_after = uniform:60:900   # ... this long after
forward_talk = exp:120      # talk of calls forwarded to a trunk
withheld_percent = 5        # callers without CLI: a bare <I>
print_did = yes             # <D>did<I>caller in the dial column
log_in_out = yes            # LOG IN / LOG OUT records at shift edges
short_abandon_s = 5         # S: lost calls that waited less are short abandons (truth flag)

[operators]                 # defaults for every operator
talk = lognormal:180:0.8    # fixed:S, uniform:LOW:HIGH, exp:MEAN, lognormal:MEAN:CV (seconds)
answer = uniform:3:10       # ringing before they pick up
no_answer_percent = 0       # offered calls they let ring
wrapup = fixed:0            # after-call work (not available; the PBX prints nothing)
shift = 08:00-18:00         # logged in during these every day (comma-separated; none: never)

[operator.403]
shift = 08:00-12:30, 13:30-18:00
no_answer_percent = 10

[did.2301]
group = 601                 # or forward = EXT:NUMBER (the extension forwards to a trunk)
calls_per_day = 150
profile = office            # office, flat, or 24 weights for hours 0..23
arrivals = poisson          # or even (evenly spaced, for exact tests)

[group.601]
members = 401, 402, 403     # in hunting order
ring = in_order             # in_order: one member at a time; all: every free member at once
no_answer_s = 15            # in order: ring a member this long, then the next
callback_percent = 50       # lost calls a member calls back ...
callback_after = uniform:60:600   # ... this long after
callback_talk = exp:90
# overflow_after_s = 60     # time in this group before the call moves on ...
# overflow_to = 602         # ... to this group (also at once when no member is logged in)
# transfer_percent = 0      # answered calls the operator transfers after a consultation ...
# transfer_to = 410         # ... to the first free of these extensions
# consult = fixed:20
)"},
    {"busy-hour", R"(# An overloaded morning: the first group overflows to a second one that rings all at once.
[site]
days = 1
trunks = 20
patience = exp:70
redial_percent = 40
redial_after = uniform:30:300

[operators]
talk = lognormal:200:0.7
answer = uniform:2:12
shift = 08:00-12:30, 13:30-18:00

[operator.404]
no_answer_percent = 15
answer = uniform:5:25

[did.2301]
group = 601
calls_per_day = 900
profile = 0,0,0,0,0,0,0,0,6,14,16,12,6,4,8,9,7,4,0,0,0,0,0,0

[did.2302]
group = 602
calls_per_day = 250

[group.601]
members = 401, 402, 403, 404
no_answer_s = 12
overflow_after_s = 40
overflow_to = 602
callback_percent = 30
transfer_percent = 5
transfer_to = 410

[group.602]
members = 405, 406, 407
ring = all
callback_percent = 20
)"},
    {"trunks-busy", R"(# Too few CO lines: callers are blocked before the PBX sees them.
[site]
days = 1
trunks = 5
patience = exp:90
redial_percent = 50

[did.2301]
group = 601
calls_per_day = 700

[group.601]
members = 401, 402, 403, 404, 405, 406, 407, 408
ring = all
)"},
    {"transfers", R"(# Front desk transfers to a back office; a sales DID is forwarded to a mobile.
[site]
days = 2
trunks = 16
patience = lognormal:120:0.5

[operators]
talk = lognormal:120:0.6

[did.2301]
group = 601
calls_per_day = 300

[did.2309]
forward = 204:3356182041
calls_per_day = 20

[group.601]
members = 401, 402
transfer_percent = 40
transfer_to = 410, 411
consult = uniform:10:40
callback_percent = 60

[group.610]
members = 410, 411
)"},
    {"mmn", R"(# M/M/N: Poisson arrivals, exponential talk, no ring, no abandons, ten operators, 8 Erlangs
# round the clock: its service level is Erlang C's.
[site]
days = 10
weekends = yes
trunks = 99
patience = none
print_did = no
log_in_out = no

[operators]
talk = exp:180
answer = fixed:0
shift = 00:00-24:00

[did.2301]
group = 601
calls_per_day = 3840
profile = flat

[group.601]
members = 401, 402, 403, 404, 405, 406, 407, 408, 409, 410
ring = all
)"},
};

} // namespace

std::vector<std::string> builtin_scenarios() {
    std::vector<std::string> names;
    for (const auto& [name, text] : kScenarios) names.emplace_back(name);
    return names;
}

std::optional<std::string> builtin_scenario_text(const std::string& name) {
    for (const auto& [n, text] : kScenarios)
        if (name == n) return std::string(text);
    return std::nullopt;
}

} // namespace kxcti::sim
