#include "common/site/thresholds.h"

#include "common/site/site.h"
#include "common/site/values.h"

#include <array>

namespace kxcti::site::detail {
namespace {

using reports::AbandonPolicy;

// Bounds, each with its reason.
// T: a wait longer than an hour is not a service-level threshold any more.
constexpr std::uint32_t kMaxServiceLevelS = 3600;
// S: a caller who waited five minutes before hanging up is a real loss, not a misdial.
constexpr std::uint32_t kMaxShortAbandonS = 300;
// W: under a minute nobody can call back; after 31 days a call is a new contact, and the
// repeat-caller search must look only a bounded time ahead.
constexpr std::uint32_t kMinCallbackWindowS = 60;
constexpr std::uint32_t kMaxCallbackWindowS = 31 * 24 * 3600;
// Talk buckets: a day is longer than any call the PBX prints (its duration field ends at 99 h,
// but a call that long is a line left open).
constexpr std::uint32_t kMaxTalkS = 24 * 3600;
// Slow answer: PBX no-answer timers end ringing well within ten minutes.
constexpr std::uint32_t kMaxSlowAnswerRingS = 600;

constexpr std::array kSpecs{
    ThresholdSpec{"service_level_s", "0-3600 seconds", "T: answered within T counts toward the service level", true},
    ThresholdSpec{"service_level_target", "a fraction above 0 and below 1 (0.8 or 80%)",
                  "the share to answer within T (0.8 with T = 20: the usual 80/20)", false},
    ThresholdSpec{"short_abandon_s", "0-300 seconds", "S: callers who hang up sooner are short abandons", true},
    ThresholdSpec{"abandon_policy", "against, ignored or for",
                  "how abandons after T count in the service level (kpi.md's three variants)", false},
    ThresholdSpec{"callback_window_s", "60-2678400 seconds (31 days)",
                  "W: repeat callers and lost-not-called-back look this far after a call", true},
    ThresholdSpec{"talk_short_below_s", "1-86400 seconds", "talk shorter than this is a short call", true},
    ThresholdSpec{"talk_long_above_s", "1-86400 seconds, not below talk_short_below_s",
                  "talk longer than this is a long call", true},
    ThresholdSpec{"slow_answer_ring_s", "1-600 seconds", "an operator's ring before answering above this is slow",
                  true},
    ThresholdSpec{"trunk_blocking_target", "a fraction above 0 and below 1 (0.01 or 1%)",
                  "Erlang B blocking target for the trunks needed", false},
    ThresholdSpec{"shrinkage", "a fraction from 0 up to but not including 1 (0.3 or 30%)",
                  "share of paid time off the phones: scheduled = required / (1 - shrinkage)", false},
};

// Templates so that one lookup serves const and mutable thresholds.
template <class T>
auto seconds_field(T& t, std::string_view name) -> decltype(&t.service_level_s) {
    if (name == "service_level_s") return &t.service_level_s;
    if (name == "short_abandon_s") return &t.short_abandon_s;
    if (name == "callback_window_s") return &t.callback_window_s;
    if (name == "talk_short_below_s") return &t.talk_short_below_s;
    if (name == "talk_long_above_s") return &t.talk_long_above_s;
    if (name == "slow_answer_ring_s") return &t.slow_answer_ring_s;
    return nullptr;
}

template <class T>
auto fraction_field(T& t, std::string_view name) -> decltype(&t.shrinkage) {
    if (name == "service_level_target") return &t.service_level_target;
    if (name == "trunk_blocking_target") return &t.trunk_blocking_target;
    if (name == "shrinkage") return &t.shrinkage;
    return nullptr;
}

std::string_view policy_name(AbandonPolicy p) {
    switch (p) {
    case AbandonPolicy::Against: return "against";
    case AbandonPolicy::Ignored: return "ignored";
    case AbandonPolicy::For: return "for";
    }
    return "against";
}

} // namespace

std::span<const ThresholdSpec> threshold_specs() { return kSpecs; }

const ThresholdSpec* find_threshold(std::string_view name) {
    for (const auto& s : kSpecs)
        if (s.name == name) return &s;
    return nullptr;
}

std::string threshold_value(const reports::Thresholds& t, const ThresholdSpec& spec) {
    if (auto* s = seconds_field(t, spec.name)) return std::to_string(*s);
    if (auto* f = fraction_field(t, spec.name)) return format_number(*f);
    return std::string(policy_name(t.abandon_policy));
}

void set_threshold(reports::Thresholds& t, const ThresholdSpec& spec, std::string_view text) {
    const std::string_view name = spec.name;
    if (name == "abandon_policy") {
        auto v = trim(text);
        if (v == "against") t.abandon_policy = AbandonPolicy::Against;
        else if (v == "ignored") t.abandon_policy = AbandonPolicy::Ignored;
        else if (v == "for") t.abandon_policy = AbandonPolicy::For;
        else throw SiteError("'" + std::string(v) + "' is not " + std::string(spec.accepts));
        return;
    }
    if (auto* f = fraction_field(t, name)) {
        bool shrink = name == "shrinkage";
        *f = parse_fraction(text, 0, !shrink, 1, true);
        return;
    }
    std::uint32_t lo = 0, hi = 0;
    if (name == "service_level_s") hi = kMaxServiceLevelS;
    else if (name == "short_abandon_s") hi = kMaxShortAbandonS;
    else if (name == "callback_window_s") lo = kMinCallbackWindowS, hi = kMaxCallbackWindowS;
    else if (name == "slow_answer_ring_s") lo = 1, hi = kMaxSlowAnswerRingS;
    else lo = 1, hi = kMaxTalkS;  // the talk buckets
    *seconds_field(t, name) = parse_count(text, lo, hi, "seconds");
}

} // namespace kxcti::site::detail
