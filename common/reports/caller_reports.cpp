// lost-not-called-back and repeat-callers: what happened to a caller after a call, within the
// call-back window W. The calls after `to` (up to W) are context, not counted.
#include "common/reports/report_util.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace kxcti::reports {

using namespace detail;

namespace {

// A number dialled with an access code or a country prefix still ends with the caller's number;
// below this many digits a suffix match would join unrelated short numbers.
constexpr std::size_t kMinSuffixDigits = 7;

std::string digits_of(std::string_view s) {
    std::string d;
    for (char ch : s)
        if (ch >= '0' && ch <= '9') d.push_back(ch);
    return d;
}

bool same_number(const std::string& a, const std::string& b) {
    if (a.empty() || b.empty()) return false;
    if (a == b) return true;
    const auto& shorter = a.size() < b.size() ? a : b;
    const auto& longer = a.size() < b.size() ? b : a;
    return shorter.size() >= kMinSuffixDigits && longer.compare(longer.size() - shorter.size(), shorter.size(), shorter) == 0;
}

// Numbers that may be the same number (same_number) share this key: the last kMinSuffixDigits
// digits, or the whole number when it is shorter (it then matches only itself).
std::string match_key(const std::string& digits) {
    return digits.size() < kMinSuffixDigits ? digits : digits.substr(digits.size() - kMinSuffixDigits);
}

// Calls by the number they came from or went to, for "was there a call within W after t?".
class NumberIndex {
public:
    void add(const std::string& number, calls::LocalSeconds at) {
        const auto d = digits_of(number);
        if (!d.empty()) by_key_[match_key(d)].push_back({d, at});
    }
    bool any_within(const std::string& digits, calls::LocalSeconds after, calls::LocalSeconds until) const {
        auto it = by_key_.find(match_key(digits));
        if (it == by_key_.end()) return false;
        return std::any_of(it->second.begin(), it->second.end(), [&](const Entry& e) {
            return e.at > after && e.at <= until && same_number(e.digits, digits);
        });
    }

private:
    struct Entry {
        std::string digits;
        calls::LocalSeconds at;
    };
    std::unordered_map<std::string, std::vector<Entry>> by_key_;
};

} // namespace

Report lost_not_called_back_report(const ReportInput& in) {
    Report r = start_report(in, "lost-not-called-back", "Lost calls nobody returned within W");
    const auto& t = in.site.thresholds;
    const auto W = static_cast<calls::LocalSeconds>(t.callback_window_s);
    r.definitions.emplace_back("listed", "lost calls (short abandons included, see fate) from a known number with no "
                                         "later answered incoming call from it and no outgoing call to it within W = " +
                                             std::to_string(t.callback_window_s) + " s after the lost call ended");
    r.definitions.emplace_back("outgoing call", "any outgoing call to the number counts (SMDR does not say whether it "
                                                "was answered); numbers match exactly, or by the last digits when the "
                                                "shorter has at least 7 (access codes, country prefixes)");
    r.definitions.emplace_back("window_ends", "when W runs out: later data may still show a call-back");
    r.columns = {{"call_id", Kind::Integer}, {"time", Kind::DateTime}, {"caller", Kind::Text},
                 {"did", Kind::Text},        {"group", Kind::Text},    {"fate", Kind::Text},
                 {"wait_s", Kind::Seconds},  {"rang", Kind::Text},     {"window_ends", Kind::DateTime}};
    NumberIndex answered_in, outgoing;
    for (const auto& c : in.calls) {
        if (is_incoming(c) && c.caller && fate(c, t) == Fate::Answered) answered_in.add(*c.caller, arrival(c));
        if (c.direction == calls::CallDirection::Out && c.dialed) outgoing.add(*c.dialed, arrival(c));
    }
    std::int64_t lost = 0, no_cli = 0, got_through = 0, called_back = 0;
    for (const auto& c : in.calls) {
        if (!is_incoming(c) || !selected(c, in.query, in.site)) continue;
        const Fate f = fate(c, t);
        if (!is_lost(f)) continue;
        ++lost;
        if (!c.caller) {
            ++no_cli;
            continue;
        }
        const auto a = arrival(c), until = departure(c) + W;
        const std::string number = digits_of(*c.caller);
        const bool through = answered_in.any_within(number, a, until);
        const bool back = outgoing.any_within(number, a, until);
        if (through) ++got_through;
        if (back) ++called_back;
        if (through || back) continue;
        std::string rang_text;
        for (const auto& l : c.legs)
            if (rang(c, l)) rang_text += (rang_text.empty() ? "" : " ") + l.ext;
        RowBuilder row(r.columns, c.groups.empty() ? "" : c.groups.back());
        row.set("call_id", integer(c.id)).set("time", minute_text(a)).set("caller", *c.caller);
        row.set("did", text(c.did)).set("group", c.groups.empty() ? null() : text(c.groups.back()));
        row.set("fate", std::string(to_string(f))).set("wait_s", integer(c.wait_s));
        row.set("rang", rang_text).set("window_ends", minute_text(until));
        r.rows.push_back(row.done());
    }
    r.totals = {{"lost", Kind::Integer, integer(lost)},
                {"no_caller_id", Kind::Integer, integer(no_cli)},
                {"caller_got_through", Kind::Integer, integer(got_through)},
                {"called_back", Kind::Integer, integer(called_back)},
                {"not_called_back", Kind::Integer, integer(static_cast<std::int64_t>(r.rows.size()))}};
    return r;
}

Report repeat_callers_report(const ReportInput& in) {
    Report r = start_report(in, "repeat-callers", "Callers who called again within W (first-call-resolution proxy)");
    const auto& t = in.site.thresholds;
    const auto W = static_cast<calls::LocalSeconds>(t.callback_window_s);
    r.definitions.emplace_back("repeat caller", "a caller (known number) with a call in the interval followed by "
                                                "another incoming call from the same number within W = " +
                                                    std::to_string(t.callback_window_s) + " s of its arrival");
    r.definitions.emplace_back("repeat_rate", "repeat callers / unique callers");
    r.definitions.emplace_back("fcr_proxy", "1 - callers whose answered call was followed by another call within W / "
                                            "callers with an answered call");
    r.columns = {{"caller", Kind::Text},     {"calls", Kind::Integer},     {"answered", Kind::Integer},
                 {"lost", Kind::Integer},    {"repeats", Kind::Integer},   {"first_call", Kind::DateTime},
                 {"last_call", Kind::DateTime}};
    std::unordered_map<std::string, std::vector<calls::LocalSeconds>> every;  // all incoming calls per caller
    for (const auto& c : in.calls)
        if (is_incoming(c) && c.caller) every[*c.caller].push_back(arrival(c));
    for (auto& [caller, times] : every) std::sort(times.begin(), times.end());
    struct Acc {
        std::int64_t calls = 0, answered = 0, lost = 0, repeats = 0;
        bool repeat_after_answer = false, had_answer = false;
        calls::LocalSeconds first = 0, last = 0;
    };
    std::map<std::string, Acc> callers;
    std::int64_t no_cli = 0;
    for (const auto& c : in.calls) {
        if (!is_incoming(c) || !selected(c, in.query, in.site)) continue;
        if (!c.caller) {
            ++no_cli;
            continue;
        }
        const auto a = arrival(c);
        const Fate f = fate(c, t);
        Acc& acc = callers[*c.caller];
        if (acc.calls == 0 || a < acc.first) acc.first = a;
        acc.last = std::max(acc.last, a);
        ++acc.calls;
        if (f == Fate::Answered) ++acc.answered;
        if (is_lost(f)) ++acc.lost;
        const auto& times = every[*c.caller];
        const bool again = std::upper_bound(times.begin(), times.end(), a) != times.end() &&
                           *std::upper_bound(times.begin(), times.end(), a) <= a + W;
        if (again) ++acc.repeats;
        if (f == Fate::Answered) {
            acc.had_answer = true;
            if (again) acc.repeat_after_answer = true;
        }
    }
    std::int64_t repeaters = 0, repeater_calls = 0, answered_callers = 0, unresolved = 0;
    for (const auto& [caller, acc] : callers) {
        answered_callers += acc.had_answer;
        unresolved += acc.repeat_after_answer;
        if (acc.repeats == 0) continue;
        ++repeaters;
        repeater_calls += acc.calls;
        RowBuilder row(r.columns, in.query.group.value_or(""));
        row.set("caller", caller).set("calls", integer(acc.calls)).set("answered", integer(acc.answered));
        row.set("lost", integer(acc.lost)).set("repeats", integer(acc.repeats));
        row.set("first_call", minute_text(acc.first)).set("last_call", minute_text(acc.last));
        r.rows.push_back(row.done());
    }
    const auto unique = static_cast<std::int64_t>(callers.size());
    Value fcr = answered_callers ? decimal(1.0 - static_cast<double>(unresolved) / static_cast<double>(answered_callers))
                                 : null();
    r.totals = {{"unique_callers", Kind::Integer, integer(unique)},
                {"repeat_callers", Kind::Integer, integer(repeaters)},
                {"repeat_rate", Kind::Ratio, ratio(repeaters, unique)},
                {"calls_from_repeat_callers", Kind::Integer, integer(repeater_calls)},
                {"callers_with_answer", Kind::Integer, integer(answered_callers)},
                {"called_again_after_answer", Kind::Integer, integer(unresolved)},
                {"fcr_proxy", Kind::Ratio, fcr},
                {"no_caller_id", Kind::Integer, integer(no_cli)}};
    return r;
}

} // namespace kxcti::reports
