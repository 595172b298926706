// The Dial Number column: incoming markers, intercom targets, outgoing digits, the names printed
// beside numbers and the PBX's texts. Forms from shared/reference/smdr-panasonic.md ("Field
// values", "Older and other models") and the KX-NS1000/KX-TDA Feature Guides' SMDR examples
// ("<I>ABC COMPANY12345678", "<D>CDE9876<I>Q COMPANY", "123456XX", "In the office",
// "Timed Reminder/No Answer"; digits entered after a transfer follow the '-').
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

bool iequal(std::string_view a, std::string_view b) noexcept { return a.size() == b.size() && iequal_prefix(a, b); }

// A caller or DID number: digits, * and # as sent by the network, + of international numbers.
bool number_char(char c) noexcept { return is_digit(c) || c == '*' || c == '#' || c == '+'; }

// Outgoing digits: 0-9, P pause, F flash/EFA, = host PBX access, . secret digit, X privacy,
// * and # as dialled.
bool dial_char(char c) noexcept {
    return is_digit(c) || c == 'P' || c == 'F' || c == '=' || c == '.' || c == 'X' || c == '*' || c == '#';
}

// A name as printed: any byte but control characters and the markers' angle brackets (names
// come in ISO-8859-1, CP1251 or whatever the site typed), with at least one letter so that
// stray digits and punctuation are not taken for one.
bool name_text(std::string_view s) noexcept {
    bool letter = false;
    for (char c : s) {
        auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f || c == '<' || c == '>') return false;
        letter = letter || is_alpha(c) || u >= 0x80;
    }
    return letter;
}

struct NameNumber {
    bool ok = true;
    std::string_view name, number;
};

// "12345678", "ABC COMPANY12345678" (name first, the newer PBXes), "1234567890 MARY WARD"
// (number first, KX-TD816), "Q COMPANY" (name only), "" (nothing).
NameNumber split_name_number(std::string_view t) noexcept {
    NameNumber r;
    t = trim(t);
    std::size_t lead = 0;
    while (lead < t.size() && number_char(t[lead])) ++lead;
    if (lead == t.size()) {
        r.number = t;
        return r;
    }
    if (lead > 0 && is_space(t[lead])) {
        r.number = t.substr(0, lead);
        r.name = trim(t.substr(lead));
    } else {
        std::size_t tail = t.size();
        while (tail > 0 && number_char(t[tail - 1])) --tail;
        r.number = t.substr(tail);
        r.name = trim(t.substr(0, tail));
    }
    r.ok = name_text(r.name);
    return r;
}

DialInfo invalid(std::string why) {
    DialInfo d;
    d.kind = DialKind::Invalid;
    d.error = std::move(why);
    return d;
}

void set(std::optional<std::string>& field, std::string_view v) {
    if (!v.empty()) field.emplace(v);
}

// The caller part after <I> (or after a KX-TA marker).
bool read_caller(std::string_view text, Record& r, std::string& error) {
    auto nn = split_name_number(text);
    if (!nn.ok) {
        error = "caller " + quote(trim(text)) + " is neither a number nor a name with a number";
        return false;
    }
    set(r.caller, nn.number);
    set(r.name, nn.name);
    return true;
}

// Texts the PBX prints in the Dial Number column instead of a number.
constexpr std::string_view kTexts[] = {"LOG IN", "LOG OUT", "Check in", "Check out", "In the office",
                                       "Timed Reminder/Start", "Timed Reminder/No Answer",
                                       "Timed Reminder/Answer"};

} // namespace

DialInfo read_dial(std::string_view text, Record& r) {
    text = trim(text);
    DialInfo d;
    d.kind = DialKind::Call;
    if (text.empty()) return d;  // nothing printed: direction unknown, nothing invented
    // The common case first: plain outgoing digits (most records of a busy site).
    if (std::size_t n = 0; is_digit(text[0])) {
        while (n < text.size() && dial_char(text[n])) ++n;
        if (n == text.size()) {
            r.dialed.emplace(text);
            r.direction = Direction::Out;
            return d;
        }
    }
    if (iequal_prefix(text, "<I>") || iequal_prefix(text, "<D>")) {
        std::string_view caller = text.substr(3);
        if (iequal_prefix(text, "<D>")) {
            std::size_t i = 3;
            while (i < text.size() && !iequal_prefix(text.substr(i), "<I>")) ++i;
            auto did = split_name_number(text.substr(3, i - 3));
            if (!did.ok) return invalid("DID " + quote(text.substr(3, i - 3)) + " is neither a number nor a name with a number");
            set(r.did, did.number);
            set(r.did_name, did.name);
            caller = i < text.size() ? text.substr(i + 3) : std::string_view{};
        }
        std::string error;
        if (!read_caller(caller, r, error)) return invalid(std::move(error));
        r.direction = Direction::In;
        return d;
    }
    if (text[0] == '<') {
        auto close = text.find('>');
        if (close == std::string_view::npos) return invalid("dial number " + quote(text) + " opens '<' but does not close it");
        auto marker = text.substr(0, close + 1);
        auto inner = trim(text.substr(1, close - 1));
        if (marker == "<INCOMING>") {  // KX-TD816/1232
            d.hint = Layout::TD816;
        } else if (inner == "incoming") {  // KX-TA/TE: "<    incoming    >"
            d.hint = Layout::TA;
        } else if (inner == "DISA incoming" || inner == "DIL incoming" || inner == "UCD waiting") {
            d.hint = Layout::TA;
            r.dialed = "<" + std::string(inner) + ">";  // keeps which kind of incoming call it was
        } else {
            return invalid("dial number " + quote(text) + " is not a marker a PBX prints");
        }
        std::string error;  // KX-TA308: the caller's number follows the marker ("< incoming >2013570846")
        if (!read_caller(text.substr(close + 1), r, error)) return invalid(std::move(error));
        r.direction = Direction::In;
        return d;
    }
    if (iequal_prefix(text, "EXT")) {
        auto target = text.substr(3);
        if (!ext_valid(target)) return invalid("intercom target " + quote(text) + " is not EXT followed by an extension");
        r.direction = Direction::Intercom;
        r.dialed.emplace(target);
        d.kind = DialKind::Intercom;
        return d;
    }
    for (auto t : kTexts) {
        if (!iequal(text, t)) continue;
        if (iequal(t, "LOG IN")) d.kind = DialKind::Login;
        else if (iequal(t, "LOG OUT")) d.kind = DialKind::Logout;
        else d.kind = DialKind::Text, r.dialed.emplace(text);
        return d;
    }
    // Outgoing: [name]digits[-digits entered after the transfer]. A '-' followed by anything
    // else belongs to a name ("JEAN-PAUL").
    std::string_view digits = text;
    if (auto dash = text.rfind('-'); dash != std::string_view::npos) {
        auto after = text.substr(dash + 1);
        bool entered = true;
        for (char c : after) entered = entered && dial_char(c);
        if (entered) {
            digits = text.substr(0, dash);
            r.transferred = true;
            set(r.transfer_digits, after);
        }
    }
    std::size_t start = digits.size();
    while (start > 0 && dial_char(digits[start - 1])) --start;
    // The number starts at its first digit: X, P, F and '.' also end names ("FAX0123").
    while (start < digits.size() && !is_digit(digits[start]) && digits[start] != '*' && digits[start] != '#') ++start;
    auto number = digits.substr(start), name = trim(digits.substr(0, start));
    if (number.empty()) return invalid("dial number " + quote(text) + " is not a number a PBX prints (nor one of its texts)");
    if (!name.empty() && !name_text(name))
        return invalid("dial number " + quote(text) + " has a character a PBX does not print there");
    r.dialed.emplace(number);
    set(r.name, name);
    r.direction = Direction::Out;
    return d;
}

} // namespace kxcti::smdr::detail
