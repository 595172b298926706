#include "simulator/traffic_scenario.h"

#include "simulator/traffic_builtin.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <set>

namespace kxcti::sim {
namespace {

// Scenario files are a few kilobytes; anything far larger is the wrong file.
constexpr std::size_t kMaxScenarioBytes = 1024 * 1024;
constexpr std::size_t kMaxDigits = 8;  // extension, group and DID numbers

std::string trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return std::string(s);
}

std::vector<std::string> list(std::string_view s) {
    std::vector<std::string> out;
    std::size_t at = 0;
    while (at <= s.size()) {
        auto comma = s.find(',', at);
        if (comma == std::string_view::npos) comma = s.size();
        auto item = trim(s.substr(at, comma - at));
        if (!item.empty()) out.push_back(item);
        at = comma + 1;
    }
    return out;
}

bool digits(const std::string& s) {
    return !s.empty() && s.size() <= kMaxDigits && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The default daily profile: an office that opens at 8 and closes at 18, busiest mid-morning and
// mid-afternoon.
constexpr std::array<double, 24> kOfficeProfile{0, 0, 0, 0, 0, 0, 0, 0, 4, 8, 10, 10, 7, 6, 9, 9, 8, 5, 0, 0, 0, 0, 0, 0};

struct Defaults {
    Distribution talk{Distribution::Kind::LogNormal, 180, 0.8};
    Distribution answer{Distribution::Kind::Uniform, 3, 10};
    double no_answer_percent = 0;
    Distribution wrapup{Distribution::Kind::Fixed, 0, 0};
    std::vector<Shift> shifts{{8 * 3600, 18 * 3600}};
};

class Reader {
public:
    explicit Reader(std::string name) : name_(std::move(name)) {}

    Scenario read(const std::string& text) {
        if (text.size() > kMaxScenarioBytes)
            throw ScenarioError(name_ + ": over " + std::to_string(kMaxScenarioBytes / 1024) +
                                " KiB: not a scenario file");
        sc_.name = name_;
        std::size_t at = 0;
        while (at < text.size()) {
            auto nl = text.find('\n', at);
            if (nl == std::string::npos) nl = text.size();
            ++line_;
            this->line(std::string_view(text).substr(at, nl - at));
            at = nl + 1;
        }
        finish();
        return std::move(sc_);
    }

private:
    [[noreturn]] void fail(const std::string& what) const {
        throw ScenarioError(name_ + ":" + std::to_string(line_) + ": " + what);
    }

    void line(std::string_view raw) {
        // Comments: a whole line, or after whitespace ("calls_per_day = 80   # busy").
        std::string text = trim(raw);
        for (std::size_t i = 0; i < text.size(); ++i)
            if (text[i] == '#' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t')) {
                text = trim(std::string_view(text).substr(0, i));
                break;
            }
        if (text.empty()) return;
        if (text.front() == '[') return section(text);
        auto eq = text.find('=');
        if (eq == std::string::npos) fail("'" + text + "' is not KEY = VALUE or [SECTION]");
        std::string key = trim(std::string_view(text).substr(0, eq));
        std::string value = trim(std::string_view(text).substr(eq + 1));
        if (!seen_.insert(section_ + "/" + key).second) fail("'" + key + "' given twice in [" + section_ + "]");
        if (section_.empty()) fail("'" + key + "' before any section: put it under [site], [did.N], [group.N], "
                                   "[operator.N] or [operators]");
        try {
            assign(key, value);
        } catch (const std::invalid_argument& e) {
            fail(key + ": " + e.what());
        }
    }

    void section(const std::string& text) {
        if (text.back() != ']') fail("'" + text + "' is no [SECTION]");
        section_ = trim(std::string_view(text).substr(1, text.size() - 2));
        auto dot = section_.find('.');
        std::string kind = section_.substr(0, dot);
        std::string number = dot == std::string::npos ? "" : section_.substr(dot + 1);
        if (!sections_.insert(section_).second) fail("[" + section_ + "] given twice");
        if (section_ == "site" || section_ == "operators") return;
        if ((kind == "did" || kind == "group" || kind == "operator") && digits(number)) {
            if (kind == "did") {
                DidSpec d;
                d.number = number;
                d.profile = kOfficeProfile;
                sc_.dids.push_back(std::move(d));
            }
            if (kind == "group") {
                GroupSpec g;
                g.number = number;
                sc_.groups.push_back(std::move(g));
            }
            if (kind == "operator") op_keys_[number];
            return;
        }
        fail("unknown section [" + section_ + "]: sections are [site], [did.NUMBER], [group.NUMBER], "
             "[operator.EXT], [operators] (numbers: 1 to 8 digits)");
    }

    static double percent(const std::string& v) {
        double p = real(v);
        if (p > 100) throw std::invalid_argument("'" + v + "' is not a percentage from 0 to 100");
        return p;
    }
    static double real(const std::string& v) {
        double d = 0;
        auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), d);
        if (ec != std::errc() || end != v.data() + v.size() || !std::isfinite(d) || d < 0)
            throw std::invalid_argument("'" + v + "' is not a number >= 0");
        return d;
    }
    static long whole(const std::string& v, long lo, long hi) {
        long n = 0;
        auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
        if (ec != std::errc() || end != v.data() + v.size() || n < lo || n > hi)
            throw std::invalid_argument("'" + v + "' is not a whole number from " + std::to_string(lo) + " to " +
                                        std::to_string(hi));
        return n;
    }
    static bool yes_no(const std::string& v) {
        if (v == "yes") return true;
        if (v == "no") return false;
        throw std::invalid_argument("'" + v + "': want yes or no");
    }
    static std::string number(const std::string& v) {
        if (!digits(v)) throw std::invalid_argument("'" + v + "' is not a number of 1 to 8 digits");
        return v;
    }
    static std::int64_t clock_time(const std::string& v) {
        int h = 0, m = 0;
        char tail = 0;
        if (v.size() != 5 || std::sscanf(v.c_str(), "%2d:%2d%c", &h, &m, &tail) != 2 || h < 0 || h > 24 || m < 0 ||
            m > 59 || (h == 24 && m != 0))
            throw std::invalid_argument("'" + v + "' is not a time HH:MM (00:00 to 24:00)");
        return h * 3600 + m * 60;
    }
    static std::vector<Shift> shifts(const std::string& v) {
        std::vector<Shift> out;
        if (v == "none") return out;
        for (const auto& item : list(v)) {
            auto dash = item.find('-');
            if (dash == std::string::npos) throw std::invalid_argument("'" + item + "' is not HH:MM-HH:MM");
            Shift s{clock_time(trim(item.substr(0, dash))), clock_time(trim(item.substr(dash + 1)))};
            if (s.to_s <= s.from_s) throw std::invalid_argument("'" + item + "' ends before it starts");
            if (!out.empty() && s.from_s < out.back().to_s)
                throw std::invalid_argument("'" + item + "' overlaps or precedes the shift before it");
            out.push_back(s);
        }
        if (out.empty()) throw std::invalid_argument("no shift given (write `none` for an operator never logged in)");
        return out;
    }
    static std::array<double, 24> profile(const std::string& v) {
        if (v == "office") return kOfficeProfile;
        std::array<double, 24> p{};
        if (v == "flat") {
            p.fill(1);
            return p;
        }
        auto items = list(v);
        if (items.size() != 24)
            throw std::invalid_argument("want office, flat, or 24 weights separated by commas (hour 0 to 23), not " +
                                        std::to_string(items.size()) + " values");
        for (std::size_t h = 0; h < 24; ++h) p[h] = real(items[h]);
        return p;
    }

    void assign(const std::string& key, const std::string& v) {
        auto dot = section_.find('.');
        std::string kind = section_.substr(0, dot);
        if (section_ == "site") return site(key, v);
        if (section_ == "operators") return operator_key(defaults_keys_, key, v);
        if (kind == "operator") return operator_key(op_keys_[section_.substr(dot + 1)], key, v);
        if (kind == "did") return did(sc_.dids.back(), key, v);
        if (kind == "group") return group(sc_.groups.back(), key, v);
    }

    void site(const std::string& key, const std::string& v) {
        if (key == "days") sc_.days = static_cast<int>(whole(v, 1, 3660));
        else if (key == "weekends") sc_.weekends = yes_no(v);
        else if (key == "trunks") sc_.trunks = static_cast<int>(whole(v, 1, kMaxTrunks));
        else if (key == "patience") sc_.patience = v == "none" ? std::nullopt : std::optional(parse_distribution(v));
        else if (key == "redial_percent") sc_.redial_percent = percent(v);
        else if (key == "redial_after") sc_.redial_after = parse_distribution(v);
        else if (key == "forward_talk") sc_.forward_talk = parse_distribution(v);
        else if (key == "withheld_percent") sc_.withheld_percent = percent(v);
        else if (key == "print_did") sc_.print_did = yes_no(v);
        else if (key == "log_in_out") sc_.log_in_out = yes_no(v);
        else if (key == "short_abandon_s") sc_.short_abandon_s = whole(v, 0, 600);
        else
            fail("unknown key '" + key + "' in [site]; keys: days, weekends, trunks, patience, redial_percent, "
                 "redial_after, forward_talk, withheld_percent, print_did, log_in_out, short_abandon_s");
    }

    using OperatorKeys = std::map<std::string, std::string>;
    void operator_key(OperatorKeys& keys, const std::string& key, const std::string& v) {
        // Checked now (for the line number), applied when every section is read.
        if (key == "talk" || key == "answer" || key == "wrapup") parse_distribution(v);
        else if (key == "no_answer_percent") percent(v);
        else if (key == "shift") shifts(v);
        else
            fail("unknown key '" + key + "' in [" + section_ + "]; keys: talk, answer, no_answer_percent, wrapup, shift");
        keys[key] = v;
    }

    void did(DidSpec& d, const std::string& key, const std::string& v) {
        if (key == "group") d.group = number(v);
        else if (key == "forward") {
            auto colon = v.find(':');
            if (colon == std::string::npos) throw std::invalid_argument("'" + v + "': want EXT:NUMBER");
            d.forward_ext = number(v.substr(0, colon));
            d.forward_number = v.substr(colon + 1);
            if (d.forward_number->empty() || d.forward_number->size() > 16 ||
                !std::all_of(d.forward_number->begin(), d.forward_number->end(), [](char c) { return c >= '0' && c <= '9'; }))
                throw std::invalid_argument("'" + *d.forward_number + "' is not a number of 1 to 16 digits");
        } else if (key == "calls_per_day") d.calls_per_day = real(v);
        else if (key == "profile") d.profile = profile(v);
        else if (key == "arrivals") {
            if (v != "poisson" && v != "even") throw std::invalid_argument("'" + v + "': want poisson or even");
            d.even = v == "even";
        } else
            fail("unknown key '" + key + "' in [" + section_ + "]; keys: group, forward, calls_per_day, profile, arrivals");
    }

    void group(GroupSpec& g, const std::string& key, const std::string& v) {
        if (key == "members") {
            g.members.clear();
            for (const auto& m : list(v)) g.members.push_back(number(m));
            if (g.members.empty()) throw std::invalid_argument("no members given");
        } else if (key == "ring") {
            if (v != "in_order" && v != "all") throw std::invalid_argument("'" + v + "': want in_order or all");
            g.ring = v == "all" ? RingMode::All : RingMode::InOrder;
        } else if (key == "no_answer_s") g.no_answer_s = whole(v, 1, kMaxPrintableWaitS);
        else if (key == "overflow_after_s") g.overflow_after_s = whole(v, 0, 86400);
        else if (key == "overflow_to") g.overflow_to = number(v);
        else if (key == "transfer_percent") g.transfer_percent = percent(v);
        else if (key == "transfer_to") {
            g.transfer_to.clear();
            for (const auto& m : list(v)) g.transfer_to.push_back(number(m));
        } else if (key == "consult") g.consult = parse_distribution(v);
        else if (key == "callback_percent") g.callback_percent = percent(v);
        else if (key == "callback_after") g.callback_after = parse_distribution(v);
        else if (key == "callback_talk") g.callback_talk = parse_distribution(v);
        else
            fail("unknown key '" + key + "' in [" + section_ + "]; keys: members, ring, no_answer_s, overflow_after_s, "
                 "overflow_to, transfer_percent, transfer_to, consult, callback_percent, callback_after, callback_talk");
    }

    // Whole-scenario checks: "NAME: what" (no line: it is about the whole).
    [[noreturn]] void fail_whole(const std::string& what) const { throw ScenarioError(name_ + ": " + what); }

    void finish() {
        if (sc_.dids.empty()) fail_whole("no [did.NUMBER] section: calls arrive on DIDs");
        std::set<std::string> groups;
        for (const auto& g : sc_.groups) {
            groups.insert(g.number);
            if (g.members.empty()) fail_whole("[group." + g.number + "] has no members");
        }
        // Every extension a group, a transfer or a forward names is an operator.
        std::set<std::string> exts;
        for (const auto& g : sc_.groups) {
            exts.insert(g.members.begin(), g.members.end());
            exts.insert(g.transfer_to.begin(), g.transfer_to.end());
            if (g.transfer_percent > 0 && g.transfer_to.empty())
                fail_whole("[group." + g.number + "] transfers calls but names no transfer_to extension");
            if (g.overflow_to && !groups.count(*g.overflow_to))
                fail_whole("[group." + g.number + "] overflows to " + *g.overflow_to + ", which has no [group." +
                           *g.overflow_to + "] section");
        }
        for (const auto& [ext, keys] : op_keys_) {
            (void)keys;
            exts.insert(ext);
        }
        for (const auto& ext : exts)
            if (groups.count(ext)) fail_whole(ext + " is both an ICD group and an operator extension");
        for (const auto& d : sc_.dids) {
            if (d.group.has_value() == d.forward_ext.has_value())
                fail_whole("[did." + d.number + "] needs exactly one of group = GROUP or forward = EXT:NUMBER");
            if (d.group && !groups.count(*d.group))
                fail_whole("[did." + d.number + "] rings group " + *d.group + ", which has no [group." + *d.group +
                           "] section");
            if (d.forward_ext && groups.count(*d.forward_ext))
                fail_whole("[did." + d.number + "] forwards from " + *d.forward_ext + ", which is a group");
            double total = 0;
            for (double w : d.profile) total += w;
            if (d.calls_per_day > 0 && total <= 0) fail_whole("[did." + d.number + "] has calls but a profile of zeros");
        }
        // Overflow chains must end: a group that overflows back into itself would loop forever.
        for (const auto& g : sc_.groups) {
            std::set<std::string> seen{g.number};
            for (const GroupSpec* at = &g; at->overflow_to;) {
                at = sc_.group(*at->overflow_to);
                if (!seen.insert(at->number).second)
                    fail_whole("the overflow from group " + g.number + " comes back to group " + at->number +
                               ": overflows must end somewhere");
            }
        }
        Defaults defaults = apply({}, defaults_keys_);
        for (const auto& ext : exts) {
            Defaults d = apply(defaults, op_keys_.count(ext) ? op_keys_.at(ext) : OperatorKeys{});
            sc_.operators.push_back(OperatorSpec{ext, d.talk, d.answer, d.no_answer_percent, d.wrapup, d.shifts});
        }
    }

    static Defaults apply(Defaults d, const OperatorKeys& keys) {
        for (const auto& [key, v] : keys) {
            if (key == "talk") d.talk = parse_distribution(v);
            if (key == "answer") d.answer = parse_distribution(v);
            if (key == "wrapup") d.wrapup = parse_distribution(v);
            if (key == "no_answer_percent") d.no_answer_percent = percent(v);
            if (key == "shift") d.shifts = shifts(v);
        }
        return d;
    }

    std::string name_;
    Scenario sc_;
    std::size_t line_ = 0;
    std::string section_;
    std::set<std::string> sections_, seen_;
    OperatorKeys defaults_keys_;
    std::map<std::string, OperatorKeys> op_keys_;
};

} // namespace

const GroupSpec* Scenario::group(const std::string& number) const {
    for (const auto& g : groups)
        if (g.number == number) return &g;
    return nullptr;
}

const OperatorSpec* Scenario::op(const std::string& ext) const {
    for (const auto& o : operators)
        if (o.ext == ext) return &o;
    return nullptr;
}

Scenario parse_scenario(const std::string& text, const std::string& name) { return Reader(name).read(text); }

Scenario load_scenario(const std::string& name_or_path) {
    if (auto text = builtin_scenario_text(name_or_path)) return parse_scenario(*text, name_or_path);
    std::ifstream in(name_or_path, std::ios::binary);
    if (!in)
        throw ScenarioError("cannot read the scenario " + name_or_path + ": it is no file and no built-in scenario (" +
                            [] {
                                std::string names;
                                for (const auto& n : builtin_scenarios()) names += (names.empty() ? "" : ", ") + n;
                                return names;
                            }() +
                            ")");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return parse_scenario(text, name_or_path);
}

} // namespace kxcti::sim
