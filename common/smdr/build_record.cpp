// From field texts to a validated Record: the one place where every reader's fields are checked,
// so that the fixed-column, token and CSV readers agree on what a valid value is.
#include "common/smdr/fields.h"
#include "common/smdr/readers.h"

namespace kxcti::smdr::detail {

std::string_view field_name(Field f) noexcept {
    switch (f) {
    case Field::Date: return "Date";
    case Field::Time: return "Time";
    case Field::Ext: return "Ext";
    case Field::Co: return "CO";
    case Field::Dial: return "Dial Number";
    case Field::Ring: return "Ring";
    case Field::Duration: return "Duration";
    case Field::Cost: return "Cost";
    case Field::Account: return "Acc code";
    case Field::Cd: return "CD";
    case Field::None: break;
    }
    return "";
}

namespace {
Field fail(ParsedLine& out, Field f, std::string why) {
    out.kind = LineKind::Error;
    out.record = Record{};
    out.error = std::move(why);
    return f;
}
} // namespace

Field build_record(const FieldTexts& f, const LineRules& rules, ParsedLine& out) {
    Record& r = out.record;  // fresh: every reader calls this once, on a new ParsedLine
    r.layout = f.layout;

    auto date = choose_date(f.get(Field::Date), rules.fixed_order, rules.fallback);
    if (!date.ok) return fail(out, Field::Date, std::move(date.error));
    r.date = date.date;
    out.date_order = date.order;
    out.date_order_assumed = date.assumed;
    out.date_order_decisive = date.decisive;

    auto time = read_time(f.get(Field::Time), rules.clock);
    if (!time.ok) return fail(out, Field::Time, std::move(time.error));
    r.time = time.time;

    auto ext = trim(f.get(Field::Ext));
    if (ext.empty()) return fail(out, Field::Ext, "no extension in the Ext column");
    if (!ext_valid(ext)) return fail(out, Field::Ext, "extension " + quote(ext) + " is not 1 to 5 digits (optionally after D, T or *)");
    r.ext.emplace(ext);

    auto co = trim(f.get(Field::Co));
    if (!co.empty()) {
        if (!co_valid(co)) return fail(out, Field::Co, "trunk (CO) " + quote(co) + " is not a trunk number");
        r.co.emplace(co);
    }

    r.transferred = f.star_transfer;
    auto dial = read_dial(f.get(Field::Dial), r);
    if (dial.kind == DialKind::Invalid) return fail(out, Field::Dial, std::move(dial.error));
    if (dial.hint == Layout::TA || (dial.hint == Layout::TD816 && r.layout != Layout::TA)) r.layout = dial.hint;
    out.kind = dial.kind == DialKind::Login ? LineKind::Login
             : dial.kind == DialKind::Logout ? LineKind::Logout : LineKind::Record;

    auto ring = trim(f.get(Field::Ring));
    if (!ring.empty()) {
        int s = 0;
        if (!read_ring(ring, s)) return fail(out, Field::Ring, "ring " + quote(ring) + " is not M'SS");
        r.ring_s = s;
    }

    auto duration = trim(f.get(Field::Duration));
    if (!duration.empty()) {
        int s = 0;
        if (!read_duration(duration, s)) return fail(out, Field::Duration, "duration " + quote(duration) + " is not HH:MM'SS");
        r.duration_s = s;
    } else if (dial.kind == DialKind::Call && !ring_phase_cd(trim(f.get(Field::Cd)))) {
        // Intercom lines, texts and LOG IN/OUT carry no duration; a call does, unless it was
        // printed while ringing or at answer (RC, AN, VR, VA; NA on the KX-TD816).
        return fail(out, Field::Duration, std::string());
    }

    auto cost = trim(f.get(Field::Cost));
    if (!cost.empty()) {
        if (!cost_shaped(cost)) return fail(out, Field::Cost, "cost " + quote(cost) + " is not an amount");
        r.cost.emplace(cost);
    }
    auto account = trim(f.get(Field::Account));
    if (!account.empty()) {
        if (!account_valid(account)) return fail(out, Field::Account, "account code " + quote(account) + " is not up to 10 visible characters");
        r.account.emplace(account);
    }
    auto cd = trim(f.get(Field::Cd));
    if (!cd.empty()) {
        if (!cd_valid(cd)) return fail(out, Field::Cd, "condition code " + quote(cd) + " is not two letters or digits");
        r.cd.emplace(cd);
    }
    r.time_is_start = r.layout == Layout::TA;  // the KX-TA printout stamps the start of the call
    return Field::None;
}

} // namespace kxcti::smdr::detail
