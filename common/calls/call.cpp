#include "common/calls/call.h"
#include "common/calls/options.h"

#include <algorithm>
#include <charconv>

namespace kxcti::calls {

std::vector<std::int64_t> record_ids(const Call& call) {
    std::vector<std::int64_t> ids;
    for (const auto& leg : call.legs) {
        ids.push_back(leg.journal_id);
        ids.insert(ids.end(), leg.event_ids.begin(), leg.event_ids.end());
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

bool is_group(const AssemblyOptions& options, std::string_view ext) {
    if (std::find(options.groups.begin(), options.groups.end(), ext) != options.groups.end()) return true;
    int value = 0;
    const auto* end = ext.data() + ext.size();
    const auto [ptr, ec] = std::from_chars(ext.data(), end, value);
    return ec == std::errc{} && ptr == end && !ext.empty() && value >= options.group_first &&
           value <= options.group_last;
}

std::string_view to_string(CallDirection d) noexcept {
    switch (d) {
    case CallDirection::In: return "in";
    case CallDirection::Out: return "out";
    case CallDirection::Intercom: return "intercom";
    }
    return "?";
}

std::string_view to_string(LegKind k) noexcept {
    switch (k) {
    case LegKind::Group: return "group";
    case LegKind::Operator: return "operator";
    case LegKind::Transfer: return "transfer";
    case LegKind::Forward: return "forward";
    case LegKind::Disa: return "disa";
    case LegKind::Intercom: return "intercom";
    case LegKind::Outgoing: return "outgoing";
    }
    return "?";
}

std::string_view to_string(Outcome o) noexcept {
    switch (o) {
    case Outcome::Unknown: return "unknown";
    case Outcome::Answered: return "answered";
    case Outcome::LostInQueue: return "lost_in_queue";
    case Outcome::LostAtOperator: return "lost_at_operator";
    case Outcome::ShortAbandon: return "short_abandon";
    case Outcome::Overflow: return "overflow";
    case Outcome::ForwardedOut: return "forwarded_out";
    case Outcome::Intercom: return "intercom";
    case Outcome::Outgoing: return "outgoing";
    }
    return "?";
}

namespace {
std::string opt(const std::optional<std::string>& s) { return s ? *s : "-"; }
std::string opt(const std::optional<int>& v) { return v ? std::to_string(*v) : "?"; }
std::string opt(const std::optional<TimeWindow>& w) { return w ? format_window(*w) : "?"; }
} // namespace

std::string describe(const Call& c) {
    std::string s = "call " + std::to_string(c.id) + " " + std::string(to_string(c.direction)) +
                    " co=" + opt(c.co) + " caller=" + opt(c.caller) + " dialed=" + opt(c.dialed) +
                    " outcome=" + std::string(to_string(c.outcome)) + " by=" + opt(c.answered_by) +
                    " wait=" + opt(c.wait_s) + " talk=" + opt(c.talk_s) + " start=" + opt(c.start) +
                    " answer=" + opt(c.answer) + " end=" + opt(c.end) +
                    (c.transferred ? " transferred" : "") + (c.overflowed ? " overflowed" : "") + (c.closed ? " closed" : " open") +
                    (c.flags.grouping_uncertain ? " grouping_uncertain" : "") +
                    (c.flags.time_estimated ? " time_estimated" : "") +
                    (c.flags.duration_suspect ? " duration_suspect" : "") + "\n";
    for (const auto& l : c.legs) {
        s += "  #" + std::to_string(l.journal_id) + " " + std::string(to_string(l.kind)) + " " + l.ext +
             " co=" + opt(l.co) + " target=" + opt(l.target) + " ring=" + opt(l.ring_s) +
             " dur=" + opt(l.duration_s) + " talk=" + opt(l.talk_s) + " cd=" + opt(l.cd) +
             (l.answered ? " answered" : "") + (l.marked_transfer ? " TR" : "") +
             (l.provisional ? " provisional" : "") + " end=" + opt(l.end) + "\n";
    }
    return s;
}

} // namespace kxcti::calls
