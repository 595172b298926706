#include "common/smdr/json.h"

#include "common/smdr/parser.h"
#include "common/util/json_writer.h"

namespace kxcti::smdr {
namespace {

void two(std::string& s, int v) {
    s.push_back(static_cast<char>('0' + v / 10 % 10));
    s.push_back(static_cast<char>('0' + v % 10));
}

void layout_field(json::ObjectWriter& o, std::optional<Layout> l) {
    if (!l || *l == Layout::Unknown) o.null("layout");
    else o.str("layout", to_string(*l));
}

} // namespace

void append_json(std::string& out, std::size_t line_no, std::string_view raw, const ParsedLine& p) {
    json::ObjectWriter o(out);
    o.num("line", static_cast<long long>(line_no));
    o.str("kind", to_string(p.kind));
    if (p.kind == LineKind::Record || p.kind == LineKind::Login || p.kind == LineKind::Logout) {
        const Record& r = p.record;
        layout_field(o, r.layout);
        if (r.date) {
            std::string s;  // "YYYY-MM-DD" fits the small-string buffer: no allocation
            json::append_int(s, r.date->year);
            s.push_back('-');
            two(s, r.date->month);
            s.push_back('-');
            two(s, r.date->day);
            o.str("date", s);
        } else {
            o.null("date");
        }
        if (r.time) {
            std::string s;
            two(s, r.time->hour);
            s.push_back(':');
            two(s, r.time->minute);
            o.str("time", s);
        } else {
            o.null("time");
        }
        o.str("ext", r.ext).str("co", r.co);
        if (r.direction == Direction::Unknown) o.null("direction");
        else o.str("direction", to_string(r.direction));
        o.str("caller", r.caller).str("did", r.did).str("dialed", r.dialed);
        o.num("ring_s", r.ring_s).num("duration_s", r.duration_s);
        o.str("cost", r.cost).str("account", r.account).str("cd", r.cd);
        o.boolean("transferred", r.transferred);
        o.str("transfer_digits", r.transfer_digits).str("name", r.name).str("did_name", r.did_name);
    } else if (p.kind == LineKind::Error) {
        o.str("error", p.error);
    } else if (p.kind == LineKind::Header) {
        layout_field(o, p.header_layout);
    }
    o.str("raw", raw);
    o.close();
}

std::string to_json(std::size_t line_no, std::string_view raw, const ParsedLine& parsed) {
    std::string s;
    append_json(s, line_no, raw, parsed);
    return s;
}

} // namespace kxcti::smdr
