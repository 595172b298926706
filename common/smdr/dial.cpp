// The Dial Number column: incoming markers, intercom targets, outgoing digits and the PBX's texts.
// Forms from shared/reference/smdr-panasonic.md ("Field values", "Older and other models").
#include "common/smdr/fields.h"

namespace kxcti::smdr::detail {
namespace {

bool iequal_prefix(std::string_view s, std::string_view prefix) noexcept {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char a = s[i], b = prefix[i];
        if (a >= 'a' && a <= 'z') a = static_cast<char>(a - 32);
        if (b >= 'a' && b <= 'z') b = static_cast<char>(b - 32);
        if (a != b) return false;
    }
    return true;
}

// A caller or DID number as the PBX prints it: visible ASCII, no spaces.
bool number_text(std::string_view s) noexcept {
    for (char c : s) {
        auto u = static_cast<unsigned char>(c);
        if (u <= ' ' || u >= 0x7f || c == '<' || c == '>') return false;
    }
    return true;
}

// Outgoing digits: 0-9, P pause, F flash, = , . secret digit, X privacy, * and # as dialled.
bool dial_char(char c) noexcept {
    return is_digit(c) || c == 'P' || c == 'F' || c == '=' || c == '.' || c == 'X' || c == '*' || c == '#';
}

DialInfo invalid(std::string why) {
    DialInfo d;
    d.kind = DialKind::Invalid;
    d.error = std::move(why);
    return d;
}

} // namespace

std::size_t known_text_length(std::string_view s) noexcept {
    // Texts the PBX prints in the Dial Number column that contain a space.
    static constexpr std::string_view kTexts[] = {"LOG OUT", "LOG IN", "Check out", "Check in"};
    for (auto t : kTexts) {
        if (!iequal_prefix(s, t)) continue;
        if (s.size() == t.size() || is_space(s[t.size()])) return t.size();
    }
    constexpr std::string_view kReminder = "Timed Reminder";  // "Timed Reminder/Start" etc.
    if (iequal_prefix(s, kReminder)) {
        std::size_t n = kReminder.size();
        while (n < s.size() && !is_space(s[n])) ++n;
        return n;
    }
    return 0;
}

DialInfo read_dial(std::string_view text, Record& r) {
    text = trim(text);
    DialInfo d;
    if (text.empty()) {  // nothing printed: direction unknown, nothing invented
        d.kind = DialKind::Call;
        return d;
    }
    if (text[0] == '<') {
        if (iequal_prefix(text, "<I>") || iequal_prefix(text, "<D>")) {
            std::string_view did, caller = text;
            bool has_caller = true;
            if (iequal_prefix(text, "<D>")) {
                auto rest = text.substr(3);
                auto i = rest.find("<I>");
                if (i == std::string_view::npos) i = rest.find("<i>");
                did = rest.substr(0, i);
                has_caller = i != std::string_view::npos;
                caller = has_caller ? rest.substr(i + 3) : std::string_view{};
                if (!number_text(did)) return invalid("DID number " + quote(did) + " has characters a PBX does not print");
                if (!did.empty()) r.did = std::string(did);
            } else {
                caller = text.substr(3);
            }
            if (!number_text(caller)) return invalid("caller number " + quote(caller) + " has characters a PBX does not print");
            if (has_caller && !caller.empty()) r.caller = std::string(caller);  // bare <I>: no CLI
            r.direction = Direction::In;
            d.kind = DialKind::Call;
            return d;
        }
        if (text.back() != '>') return invalid("dial number " + quote(text) + " opens '<' but does not close it");
        auto inner = trim(text.substr(1, text.size() - 2));
        r.direction = Direction::In;
        d.kind = DialKind::Call;
        if (text == "<INCOMING>") {  // KX-TD816/1232
            d.hint = Layout::TD816;
        } else if (inner == "incoming") {  // KX-TA/TE: "<    incoming    >"
            d.hint = Layout::TA;
        } else if (inner == "DISA incoming" || inner == "UCD waiting") {
            d.hint = Layout::TA;
            r.dialed = "<" + std::string(inner) + ">";  // keeps which kind of incoming call it was
        } else {
            r.direction = Direction::Unknown;
            return invalid("dial number " + quote(text) + " is not a marker a PBX prints");
        }
        return d;
    }
    if (iequal_prefix(text, "EXT")) {
        auto target = text.substr(3);
        if (!ext_valid(target)) return invalid("intercom target " + quote(text) + " is not EXT followed by an extension");
        r.direction = Direction::Intercom;
        r.dialed = std::string(target);
        d.kind = DialKind::Intercom;
        return d;
    }
    if (std::size_t n = known_text_length(text); n == text.size()) {
        if (iequal_prefix(text, "LOG IN")) d.kind = DialKind::Login;
        else if (iequal_prefix(text, "LOG OUT")) d.kind = DialKind::Logout;
        else d.kind = DialKind::Text;
        if (d.kind == DialKind::Text) r.dialed = std::string(text);
        return d;
    }
    std::string_view digits = text;
    bool transferred = digits.back() == '-';
    if (transferred) digits.remove_suffix(1);
    if (digits.empty()) return invalid("dial number " + quote(text) + " has no digits");
    for (char c : digits)
        if (!dial_char(c)) return invalid("dial number " + quote(text) + " has a character a PBX does not print there");
    r.dialed = std::string(digits);
    r.transferred = r.transferred || transferred;
    r.direction = Direction::Out;
    d.kind = DialKind::Call;
    return d;
}

} // namespace kxcti::smdr::detail
