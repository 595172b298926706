// Reading by whitespace tokens, for lines whose columns do not sit where a fixed layout puts
// them: the KX-TA/TE/TES printout (start time, '*' transfer prefix, "<    incoming    >",
// "...." code column, 00:00'24" durations), KX-TD816/1232 variants, and any layout whose
// whitespace was collapsed on the way (manual page extraction, copy-paste). Each token is
// recognised by its shape; a line that does not read unambiguously is an error, never a guess.
#include "common/smdr/fields.h"
#include "common/smdr/readers.h"

#include <array>
#include <string>

namespace kxcti::smdr::detail {
namespace {

// More tokens than any layout has fields (date and time are read before): ext, CO, dial, ring,
// duration, cost, account, CD, with room for a few to report as unexpected.
constexpr std::size_t kMaxTokens = 12;

bool known_cd(std::string_view t) noexcept {
    // Condition codes the reference lists: TR FW D0..D4 RM RC AN NA VR VA.
    static constexpr std::string_view kCodes[] = {"TR", "FW", "D0", "D1", "D2", "D3", "D4",
                                                  "RM", "RC", "AN", "NA", "VR", "VA"};
    for (auto c : kCodes)
        if (t == c) return true;
    return false;
}

bool all_dots(std::string_view t) noexcept {
    if (t.empty()) return false;
    for (char c : t)
        if (c != '.') return false;
    return true;
}

// A token that ends the Dial Number: a ring "0'05" or a duration "00:01'05", also when cut
// ("00:0"); it starts with a digit, so that names with an apostrophe (O'BRIEN) stay names.
bool ring_or_duration(std::string_view t) noexcept {
    return is_digit(t[0]) && (ring_shaped(t) || duration_shaped(t) || (t.size() > 2 && t[2] == ':'));
}

std::size_t skip_spaces(std::string_view s, std::size_t i) noexcept {
    while (i < s.size() && is_space(s[i])) ++i;
    return i;
}

} // namespace

std::string_view leading_date(std::string_view line) noexcept {
    std::size_t b = skip_spaces(line, 0), i = b;
    while (i < line.size()) {
        char c = line[i];
        if (is_digit(c) || c == '/' || c == '*') ++i;
        else if (c == ' ' && i > b && line[i - 1] == '/') ++i;  // " 1/ 6/05"
        else break;
    }
    return line.substr(b, i - b);
}

void read_tokens(std::string_view line, Layout hint, const LineRules& rules, ParsedLine& out) {
    auto error = [&](std::string why) {
        out.kind = LineKind::Error;
        out.record = Record{};
        out.error = std::move(why);
    };
    auto bytes = [&] { return " (" + std::to_string(line.size()) + " bytes)"; };
    auto cut_after = [&](std::string_view what) { error("line cut short after the " + std::string(what) + bytes()); };

    FieldTexts f;
    f.set(Field::Date, leading_date(line));
    RawDate raw;
    if (!scan_date(f.get(Field::Date), raw)) {
        std::size_t b = skip_spaces(line, 0), e = b;
        while (e < line.size() && !is_space(line[e])) ++e;
        if (b < line.size() && !is_digit(line[b]) && line[b] != '*')
            return error("not an SMDR record: expected a date (" + std::string(order_pattern(rules.fixed_order)) +
                         ") at the start, found " + quote(line.substr(b, e - b)));
        return error("date " + quote(line.substr(b, e - b)) + " is not " + std::string(order_pattern(rules.fixed_order)));
    }
    const auto date = f.get(Field::Date);
    std::size_t i = skip_spaces(line, static_cast<std::size_t>(date.data() + date.size() - line.data()));
    if (i >= line.size()) return cut_after("Date");
    if (line[i] == '*' && i + 1 < line.size() && is_digit(line[i + 1])) {  // KX-TA transfer mark
        f.star_transfer = true;
        ++i;
    }
    std::size_t e = i;
    while (e < line.size() && !is_space(line[e])) ++e;
    f.set(Field::Time, line.substr(i, e - i));
    i = e;

    std::array<std::string_view, kMaxTokens> tok{};
    std::size_t n = 0;
    for (i = skip_spaces(line, i); i < line.size(); i = skip_spaces(line, i)) {
        if (n == kMaxTokens) return error("too many fields for an SMDR record" + bytes());
        std::size_t e = i;
        while (e < line.size() && !is_space(line[e])) ++e;
        tok[n++] = line.substr(i, e - i);
        i = e;
    }

    std::size_t k = 0;
    if (k == n) return cut_after("Time");
    f.set(Field::Ext, tok[k++]);
    // A CO is a short number with more to follow; intercom lines and texts have none.
    if (k + 1 < n && co_valid(tok[k])) f.set(Field::Co, tok[k++]);
    // The Dial Number runs up to the Ring or Duration (names and markers contain spaces:
    // "<    incoming    >", "<I> 1234567890 MARY WARD", "LOG IN"); without either, up to a
    // condition code that ends the line (an RC record), else to the end.
    std::size_t dial_end = k;
    while (dial_end < n && !ring_or_duration(tok[dial_end])) ++dial_end;
    if (dial_end == n && dial_end > k + 1 && known_cd(tok[n - 1])) --dial_end;
    if (dial_end > k) {
        auto first = tok[k], last = tok[dial_end - 1];
        f.set(Field::Dial, line.substr(static_cast<std::size_t>(first.data() - line.data()),
                             static_cast<std::size_t>(last.data() + last.size() - first.data())));
        k = dial_end;
    }
    if (k < n && ring_shaped(tok[k])) f.set(Field::Ring, tok[k++]);
    if (k < n && ring_or_duration(tok[k]) && !ring_shaped(tok[k])) f.set(Field::Duration, tok[k++]);
    bool ta_marks = f.star_transfer || (!f.get(Field::Duration).empty() && f.get(Field::Duration).back() == '"');
    for (; k < n; ++k) {
        auto t = tok[k];
        if (k + 1 == n && known_cd(t)) {
            f.set(Field::Cd, t);
        } else if (f.get(Field::Duration).empty()) {
            break;  // before a duration only a closing condition code can follow
        } else if (all_dots(t) && f.get(Field::Cost).empty() && f.get(Field::Account).empty()) {
            // KX-TA: "...." = no code
            ta_marks = true;
        } else if (f.get(Field::Cost).empty() && f.get(Field::Account).empty() && cost_shaped(t) &&
                   (t.find('.') != std::string_view::npos || t.find(',') != std::string_view::npos)) {
            f.set(Field::Cost, t);
        } else if (f.get(Field::Account).empty()) {
            f.set(Field::Account, t);
        } else {
            break;
        }
    }
    if (k < n) {
        std::string_view after = !f.get(Field::Duration).empty() ? "Duration"
                                 : !f.get(Field::Ring).empty()   ? "Ring"
                                                                 : "Dial Number";
        return error("unexpected " + quote(tok[k]) + " after the " + std::string(after) +
                     " (the line does not read as any SMDR layout)");
    }

    // Which layout printed it: explicit marks first, then what the columns present imply.
    bool ring = !f.get(Field::Ring).empty(), cost = !f.get(Field::Cost).empty();
    if (ta_marks || hint == Layout::TA) f.layout = Layout::TA;
    else if (hint == Layout::TD816) f.layout = Layout::TD816;
    else if (ring && cost) f.layout = Layout::C;
    else if (ring) f.layout = Layout::A;
    else if (cost) f.layout = Layout::B;
    else f.layout = hint == Layout::HtsCsv ? Layout::Unknown : hint;

    if (build_record(f, rules, out) == Field::Duration && out.error.empty()) {
        std::string_view last = f.get(Field::Dial).empty() ? (f.get(Field::Co).empty() ? "Ext" : "CO") : "Dial Number";
        cut_after(last);
    }
}

} // namespace kxcti::smdr::detail
