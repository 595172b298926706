// site::validate and the lookups over a model.
#include "common/site/problems.h"
#include "common/site/site.h"
#include "common/site/thresholds.h"
#include "common/site/values.h"

#include <map>
#include <set>

namespace kxcti::site {
namespace {

using namespace detail;
using reports::Channel;
using reports::CivilDay;

std::string span_text(const Channel& c) {
    return (c.valid_from ? format_day(*c.valid_from) : std::string("since ever")) + " to " +
           (c.valid_to ? format_day(*c.valid_to) : std::string("open"));
}

std::string period_key(const std::string& did, std::size_t period) {
    return "channel." + did + (period == 1 ? "" : "#" + std::to_string(period));
}

// Re-parsing the printed value catches everything a parser would refuse (range, syntax).
template <class F>
void check(std::vector<Problem>& out, const std::string& entity, F&& f) {
    try {
        f();
    } catch (const SiteError& e) {
        out.push_back({{entity}, entity + ": " + e.what()});
    }
}

bool valid_day(const CivilDay& d) {
    try {
        return parse_day(format_day(d)) == d;
    } catch (const SiteError&) {
        return false;
    }
}

void check_channels(std::vector<Problem>& out, const reports::SiteModel& m) {
    std::map<std::string, std::vector<const Channel*>> by_did;
    for (const auto& c : m.channels) by_did[c.did].push_back(&c);
    for (const auto& [did, periods] : by_did) {
        for (std::size_t i = 0; i < periods.size(); ++i) {
            const Channel& c = *periods[i];
            const std::string key = period_key(did, i + 1);
            check(out, key, [&] { parse_did(did); });
            check(out, key, [&] {
                if (parse_name(c.name) != c.name) throw SiteError("name has spaces around it");
            });
            for (const auto* day : {&c.valid_from, &c.valid_to})
                if (*day && !valid_day(**day))
                    out.push_back({{key}, key + ": " + format_day(**day) + " is not a calendar day"});
            if (c.monthly_spend) check(out, key, [&] { parse_spend(format_number(*c.monthly_spend)); });
            if (c.valid_from && c.valid_to && *c.valid_to < *c.valid_from)
                out.push_back({{key}, key + ": ends (" + format_day(*c.valid_to) + ") before it starts (" +
                                        format_day(*c.valid_from) + "): swap .from and .to"});
        }
        for (std::size_t i = 0; i < periods.size(); ++i)
            for (std::size_t j = i + 1; j < periods.size(); ++j) {
                const Channel& a = *periods[i];
                const Channel& b = *periods[j];
                // Open ends reach forever; closed ends are inclusive days.
                bool a_before_b = a.valid_to && b.valid_from && *a.valid_to < *b.valid_from;
                bool b_before_a = b.valid_to && a.valid_from && *b.valid_to < *a.valid_from;
                if (a_before_b || b_before_a) continue;
                const std::string ka = period_key(did, i + 1), kb = period_key(did, j + 1);
                out.push_back({{ka, kb}, "DID " + did + ": periods " + ka + " (" + span_text(a) + ") and " + kb + " (" +
                                       span_text(b) + ") overlap, so a call on a day in both has two channels: " +
                                       "end one before the other starts (" + ka + ".to / " + kb + ".from)"});
            }
    }
}

} // namespace

namespace detail {

std::vector<Problem> find_problems(const reports::SiteModel& m) {
    std::vector<Problem> out;
    for (const auto& spec : threshold_specs()) {
        const std::string key = "threshold." + std::string(spec.name);
        check(out, key, [&] {
            reports::Thresholds copy = m.thresholds;
            set_threshold(copy, spec, threshold_value(m.thresholds, spec));
        });
    }
    if (m.thresholds.talk_short_below_s > m.thresholds.talk_long_above_s)
        out.push_back({{"threshold.talk_short_below_s", "threshold.talk_long_above_s"},
                       "threshold.talk_long_above_s (" + std::to_string(m.thresholds.talk_long_above_s) +
                           ") is below threshold.talk_short_below_s (" +
                           std::to_string(m.thresholds.talk_short_below_s) +
                           "): short calls end where medium ones begin, long ones start after them"});
    if (m.trunk_count && (*m.trunk_count < 1 || *m.trunk_count > kMaxTrunks))
        out.push_back({{"trunks"}, "trunks = " + std::to_string(*m.trunk_count) + " is not from 1 to " +
                                     std::to_string(kMaxTrunks)});

    std::set<std::string> operator_exts;
    for (const auto& o : m.operators) {
        const std::string key = "operator." + o.ext;
        check(out, key, [&] { parse_ext(o.ext, "extension"); });
        if (!operator_exts.insert(o.ext).second)
            out.push_back({{key}, key + ": the extension is configured twice"});
        if (o.name.empty()) out.push_back({{key}, key + ": has no name: give one or remove the operator"});
        check(out, key, [&] {
            if (parse_name(o.name) != o.name) throw SiteError("name has spaces around it");
        });
    }
    std::set<std::string> group_numbers;
    for (const auto& g : m.groups) {
        const std::string key = "group." + g.number;
        check(out, key, [&] { parse_ext(g.number, "group number"); });
        if (!group_numbers.insert(g.number).second) out.push_back({{key}, key + ": the group is configured twice"});
        if (operator_exts.count(g.number))
            out.push_back({{key, "operator." + g.number}, key + ": " + g.number + " is also operator." + g.number +
                                    ": a number is either an extension or an ICD group; remove one"});
        check(out, key, [&] {
            if (parse_name(g.name) != g.name) throw SiteError("name has spaces around it");
        });
        check(out, key, [&] {
            if (parse_members(format_members(g.members)) != g.members) throw SiteError("a member is empty or has a space or comma in it");
        });
    }
    check_channels(out, m);
    return out;
}

} // namespace detail

void validate(const reports::SiteModel& model) {
    auto problems = detail::find_problems(model);
    if (problems.empty()) return;
    std::string text = problems.size() == 1 ? problems[0].message : "the site configuration has " +
                                                                        std::to_string(problems.size()) + " problems:";
    if (problems.size() > 1)
        for (const auto& p : problems) text += "\n  " + p.message;
    throw SiteError(text);
}

const reports::Operator* find_operator(const reports::SiteModel& model, std::string_view ext) {
    for (const auto& o : model.operators)
        if (o.ext == ext) return &o;
    return nullptr;
}

const reports::Group* find_group(const reports::SiteModel& model, std::string_view number) {
    for (const auto& g : model.groups)
        if (g.number == number) return &g;
    return nullptr;
}

const reports::Channel* channel_on(const reports::SiteModel& model, std::string_view did, reports::CivilDay day) {
    for (const auto& c : model.channels) {
        if (c.did != did) continue;
        if (c.valid_from && day < *c.valid_from) continue;
        if (c.valid_to && *c.valid_to < day) continue;
        return &c;
    }
    return nullptr;
}

} // namespace kxcti::site
